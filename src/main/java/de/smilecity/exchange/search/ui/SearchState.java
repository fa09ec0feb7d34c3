package de.smilecity.exchange.search.ui;

import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.SearchParameters;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchSort;
import de.smilecity.exchange.shared.BadRequestException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The whole state of the search page as URL query parameters, both ways: {@code q}, one parameter
 * per facet (repeated for several values), {@code sort}, {@code page} (1-based for people) and
 * {@code like}. What is in the URL can be bookmarked, shared and restored by the back button.
 */
final class SearchState {

    static final String Q = "q";
    static final String SORT = "sort";
    static final String PAGE = "page";
    static final String LIKE = "like";
    static final int PAGE_SIZE = 10;

    private SearchState() {}

    /**
     * Reads the page's URL with the same parser as the API, so that the page takes the same searches
     * and refuses the same ones.
     *
     * @throws BadRequestException for a value the search cannot read, {@link
     *     de.smilecity.exchange.search.SearchLimitException} for a search beyond its limits
     */
    static SearchRequest fromParameters(Map<String, List<String>> params) {
        return SearchParameters.read(params, pageFromUrl(first(params, PAGE, "1")), PAGE_SIZE);
    }

    /**
     * The zero-based page of a {@link SearchRequest} for the number people see in the page's URL,
     * which counts from 1. A number below 1 or a mangled one in a shared link shows the first page.
     */
    static int pageFromUrl(String shown) {
        try {
            return Math.max(1, Integer.parseInt(shown)) - 1;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The number people see in the page's URL, counting from 1, for a zero-based request page. */
    static int pageInUrl(int page) {
        return page + 1;
    }

    static Map<String, List<String>> toParameters(SearchRequest request) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!request.query().isBlank()) params.put(Q, List.of(request.query()));
        request.filters().forEach((facet, values) -> params.put(facet.parameter(), new ArrayList<>(values)));
        if (request.sort() != SearchSort.RELEVANCE)
            params.put(SORT, List.of(request.sort().parameter()));
        if (request.page() > 0) params.put(PAGE, List.of(String.valueOf(pageInUrl(request.page()))));
        if (request.likeOrganisation() != null) params.put(LIKE, List.of(request.likeOrganisation()));
        return params;
    }

    static SearchRequest with(SearchRequest r, String query) {
        return new SearchRequest(query, r.filters(), r.sort(), 0, r.size(), r.likeOrganisation());
    }

    static SearchRequest with(SearchRequest r, Facet facet, List<String> values) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.putAll(r.filters());
        filters.put(facet, values);
        return new SearchRequest(r.query(), filters, r.sort(), 0, r.size(), r.likeOrganisation());
    }

    static SearchRequest with(SearchRequest r, SearchSort sort) {
        return new SearchRequest(r.query(), r.filters(), sort, 0, r.size(), r.likeOrganisation());
    }

    static SearchRequest withLike(SearchRequest r, @Nullable String organisation) {
        return new SearchRequest(r.query(), r.filters(), r.sort(), 0, r.size(), organisation);
    }

    static SearchRequest withoutFilters(SearchRequest r) {
        return new SearchRequest(r.query(), Map.of(), r.sort(), 0, r.size(), r.likeOrganisation());
    }

    private static String first(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? fallback : values.getFirst();
    }
}
