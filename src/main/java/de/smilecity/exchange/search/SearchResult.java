package de.smilecity.exchange.search;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits with the facet counts of the whole result.
 *
 * @param tookMs time the search took, in milliseconds
 * @param didYouMean the query with its words corrected, when the words gave few or no hits
 * @param fuzzy whether the hits come from the typo-tolerant retry
 */
public record SearchResult(
        long total,
        long tookMs,
        List<SearchHit> hits,
        Map<Facet, List<FacetCount>> facets,
        @Nullable String didYouMean,
        boolean fuzzy) {

    /** One value of a facet: how many hits it gives, and whether it is selected. */
    public record FacetCount(String value, long count, boolean selected) {}
}
