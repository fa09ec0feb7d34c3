package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.search.internal.SearchEngine.PageHit;
import de.smilecity.exchange.shared.Language;
import java.util.List;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

/**
 * A found report page as both engines read and show it: the same projection, and the passage marked
 * in the app with the analysis of the page's language ({@link Snippets}), so that a passage looks the
 * same whichever engine found it.
 */
final class PassageHits {

    private PassageHits() {}

    /** Report, number, language, German and English text, score: what {@link #toHit} reads. */
    static ProjectionFinalStep<List<?>> projection(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(
                        f.field(ReportPageFields.REPORT, Long.class),
                        f.field(ReportPageFields.NUMBER, Integer.class),
                        f.field(ReportPageFields.LANGUAGE, String.class),
                        f.field(IndexFields.de(ReportPageFields.TEXT), String.class),
                        f.field(IndexFields.en(ReportPageFields.TEXT), String.class),
                        f.score())
                .asList();
    }

    /** A row's report and page number: what tells one found page from another. */
    static Object page(List<?> row) {
        return List.of(row.get(0), row.get(1));
    }

    /**
     * The page with the question's words marked (and the verbs of its participles); the start of the
     * page when none of them is on it, as for a page asked for by its number.
     */
    static PageHit toHit(List<?> row, PassageQuestion question, SearchAnalysis analysis) {
        Language language = Language.ofCode((String) row.get(2));
        String text = (String) (language == Language.EN ? row.get(4) : row.get(3));
        String page = text == null ? "" : text;
        String snippet = Snippets.mark(
                analysis.indexWords(language),
                page,
                Snippets.queryTokens(analysis.queryAnalyzer(language), question.markedWords()));
        Float score = (Float) row.get(5);
        return new PageHit(
                (Long) row.get(0),
                (Integer) row.get(1),
                snippet == null ? Snippets.start(page) : snippet,
                score == null || score.isNaN() ? 0f : score);
    }
}
