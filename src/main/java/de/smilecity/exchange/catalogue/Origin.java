package de.smilecity.exchange.catalogue;

/** How an entry came into the catalogue. */
public enum Origin {
    MANUAL,
    SEED,
    CRAWL,
    API
}
