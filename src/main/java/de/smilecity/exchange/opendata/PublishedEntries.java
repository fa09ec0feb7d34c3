package de.smilecity.exchange.opendata;

import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchParameters;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.search.SearchSort;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the published entries over in batches, so that an export of any size needs constant memory:
 * ids are read in chunks (from the database, or from the search index when the request filters),
 * each chunk is loaded with its collections batch-fetched, written, and then dropped from the
 * persistence context. Everything runs in one read-only transaction, which holds one database
 * connection for as long as the download takes.
 */
@Component
public class PublishedEntries {

    /** Entries loaded at once; matches {@code hibernate.default_batch_fetch_size}, so each collection is one query. */
    public static final int BATCH_SIZE = 64;

    private final EntityManager entityManager;
    private final SearchService search;
    private final TransactionTemplate readOnly;

    PublishedEntries(EntityManager entityManager, SearchService search, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.search = search;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A writer of one batch of entries; may throw the I/O errors of the response it writes to. */
    @FunctionalInterface
    public interface BatchWriter {
        void write(List<Practice> batch) throws IOException;
    }

    /** Count and newest change of the published catalogue, for ETag and Last-Modified. */
    public CatalogueVersion version() {
        return readOnly.execute(status -> {
            Object[] row = entityManager
                    .createQuery(
                            "select count(p), max(p.updatedAt) from Practice p where p.state = :state", Object[].class)
                    .setParameter("state", PracticeState.PUBLISHED)
                    .getSingleResult();
            Instant newest = row[1] == null ? Instant.EPOCH : (Instant) row[1];
            return new CatalogueVersion((Long) row[0], newest);
        });
    }

    /**
     * Every published entry the request selects: without words and filters the whole catalogue in id
     * order, read from the database; with them, what the search finds, in the search's order.
     */
    public void forEach(SearchRequest request, BatchWriter writer) throws IOException {
        try {
            readOnly.executeWithoutResult(status -> {
                if (SearchParameters.filters(request)) {
                    search.forEachMatchingId(request, BATCH_SIZE, ids -> writeBatch(ids, writer));
                } else {
                    long after = Long.MIN_VALUE;
                    List<Long> ids;
                    while (!(ids = idsAfter(after)).isEmpty()) {
                        writeBatch(ids, writer);
                        after = ids.getLast();
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The newest published entries by their last change (what a feed shows), optionally only those
     * the request selects; with filters the search index picks the newest by publication date first.
     */
    public void newest(SearchRequest request, int max, BatchWriter writer) throws IOException {
        try {
            readOnly.executeWithoutResult(status -> {
                List<Long> ids;
                if (SearchParameters.filters(request)) {
                    SearchRequest newestFirst = new SearchRequest(
                            request.query(),
                            request.filters(),
                            SearchSort.NEWEST,
                            0,
                            Math.min(max, SearchRequest.MAX_SIZE),
                            request.likeOrganisation());
                    ids = search.search(newestFirst).hits().stream()
                            .map(SearchHit::id)
                            .toList();
                } else {
                    ids = entityManager
                            .createQuery(
                                    "select p.id from Practice p where p.state = :state order by p.updatedAt desc, p.id desc",
                                    Long.class)
                            .setParameter("state", PracticeState.PUBLISHED)
                            .setMaxResults(max)
                            .getResultList();
                }
                List<Practice> entries = new java.util.ArrayList<>(load(ids));
                entries.sort(Comparator.comparing(Practice::getUpdatedAt)
                        .reversed()
                        .thenComparing(p -> p.getId() == null ? 0 : -p.getId()));
                try {
                    writer.write(entries);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<Long> idsAfter(long after) {
        return entityManager
                .createQuery(
                        "select p.id from Practice p where p.state = :state and p.id > :after order by p.id",
                        Long.class)
                .setParameter("state", PracticeState.PUBLISHED)
                .setParameter("after", after)
                .setMaxResults(BATCH_SIZE)
                .getResultList();
    }

    private void writeBatch(List<Long> ids, BatchWriter writer) {
        try {
            writer.write(load(ids));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // What was written is done with: without this, the persistence context would grow with the catalogue.
        entityManager.clear();
    }

    /** The entries of the given ids that are still published, in the order of the ids. */
    private List<Practice> load(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        List<Practice> found = entityManager
                .createQuery(
                        "select p from Practice p join fetch p.organisation where p.id in :ids and p.state = :state",
                        Practice.class)
                .setParameter("ids", ids)
                .setParameter("state", PracticeState.PUBLISHED)
                .getResultList();
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) position.put(ids.get(i), i);
        return found.stream()
                .sorted(Comparator.comparing(p -> position.getOrDefault(p.getId(), Integer.MAX_VALUE)))
                .toList();
    }
}
