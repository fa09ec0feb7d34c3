package de.smilecity.exchange.search.relevance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The judged query set ({@code src/test/resources/search/judged-queries.yaml}) and nDCG@10 over it:
 * gain 2^grade − 1, discount log2(rank + 1), normalised by the ideal order of the judged entries.
 */
public final class JudgedQueries {

    public static final String RESOURCE = "/search/judged-queries.yaml";
    public static final int CUTOFF = 10;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Judged(String id, String query, String language, String kind, Map<String, Integer> relevant) {}

    record File(List<Judged> queries) {}

    /** One query's outcome. */
    public record Score(Judged judged, double ndcg, List<String> top) {}

    private JudgedQueries() {}

    public static List<Judged> load() {
        try (InputStream in = JudgedQueries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing");
            return YAMLMapper.builder().build().readValue(in, File.class).queries();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** nDCG@10 of a ranked list of slugs for one judged query. */
    public static double ndcg(Judged judged, List<String> ranked) {
        return ndcg(judged.relevant(), ranked);
    }

    /** nDCG@10 of a ranked list of slugs against graded slugs; slugs without a grade count as 0. */
    public static double ndcg(Map<String, Integer> grades, List<String> ranked) {
        double dcg = 0;
        for (int i = 0; i < Math.min(CUTOFF, ranked.size()); i++) {
            dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = new ArrayList<>(grades.values());
        ideal.sort(Comparator.reverseOrder());
        double idcg = 0;
        for (int i = 0; i < Math.min(CUTOFF, ideal.size()); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Runs every judged query through a search (query text → ranked slugs) and scores it. */
    public static List<Score> evaluate(Function<String, List<String>> search) {
        List<Score> scores = new ArrayList<>();
        for (Judged judged : load()) {
            List<String> ranked = search.apply(judged.query());
            scores.add(new Score(
                    judged, ndcg(judged, ranked), ranked.stream().limit(CUTOFF).toList()));
        }
        return scores;
    }

    public static double mean(List<Score> scores) {
        return scores.stream().mapToDouble(Score::ndcg).average().orElse(0);
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
