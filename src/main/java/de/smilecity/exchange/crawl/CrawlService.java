package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Reports;
import de.smilecity.exchange.crawl.internal.fetch.HostGate;
import de.smilecity.exchange.crawl.internal.fetch.PageFetcher;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.SignedInUser;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.NodeId;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts, cancels and reports crawl runs. A run is queued in the database first and then crawled
 * asynchronously on a bounded pool ({@code smile.crawl.concurrent-runs}, {@code queued-runs}) of the
 * node that started it, which records itself on the run and keeps its heartbeat ({@link RunHeartbeat})
 * until the run's worker ends.
 */
@Service
public class CrawlService {

    static final Set<RunState> ACTIVE = EnumSet.of(RunState.QUEUED, RunState.RUNNING);

    private static final Logger log = LoggerFactory.getLogger(CrawlService.class);

    private final CrawlRunRepository runs;
    private final CrawlOutcomeRepository outcomes;
    private final PartnerSourceRepository sources;
    private final CatalogueService catalogue;
    private final CandidateService candidates;
    private final Reports reports;
    private final CrawlRecorder recorder;
    private final RunHeartbeat heartbeat;
    private final NodeId node;
    private final PageFetcher fetcher;
    private final HostGate gate;
    private final CurrentUser user;
    private final CrawlProperties properties;
    private final Clock clock;
    private final ThreadPoolExecutor executor;

    CrawlService(
            CrawlRunRepository runs,
            CrawlOutcomeRepository outcomes,
            PartnerSourceRepository sources,
            CatalogueService catalogue,
            CandidateService candidates,
            Reports reports,
            CrawlRecorder recorder,
            RunHeartbeat heartbeat,
            NodeId node,
            PageFetcher fetcher,
            HostGate gate,
            CurrentUser user,
            CrawlProperties properties,
            Clock clock) {
        this.runs = runs;
        this.outcomes = outcomes;
        this.sources = sources;
        this.catalogue = catalogue;
        this.candidates = candidates;
        this.reports = reports;
        this.recorder = recorder;
        this.heartbeat = heartbeat;
        this.node = node;
        this.fetcher = fetcher;
        this.gate = gate;
        this.user = user;
        this.properties = properties;
        this.clock = clock;
        this.executor = new ThreadPoolExecutor(
                properties.concurrentRuns(),
                properties.concurrentRuns(),
                0,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(properties.queuedRuns()),
                Thread.ofPlatform().name("crawl-run-", 1).daemon().factory());
    }

    /**
     * Queues a run of the source and starts it as soon as a place in the pool is free.
     *
     * @throws BadRequestException when the source already has an active run
     */
    @Transactional
    public CrawlRun start(long sourceId) {
        return start(sourceId, user.find().map(SignedInUser::username).orElse("system"));
    }

    @Transactional
    CrawlRun start(long sourceId, String triggeredBy) {
        PartnerSource source =
                sources.findById(sourceId).orElseThrow(() -> new PartnerSourceNotFoundException(sourceId));
        if (runs.existsBySourceIdAndStateIn(sourceId, ACTIVE)) {
            throw new BadRequestException(
                    "source", source + " is being crawled already; wait for that run to end or cancel it");
        }
        return queue(source, new CrawlRun(sourceId, triggeredBy, clock.instant(), node));
    }

    /**
     * Queues on this node a run that goes on with {@code lost}, a run its node no longer holds. The
     * pages the lost run imported come back as unchanged, so going on means crawling the source
     * again; nothing is queued when the source is gone or crawled already.
     *
     * @return the new run's id, if one was queued
     */
    @Transactional
    Optional<Long> continueLost(CrawlRun lost) {
        Optional<PartnerSource> source = sources.findById(lost.getSourceId());
        if (source.isEmpty() || runs.existsBySourceIdAndStateIn(lost.getSourceId(), ACTIVE)) return Optional.empty();
        CrawlRun run = queue(source.get(), CrawlRun.continuing(lost, clock.instant(), node));
        log.info("{} was lost with its node; continued as run {}", lost, run.id());
        return Optional.of(run.id());
    }

    private CrawlRun queue(PartnerSource source, CrawlRun queued) {
        CrawlRun run = runs.save(queued);
        source.setLastRunState(RunState.QUEUED);
        long runId = run.id();
        long sourceId = source.getId();
        // Crawl only once the queued run is committed, so that the worker finds it.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                submit(runId, sourceId);
            }
        });
        return run;
    }

    /** The run that went on with {@code runId} after it was lost, if one did. */
    @Transactional(readOnly = true)
    public Optional<CrawlRun> continuationOf(long runId) {
        return runs.findFirstByContinuesRunId(runId);
    }

    private void submit(long runId, long sourceId) {
        heartbeat.hold(runId);
        try {
            executor.execute(() -> {
                try {
                    execute(runId, sourceId);
                } finally {
                    heartbeat.release(runId);
                }
            });
        } catch (RejectedExecutionException e) {
            heartbeat.release(runId);
            recorder.finished(
                    runId,
                    RunState.FAILED,
                    "too many crawls are waiting (" + properties.queuedRuns() + "); start this one again later");
        }
    }

    private void execute(long runId, long sourceId) {
        try {
            PartnerSource source =
                    sources.findById(sourceId).orElseThrow(() -> new PartnerSourceNotFoundException(sourceId));
            if (!recorder.started(runId)) return;
            Crawl crawl = new Crawl(
                    runId,
                    source,
                    catalogue.concepts(ConceptScheme.INNOVATION_FIELD),
                    new Crawl.Tools(
                            fetcher,
                            gate,
                            recorder,
                            candidates,
                            reports,
                            clock,
                            properties.hostsInParallel(),
                            properties.maxLinksPerPage(),
                            properties.maxUrlsPerRun()));
            Crawl.Result result = crawl.run();
            recorder.counted(runId, crawl.fieldOrigins());
            recorder.finished(runId, result.state(), result.reason());
        } catch (RuntimeException e) {
            log.error("Crawl run {} failed", runId, e);
            recorder.finished(runId, RunState.FAILED, "the run broke off: " + e.getMessage());
        }
    }

    /** Asks a run to stop; it records an outcome for every URL it had not visited yet. */
    @Transactional
    public CrawlRun cancel(long runId) {
        CrawlRun run = getRun(runId);
        if (run.getState().isActive()) {
            run.setCancelRequested(true);
        }
        return run;
    }

    /**
     * @throws CrawlRunNotFoundException naming the id
     */
    @Transactional(readOnly = true)
    public CrawlRun getRun(long runId) {
        return runs.findById(runId).orElseThrow(() -> new CrawlRunNotFoundException(runId));
    }

    @Transactional(readOnly = true)
    public List<CrawlOutcome> outcomes(long runId) {
        return outcomes.findByRunIdOrderById(runId);
    }

    @Transactional(readOnly = true)
    public List<CrawlRun> runsOf(long sourceId) {
        return runs.findBySourceIdOrderByIdDesc(sourceId);
    }

    @Transactional(readOnly = true)
    public List<CrawlRun> recentRuns() {
        return runs.findTop50ByOrderByIdDesc();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
