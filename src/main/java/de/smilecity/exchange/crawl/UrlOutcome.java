package de.smilecity.exchange.crawl;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * What a run decided about one URL, before it is recorded: the value {@link CrawlRecorder} writes as
 * one {@link CrawlOutcome} row. A skip is built from its {@link SkipReason}, a failure from its
 * reason text; what the answer said (status, hash, truncation) is added when a page was fetched.
 */
record UrlOutcome(
        String url,
        String normalisedUrl,
        Outcome outcome,
        @Nullable String reason,
        @Nullable Integer httpStatus,
        @Nullable String contentHash,
        boolean truncated) {

    static UrlOutcome skipped(String url, URI normalised, SkipReason why, String detail) {
        return new UrlOutcome(url, normalised.toString(), Outcome.SKIPPED, why.text(detail), null, null, false);
    }

    static UrlOutcome failed(String url, URI normalised, @Nullable String reason) {
        return new UrlOutcome(url, normalised.toString(), Outcome.FAILED, reason, null, null, false);
    }

    /** The outcome a candidate submission decided on. */
    static UrlOutcome submitted(String url, URI normalised, Outcome outcome, String reason) {
        return new UrlOutcome(url, normalised.toString(), outcome, reason, null, null, false);
    }

    /** This outcome with what the fetched answer said: its HTTP status and whether it was cut. */
    UrlOutcome answered(@Nullable Integer status, boolean cut) {
        return new UrlOutcome(url, normalisedUrl, outcome, reason, status, contentHash, cut);
    }

    /** This outcome with the hash of the content it was decided on. */
    UrlOutcome hashed(String hash) {
        return new UrlOutcome(url, normalisedUrl, outcome, reason, httpStatus, hash, truncated);
    }
}
