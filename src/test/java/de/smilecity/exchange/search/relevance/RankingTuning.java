package de.smilecity.exchange.search.relevance;

import de.smilecity.exchange.search.internal.RankingWeights;
import de.smilecity.exchange.search.internal.TuningWeights;
import de.smilecity.exchange.search.relevance.GeneralisationRankers.Ranker;
import de.smilecity.exchange.search.relevance.GeneralisationSet.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Chooses the ranking weights on the tuning half of the generalisation set, and on it only: a grid over
 * the weights that move the weak categories most (compound parts, joined compounds, translations, the
 * "all words" boost), each setting evaluated in the same app start. Not part of {@code verify}; it
 * asserts nothing. Run:
 * {@code ./mvnw test -Dtest=RankingTuning -Dsurefire.failIfNoSpecifiedTests=false}. Writes
 * {@code target/bench/ranking-tuning.md}, best setting first, and the tuning questions of the best
 * setting below 0.7. The held-out half is never evaluated here.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "smile.crawl.schedule-tick=-",
            "logging.level.de.smilecity.exchange=WARN",
            "logging.level.org.hibernate.search=WARN"
        })
@ActiveProfiles({"demo", "test"})
class RankingTuning {

    static final Path REPORT = Path.of("target", "bench", "ranking-tuning.md");

    static final float[] COMPOUND_PARTS = {0.4f, 0.6f, 0.8f};
    static final float[] JOINED_COMPOUND = {0.2f, 0.4f, 0.6f};
    static final float[] TRANSLATION = {0.3f, 0.5f, 0.7f};
    static final float[] ALL_WORDS = {2f, 4f, 6f};
    static final double[] BROAD_SHARE = {0.05, 0.08, 0.12};

    private static final Logger log = LoggerFactory.getLogger(RankingTuning.class);

    @Autowired
    ApplicationContext spring;

    @LocalServerPort
    int port;

    record Setting(
            RankingWeights weights, double ndcg, Map<String, Double> byCategory, Map<String, Double> byQuestion) {}

    @Test
    void choosesTheWeightsOnTheTuningHalf() throws Exception {
        Map<String, Map<String, Integer>> grades = GeneralisationSet.grades();
        List<Question> tune = GeneralisationSet.questions().stream()
                .filter(q -> q.split().equals(GeneralisationSet.TUNE))
                .filter(q ->
                        grades.getOrDefault(q.id(), Map.of()).values().stream().anyMatch(g -> g > 0))
                .toList();
        RankingWeights start = RankingWeights.defaults();
        List<Setting> settings = new ArrayList<>();
        try (GeneralisationRankers rankers = GeneralisationRankers.open(spring, port)) {
            Ranker service = rankers.rankers().get(GeneralisationRankers.SERVICE);
            for (float parts : COMPOUND_PARTS) {
                for (float joined : JOINED_COMPOUND) {
                    for (float translation : TRANSLATION) {
                        for (float allWords : ALL_WORDS) {
                            RankingWeights w = with(start, allWords, parts, joined, translation, start.broadShare());
                            settings.add(evaluate(w, tune, grades, service));
                        }
                    }
                }
            }
            Setting best = settings.stream()
                    .max(Comparator.comparingDouble(Setting::ndcg))
                    .orElseThrow();
            // Then the share that makes a word broad, at the best of the grid.
            for (double share : BROAD_SHARE) {
                RankingWeights b = best.weights();
                RankingWeights w = with(b, b.allWords(), b.compoundParts(), b.joinedCompound(), b.translation(), share);
                settings.add(evaluate(w, tune, grades, service));
            }
            TuningWeights.use(spring, start);
        }
        String report = report(settings, start);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        log.warn("Ranking tuning ({}):\n{}", REPORT, report);
    }

    private Setting evaluate(
            RankingWeights weights, List<Question> tune, Map<String, Map<String, Integer>> grades, Ranker service) {
        TuningWeights.use(spring, weights);
        Map<String, Double> byQuestion = new LinkedHashMap<>();
        Map<String, List<Double>> byCategory = new LinkedHashMap<>();
        for (Question q : tune) {
            double ndcg = JudgedQueries.ndcg(grades.get(q.id()), service.top(q));
            byQuestion.put(q.id(), ndcg);
            byCategory.computeIfAbsent(q.category(), c -> new ArrayList<>()).add(ndcg);
        }
        Map<String, Double> means = new LinkedHashMap<>();
        byCategory.forEach((c, values) -> means.put(
                c, values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
        double mean = byQuestion.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
        return new Setting(weights, mean, means, byQuestion);
    }

    private static RankingWeights with(
            RankingWeights w, float allWords, float parts, float joined, float translation, double broadShare) {
        return new RankingWeights(
                w.title(),
                w.keywords(),
                w.taxonomy(),
                w.place(),
                w.summary(),
                w.body(),
                allWords,
                parts,
                joined,
                translation,
                w.typoCorrection(),
                w.typoAlternative(),
                w.typoOriginal(),
                broadShare,
                w.broadRatio());
    }

    private static String report(List<Setting> settings, RankingWeights start) {
        StringBuilder md = new StringBuilder("# Ranking weights on the tuning half: nDCG@10\n\n");
        md.append(settings.size())
                .append(" settings; the other weights as in ")
                .append(start)
                .append(".\n\n");
        md.append("| allWords | compoundParts | joinedCompound | translation | broadShare | tune |");
        List<String> categories = GeneralisationSet.CATEGORIES;
        categories.forEach(c -> md.append(' ').append(c).append(" |"));
        md.append("\n|---:|---:|---:|---:|---:|---:|");
        categories.forEach(c -> md.append("---:|"));
        md.append('\n');
        List<Setting> sorted = settings.stream()
                .sorted(Comparator.comparingDouble(Setting::ndcg).reversed())
                .toList();
        for (Setting s : sorted) {
            RankingWeights w = s.weights();
            md.append(String.format(
                    Locale.ROOT,
                    "| %.1f | %.1f | %.1f | %.1f | %.2f | %.3f |",
                    w.allWords(),
                    w.compoundParts(),
                    w.joinedCompound(),
                    w.translation(),
                    w.broadShare(),
                    s.ndcg()));
            categories.forEach(c -> md.append(
                    String.format(Locale.ROOT, " %.3f |", s.byCategory().getOrDefault(c, Double.NaN))));
            md.append('\n');
        }
        md.append("\n## Tuning questions below 0.7 with the best setting\n\n");
        sorted.getFirst().byQuestion().forEach((id, ndcg) -> {
            if (ndcg < 0.7) md.append(String.format(Locale.ROOT, "- %s: %.2f%n", id, ndcg));
        });
        return md.toString();
    }
}
