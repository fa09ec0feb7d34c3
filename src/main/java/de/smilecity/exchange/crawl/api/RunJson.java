package de.smilecity.exchange.crawl.api;

import de.smilecity.exchange.crawl.CrawlOutcome;
import de.smilecity.exchange.crawl.CrawlRun;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A crawl run as {@code GET /api/v1/admin/runs/{id}} returns it; states and outcomes in lower case. */
record RunJson(
        long id,
        long sourceId,
        String state,
        Counts counts,
        int pagesDone,
        @Nullable String currentUrl,
        @Nullable String reason,
        String triggeredBy,
        Instant queuedAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable Long continuesRun,
        @Nullable Long continuedAs,
        List<OutcomeJson> outcomes) {

    record Counts(int imported, int unchanged, int skipped, int failed) {}

    record OutcomeJson(
            String url,
            String outcome,
            @Nullable String reason,
            @Nullable Integer httpStatus,
            boolean truncated,
            @Nullable String contentHash) {}

    /**
     * @param continuedAs the run that went on with this one after it was lost with its node, if any
     */
    static RunJson of(CrawlRun run, @Nullable Long continuedAs, List<CrawlOutcome> outcomes) {
        return new RunJson(
                run.id(),
                run.getSourceId(),
                lower(run.getState()),
                new Counts(run.getImported(), run.getUnchanged(), run.getSkipped(), run.getFailed()),
                run.getPagesDone(),
                run.getCurrentUrl(),
                run.getReason(),
                run.getTriggeredBy(),
                run.getQueuedAt(),
                run.getStartedAt(),
                run.getFinishedAt(),
                run.getContinuesRunId(),
                continuedAs,
                outcomes.stream()
                        .map(o -> new OutcomeJson(
                                o.getUrl(),
                                lower(o.getOutcome()),
                                o.getReason(),
                                o.getHttpStatus(),
                                o.isTruncated(),
                                o.getContentHash()))
                        .toList());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
