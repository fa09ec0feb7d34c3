package de.smilecity.exchange.catalogue;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What lists show of a report, without its pages.
 *
 * @param practiceId the entry it belongs to, or null while no accepted import links it
 */
public record ReportSummary(
        long id,
        String sourceUrl,
        String title,
        int pageCount,
        boolean textLayer,
        String contentHash,
        Instant fetchedAt,
        @Nullable Long practiceId) {

    static ReportSummary of(Report report) {
        return new ReportSummary(
                java.util.Objects.requireNonNull(report.getId()),
                report.getSourceUrl(),
                report.getTitle(),
                report.getPageCount(),
                report.hasTextLayer(),
                report.getContentHash(),
                report.getFetchedAt(),
                report.getPracticeId());
    }
}
