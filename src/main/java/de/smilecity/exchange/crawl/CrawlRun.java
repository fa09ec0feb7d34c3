package de.smilecity.exchange.crawl;

import de.smilecity.exchange.shared.NodeId;
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

/**
 * One crawl of a partner source: its state, live progress (pages done, current URL, counts per
 * outcome) and, once over, why it ended. The outcomes of its URLs are {@link CrawlOutcome} rows.
 */
@Entity
@Table(name = "crawl_run")
// Only changed columns are written: a cancel request from the UI is never overwritten by progress.
@org.hibernate.annotations.DynamicUpdate
public class CrawlRun {

    public static final int REASON_MAX_LENGTH = 500;

    /** Who started a run that continues a lost one: no person, the node that found it lost. */
    public static final String CONTINUED_BY = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RunState state = RunState.QUEUED;

    @Column(name = "triggered_by", nullable = false, length = 80)
    private String triggeredBy = "";

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt = Instant.EPOCH;

    @Column(name = "started_at")
    private @Nullable Instant startedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Column(name = "pages_done", nullable = false)
    private int pagesDone;

    @Column(nullable = false)
    private int imported;

    @Column(nullable = false)
    private int unchanged;

    @Column(nullable = false)
    private int skipped;

    @Column(nullable = false)
    private int failed;

    @Column(name = "current_url", length = PartnerSource.URL_MAX_LENGTH)
    private @Nullable String currentUrl;

    @Column(length = REASON_MAX_LENGTH)
    private @Nullable String reason;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    /** The node that runs it; none on runs from before runs had owners. */
    @Column(name = "node_id", length = NodeId.MAX_LENGTH)
    private @Nullable String nodeId;

    /**
     * When its node last said it still holds the run; written by {@link RunHeartbeat} with a bulk
     * update, never through this entity, so that a run's progress and its heartbeat do not collide.
     */
    @Column(name = "heartbeat_at", updatable = false)
    private @Nullable Instant heartbeatAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private @Nullable Interruption interruption;

    /** The run lost with its node that this run continues; none on a run an editor or the schedule started. */
    @Column(name = "continues_run_id", updatable = false)
    private @Nullable Long continuesRunId;

    /**
     * How many of the run's candidates took each field from where, one "field origin count" per line
     * ({@link FieldOrigins}); none before the run has ended or on runs from before it was counted.
     */
    @Column(name = "field_origins", length = FieldOrigins.MAX_LENGTH)
    private @Nullable String fieldOrigins;

    protected CrawlRun() {}

    /** A run queued on {@code node}: its heartbeat starts now, for a run may wait before it crawls. */
    CrawlRun(long sourceId, String triggeredBy, Instant queuedAt, NodeId node) {
        this.sourceId = sourceId;
        this.triggeredBy = triggeredBy;
        this.queuedAt = queuedAt;
        this.nodeId = node.value();
        this.heartbeatAt = queuedAt;
    }

    /** A run queued on {@code node} to go on with {@code lost}, a run of the same source lost with its node. */
    static CrawlRun continuing(CrawlRun lost, Instant queuedAt, NodeId node) {
        CrawlRun run = new CrawlRun(lost.sourceId, CONTINUED_BY, queuedAt, node);
        run.continuesRunId = lost.id();
        return run;
    }

    void count(Outcome outcome) {
        switch (outcome) {
            case IMPORTED -> imported++;
            case UNCHANGED -> unchanged++;
            case SKIPPED -> skipped++;
            case FAILED -> failed++;
        }
    }

    public int total() {
        return imported + unchanged + skipped + failed;
    }

    public @Nullable Long getId() {
        return id;
    }

    /** The id of a stored run. */
    public long id() {
        if (id == null) throw new IllegalStateException("Crawl run is not saved yet");
        return id;
    }

    public long getSourceId() {
        return sourceId;
    }

    public RunState getState() {
        return state;
    }

    void setState(RunState state) {
        this.state = state;
    }

    public String getTriggeredBy() {
        return triggeredBy;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public @Nullable Instant getStartedAt() {
        return startedAt;
    }

    void setStartedAt(@Nullable Instant startedAt) {
        this.startedAt = startedAt;
    }

    public @Nullable Instant getFinishedAt() {
        return finishedAt;
    }

    void setFinishedAt(@Nullable Instant finishedAt) {
        this.finishedAt = finishedAt;
    }

    public int getPagesDone() {
        return pagesDone;
    }

    void setPagesDone(int pagesDone) {
        this.pagesDone = pagesDone;
    }

    public int getImported() {
        return imported;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getSkipped() {
        return skipped;
    }

    public int getFailed() {
        return failed;
    }

    public @Nullable String getCurrentUrl() {
        return currentUrl;
    }

    void setCurrentUrl(@Nullable String currentUrl) {
        this.currentUrl = Texts.cut(currentUrl, PartnerSource.URL_MAX_LENGTH);
    }

    public @Nullable String getReason() {
        return reason;
    }

    void setReason(@Nullable String reason) {
        this.reason = Texts.cut(reason, REASON_MAX_LENGTH);
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    void setCancelRequested(boolean cancelRequested) {
        this.cancelRequested = cancelRequested;
    }

    /** The node that runs or ran it, if recorded. */
    public @Nullable String getNodeId() {
        return nodeId;
    }

    public @Nullable Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    /** Why it was interrupted, on an interrupted run. */
    public @Nullable Interruption getInterruption() {
        return interruption;
    }

    /** Where the run's candidates took their fields from, counted. */
    public FieldOrigins fieldOrigins() {
        return FieldOrigins.parse(fieldOrigins);
    }

    void setFieldOrigins(FieldOrigins counted) {
        this.fieldOrigins = counted.isEmpty() ? null : counted.format();
    }

    /** The lost run this one continues, if it does. */
    public @Nullable Long getContinuesRunId() {
        return continuesRunId;
    }

    /** Whether the node that finds this run lost should start another to go on with it. */
    boolean worthContinuing() {
        return continuesRunId == null && !cancelRequested;
    }

    /**
     * Ends an active run as interrupted, with the reason in English and its kind for other languages;
     * {@code continuedAs} is the run that goes on with it, if one was started.
     */
    void interrupt(Interruption kind, Instant now, @Nullable Long continuedAs) {
        state = RunState.INTERRUPTED;
        interruption = kind;
        finishedAt = now;
        currentUrl = null;
        setReason(kind.reason(nodeId, heartbeatAt, continuedAs));
    }

    @Override
    public String toString() {
        return "Crawl run " + id + " of source " + sourceId;
    }
}
