package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.search.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Suggestions while typing: titles that contain every typed word, then keywords that start with
 * them. Written in Hibernate Search's own query language, so both engines ask the same.
 */
final class TitleAndKeywordSuggestions {

    /** Keywords whose words start with the typed text, taken before the prefix check thins them. */
    private static final int KEYWORD_CANDIDATES = 50;

    private TitleAndKeywordSuggestions() {}

    static List<Suggestion> find(SearchSession session, String text, int max) {
        List<Suggestion> suggestions = new ArrayList<>();
        session.search(Practice.class)
                .select(f -> f.composite()
                        .from(f.field(IndexFields.SLUG, String.class), f.field(IndexFields.DISPLAY_TITLE, String.class))
                        .asList())
                .where(f -> f.simpleQueryString()
                        .field(IndexFields.SUGGEST_TITLE)
                        .matching(text)
                        .defaultOperator(BooleanOperator.AND))
                .fetchHits(max)
                .forEach(row -> suggestions.add(
                        new Suggestion((String) row.get(1), Suggestion.Type.TITLE, (String) row.get(0))));
        Prefixes prefixes = Prefixes.of(text);
        AggregationKey<Map<String, Long>> keywords = AggregationKey.of("keywords");
        session
                .search(Practice.class)
                .where(f -> f.simpleQueryString()
                        .field(IndexFields.SUGGEST_KEYWORD)
                        .matching(text)
                        .defaultOperator(BooleanOperator.AND))
                .aggregation(
                        keywords,
                        f -> f.terms().field(IndexFields.KEYWORD, String.class).maxTermCount(KEYWORD_CANDIDATES))
                .fetch(0)
                .aggregation(keywords)
                .keySet()
                .stream()
                .filter(prefixes::matches)
                .limit(max)
                .forEach(keyword -> suggestions.add(new Suggestion(keyword, Suggestion.Type.KEYWORD, "")));
        return suggestions;
    }
}
