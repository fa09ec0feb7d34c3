package de.smilecity.exchange.catalogue.api;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits: {@code {total, tookMs, page, size, hits, facets, didYouMean}}.
 *
 * @param page zero-based page number
 */
public record PracticePageJson(
        long total,
        long tookMs,
        int page,
        int size,
        List<PracticeHitJson> hits,
        Map<String, List<FacetValueJson>> facets,
        @Nullable String didYouMean) {

    /** One value of a facet with the number of hits it would give. */
    public record FacetValueJson(String value, String label, long count, boolean selected) {}
}
