package de.smilecity.exchange.crawl.api;

import de.smilecity.exchange.crawl.CrawlService;
import de.smilecity.exchange.crawl.PartnerSource;
import de.smilecity.exchange.crawl.PartnerSourceService;
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
@RequestMapping("/api/v1/admin/sources")
class SourceApiController {

    private final PartnerSourceService sources;
    private final CrawlService crawls;

    SourceApiController(PartnerSourceService sources, CrawlService crawls) {
        this.sources = sources;
        this.crawls = crawls;
    }

    @GetMapping
    List<SourceJson> list() {
        return sources.all().stream().map(this::json).toList();
    }

    @GetMapping("/{id}")
    SourceJson one(@PathVariable long id) {
        return json(sources.get(id));
    }

    /** Creates a source; a source pointing into the local network is stored, with a warning. */
    @PostMapping
    ResponseEntity<SourceJson> create(@RequestBody SourceJson body) {
        PartnerSource saved = sources.save(body.applyTo(new PartnerSource()));
        return ResponseEntity.created(URI.create("/api/v1/admin/sources/" + saved.getId()))
                .body(json(saved));
    }

    @PutMapping("/{id}")
    SourceJson update(@PathVariable long id, @RequestBody SourceJson body) {
        return json(sources.save(body.applyTo(sources.get(id))));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        sources.delete(id);
    }

    /** Starts a crawl; returns the queued run, to be followed at {@code /api/v1/admin/runs/{id}}. */
    @PostMapping("/{id}/runs")
    ResponseEntity<RunJson> startRun(@PathVariable long id) {
        var run = crawls.start(id);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/admin/runs/" + run.getId()))
                .body(RunJson.of(run, List.of()));
    }

    private SourceJson json(PartnerSource source) {
        return SourceJson.of(source, sources.localNetworkWarnings(source));
    }
}
