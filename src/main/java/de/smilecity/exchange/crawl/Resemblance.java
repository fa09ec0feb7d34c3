package de.smilecity.exchange.crawl;

import java.util.List;

/**
 * What a candidate's text resembles: a published entry or another pending candidate, with how
 * closely (0 to 1). A resemblance is shown to the editor, who decides; nothing is merged because of
 * it alone. It rests on one of two signals, and says which:
 *
 * <ul>
 *   <li>the text: the share of the shorter text's word sequences that stand in the other too (a
 *       newsletter that repeats a project page); {@code shared} is empty;
 *   <li>the details both texts state that no translation changes — figures, addresses, names spelt
 *       as codes — when the texts share too few words, as the same project described in another
 *       language does; {@code similarity} is then the share of the smaller text's details that the
 *       other states too, and {@code shared} lists them, so the editor sees why.
 * </ul>
 */
public record Resemblance(Kind kind, long id, double similarity, List<String> shared) {

    /** The share of shared word sequences from which one text counts as a copy of the other. */
    public static final double THRESHOLD = 0.6;

    /** Longest stored list of shared details, separated by spaces. */
    public static final int MAX_SHARED_LENGTH = 300;

    public enum Kind {
        ENTRY,
        CANDIDATE
    }

    public Resemblance {
        shared = List.copyOf(shared);
    }

    /** A resemblance of the texts' words. */
    public Resemblance(Kind kind, long id, double similarity) {
        this(kind, id, similarity, List.of());
    }

    /** Whether it rests on shared details rather than shared words. */
    public boolean byDetails() {
        return !shared.isEmpty();
    }

    /** The similarity in whole percent, as people read it. */
    public int percent() {
        return (int) Math.round(similarity * 100);
    }
}
