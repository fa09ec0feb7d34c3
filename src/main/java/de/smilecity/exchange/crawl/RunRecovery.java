package de.smilecity.exchange.crawl;

import de.smilecity.exchange.shared.NodeId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run never stays "running" after its node stopped. Several nodes may crawl on one database, so a
 * node may end only runs it knows to be dead: at start-up its own earlier runs (recorded under its
 * {@link NodeId}, and not held by this process), and at start-up and every heartbeat interval any run
 * whose heartbeat is older than {@code smile.crawl.stale-after} (its node died, or its worker is
 * gone). A live node's runs beat and are left alone. Each run is re-read under a lock before it is
 * ended, so that a heartbeat or the run's own end that came in between wins.
 *
 * <p>A lost run is then continued by a new run of its source on this node ({@code
 * smile.crawl.continue-lost-runs}), unless an editor had asked to cancel it or it was itself a
 * continuation: a crawl that takes its node down with it must not go round the nodes for ever.
 */
@Component
class RunRecovery {

    private static final Logger log = LoggerFactory.getLogger(RunRecovery.class);

    private final CrawlRunRepository runs;
    private final PartnerSourceRepository sources;
    private final RunHeartbeat heartbeat;
    private final CrawlService crawls;
    private final NodeId node;
    private final CrawlProperties properties;
    private final Clock clock;

    RunRecovery(
            CrawlRunRepository runs,
            PartnerSourceRepository sources,
            RunHeartbeat heartbeat,
            CrawlService crawls,
            NodeId node,
            CrawlProperties properties,
            Clock clock) {
        this.runs = runs;
        this.sources = sources;
        this.heartbeat = heartbeat;
        this.crawls = crawls;
        this.node = node;
        this.properties = properties;
        this.clock = clock;
    }

    /** At start-up: this node's runs from before the restart, and runs lost with another node. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void recoverAtStart() {
        recover(true);
    }

    /**
     * While the nodes run: runs whose node stopped beating. On one node at a time (ShedLock); doing
     * it twice would change nothing, as an ended run is no longer active.
     */
    @Scheduled(
            fixedDelayString = "${smile.crawl.heartbeat:" + CrawlProperties.DEFAULT_HEARTBEAT + "}",
            initialDelayString = "${smile.crawl.heartbeat:" + CrawlProperties.DEFAULT_HEARTBEAT + "}")
    @SchedulerLock(name = "crawl-stale-runs", lockAtMostFor = "PT5M")
    @Transactional
    public void interruptStaleRuns() {
        recover(false);
    }

    private void recover(boolean atStart) {
        Instant now = clock.instant();
        Instant staleBefore = now.minus(properties.staleAfter());
        for (CrawlRunRepository.Holder seen : runs.findHoldersByStateInOrderById(CrawlService.ACTIVE)) {
            if (judge(seen.getId(), seen.getNodeId(), seen.getHeartbeatAt(), atStart, staleBefore)
                    .isEmpty()) continue;
            Optional<CrawlRun> locked = runs.lockById(seen.getId());
            if (locked.isEmpty() || !locked.get().getState().isActive()) continue;
            CrawlRun run = locked.get();
            Optional<Interruption> why = judge(run.id(), run.getNodeId(), run.getHeartbeatAt(), atStart, staleBefore);
            if (why.isEmpty()) continue;
            RunState was = run.getState();
            sources.findById(run.getSourceId()).ifPresent(s -> s.setLastRunState(RunState.INTERRUPTED));
            run.interrupt(why.get(), now, null);
            if (properties.continueLostRuns() && run.worthContinuing()) {
                crawls.continueLost(run).ifPresent(next -> run.interrupt(why.get(), now, next));
            }
            log.warn("Crawl run {} was still {}: marked interrupted, {}", run.id(), was, run.getReason());
        }
    }

    private Optional<Interruption> judge(
            long id, @Nullable String owner, @Nullable Instant beat, boolean atStart, Instant staleBefore) {
        boolean own = node.value().equals(owner);
        if (atStart && own && !heartbeat.holds(id)) return Optional.of(Interruption.NODE_RESTARTED);
        if (beat == null || beat.isBefore(staleBefore)) return Optional.of(Interruption.NODE_SILENT);
        return Optional.empty();
    }
}
