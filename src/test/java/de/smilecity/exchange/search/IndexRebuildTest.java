package de.smilecity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ReportPage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild renews the index in place: searches running meanwhile see the whole catalogue, a rebuild
 * that fails half-way leaves the whole catalogue findable, and a completed one leaves nothing missing
 * and nothing orphaned.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@DirtiesContext
@Tag("hostile")
class IndexRebuildTest {

    @Autowired
    IndexMaintenance maintenance;

    @Autowired
    SearchService search;

    @Autowired
    Entries practices;

    @Autowired
    EntityManager entityManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeHook() {
        maintenance.beforeEachBatch(batch -> {});
    }

    @Test
    void searchesDuringARebuildSeeTheWholeCatalogue() throws Exception {
        long catalogue = everything();
        assertThat(catalogue).isEqualTo(practices.publishedIds().size());
        List<Long> seen = new CopyOnWriteArrayList<>();
        maintenance.beforeEachBatch(batch -> {
            // Each batch waits while searches run: without in-place renewal they would see a purged index.
            for (int i = 0; i < 5; i++) {
                seen.add(everything());
                sleep(20);
            }
        });
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        Thread visitor = Thread.ofPlatform().start(() -> {
            while (rebuilding.get()) {
                seen.add(everything());
            }
        });

        IndexStatus done = maintenance.rebuild("test").get(60, TimeUnit.SECONDS);
        rebuilding.set(false);
        visitor.join();

        assertThat(done.state()).isEqualTo(IndexStatus.State.READY);
        assertThat(seen)
                .hasSizeGreaterThan(5)
                .allSatisfy(total -> assertThat(total).isEqualTo(catalogue));
        assertThat(everything()).isEqualTo(catalogue);
    }

    @Test
    void aFailedRebuildLeavesTheWholeCatalogueFindable() throws Exception {
        long catalogue = everything();
        maintenance.beforeEachBatch(batch -> {
            throw new IllegalStateException("entry " + batch.getFirst() + " cannot be indexed");
        });

        IndexStatus done = maintenance.rebuild("test").get(60, TimeUnit.SECONDS);

        assertThat(done.state()).isEqualTo(IndexStatus.State.FAILED);
        assertThat(done.reason()).contains("cannot be indexed").contains("keeps its documents");
        assertThat(everything()).isEqualTo(catalogue);
        IndexHealth health = maintenance.health();
        assertThat(health.missingIds()).isEmpty();
        assertThat(health.orphanedIds()).isEmpty();
        // and the next rebuild, without the fault, completes
        maintenance.beforeEachBatch(batch -> {});
        assertThat(maintenance.rebuild("again").get(60, TimeUnit.SECONDS).state())
                .isEqualTo(IndexStatus.State.READY);
    }

    @Test
    void aCompletedRebuildAddsTheMissingAndDeletesTheOrphanedWithoutDuplicates() throws Exception {
        List<Long> published = practices.publishedIds();
        Long lost = published.get(0);
        Long withdrawn = published.get(1);
        // Out of step behind Hibernate Search's back: one document gone, one entry no longer published.
        transactions.executeWithoutResult(
                tx -> Search.session(entityManager).indexingPlan().purge(Practice.class, lost, null));
        jdbc.update("update practice set state = 'ARCHIVED' where id = ?", withdrawn);
        IndexHealth before = maintenance.health();
        assertThat(before.missingIds()).contains(lost);
        assertThat(before.orphanedIds()).containsExactly(withdrawn);

        IndexStatus done = maintenance.rebuild("test").get(60, TimeUnit.SECONDS);

        assertThat(done.state()).isEqualTo(IndexStatus.State.READY);
        IndexHealth after = maintenance.health();
        assertThat(after.missingIds()).isEmpty();
        assertThat(after.orphanedIds()).isEmpty();
        assertThat(after.documentsInIndex()).isEqualTo(after.publishedInDatabase());
        assertThat(everything()).isEqualTo(after.publishedInDatabase());
        jdbc.update("update practice set state = 'PUBLISHED' where id = ?", withdrawn);
        maintenance.rebuild("restore").get(60, TimeUnit.SECONDS);
    }

    @Test
    void aCompletedRebuildLeavesEachIndexInOneSegmentWithoutReplacedDocuments() throws Exception {
        IndexStatus done = maintenance.rebuild("test").get(60, TimeUnit.SECONDS);

        assertThat(done.state()).isEqualTo(IndexStatus.State.READY);
        assertThat(segments(Practice.class).count()).isEqualTo(1);
        assertThat(settled(Practice.class)).isEqualTo(new Segments(1, 0));
        assertThat(segments(ReportPage.class).count()).isLessThanOrEqualTo(1);
    }

    /** The segments once the engine has done what a rebuild leaves it to do: here, nothing. */
    Segments settled(Class<?> indexedType) throws Exception {
        return segments(indexedType);
    }

    /** The segments a search of the index reads, and the replaced documents they still hold. */
    record Segments(int count, long deletedDocuments) {}

    Segments segments(Class<?> indexedType) throws Exception {
        try (IndexReader reader = Search.mapping(entityManagerFactory)
                .scope(indexedType)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            return new Segments(reader.leaves().size(), reader.numDeletedDocs());
        }
    }

    private long everything() {
        return search.search(SearchRequest.of("")).total();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
