package de.smilecity.exchange.catalogue;

/** Where a practice stands in its life, in order. */
public enum Phase {
    IDEA,
    STRATEGY,
    IMPLEMENTATION,
    OPERATION,
    SCALED,
    /** Stopped; the entry then says why, because that is worth learning from too. */
    DISCONTINUED
}
