package de.smilecity.exchange.shared;

import java.util.regex.Pattern;

/**
 * Which app process this is among the nodes on one database: written on what a node owns (its crawl
 * runs) and on the scheduler locks it holds, so that another node can tell whose a row is. One bean
 * of it per app, made by {@link NodeIdConfiguration}: {@code smile.node.id} ({@code SMILE_NODE_ID})
 * if set, otherwise the host name with a random suffix, kept in the data folder so that a restarted
 * node is the same node again.
 *
 * @param value at most {@link #MAX_LENGTH} letters, digits and {@code . _ : -}
 */
public record NodeId(String value) {

    /** Fits the columns that store it ({@code crawl_run.node_id}); a host name is cut to leave room for the suffix. */
    public static final int MAX_LENGTH = 64;

    /** The setting, also read from the environment as {@code SMILE_NODE_ID}. */
    public static final String PROPERTY = "smile.node.id";

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    public NodeId {
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(PROPERTY + " (environment: SMILE_NODE_ID) must be 1 to " + MAX_LENGTH
                    + " letters, digits or . _ : -, was '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
