package de.smilecity.exchange.search.api;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.SizeClass;
import de.smilecity.exchange.catalogue.api.PracticeHitJson;
import de.smilecity.exchange.catalogue.api.PracticeHitJson.OrganisationRefJson;
import de.smilecity.exchange.catalogue.api.PracticePageJson;
import de.smilecity.exchange.catalogue.api.PracticePageJson.FacetValueJson;
import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.FacetLabels;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchResult;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.search.SearchSort;
import de.smilecity.exchange.search.Suggestion;
import de.smilecity.exchange.shared.BadRequestException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search, autocomplete and similar entries of the public API (DESIGN.md §4). */
@RestController
@RequestMapping("/api/v1")
class SearchApiController {

    static final int MAX_SUGGESTIONS = 5;
    static final int DEFAULT_SIMILAR = 5;
    static final int MAX_SIMILAR = 20;

    private final SearchService search;
    private final CatalogueService catalogue;
    private final FacetLabels labels;

    SearchApiController(SearchService search, CatalogueService catalogue, FacetLabels labels) {
        this.search = search;
        this.catalogue = catalogue;
        this.labels = labels;
    }

    /**
     * Searches with {@code q}, or without it lists the whole published catalogue, page by page, with
     * facet counts. Facet parameters may repeat ({@code field=mobility&field=climate}).
     */
    @GetMapping("/practices")
    PracticePageJson search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(required = false) @Nullable String like,
            @RequestParam MultiValueMap<String, String> parameters,
            Locale locale) {
        if (page < 0) throw new BadRequestException("page", "page must be 0 or more, was " + page);
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw new BadRequestException(
                    "size", "size must be between 1 and " + SearchRequest.MAX_SIZE + ", was " + size);
        }
        SearchSort order = SearchSort.byParameter(sort)
                .orElseThrow(() -> new BadRequestException(
                        "sort",
                        "sort must be one of "
                                + Arrays.stream(SearchSort.values())
                                        .map(SearchSort::parameter)
                                        .toList() + ", was '" + sort + "'"));
        if (like != null && !like.isBlank()) {
            catalogue.getOrganisation(like);
        }
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.getOrDefault(facet.parameter(), List.of()).stream()
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .toList();
            values.forEach(value -> checkValue(facet, value));
            if (!values.isEmpty()) filters.put(facet, values);
        }
        SearchResult result = search.search(new SearchRequest(q, filters, order, page, size, like));
        Function<Facet, Function<String, String>> label = labels.forLocale(locale);
        Map<String, List<FacetValueJson>> facets = new LinkedHashMap<>();
        result.facets()
                .forEach((facet, counts) -> facets.put(
                        facet.parameter(),
                        counts.stream()
                                .map(c -> new FacetValueJson(
                                        c.value(), label.apply(facet).apply(c.value()), c.count(), c.selected()))
                                .toList()));
        return new PracticePageJson(
                result.total(),
                result.tookMs(),
                page,
                size,
                result.hits().stream().map(SearchApiController::hit).toList(),
                facets,
                result.didYouMean());
    }

    /** Autocomplete proposals for what was typed, from the second character on. */
    @GetMapping("/suggest")
    List<Suggestion> suggest(@RequestParam(defaultValue = "") String q) {
        return search.suggest(q, MAX_SUGGESTIONS);
    }

    /** The published entries most like the given one (id or slug). */
    @GetMapping("/practices/{idOrSlug}/similar")
    List<PracticeHitJson> similar(@PathVariable String idOrSlug, @RequestParam(defaultValue = "5") int size) {
        if (size < 1 || size > MAX_SIMILAR) {
            throw new BadRequestException("size", "size must be between 1 and " + MAX_SIMILAR + ", was " + size);
        }
        return search.similar(catalogue.getPublished(idOrSlug), size).stream()
                .map(SearchApiController::hit)
                .toList();
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
            case LANGUAGE -> List.of("de", "en");
            case ADAPTED -> List.of("true", "false");
            default -> null;
        };
        if (allowed != null && !allowed.contains(value.toLowerCase(Locale.ROOT))) {
            throw new BadRequestException(
                    facet.parameter(), "unknown " + facet.parameter() + " '" + value + "'; expected one of " + allowed);
        }
    }

    static PracticeHitJson hit(SearchHit hit) {
        return new PracticeHitJson(
                hit.id(),
                hit.slug(),
                PracticeKind.valueOf(hit.kind().toUpperCase(Locale.ROOT)),
                hit.title(),
                hit.summary(),
                new OrganisationRefJson(hit.organisationSlug(), hit.organisationName()),
                hit.highlights(),
                hit.score(),
                hit.adaptationCount());
    }
}
