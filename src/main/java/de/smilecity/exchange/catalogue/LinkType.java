package de.smilecity.exchange.catalogue;

/** What a link of an entry points to. */
public enum LinkType {
    WEBSITE,
    REPORT,
    DATASET,
    VIDEO,
    PRESS,
    SOURCE,
    CODE
}
