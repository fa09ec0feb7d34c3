package de.smilecity.exchange.catalogue;

/** The three kinds of catalogue entry. */
public enum PracticeKind {
    /** Something a city did. */
    PRACTICE,
    /** A reusable recipe with process steps, e.g. "start a participation platform". */
    TEMPLATE,
    /** A practice derived from another entry; it names its original. */
    ADAPTATION
}
