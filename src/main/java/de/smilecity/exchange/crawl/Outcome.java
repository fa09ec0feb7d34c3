package de.smilecity.exchange.crawl;

/** The one result every URL of a run ends with. */
public enum Outcome {
    /** Extracted and put into the review queue as a candidate. */
    IMPORTED,
    /** Same content hash as the last import of this URL: nothing new to review. */
    UNCHANGED,
    /** Not fetched or not a candidate: robots.txt, pattern, host, duplicate, limit, listing page. */
    SKIPPED,
    /** Could not be fetched or read; the reason says what to do. */
    FAILED
}
