package de.smilecity.exchange.crawl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What became of one URL in one run: exactly one row per URL, written once. */
@Entity
@Table(name = "crawl_outcome")
public class CrawlOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(nullable = false, length = PartnerSource.URL_MAX_LENGTH)
    private String url = "";

    @Column(name = "normalised_url", nullable = false, length = PartnerSource.URL_MAX_LENGTH)
    private String normalisedUrl = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Outcome outcome = Outcome.SKIPPED;

    @Column(length = CrawlRun.REASON_MAX_LENGTH)
    private @Nullable String reason;

    @Column(name = "http_status")
    private @Nullable Integer httpStatus;

    @Column(name = "content_hash", length = 64)
    private @Nullable String contentHash;

    @Column(nullable = false)
    private boolean truncated;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.EPOCH;

    protected CrawlOutcome() {}

    CrawlOutcome(
            long runId,
            String url,
            String normalisedUrl,
            Outcome outcome,
            @Nullable String reason,
            @Nullable Integer httpStatus,
            @Nullable String contentHash,
            boolean truncated,
            Instant recordedAt) {
        this.runId = runId;
        this.url = Texts.cutRequired(url, PartnerSource.URL_MAX_LENGTH);
        this.normalisedUrl = Texts.cutRequired(normalisedUrl, PartnerSource.URL_MAX_LENGTH);
        this.outcome = outcome;
        this.reason = Texts.cut(reason, CrawlRun.REASON_MAX_LENGTH);
        this.httpStatus = httpStatus;
        this.contentHash = contentHash;
        this.truncated = truncated;
        this.recordedAt = recordedAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public String getUrl() {
        return url;
    }

    public String getNormalisedUrl() {
        return normalisedUrl;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public @Nullable Integer getHttpStatus() {
        return httpStatus;
    }

    public @Nullable String getContentHash() {
        return contentHash;
    }

    public boolean isTruncated() {
        return truncated;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
