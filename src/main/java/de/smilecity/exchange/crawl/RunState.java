package de.smilecity.exchange.crawl;

/** Where a crawl run stands. Only {@link #QUEUED} and {@link #RUNNING} are active. */
public enum RunState {
    QUEUED,
    RUNNING,
    FINISHED,
    /** The run could not go on (e.g. its source was unreadable); the run's reason says why. */
    FAILED,
    CANCELLED,
    /** The app stopped while the run was active; found and marked at the next start. */
    INTERRUPTED;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
