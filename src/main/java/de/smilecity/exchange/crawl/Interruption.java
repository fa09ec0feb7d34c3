package de.smilecity.exchange.crawl;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Why a run was marked {@link RunState#INTERRUPTED}: stored on the run, so that the run page says it
 * in the reader's language (keys {@code crawl.interruption.*}, with the node as {0} and its last
 * heartbeat as {1}), while the run's reason keeps the same in English for the API and the log.
 */
public enum Interruption {
    /** The node that ran it started again: its earlier process stopped, whether asked to or killed. */
    NODE_RESTARTED,
    /** The node that ran it sent no heartbeat for longer than the staleness bound: it died or lost the database. */
    NODE_SILENT;

    /**
     * The reason recorded on the run; every one says "stopped", as readers and tests look for, and
     * what happens next: the run that continues it, or that an editor may start one.
     */
    String reason(@Nullable String node, @Nullable Instant lastHeartbeat, @Nullable Long continuedAs) {
        String name = node == null ? "an app node" : "app node '" + node + "'";
        String next = continuedAs == null
                ? "start the run again to crawl the pages not yet visited"
                : "continued as run " + continuedAs;
        return switch (this) {
            case NODE_RESTARTED -> "the app stopped during this run (" + name + " has started again); " + next;
            case NODE_SILENT ->
                name + " stopped during this run: no heartbeat since "
                        + (lastHeartbeat == null ? "before runs had heartbeats" : lastHeartbeat) + "; " + next;
        };
    }
}
