package de.smilecity.exchange.crawl;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The runs this process holds — queued in its pool or crawling — and their heartbeat: every
 * {@code smile.crawl.heartbeat} one update stamps them all, whatever their number and however long a
 * page takes. A run is held from its submission to the pool until its worker ends, so that a run
 * whose worker is gone stops beating and is recovered like a run of a dead node, even while this
 * node lives on.
 */
@Component
class RunHeartbeat {

    private static final Logger log = LoggerFactory.getLogger(RunHeartbeat.class);

    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final CrawlRunRepository runs;
    private final Clock clock;

    RunHeartbeat(CrawlRunRepository runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    void hold(long runId) {
        held.add(runId);
    }

    void release(long runId) {
        held.remove(runId);
    }

    /** Whether this process holds the run now, as opposed to an earlier process of the same node. */
    boolean holds(long runId) {
        return held.contains(runId);
    }

    @Scheduled(
            fixedDelayString = "${smile.crawl.heartbeat:" + CrawlProperties.DEFAULT_HEARTBEAT + "}",
            initialDelayString = "${smile.crawl.heartbeat:" + CrawlProperties.DEFAULT_HEARTBEAT + "}")
    @Transactional
    public void beat() {
        List<Long> now = List.copyOf(held);
        if (now.isEmpty()) return;
        int stamped = runs.beat(now, CrawlService.ACTIVE, clock.instant());
        log.debug("Heartbeat for {} of {} held crawl runs", stamped, now.size());
    }
}
