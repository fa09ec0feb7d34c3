package de.smilecity.exchange.search.api;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.api.PracticeHitJson;
import de.smilecity.exchange.catalogue.api.PracticeHitJson.OrganisationRefJson;
import de.smilecity.exchange.catalogue.api.PracticePageJson;
import de.smilecity.exchange.catalogue.api.PracticePageJson.FacetValueJson;
import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.FacetLabels;
import de.smilecity.exchange.search.Passage;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchParameters;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchResult;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.search.Suggestion;
import de.smilecity.exchange.shared.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search, autocomplete and similar entries of the public API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalogue", description = "Public reads of the published catalogue")
class SearchApiController {

    static final int MAX_SUGGESTIONS = 5;
    static final int DEFAULT_SIMILAR = 5;
    static final int MAX_SIMILAR = 20;
    static final int DEFAULT_PASSAGES = 10;

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
     * facet counts. Facet parameters may repeat ({@code field=mobility&field=climate}); the facet
     * parameters are documented once for every filterable endpoint (see the OpenAPI description).
     * The answer names the first, previous, next and last page in an RFC 8288 {@code Link} header.
     */
    @GetMapping("/practices")
    @Operation(
            summary = "Search the published catalogue, or list it page by page",
            description = "Without q the whole published catalogue in the chosen order. Facet counts are"
                    + " disjunctive: a facet's own selection does not shrink its own counts. The Link header"
                    + " names first, prev, next and last pages; X-Total-Count the number of hits.")
    @ApiResponse(responseCode = "200", description = "One page of hits with facet counts")
    @ApiResponse(
            responseCode = "400",
            description =
                    "A parameter that cannot be read (page, size, sort or a facet value) or beyond the limits of a"
                            + " search (q at most " + SearchRequest.MAX_QUERY_LENGTH + " characters, "
                            + SearchRequest.MAX_WORDS + " words of at most " + SearchRequest.MAX_WORD_LENGTH
                            + " characters; at most " + SearchRequest.MAX_VALUES_PER_FACET + " values per facet and "
                            + SearchRequest.MAX_FACET_VALUES + " in all, each at most "
                            + SearchRequest.MAX_FACET_VALUE_LENGTH + " characters; (page + 1) × size at most "
                            + SearchRequest.MAX_PAGED_HITS + "); problem+json naming the parameter, the limit and"
                            + " what came")
    @ApiResponse(responseCode = "404", description = "The organisation named in like does not exist")
    ResponseEntity<PracticePageJson> search(
            @Parameter(description = "Words to search for: \"phrases\", -excluded, OR; empty lists everything")
                    @RequestParam(defaultValue = "")
                    String q,
            @Parameter(description = "Zero-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Hits per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
            @Parameter(
                            description =
                                    "Order: relevance (default), newest, title or adaptations (most often adapted first)")
                    @RequestParam(defaultValue = "relevance")
                    String sort,
            @Parameter(description = "Slug of an organisation: rank entries of similar cities higher")
                    @RequestParam(required = false)
                    @Nullable
                    String like,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            @Parameter(hidden = true) Locale locale) {
        SearchRequest request = SearchParameters.read(parameters, page, size);
        if (request.likeOrganisation() != null) {
            catalogue.getOrganisation(request.likeOrganisation());
        }
        SearchResult result = search.search(request);
        Function<Facet, Function<String, String>> label = labels.forLocale(locale);
        Map<String, List<FacetValueJson>> facets = new LinkedHashMap<>();
        result.facets()
                .forEach((facet, counts) -> facets.put(
                        facet.parameter(),
                        counts.stream()
                                .map(c -> new FacetValueJson(
                                        c.value(), label.apply(facet).apply(c.value()), c.count(), c.selected()))
                                .toList()));
        PracticePageJson body = new PracticePageJson(
                result.total(),
                result.tookMs(),
                page,
                size,
                result.hits().stream().map(SearchApiController::hit).toList(),
                facets,
                result.didYouMean());
        return ResponseEntity.ok()
                .header(HttpHeaders.LINK, PageLinks.of(result.total(), page, size))
                .header("X-Total-Count", String.valueOf(result.total()))
                .body(body);
    }

    /** Autocomplete proposals for what was typed, from the second character on. */
    @GetMapping("/suggest")
    @Operation(
            summary = "Autocomplete",
            description = "Titles, keywords and organisations whose words start with what was typed; at most 5"
                    + " of each kind, nothing for fewer than 2 characters")
    @ApiResponse(responseCode = "200", description = "The proposals, titles first")
    @ApiResponse(responseCode = "400", description = "q beyond the limits of a search's q")
    List<Suggestion> suggest(
            @Parameter(description = "What was typed so far; the last word may be incomplete")
                    @RequestParam(defaultValue = "")
                    String q) {
        return search.suggest(q, MAX_SUGGESTIONS);
    }

    /** Pages of partner reports that hold every word of q, each beside its published entry. */
    @GetMapping("/passages")
    @Operation(
            summary = "Search the reports of published entries by passage",
            description = "Pages of the partner reports (PDF) attached to published entries that hold every word"
                    + " of q, best first: the entry (slug, title), the report's title, the page number, the passage"
                    + " with the matching words in <mark> (HTML-escaped otherwise) and a link to the PDF at that"
                    + " page (#page=N). Reports of entries that are not published are never answered from.")
    @ApiResponse(responseCode = "200", description = "The passages, best first; empty without words")
    @ApiResponse(
            responseCode = "400",
            description = "q beyond the limits of a search's q (at most " + SearchRequest.MAX_QUERY_LENGTH
                    + " characters, " + SearchRequest.MAX_WORDS + " words of at most "
                    + SearchRequest.MAX_WORD_LENGTH + " characters), or size outside 1 to "
                    + SearchService.MAX_PASSAGES + "; problem+json naming the parameter, the limit and what came")
    List<Passage> passages(
            @Parameter(description = "Words to search for: \"phrases\", -excluded, OR") @RequestParam(defaultValue = "")
                    String q,
            @Parameter(description = "How many passages, 1 to " + SearchService.MAX_PASSAGES)
                    @RequestParam(defaultValue = "" + DEFAULT_PASSAGES)
                    int size) {
        return search.passages(q, size);
    }

    /** The published entries most like the given one (id or slug). */
    @GetMapping("/practices/{idOrSlug}/similar")
    @Operation(
            summary = "Similar published entries",
            description = "The published entries most like the given one by their words and tags, the entry"
                    + " itself left out")
    @ApiResponse(responseCode = "200", description = "The most similar entries, most similar first")
    @ApiResponse(responseCode = "400", description = "size outside 1 to 20")
    @ApiResponse(responseCode = "404", description = "No published entry with this id or slug")
    List<PracticeHitJson> similar(
            @Parameter(description = "Numeric id or slug of a published entry") @PathVariable String idOrSlug,
            @Parameter(description = "How many entries, 1 to 20") @RequestParam(defaultValue = "5") int size) {
        if (size < 1 || size > MAX_SIMILAR) {
            throw new BadRequestException("size", "size must be between 1 and " + MAX_SIMILAR + ", was " + size);
        }
        return search.similar(catalogue.getPublished(idOrSlug), size).stream()
                .map(SearchApiController::hit)
                .toList();
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
                hit.adaptationCount(),
                hit.translations().stream()
                        .map(t -> new PracticeHitJson.MatchedViaJson(t.from(), t.to()))
                        .toList());
    }
}
