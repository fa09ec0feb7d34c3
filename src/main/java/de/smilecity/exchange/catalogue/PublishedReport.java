package de.smilecity.exchange.catalogue;

/**
 * A report of a published entry, with what a passage found in it is shown beside.
 *
 * @param language the report's language ({@code de} or {@code en})
 * @param entryLanguage the entry's own language, for its title
 */
public record PublishedReport(
        long reportId,
        String title,
        String sourceUrl,
        String language,
        long entryId,
        String entrySlug,
        String entryTitle,
        String entryLanguage) {}
