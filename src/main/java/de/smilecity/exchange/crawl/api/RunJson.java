package de.smilecity.exchange.crawl.api;

import de.smilecity.exchange.crawl.CrawlOutcome;
import de.smilecity.exchange.crawl.CrawlRun;
import de.smilecity.exchange.crawl.FieldOrigins;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
        Map<String, Map<String, Integer>> fieldOrigins,
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
                apiOrigins(run.fieldOrigins()),
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

    /** Per field, per origin in lower case ("labelled", "json_ld"), the candidates of the run. */
    private static Map<String, Map<String, Integer>> apiOrigins(FieldOrigins origins) {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        origins.counts().forEach((field, byOrigin) -> {
            Map<String, Integer> named = new TreeMap<>();
            byOrigin.forEach((origin, n) -> named.put(origin.toLowerCase(Locale.ROOT), n));
            out.put(field, named);
        });
        return out;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
