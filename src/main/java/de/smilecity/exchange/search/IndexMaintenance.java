package de.smilecity.exchange.search;

import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ReportPage;
import de.smilecity.exchange.catalogue.Reports;
import de.smilecity.exchange.search.IndexStatus.State;
import de.smilecity.exchange.search.internal.IndexDirectoryCheck;
import de.smilecity.exchange.search.internal.SearchAnalysis;
import de.smilecity.exchange.search.internal.SegmentMerge;
import de.smilecity.exchange.shared.StartupWork;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index honest: reports its health against the database, rebuilds it on demand, and at
 * start-up rebuilds it when it was missing, unreadable, out of step or of an older layout. A rebuild
 * on demand keeps the whole catalogue searchable while it runs; a start-up rebuild holds the app's
 * readiness back until it is done.
 */
@Service
public class IndexMaintenance {

    /** Threads that load and index batches in a rebuild: half the cores of a small server. */
    static final int LOAD_THREADS = 2;
    /** Entries loaded and indexed in one transaction of a rebuild. */
    static final int BATCH_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final EntityManager entityManager;
    private final Entries entries;
    private final Reports reports;
    private final IndexDirectoryCheck directoryCheck;
    private final SearchAnalysis analysis;
    private final SegmentMerge segmentMerge;
    private final Clock clock;
    private final StartupWork startupWork;
    private final TransactionTemplate readOnly;
    private final AtomicReference<IndexStatus> status = new AtomicReference<>(IndexStatus.ready());
    private final AtomicReference<CompletableFuture<IndexStatus>> running = new AtomicReference<>();
    private final AtomicReference<@Nullable Throwable> firstFailure = new AtomicReference<>();
    private final TransactionTemplate transactions;
    private volatile Consumer<List<Long>> beforeBatch = batch -> {};

    IndexMaintenance(
            EntityManager entityManager,
            Entries entries,
            Reports reports,
            IndexDirectoryCheck directoryCheck,
            SearchAnalysis analysis,
            SegmentMerge segmentMerge,
            Clock clock,
            StartupWork startupWork,
            PlatformTransactionManager transactionManager) {
        this.startupWork = startupWork;
        this.transactions = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.entityManager = entityManager;
        this.entries = entries;
        this.reports = reports;
        this.directoryCheck = directoryCheck;
        this.analysis = analysis;
        this.segmentMerge = segmentMerge;
        this.clock = clock;
    }

    public IndexStatus status() {
        return status.get();
    }

    /**
     * Published entries against index documents, with the ids on either side that have no partner, and
     * the pages of attached reports against the report pages' index.
     */
    public IndexHealth health() {
        // A template, not @Transactional: this is also called from within the bean at start-up.
        return readOnly.execute(tx -> computeHealth());
    }

    private IndexHealth computeHealth() {
        List<Long> published = entries.publishedIds();
        List<Long> indexed = indexedIds();
        Set<Long> inIndex = new HashSet<>(indexed);
        Set<Long> inDatabase = new HashSet<>(published);
        List<Long> missing =
                published.stream().filter(id -> !inIndex.contains(id)).sorted().toList();
        List<Long> orphaned =
                indexed.stream().filter(id -> !inDatabase.contains(id)).sorted().toList();
        return new IndexHealth(
                published.size(),
                indexed.size(),
                missing,
                orphaned,
                reports.attachedTextPageIds().size(),
                indexedPageCount(),
                status.get(),
                analysis.synonymProblem());
    }

    /**
     * Rebuilds the whole index from the database in the background, in place: every published entry's
     * document is replaced (Lucene deletes the old one and adds the new one in one step), then the
     * documents of entries that are gone or no longer published are deleted, then the index is merged
     * into one segment. Searches meanwhile answer from the complete index; a rebuild that fails or is
     * cut short by a stop leaves every document there, old or renewed.
     *
     * <p>Not Hibernate Search's mass indexer: it purges the index first (so that searches see a
     * fraction of the catalogue for the whole rebuild), and without the purge it adds documents
     * instead of replacing them, which duplicates every entry.
     *
     * @return the running rebuild; a second call while one runs returns the same one
     */
    public CompletableFuture<IndexStatus> rebuild(String reason) {
        CompletableFuture<IndexStatus> fresh = new CompletableFuture<>();
        CompletableFuture<IndexStatus> current = running.compareAndExchange(null, fresh);
        if (current != null) {
            return current;
        }
        List<Long> ids;
        try {
            ids = readOnly.execute(tx -> entries.publishedIds());
        } catch (RuntimeException e) {
            finish(fresh, 0, 0, System.nanoTime(), e);
            return fresh;
        }
        long total = ids.size();
        AtomicLong loaded = new AtomicLong();
        status.set(new IndexStatus(State.REBUILDING, clock.instant(), 0, total, reason));
        log.info("Rebuilding the search index in place ({} published entries): {}", total, reason);
        long started = System.nanoTime();
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH_SIZE) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + BATCH_SIZE)));
        }
        ExecutorService workers = Executors.newFixedThreadPool(
                LOAD_THREADS,
                Thread.ofPlatform().name("index-rebuild-", 0).daemon().factory());
        CompletableFuture<?>[] work = batches.stream()
                .map(batch -> CompletableFuture.runAsync(() -> reindex(batch, loaded, total), workers))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(work)
                .thenRunAsync(this::deleteOrphansAndMerge, workers)
                .thenRunAsync(this::renewReportPages, workers)
                .whenComplete((ignored, failure) -> {
                    workers.shutdown();
                    finish(fresh, loaded.get(), total, started, failure);
                });
        return fresh;
    }

    private void reindex(List<Long> batch, AtomicLong loaded, long total) {
        if (firstFailure.get() != null) {
            // another batch failed: the rest is not worth the time, the old documents stay
            throw new CancellationException("an earlier batch of this rebuild failed");
        }
        try {
            beforeBatch.accept(batch);
            transactions.executeWithoutResult(tx -> {
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                // Replaces the document, or removes it when the entry has left the published state meanwhile.
                entries.all(batch).forEach(plan::addOrUpdate);
            });
        } catch (RuntimeException e) {
            firstFailure.compareAndSet(null, e);
            throw e;
        }
        long now = loaded.addAndGet(batch.size());
        status.updateAndGet(current -> new IndexStatus(
                State.REBUILDING, current.since(), Math.max(now, current.loaded()), total, current.reason()));
    }

    /**
     * Deletes the documents whose entry is gone or no longer published. The index is read before the
     * database, so an entry published in between is in both and stays; each orphan is checked once
     * more in the transaction that deletes it, so an entry published again meanwhile stays too.
     */
    private void deleteOrphansAndMerge() {
        List<Long> indexed = readOnly.execute(tx -> indexedIds());
        Set<Long> published = new HashSet<>(readOnly.execute(tx -> entries.publishedIds()));
        List<Long> orphans =
                indexed.stream().filter(id -> !published.contains(id)).toList();
        for (int from = 0; from < orphans.size(); from += BATCH_SIZE) {
            List<Long> batch = orphans.subList(from, Math.min(orphans.size(), from + BATCH_SIZE));
            transactions.executeWithoutResult(tx -> {
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                for (Long id : batch) {
                    boolean stillPublished =
                            entries.find(id).map(Practice::isPublished).orElse(false);
                    if (!stillPublished) plan.purge(Practice.class, id, null);
                }
            });
        }
        if (!orphans.isEmpty()) log.info("Rebuild removed {} orphaned documents from the index", orphans.size());
        // One segment (why: SegmentMerge); the merge costs part of a rebuild, and readers keep
        // answering from the old segments until it is done.
        segmentMerge.toOneSegment(Practice.class);
    }

    private void finish(
            CompletableFuture<IndexStatus> rebuild,
            long loaded,
            long total,
            long started,
            @Nullable Throwable failure) {
        Throwable first = firstFailure.getAndSet(null);
        Throwable cause = failure == null
                ? null
                : first != null
                        ? first
                        : failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause()
                                : failure;
        IndexStatus done = cause == null
                ? IndexStatus.ready()
                : new IndexStatus(
                        State.FAILED,
                        clock.instant(),
                        loaded,
                        total,
                        "Rebuild failed, the index keeps its documents: " + cause.getMessage());
        if (cause == null) {
            directoryCheck.recordCurrentLayout();
            log.info("Search index rebuilt: {} entries in {} ms", total, (System.nanoTime() - started) / 1_000_000);
        } else {
            log.error("Rebuilding the search index failed; the index keeps its documents", cause);
        }
        status.set(done);
        running.set(null);
        rebuild.complete(done);
    }

    /**
     * Renews the report pages' index the same way, in place: every page of an attached report with
     * a text layer is replaced, then pages that are gone or no longer belong in it are deleted. Which
     * entries are published is not in these documents (the passage search asks the database), so an
     * entry's rebuild does not touch them.
     */
    private void renewReportPages() {
        List<Long> pages = readOnly.execute(tx -> reports.attachedTextPageIds());
        for (int from = 0; from < pages.size(); from += BATCH_SIZE) {
            List<Long> batch = pages.subList(from, Math.min(pages.size(), from + BATCH_SIZE));
            transactions.executeWithoutResult(tx -> {
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                reports.pages(batch).forEach(plan::addOrUpdate);
            });
        }
        Set<Long> wanted = new HashSet<>(pages);
        List<Long> orphans = readOnly.execute(tx -> indexedPageIds()).stream()
                .filter(id -> !wanted.contains(id))
                .toList();
        for (int from = 0; from < orphans.size(); from += BATCH_SIZE) {
            List<Long> batch = orphans.subList(from, Math.min(orphans.size(), from + BATCH_SIZE));
            transactions.executeWithoutResult(tx -> {
                SearchIndexingPlan plan = Search.session(entityManager).indexingPlan();
                // Purged only if still gone or out: a page attached meanwhile was indexed on its commit.
                Set<Long> now = new HashSet<>(reports.attachedTextPageIds());
                batch.stream().filter(id -> !now.contains(id)).forEach(id -> plan.purge(ReportPage.class, id, null));
            });
        }
        if (!orphans.isEmpty()) log.info("Rebuild removed {} report pages from the index", orphans.size());
        segmentMerge.toOneSegment(ReportPage.class);
    }

    private List<Long> indexedPageIds() {
        return Search.session(entityManager)
                .search(ReportPage.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.matchAll())
                .fetchAllHits();
    }

    private List<Long> indexedIds() {
        return Search.session(entityManager)
                .search(Practice.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.matchAll())
                .fetchAllHits();
    }

    private long indexedPageCount() {
        return Search.session(entityManager)
                .search(ReportPage.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
    }

    /** Why the report pages' index must be rebuilt (it holds another number of pages than it should), or null. */
    private @Nullable String reportPagesOutOfStep() {
        long wanted = readOnly.execute(tx -> reports.attachedTextPageIds()).size();
        long indexed = readOnly.execute(tx -> indexedPageCount());
        return wanted == indexed ? null : "the report pages' index holds " + indexed + " pages, the database " + wanted;
    }

    /** For tests: runs before each batch of a rebuild, to slow it down or make it fail half-way. */
    void beforeEachBatch(Consumer<List<Long>> hook) {
        this.beforeBatch = hook;
    }

    /**
     * Rebuilds when the index does not match the database once the app is up (after the seed content,
     * which is indexed as it is saved), or was written with an older field layout. A missing or
     * unreadable index folder is the usual cause and is named in the reason.
     *
     * <p>The app is not ready for traffic until such a rebuild is done: searches would miss entries
     * (a new index is empty), or filter on fields that old documents lack. A failed start-up rebuild
     * releases readiness anyway, so that admins can reach the index page and try again; its health
     * then names what is missing.
     */
    @EventListener(ApplicationReadyEvent.class)
    CompletableFuture<IndexStatus> rebuildIfNeededAtStartup() {
        String reason = startupRebuildReason();
        if (reason == null) {
            return CompletableFuture.completedFuture(status.get());
        }
        StartupWork.Pending pending = startupWork.begin("rebuilding the search index");
        CompletableFuture<IndexStatus> rebuild = rebuild(reason);
        rebuild.whenComplete((done, failure) -> pending.done());
        return rebuild;
    }

    private @Nullable String startupRebuildReason() {
        String cause = directoryCheck.rebuildReason();
        if (directoryCheck.layoutOutdated()) {
            // Every document is there, but written with fields that searches no longer rely on alone.
            return cause;
        }
        IndexHealth health = health();
        if (health.missingIds().isEmpty() && health.orphanedIds().isEmpty()) {
            return reportPagesOutOfStep();
        }
        return (cause == null ? "" : cause + "; ") + "the index is out of step with the database ("
                + health.missingIds().size() + " missing, "
                + health.orphanedIds().size() + " orphaned)";
    }
}
