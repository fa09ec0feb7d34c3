package de.smilecity.exchange.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether the index matches the database: every published entry has a document and every document
 * a published entry.
 *
 * @param missingIds published entries without a document
 * @param orphanedIds documents without a published entry
 * @param synonymsProblem why synonyms are not in use, or null when they are
 */
public record IndexHealth(
        long publishedInDatabase,
        long documentsInIndex,
        List<Long> missingIds,
        List<Long> orphanedIds,
        IndexStatus status,
        @Nullable String synonymsProblem) {

    public boolean healthy() {
        return missingIds.isEmpty() && orphanedIds.isEmpty();
    }
}
