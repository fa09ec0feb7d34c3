package de.smilecity.exchange.crawl.api;

import de.smilecity.exchange.crawl.CrawlRun;
import de.smilecity.exchange.crawl.CrawlService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Crawl runs for editors: progress, outcomes per URL, cancelling. */
@RestController
@Tag(name = "Crawler", description = "Partner sources, crawl runs and the import review (editors)")
@RequestMapping("/api/v1/admin/runs")
class RunApiController {

    private final CrawlService crawls;

    RunApiController(CrawlService crawls) {
        this.crawls = crawls;
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One crawl run with its outcomes",
            description = "State, counts and one outcome per URL with its reason.")
    @ApiResponse(responseCode = "200", description = "The run")
    @ApiResponse(responseCode = "404", description = "No crawl run with this id")
    RunJson one(@Parameter(description = "Id of the crawl run") @PathVariable long id) {
        CrawlRun run = crawls.getRun(id);
        return RunJson.of(run, continuedAs(run), crawls.outcomes(id));
    }

    /** The latest runs (of one source with {@code ?source=}), without their outcomes. */
    @GetMapping
    @Operation(summary = "The latest crawl runs", description = "Without their outcomes; of one source with source=.")
    @ApiResponse(responseCode = "200", description = "The runs, newest first")
    @ApiResponse(responseCode = "404", description = "No partner source with this id")
    List<RunJson> list(
            @Parameter(description = "Only the runs of this partner source (its id)") @RequestParam(required = false)
                    Long source) {
        List<CrawlRun> runs = source == null ? crawls.recentRuns() : crawls.runsOf(source);
        return runs.stream().map(r -> RunJson.of(r, continuedAs(r), List.of())).toList();
    }

    /** Only an interrupted run can have been continued, so only those cost a query. */
    private @Nullable Long continuedAs(CrawlRun run) {
        if (run.getInterruption() == null) return null;
        return crawls.continuationOf(run.id()).map(CrawlRun::id).orElse(null);
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a crawl run", description = "The workers stop between two pages.")
    @ApiResponse(responseCode = "200", description = "The run, cancelled")
    @ApiResponse(responseCode = "404", description = "No crawl run with this id")
    @ApiResponse(responseCode = "409", description = "The run has already ended")
    RunJson cancel(@Parameter(description = "Id of the crawl run") @PathVariable long id) {
        return RunJson.of(crawls.cancel(id), null, List.of());
    }
}
