package de.smilecity.exchange.crawl.api;

import de.smilecity.exchange.crawl.CrawlRun;
import de.smilecity.exchange.crawl.CrawlService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Crawl runs for editors: progress, outcomes per URL, cancelling. */
@RestController
@RequestMapping("/api/v1/admin/runs")
class RunApiController {

    private final CrawlService crawls;

    RunApiController(CrawlService crawls) {
        this.crawls = crawls;
    }

    @GetMapping("/{id}")
    RunJson one(@PathVariable long id) {
        CrawlRun run = crawls.getRun(id);
        return RunJson.of(run, crawls.outcomes(id));
    }

    /** The latest runs (of one source with {@code ?source=}), without their outcomes. */
    @GetMapping
    List<RunJson> list(@RequestParam(required = false) Long source) {
        List<CrawlRun> runs = source == null ? crawls.recentRuns() : crawls.runsOf(source);
        return runs.stream().map(r -> RunJson.of(r, List.of())).toList();
    }

    @PostMapping("/{id}/cancel")
    RunJson cancel(@PathVariable long id) {
        return RunJson.of(crawls.cancel(id), List.of());
    }
}
