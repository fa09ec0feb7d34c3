package de.smilecity.exchange.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the index is doing: ready, or being rebuilt (with progress), or failed to rebuild.
 *
 * @param loaded entries read from the database so far in a rebuild
 * @param total entries to read in a rebuild
 * @param reason why the last rebuild started, or why it failed
 */
public record IndexStatus(
        State state,
        @Nullable Instant since,
        long loaded,
        long total,
        @Nullable String reason) {

    public enum State {
        READY,
        REBUILDING,
        FAILED
    }

    public static IndexStatus ready() {
        return new IndexStatus(State.READY, null, 0, 0, null);
    }

    public boolean rebuilding() {
        return state == State.REBUILDING;
    }
}
