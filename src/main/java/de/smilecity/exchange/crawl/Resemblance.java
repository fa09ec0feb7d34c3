package de.smilecity.exchange.crawl;

/**
 * What a candidate's text resembles: a published entry or another pending candidate, with the
 * share of the shorter text's word sequences that stand in the other too (0 to 1). A resemblance is
 * shown to the editor, who decides; nothing is merged because of it alone.
 */
public record Resemblance(Kind kind, long id, double similarity) {

    /** The share of shared word sequences from which one text counts as a copy of the other. */
    public static final double THRESHOLD = 0.6;

    public enum Kind {
        ENTRY,
        CANDIDATE
    }

    /** The similarity in whole percent, as people read it. */
    public int percent() {
        return (int) Math.round(similarity * 100);
    }
}
