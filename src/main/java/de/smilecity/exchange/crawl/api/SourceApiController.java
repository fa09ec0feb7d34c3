package de.smilecity.exchange.crawl.api;

import de.smilecity.exchange.crawl.CrawlService;
import de.smilecity.exchange.crawl.PartnerSource;
import de.smilecity.exchange.crawl.PartnerSourceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Partner sources for editors: {@code /api/v1/admin/sources}, and starting a crawl of one. */
@RestController
@Tag(name = "Crawler", description = "Partner sources, crawl runs and the import review (editors)")
@RequestMapping("/api/v1/admin/sources")
class SourceApiController {

    private final PartnerSourceService sources;
    private final CrawlService crawls;

    SourceApiController(PartnerSourceService sources, CrawlService crawls) {
        this.sources = sources;
        this.crawls = crawls;
    }

    @GetMapping
    @Operation(summary = "All partner sources")
    @ApiResponse(responseCode = "200", description = "The sources with their warnings")
    List<SourceJson> list() {
        return sources.all().stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partner source")
    @ApiResponse(responseCode = "200", description = "The source")
    @ApiResponse(responseCode = "404", description = "No partner source with this id")
    SourceJson one(@Parameter(description = "Id of the partner source") @PathVariable long id) {
        return json(sources.get(id));
    }

    /** Creates a source; a source pointing into the local network is stored, with a warning. */
    @PostMapping
    @Operation(
            summary = "Create a partner source",
            description = "A source pointing into the local network is stored with a warning.")
    @ApiResponse(responseCode = "201", description = "The saved source; Location names its address")
    @ApiResponse(responseCode = "400", description = "Invalid fields; errors lists each field with its message")
    ResponseEntity<SourceJson> create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "Start URLs, hosts, patterns, limits and the extraction profile")
                    @RequestBody
                    SourceJson body) {
        PartnerSource saved = sources.save(body.applyTo(new PartnerSource()));
        return ResponseEntity.created(URI.create("/api/v1/admin/sources/" + saved.getId()))
                .body(json(saved));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a partner source")
    @ApiResponse(responseCode = "200", description = "The saved source")
    @ApiResponse(responseCode = "400", description = "Invalid fields; errors lists each field with its message")
    @ApiResponse(responseCode = "404", description = "No partner source with this id")
    SourceJson update(
            @Parameter(description = "Id of the partner source") @PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            description = "Start URLs, hosts, patterns, limits and the extraction profile")
                    @RequestBody
                    SourceJson body) {
        return json(sources.save(body.applyTo(sources.get(id))));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a partner source")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No partner source with this id")
    @ApiResponse(responseCode = "409", description = "The source cannot be deleted now, e.g. while it is crawled")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@Parameter(description = "Id of the partner source") @PathVariable long id) {
        sources.delete(id);
    }

    /** Starts a crawl; returns the queued run, to be followed at {@code /api/v1/admin/runs/{id}}. */
    @PostMapping("/{id}/runs")
    @Operation(
            summary = "Start a crawl",
            description = "Returns the queued run, to be followed at /api/v1/admin/runs/{id}.")
    @ApiResponse(responseCode = "202", description = "The run, queued")
    @ApiResponse(responseCode = "404", description = "No partner source with this id")
    @ApiResponse(responseCode = "409", description = "Too many runs waiting; detail says why")
    ResponseEntity<RunJson> startRun(@Parameter(description = "Id of the partner source") @PathVariable long id) {
        var run = crawls.start(id);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/admin/runs/" + run.getId()))
                .body(RunJson.of(run, null, List.of()));
    }

    private SourceJson json(PartnerSource source) {
        return SourceJson.of(source, sources.addressWarnings(source));
    }
}
