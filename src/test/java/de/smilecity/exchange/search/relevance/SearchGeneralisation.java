package de.smilecity.exchange.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.search.relevance.GeneralisationRankers.Ranker;
import de.smilecity.exchange.search.relevance.GeneralisationSet.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * nDCG@10 of the service, plain BM25 and MariaDB FULLTEXT on the generalisation set (see
 * {@link GeneralisationSet}), per half and per category, over the seed content plus the crawled demo
 * partner site. Not part of {@code verify} (the class name matches no test pattern), and it asserts
 * nothing on the first set: it is for reporting. Run:
 * {@code ./mvnw test -Dtest=SearchGeneralisation -Dsurefire.failIfNoSpecifiedTests=false}, optionally
 * with {@code -Dgeneralisation.half=tune} (or {@code heldout}) to evaluate one half only. Writes
 * {@code target/bench/search-generalisation.md} and logs it. Without a MariaDB server the FULLTEXT
 * column is left out with the reason; the other two still run.
 *
 * <p>With {@code -Dgeneralisation.set=second} it measures the second held-out set instead (see
 * {@link GeneralisationEdition}), writes {@code target/bench/search-generalisation-2.md} and fails
 * when the service falls under that set's floor, a regression guard set far below the measured value.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "smile.crawl.schedule-tick=-",
            "logging.level.de.smilecity.exchange=WARN",
            "logging.level.org.hibernate.search=WARN"
        })
@ActiveProfiles({"demo", "test"})
class SearchGeneralisation {

    static final String HALF = "generalisation.half";
    static final int WEAKEST = 10;

    /** How many of the service's hits a weak question shows, to tell what took the places of the relevant ones. */
    static final int SHOWN = 3;

    private static final Logger log = LoggerFactory.getLogger(SearchGeneralisation.class);

    @Autowired
    ApplicationContext spring;

    @LocalServerPort
    int port;

    /** One question's nDCG@10 per ranker, and the service's top hits. */
    record Outcome(Question question, Map<String, Double> ndcg, List<String> serviceTop, List<String> missed) {}

    @Test
    void measuresTheSearchOnQuestionsNobodyTunedFor() throws Exception {
        String half = System.getProperty(HALF, "both").strip().toLowerCase(Locale.ROOT);
        List<String> halves = switch (half) {
            case GeneralisationSet.TUNE -> List.of(GeneralisationSet.TUNE);
            case GeneralisationSet.HELDOUT -> List.of(GeneralisationSet.HELDOUT);
            case "both" -> List.of(GeneralisationSet.TUNE, GeneralisationSet.HELDOUT);
            default -> throw new IllegalArgumentException(HALF + " must be tune, heldout or both, was '" + half + "'");
        };
        GeneralisationEdition edition = GeneralisationEdition.chosen();
        Map<String, Map<String, Integer>> grades = edition.grades();
        List<Question> questions = edition.questions().stream()
                .filter(q -> halves.contains(q.split()))
                .toList();
        List<Question> unjudged = questions.stream()
                .filter(q ->
                        grades.getOrDefault(q.id(), Map.of()).values().stream().noneMatch(g -> g > 0))
                .toList();
        List<Outcome> outcomes = new ArrayList<>();
        List<String> rankerNames;
        String fulltextProblem;
        int entries;
        edition.prepare(spring);
        try (GeneralisationRankers rankers = GeneralisationRankers.open(spring, port)) {
            rankerNames = List.copyOf(rankers.rankers().keySet());
            fulltextProblem = rankers.fulltextProblem();
            entries = rankers.entries();
            if (fulltextProblem != null) {
                log.warn("MariaDB FULLTEXT skipped: {}", fulltextProblem);
            }
            for (Question q : questions) {
                if (unjudged.contains(q)) continue;
                Map<String, Integer> g = grades.get(q.id());
                Map<String, Double> ndcg = new LinkedHashMap<>();
                List<String> serviceTop = List.of();
                for (Map.Entry<String, Ranker> r : rankers.rankers().entrySet()) {
                    List<String> top = r.getValue().top(q);
                    ndcg.put(r.getKey(), JudgedQueries.ndcg(g, top));
                    if (r.getKey().equals(GeneralisationRankers.SERVICE)) serviceTop = top;
                }
                List<String> shown = serviceTop;
                List<String> missed = g.entrySet().stream()
                        .filter(e -> e.getValue() >= 2 && !shown.contains(e.getKey()))
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .toList();
                outcomes.add(new Outcome(q, ndcg, serviceTop, missed));
            }
        }
        String report = report(edition, halves, rankerNames, outcomes, unjudged, fulltextProblem, entries);
        Files.createDirectories(edition.report.getParent());
        Files.writeString(edition.report, report, StandardCharsets.UTF_8);
        log.warn("Search generalisation ({}):\n{}", edition.report, report);
        if (edition.floor != null) {
            double service = mean(outcomes, GeneralisationRankers.SERVICE, o -> true);
            assertThat(service)
                    .as("nDCG@10 of the service over the %s set (%s)", edition, edition.report)
                    .isGreaterThanOrEqualTo(edition.floor);
        }
    }

    private static String report(
            GeneralisationEdition edition,
            List<String> halves,
            List<String> rankers,
            List<Outcome> outcomes,
            List<Question> unjudged,
            String fulltextProblem,
            int entries) {
        StringBuilder md = new StringBuilder("# Search generalisation: nDCG@10\n\n");
        md.append(outcomes.size())
                .append(" judged questions over ")
                .append(entries)
                .append(" published entries (")
                .append(edition.catalogue)
                .append("); halves: ")
                .append(String.join(", ", halves))
                .append(".\n\n");
        if (fulltextProblem != null) {
            md.append("MariaDB FULLTEXT left out: ").append(fulltextProblem).append("\n\n");
        }
        md.append("| category | half | questions |");
        rankers.forEach(r -> md.append(' ').append(r).append(" |"));
        md.append("\n|---|---|---:|");
        rankers.forEach(r -> md.append("---:|"));
        md.append('\n');
        for (String category : GeneralisationSet.CATEGORIES) {
            for (String half : halves) {
                row(
                        md,
                        category,
                        half,
                        rankers,
                        outcomes,
                        o -> o.question().category().equals(category)
                                && o.question().split().equals(half));
            }
        }
        for (String half : halves) {
            row(
                    md,
                    "**all**",
                    half,
                    rankers,
                    outcomes,
                    o -> o.question().split().equals(half));
        }
        if (halves.size() == 2
                && outcomes.stream().map(o -> o.question().split()).distinct().count() == 2) {
            double tune = mean(
                    outcomes,
                    GeneralisationRankers.SERVICE,
                    o -> o.question().split().equals(GeneralisationSet.TUNE));
            double heldout = mean(
                    outcomes,
                    GeneralisationRankers.SERVICE,
                    o -> o.question().split().equals(GeneralisationSet.HELDOUT));
            md.append(String.format(Locale.ROOT, "\nService, tune minus held-out: %+.3f.\n", tune - heldout));
        }
        if (!unjudged.isEmpty()) {
            md.append("\nLeft out, no entry judged relevant: ")
                    .append(String.join(
                            ", ", unjudged.stream().map(Question::id).toList()))
                    .append(".\n");
        }
        List<Outcome> weakest = outcomes.stream()
                .filter(o -> o.question().split().equals(GeneralisationSet.HELDOUT))
                .sorted(Comparator.comparingDouble((Outcome o) -> o.ndcg().get(GeneralisationRankers.SERVICE))
                        .thenComparing(o -> o.question().id()))
                .limit(WEAKEST)
                .toList();
        if (!weakest.isEmpty()) {
            md.append("\n## Weakest held-out questions (service)\n\n| id | category | question | filters |");
            rankers.forEach(r -> md.append(' ').append(r).append(" |"));
            md.append(" relevant (2–3) not in the service's top 10 | the service's top " + SHOWN
                    + " |\n|---|---|---|---|");
            rankers.forEach(r -> md.append("---:|"));
            md.append("---|---|\n");
            for (Outcome o : weakest) {
                Question q = o.question();
                md.append("| ")
                        .append(q.id())
                        .append(" | ")
                        .append(q.category())
                        .append(" | ")
                        .append(q.query().replace("|", "\\|"))
                        .append(" | ")
                        .append(q.filters() == null || q.filters().isEmpty() ? "" : q.filters())
                        .append(" |");
                rankers.forEach(r ->
                        md.append(String.format(Locale.ROOT, " %.2f |", o.ndcg().get(r))));
                md.append(' ').append(String.join(", ", o.missed())).append(" | ");
                md.append(String.join(", ", o.serviceTop().stream().limit(SHOWN).toList()))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    private static void row(
            StringBuilder md,
            String label,
            String half,
            List<String> rankers,
            List<Outcome> outcomes,
            Predicate<Outcome> which) {
        long n = outcomes.stream().filter(which).count();
        if (n == 0) return;
        md.append("| ")
                .append(label)
                .append(" | ")
                .append(half)
                .append(" | ")
                .append(n)
                .append(" |");
        rankers.forEach(r -> md.append(String.format(Locale.ROOT, " %.3f |", mean(outcomes, r, which))));
        md.append('\n');
    }

    private static double mean(List<Outcome> outcomes, String ranker, Predicate<Outcome> which) {
        return outcomes.stream()
                .filter(which)
                .mapToDouble(o -> o.ndcg().get(ranker))
                .average()
                .orElse(Double.NaN);
    }
}
