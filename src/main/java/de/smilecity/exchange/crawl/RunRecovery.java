package de.smilecity.exchange.crawl;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run can never stay "running" after a restart: at start-up every run still queued or running
 * (the app stopped under it) is marked interrupted, with the reason, and its source as failed.
 */
@Component
class RunRecovery {

    private static final Logger log = LoggerFactory.getLogger(RunRecovery.class);

    private final CrawlRunRepository runs;
    private final PartnerSourceRepository sources;
    private final Clock clock;

    RunRecovery(CrawlRunRepository runs, PartnerSourceRepository sources, Clock clock) {
        this.runs = runs;
        this.sources = sources;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void markInterruptedRuns() {
        for (CrawlRun run : runs.findByStateIn(CrawlService.ACTIVE)) {
            run.setState(RunState.INTERRUPTED);
            run.setFinishedAt(clock.instant());
            run.setCurrentUrl(null);
            run.setReason("the app stopped during this run; start it again to crawl the pages not yet visited");
            sources.findById(run.getSourceId()).ifPresent(s -> s.setLastRunState(RunState.INTERRUPTED));
            log.warn("Crawl run {} was still {} when the app stopped: marked interrupted", run.getId(), run.getState());
        }
    }
}
