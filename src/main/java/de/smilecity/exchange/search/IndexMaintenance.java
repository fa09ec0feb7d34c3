package de.smilecity.exchange.search;

import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeRepository;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.search.IndexStatus.State;
import de.smilecity.exchange.search.internal.IndexDirectoryCheck;
import de.smilecity.exchange.search.internal.SearchAnalysis;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index honest: reports its health against the database, rebuilds it on demand, and at
 * start-up rebuilds it in the background when it was missing, unreadable or out of step. The app
 * serves meanwhile; views and API say that the index is being built.
 */
@Service
public class IndexMaintenance {

    static final int LOAD_THREADS = 2;
    static final int BATCH_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    private final PracticeRepository practices;
    private final IndexDirectoryCheck directoryCheck;
    private final SearchAnalysis analysis;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final AtomicReference<IndexStatus> status = new AtomicReference<>(IndexStatus.ready());
    private final AtomicReference<CompletableFuture<IndexStatus>> running = new AtomicReference<>();

    IndexMaintenance(
            EntityManagerFactory entityManagerFactory,
            EntityManager entityManager,
            PracticeRepository practices,
            IndexDirectoryCheck directoryCheck,
            SearchAnalysis analysis,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = entityManager;
        this.practices = practices;
        this.directoryCheck = directoryCheck;
        this.analysis = analysis;
        this.clock = clock;
    }

    public IndexStatus status() {
        return status.get();
    }

    /** Published entries against index documents, with the ids on either side that have no partner. */
    public IndexHealth health() {
        // A template, not @Transactional: this is also called from within the bean at start-up.
        return readOnly.execute(tx -> computeHealth());
    }

    private IndexHealth computeHealth() {
        List<Long> published = practices.findIdsByState(PracticeState.PUBLISHED);
        List<Long> indexed = Search.session(entityManager)
                .search(Practice.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.matchAll())
                .fetchAllHits();
        Set<Long> inIndex = new HashSet<>(indexed);
        Set<Long> inDatabase = new HashSet<>(published);
        List<Long> missing =
                published.stream().filter(id -> !inIndex.contains(id)).sorted().toList();
        List<Long> orphaned =
                indexed.stream().filter(id -> !inDatabase.contains(id)).sorted().toList();
        return new IndexHealth(
                published.size(), indexed.size(), missing, orphaned, status.get(), analysis.synonymProblem());
    }

    /**
     * Rebuilds the whole index from the database in the background.
     *
     * @return the running rebuild; a second call while one runs returns the same one
     */
    public CompletableFuture<IndexStatus> rebuild(String reason) {
        CompletableFuture<IndexStatus> fresh = new CompletableFuture<>();
        CompletableFuture<IndexStatus> current = running.compareAndExchange(null, fresh);
        if (current != null) {
            return current;
        }
        long total = practices.count();
        AtomicLong loaded = new AtomicLong();
        status.set(new IndexStatus(State.REBUILDING, clock.instant(), 0, total, reason));
        log.info("Rebuilding the search index ({} entries): {}", total, reason);
        long started = System.nanoTime();
        Search.mapping(entityManagerFactory)
                .scope(Practice.class)
                .massIndexer()
                .purgeAllOnStart(true)
                // One segment: facet counting and ranking start over in every segment (with the
                // facet counting of the time, a fresh 10 000-entry index of 5 segments cost a faceted
                // search about 40 %, docs/performance.md); the merge costs part of a rebuild.
                .mergeSegmentsOnFinish(true)
                .threadsToLoadObjects(LOAD_THREADS)
                .batchSizeToLoadObjects(BATCH_SIZE)
                .monitor(new Progress(loaded, total))
                .start()
                .whenComplete((ignored, failure) -> {
                    IndexStatus done = failure == null
                            ? IndexStatus.ready()
                            : new IndexStatus(
                                    State.FAILED,
                                    clock.instant(),
                                    loaded.get(),
                                    total,
                                    "Rebuild failed: " + failure.getMessage());
                    if (failure == null) {
                        directoryCheck.recordCurrentLayout();
                        log.info(
                                "Search index rebuilt: {} entries in {} ms",
                                total,
                                (System.nanoTime() - started) / 1_000_000);
                    } else {
                        log.error("Rebuilding the search index failed", failure);
                    }
                    status.set(done);
                    running.set(null);
                    fresh.complete(done);
                });
        return fresh;
    }

    /**
     * Rebuilds when the index does not match the database once the app is up (after the seed content,
     * which is indexed as it is saved), or was written with an older field layout. A missing or
     * unreadable index folder is the usual cause and is named in the reason.
     */
    @EventListener(ApplicationReadyEvent.class)
    CompletableFuture<IndexStatus> rebuildIfNeededAtStartup() {
        IndexHealth health = health();
        String cause = directoryCheck.rebuildReason();
        if (directoryCheck.layoutOutdated()) {
            // Every document is there, but written with fields that searches no longer rely on alone.
            return rebuild(cause);
        }
        if (health.healthy()) {
            return CompletableFuture.completedFuture(status.get());
        }
        return rebuild((cause == null ? "" : cause + "; ") + "the index is out of step with the database ("
                + health.missingIds().size() + " missing, "
                + health.orphanedIds().size() + " orphaned)");
    }

    private final class Progress implements MassIndexingMonitor {
        private final AtomicLong loaded;
        private final long total;

        Progress(AtomicLong loaded, long total) {
            this.loaded = loaded;
            this.total = total;
        }

        @Override
        public void documentsAdded(long increment) {
            // Progress is measured on loaded entries: drafts are loaded but route to no document.
        }

        @Override
        public void documentsBuilt(long increment) {
            // as above
        }

        @Override
        public void entitiesLoaded(long increment) {
            long now = loaded.addAndGet(increment);
            IndexStatus current = status.get();
            status.set(new IndexStatus(State.REBUILDING, current.since(), now, total, current.reason()));
        }

        @Override
        public void indexingCompleted() {
            // completion is handled where the rebuild was started
        }
    }
}
