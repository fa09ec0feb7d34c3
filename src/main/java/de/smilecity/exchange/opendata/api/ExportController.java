package de.smilecity.exchange.opendata.api;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.opendata.AtomFeed;
import de.smilecity.exchange.opendata.CatalogueVersion;
import de.smilecity.exchange.opendata.CsvExport;
import de.smilecity.exchange.opendata.DcatExport;
import de.smilecity.exchange.opendata.EntrySink;
import de.smilecity.exchange.opendata.ExportLinks;
import de.smilecity.exchange.opendata.JsonExport;
import de.smilecity.exchange.opendata.OpenDataProperties;
import de.smilecity.exchange.opendata.PublishedEntries;
import de.smilecity.exchange.search.SearchParameters;
import de.smilecity.exchange.search.SearchRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports of the published catalogue and its Atom feed. Each takes the filters of the search, is
 * written straight to the response as the entries are read (constant memory for any catalogue
 * size), and carries an ETag and Last-Modified, so that a harvester asking with
 * {@code If-None-Match} or {@code If-Modified-Since} gets a 304 while nothing changed.
 */
@RestController
@Tag(name = "Open data", description = "Exports and feed of the published catalogue")
class ExportController {

    private final PublishedEntries entries;
    private final CatalogueService catalogue;
    private final JsonMapper json;
    private final OpenDataProperties properties;
    private final Clock clock;

    ExportController(
            PublishedEntries entries,
            CatalogueService catalogue,
            JsonMapper json,
            OpenDataProperties properties,
            Clock clock) {
        this.entries = entries;
        this.catalogue = catalogue;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /** What opens the document for one response, once the headers are out. */
    @FunctionalInterface
    private interface SinkFactory {
        EntrySink open(OutputStream out, ExportLinks links) throws IOException;
    }

    @GetMapping("/api/v1/export.csv")
    @Operation(
            summary = "The published catalogue as CSV",
            description = "One row per entry with a header row; UTF-8 with a byte order mark; lists joined with"
                    + " ' | '; text cells that a spreadsheet would run as a formula start with an apostrophe."
                    + " Without filters in id order, with them in the order of the search.")
    @ApiResponse(
            responseCode = "200",
            description = "The CSV document",
            headers = {
                @Header(name = "ETag", description = "Changes whenever the export would change"),
                @Header(name = "Last-Modified", description = "When a published entry last changed")
            },
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ExportAnswers
    @ExportFilters
    void csv(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        export("csv", CsvExport.MEDIA_TYPE, "smile-exchange.csv", parameters, request, response, CsvExport::new);
    }

    @GetMapping("/api/v1/export.json")
    @Operation(
            summary = "The published catalogue as JSON",
            description = "An array of entries, each in the shape of GET /api/v1/practices/{idOrSlug} (without"
                    + " members-only contacts). Without filters in id order, with them in the order of the search.")
    @ApiResponse(
            responseCode = "200",
            description = "The JSON array",
            headers = {
                @Header(name = "ETag", description = "Changes whenever the export would change"),
                @Header(name = "Last-Modified", description = "When a published entry last changed")
            },
            content = @Content(mediaType = "application/json"))
    @ExportAnswers
    @ExportFilters
    void json(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        export(
                "json",
                JsonExport.MEDIA_TYPE,
                "smile-exchange.json",
                parameters,
                request,
                response,
                (out, links) -> new JsonExport(out, json));
    }

    @GetMapping("/api/v1/export.jsonld")
    @Operation(
            summary = "The published catalogue as DCAT-AP-style JSON-LD",
            description = "A dcat:Catalog whose dcat:dataset lists every entry as a dcat:Dataset with dct:title,"
                    + " dct:description, dct:publisher, dct:spatial, dcat:theme, dcat:keyword, dct:modified,"
                    + " dct:license and, for adaptations, prov:wasDerivedFrom.")
    @ApiResponse(
            responseCode = "200",
            description = "The JSON-LD document",
            headers = {
                @Header(name = "ETag", description = "Changes whenever the export would change"),
                @Header(name = "Last-Modified", description = "When a published entry last changed")
            },
            content = @Content(mediaType = "application/ld+json"))
    @ExportAnswers
    @ExportFilters
    void jsonLd(
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        export(
                "jsonld",
                DcatExport.MEDIA_TYPE,
                "smile-exchange.jsonld",
                parameters,
                request,
                response,
                (out, links) -> new DcatExport(out, json, links, clock.instant()));
    }

    @GetMapping("/feed.atom")
    @Operation(
            summary = "Atom feed of new and updated entries",
            description = "The newest published entries by their last change (50 by default), newest first;"
                    + " with filters, the newest by publication among those the search finds.")
    @ApiResponse(
            responseCode = "200",
            description = "The Atom 1.0 feed",
            headers = {
                @Header(name = "ETag", description = "Changes whenever the feed would change"),
                @Header(name = "Last-Modified", description = "When a published entry last changed")
            },
            content = @Content(mediaType = "application/atom+xml"))
    @ExportAnswers
    void feed(
            @Parameter(description = "Words to search for, as in the search; empty takes every entry")
                    @RequestParam(defaultValue = "")
                    String q,
            @Parameter(description = "Slug of an organisation: rank entries of similar cities higher")
                    @RequestParam(required = false)
                    @Nullable
                    String like,
            @Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        SearchRequest search = searchOf(parameters);
        CatalogueVersion version = entries.version();
        if (notModified(version, "atom", request, response)) return;
        response.setContentType(AtomFeed.MEDIA_TYPE);
        ExportLinks links = links();
        String self = ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
        OutputStream out = response.getOutputStream();
        entries.newest(
                search,
                properties.feedSize(),
                batch -> new AtomFeed(links).write(out, self, version.lastModified(), batch));
    }

    private void export(
            String representation,
            String mediaType,
            String filename,
            MultiValueMap<String, String> parameters,
            HttpServletRequest request,
            HttpServletResponse response,
            SinkFactory sinks)
            throws IOException {
        SearchRequest search = searchOf(parameters);
        CatalogueVersion version = entries.version();
        if (notModified(version, representation, request, response)) return;
        response.setContentType(mediaType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(filename).build().toString());
        // HEAD asks for the headers (ETag, Last-Modified) only: no need to read the whole catalogue.
        if (HttpMethod.HEAD.matches(request.getMethod())) return;
        EntrySink sink = sinks.open(response.getOutputStream(), links());
        entries.forEach(search, sink::write);
        sink.finish();
    }

    private SearchRequest searchOf(MultiValueMap<String, String> parameters) {
        SearchRequest search = SearchParameters.read(parameters, 0, SearchRequest.MAX_SIZE);
        if (search.likeOrganisation() != null) {
            catalogue.getOrganisation(search.likeOrganisation());
        }
        return search;
    }

    /**
     * Sets ETag and Last-Modified, and answers 304 when the request already has this version. The
     * query string is part of the ETag: the same catalogue filtered differently is another document.
     */
    private static boolean notModified(
            CatalogueVersion version, String representation, HttpServletRequest request, HttpServletResponse response) {
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        // Harvesters revalidate; shared caches may keep the public document but must ask first.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        return new ServletWebRequest(request, response)
                .checkNotModified(
                        version.etag(representation, query),
                        version.lastModified().toEpochMilli());
    }

    private static ExportLinks links() {
        return new ExportLinks(
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }
}
