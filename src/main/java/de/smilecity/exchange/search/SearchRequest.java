package de.smilecity.exchange.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One search: words (with "phrases", -exclusions and OR), facet selections, order and page.
 *
 * @param query what the user typed; blank lists the whole published catalogue
 * @param filters selected values per facet
 * @param page zero-based
 * @param size hits per page, 1 to {@link #MAX_SIZE}
 * @param likeOrganisation slug of an organisation: rank hits by how close their owner is to it
 */
public record SearchRequest(
        String query,
        Map<Facet, List<String>> filters,
        SearchSort sort,
        int page,
        int size,
        @Nullable String likeOrganisation) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public SearchRequest {
        query = query.strip();
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) copy.put(facet, List.copyOf(values));
        });
        filters = copy;
        if (page < 0) throw new IllegalArgumentException("page must be 0 or more, was " + page);
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 0, DEFAULT_SIZE, null);
    }

    public List<String> selected(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(query, filters, sort, newPage, size, likeOrganisation);
    }
}
