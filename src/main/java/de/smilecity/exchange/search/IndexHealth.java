package de.smilecity.exchange.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether the index matches the database: every published entry has a document and every document
 * a published entry; and every page of an attached report with a text layer has its document in the
 * report pages' index, and no other page has one.
 *
 * @param reportPagesInDatabase pages of reports with a text layer that belong to an entry: what the
 *     passage search may hold
 * @param reportPagesInIndex documents in the report pages' index
 * @param missingIds published entries without a document
 * @param orphanedIds documents without a published entry
 * @param synonymsProblem why synonyms are not in use, or null when they are
 */
public record IndexHealth(
        long publishedInDatabase,
        long documentsInIndex,
        List<Long> missingIds,
        List<Long> orphanedIds,
        long reportPagesInDatabase,
        long reportPagesInIndex,
        IndexStatus status,
        @Nullable String synonymsProblem) {

    public boolean healthy() {
        return missingIds.isEmpty() && orphanedIds.isEmpty() && reportPagesInDatabase == reportPagesInIndex;
    }
}
