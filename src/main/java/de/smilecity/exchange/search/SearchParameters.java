package de.smilecity.exchange.search;

import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.SizeClass;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.Language;
import de.smilecity.exchange.shared.Quoted;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a search from HTTP query parameters ({@code q}, {@code sort}, {@code like} and the facet
 * parameters of {@link Facet}), so that the search API, the exports, the feed and the search page
 * take exactly the same filters. Refuses what it cannot read with a {@link BadRequestException}
 * naming the parameter, and a search beyond the limits of {@link SearchRequest} with a
 * {@link SearchLimitException}.
 */
public final class SearchParameters {

    private SearchParameters() {}

    /**
     * @param parameters every query parameter of the request; unknown ones are ignored
     * @param page zero-based page
     * @param size hits per page, 1 to {@link SearchRequest#MAX_SIZE}
     */
    public static SearchRequest read(Map<String, List<String>> parameters, int page, int size) {
        String sort = first(parameters, "sort", "relevance");
        SearchSort order = SearchSort.byParameter(sort)
                .orElseThrow(() -> new BadRequestException(
                        "sort",
                        "sort must be one of "
                                + Arrays.stream(SearchSort.values())
                                        .map(SearchSort::parameter)
                                        .toList() + ", was " + Quoted.of(sort)));
        String like = first(parameters, SearchRequest.LIKE, "");
        SearchRequest request = new SearchRequest(
                first(parameters, SearchRequest.QUERY, ""),
                filters(parameters),
                order,
                page,
                size,
                like.isBlank() ? null : like);
        request.filters().forEach((facet, values) -> values.forEach(value -> checkValue(facet, value)));
        return request;
    }

    /** Whether the request selects anything: words, a facet value or "cities like mine". */
    public static boolean filters(SearchRequest request) {
        return !request.query().isEmpty() || !request.filters().isEmpty() || request.likeOrganisation() != null;
    }

    private static Map<Facet, List<String>> filters(Map<String, List<String>> parameters) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.getOrDefault(facet.parameter(), List.of()).stream()
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .toList();
            if (!values.isEmpty()) filters.put(facet, values);
        }
        return filters;
    }

    private static String first(Map<String, List<String>> parameters, String name, String fallback) {
        List<String> values = parameters.get(name);
        @Nullable String value = values == null || values.isEmpty() ? null : values.getFirst();
        return value == null ? fallback : value;
    }

    /** Facets with a closed set of values refuse others with the list of what they take. */
    private static void checkValue(Facet facet, String value) {
        List<String> allowed = switch (facet) {
            case PHASE ->
                Arrays.stream(Phase.values())
                        .map(p -> p.name().toLowerCase(Locale.ROOT))
                        .toList();
            case KIND ->
                Arrays.stream(PracticeKind.values())
                        .map(k -> k.name().toLowerCase(Locale.ROOT))
                        .toList();
            case SIZE_CLASS ->
                Arrays.stream(SizeClass.values()).map(SizeClass::key).toList();
            case LANGUAGE -> Language.codes();
            case ADAPTED -> List.of("true", "false");
            default -> null;
        };
        if (allowed != null && !allowed.contains(value.toLowerCase(Locale.ROOT))) {
            throw new BadRequestException(
                    facet.parameter(),
                    "unknown " + facet.parameter() + " " + Quoted.of(value) + "; expected one of " + allowed);
        }
    }
}
