package de.smilecity.exchange.search.internal;

import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The whole catalogue query in Lucene terms: the words, the exclusions, the facet filters (values of
 * one field combine with OR, fields with AND) and optional boosts by organisation. The same
 * words and exclusions rank the hits and drive the facet counts ({@link FacetCounter}), so the counts
 * always agree with the total.
 */
public final class PracticeQuery {

    private PracticeQuery() {}

    /**
     * @param text the words of the query, or null for every entry
     * @param exclusions what must not match
     * @param filters facet field → accepted values (already normalised as indexed)
     * @param organisationBoosts organisation slug → constant score added to its entries (ranking only)
     */
    public static Query of(
            @Nullable Query text,
            List<Query> exclusions,
            Map<String, List<String>> filters,
            Map<String, Float> organisationBoosts) {
        BooleanQuery.Builder bool = words(text, exclusions);
        filters.forEach((field, values) -> bool.add(anyOf(field, values), Occur.FILTER));
        organisationBoosts.forEach((slug, boost) -> bool.add(
                new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(IndexFields.ORGANISATION, slug))), boost),
                Occur.SHOULD));
        return bool.build();
    }

    /**
     * As {@link #of}, for a search whose facet counting found its hits already ({@link FacetCounter}):
     * those hits in place of the exclusions and filters. The same entries match, with the same scores
     * (exclusions and filters score nothing).
     *
     * @param hits the entries the words match less the exclusions, passing every filter
     */
    public static Query ofHits(@Nullable Query text, Query hits, Map<String, Float> organisationBoosts) {
        BooleanQuery.Builder bool = words(text, List.of());
        bool.add(hits, Occur.FILTER);
        organisationBoosts.forEach((slug, boost) -> bool.add(
                new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(IndexFields.ORGANISATION, slug))), boost),
                Occur.SHOULD));
        return bool.build();
    }

    /** The words (every entry without them) less the exclusions. */
    private static BooleanQuery.Builder words(@Nullable Query text, List<Query> exclusions) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        bool.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        exclusions.forEach(excluded -> bool.add(excluded, Occur.MUST_NOT));
        return bool;
    }

    private static Query anyOf(String field, List<String> values) {
        if (values.size() == 1) return new TermQuery(new Term(field, values.getFirst()));
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
