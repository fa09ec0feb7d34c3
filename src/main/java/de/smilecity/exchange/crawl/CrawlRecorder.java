package de.smilecity.exchange.crawl;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a run's progress as it happens, each step in a transaction of its own, so that the UI
 * and the API see it live and nothing is lost when the app stops mid-run.
 */
@Component
class CrawlRecorder {

    private static final Logger log = LoggerFactory.getLogger(CrawlRecorder.class);

    private final CrawlRunRepository runs;
    private final CrawlOutcomeRepository outcomes;
    private final PartnerSourceRepository sources;
    private final Clock clock;

    CrawlRecorder(
            CrawlRunRepository runs, CrawlOutcomeRepository outcomes, PartnerSourceRepository sources, Clock clock) {
        this.runs = runs;
        this.outcomes = outcomes;
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * Marks the run running, unless it ended while it waited in the queue (interrupted as lost, when
     * its heartbeat went stale): then it is not crawled at all.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean started(long runId) {
        CrawlRun run = get(runId);
        if (!run.getState().isActive()) {
            log.warn("Crawl run {} ended as {} before its turn came: not crawled", runId, run.getState());
            return false;
        }
        run.setState(RunState.RUNNING);
        run.setStartedAt(clock.instant());
        sources.findById(run.getSourceId()).ifPresent(s -> {
            s.setLastRunState(RunState.RUNNING);
            s.setLastRunAt(run.getStartedAt());
        });
        return true;
    }

    /** Records the one outcome of a URL and counts it; a failure is logged here, once. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void outcome(long runId, UrlOutcome outcome) {
        CrawlRun run = get(runId);
        run.count(outcome.outcome());
        outcomes.save(new CrawlOutcome(
                runId,
                outcome.url(),
                outcome.normalisedUrl(),
                outcome.outcome(),
                outcome.reason(),
                outcome.httpStatus(),
                outcome.contentHash(),
                outcome.truncated(),
                clock.instant()));
        if (outcome.outcome() == Outcome.FAILED) {
            log.warn("Crawl run {}: {} failed: {}", runId, outcome.url(), outcome.reason());
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(long runId, String currentUrl, int pagesDone) {
        CrawlRun run = get(runId);
        run.setCurrentUrl(currentUrl);
        run.setPagesDone(pagesDone);
    }

    /**
     * Whether the run is to stop: cancelled by a person, or already ended by another node, which took
     * it for lost when its heartbeat went stale (the run's interruption then stays as recorded).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public boolean isCancelRequested(long runId) {
        CrawlRun run = get(runId);
        return run.isCancelRequested() || !run.getState().isActive();
    }

    /** Keeps on the run where its candidates took their fields from. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void counted(long runId, FieldOrigins origins) {
        runs.findById(runId).ifPresent(run -> run.setFieldOrigins(origins));
    }

    /** Ends the run, unless it has ended already: an interruption recorded by another node stays. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finished(long runId, RunState state, @Nullable String reason) {
        CrawlRun run = runs.lockById(runId).orElseThrow(() -> new CrawlRunNotFoundException(runId));
        if (!run.getState().isActive()) {
            log.warn(
                    "Crawl run {} would end as {}, but was {} already ({}): left so",
                    runId,
                    state,
                    run.getState(),
                    run.getReason());
            return;
        }
        Instant now = clock.instant();
        run.setState(state);
        run.setReason(reason);
        run.setFinishedAt(now);
        run.setCurrentUrl(null);
        sources.findById(run.getSourceId()).ifPresent(s -> {
            s.setLastRunState(state);
            s.setLastRunAt(now);
        });
        log.info(
                "Crawl run {} {}: {} imported, {} unchanged, {} skipped, {} failed{}",
                runId,
                state.name().toLowerCase(java.util.Locale.ROOT),
                run.getImported(),
                run.getUnchanged(),
                run.getSkipped(),
                run.getFailed(),
                reason == null ? "" : " (" + reason + ")");
    }

    private CrawlRun get(long runId) {
        return runs.findById(runId).orElseThrow(() -> new CrawlRunNotFoundException(runId));
    }
}
