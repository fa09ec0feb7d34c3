package de.smilecity.exchange.crawl;

/** The review state of an import candidate. */
public enum CandidateState {
    PENDING,
    ACCEPTED,
    REJECTED
}
