package de.smilecity.exchange.search.internal;

import static de.smilecity.exchange.search.internal.IndexFields.de;
import static de.smilecity.exchange.search.internal.IndexFields.en;

import de.smilecity.exchange.search.Closeness;
import de.smilecity.exchange.search.SearchHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.jspecify.annotations.Nullable;

/**
 * Hits straight from the index: stored values only, no entity loading. With {@code withTexts} the
 * searchable texts come along too, for the snippets that show why a hit matched.
 */
public final class HitProjection {

    /** The order in which snippets are listed. */
    static final List<String> SNIPPET_FIELDS = List.of("title", "summary", "keywords", "taxonomy", "body");

    static final int MAX_TAXONOMY_SNIPPETS = 3;

    private static final int FIXED = 11;

    private HitProjection() {}

    /** The words of a query and the tokens they stand for in either language. */
    public record Marking(Set<String> german, Set<String> english, SearchAnalysis analysis) {

        public static Marking of(List<String> words, SearchAnalysis analysis) {
            return new Marking(
                    Snippets.queryTokens(analysis.queryAnalyzer("de"), words),
                    Snippets.queryTokens(analysis.queryAnalyzer("en"), words),
                    analysis);
        }

        boolean isEmpty() {
            return german.isEmpty() && english.isEmpty();
        }

        Set<String> tokens(String language) {
            return "en".equals(language) ? english : german;
        }
    }

    @SuppressWarnings("unchecked")
    public static ProjectionFinalStep<List<?>> projection(SearchProjectionFactory<?, ?> f, boolean withTexts) {
        List<ProjectionFinalStep<?>> parts = new ArrayList<>(List.of(
                f.id(Long.class),
                f.field(IndexFields.SLUG, String.class),
                f.field(IndexFields.KIND, String.class),
                f.field(IndexFields.DISPLAY_TITLE, String.class),
                f.field(IndexFields.DISPLAY_SUMMARY, String.class),
                f.field(IndexFields.LANGUAGE, String.class),
                f.field(IndexFields.ORGANISATION, String.class),
                f.field(IndexFields.ORGANISATION_NAME, String.class),
                f.field(IndexFields.FIELD, String.class).list(),
                f.score(),
                f.field(IndexFields.ADAPTATION_COUNT, Integer.class)));
        if (withTexts) {
            parts.add(f.field(de(IndexFields.BODY), String.class));
            parts.add(f.field(en(IndexFields.BODY), String.class));
            parts.add(f.field(de(IndexFields.KEYWORDS), String.class).list());
            parts.add(f.field(en(IndexFields.KEYWORDS), String.class).list());
            parts.add(f.field(de(IndexFields.TAXONOMY), String.class).list());
        }
        return f.composite().from(parts.toArray(ProjectionFinalStep[]::new)).asList();
    }

    @SuppressWarnings("unchecked")
    public static SearchHit toHit(List<?> row, List<Closeness.Reason> closeness, @Nullable Marking marking) {
        String language = (String) row.get(5);
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        if (marking != null && !marking.isEmpty() && row.size() > FIXED) {
            var analyzer = marking.analysis().indexAnalyzer(language);
            Set<String> tokens = marking.tokens(language);
            String body = (String) ("en".equals(language) ? row.get(FIXED + 1) : row.get(FIXED));
            List<String> keywords = (List<String>) ("en".equals(language) ? row.get(FIXED + 3) : row.get(FIXED + 2));
            List<String> labels = (List<String>) row.get(FIXED + 4);
            put(highlights, "title", Snippets.mark(analyzer, (String) row.get(3), tokens));
            put(highlights, "summary", Snippets.mark(analyzer, (String) row.get(4), tokens));
            put(highlights, "keywords", Snippets.mark(analyzer, String.join(", ", keywords), tokens));
            List<String> matchedLabels = new ArrayList<>();
            for (String label : labels) {
                String marked = Snippets.mark(marking.analysis().indexAnalyzer("de"), label, marking.german());
                if (marked == null) {
                    marked = Snippets.mark(marking.analysis().indexAnalyzer("en"), label, marking.english());
                }
                if (marked != null && matchedLabels.size() < MAX_TAXONOMY_SNIPPETS) matchedLabels.add(marked);
            }
            if (!matchedLabels.isEmpty()) highlights.put("taxonomy", List.of(String.join(" · ", matchedLabels)));
            put(highlights, "body", body == null ? null : Snippets.mark(analyzer, body, tokens));
        }
        return new SearchHit(
                (Long) row.get(0),
                (String) row.get(1),
                (String) row.get(2),
                (String) row.get(3),
                (String) row.get(4),
                language,
                (String) row.get(6),
                (String) row.get(7),
                (List<String>) row.get(8),
                highlights,
                (Float) row.get(9),
                row.get(10) == null ? 0 : (Integer) row.get(10),
                closeness);
    }

    private static void put(Map<String, List<String>> highlights, String field, @Nullable String snippet) {
        if (snippet != null) highlights.put(field, List.of(snippet));
    }

    /** The organisation slug of a projected row, for the closeness reasons. */
    public static String organisationOf(List<?> row) {
        return (String) row.get(6);
    }
}
