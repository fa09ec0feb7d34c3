package de.smilecity.exchange.catalogue;

/** Curation state; only {@link #PUBLISHED} entries are visible to visitors and in open data. */
public enum PracticeState {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    PUBLISHED,
    ARCHIVED,
    /** Declined in review; the owners may rework it into a new draft. */
    REJECTED
}
