package de.smilecity.exchange.crawl.internal.parse;

/**
 * Where on a page a field's value was found, in the order they are asked: a field takes its value
 * from the first of these that has one.
 */
public enum FieldOrigin {
    /** The element the source's profile names for the field. */
    PROFILE,
    /** The page's schema.org JSON-LD. */
    JSON_LD,
    /** OpenGraph and {@code <meta>} tags, the document's {@code <title>} and its declared language. */
    META,
    /** A label/value structure of the page: a table row, a definition list, a "Label: value" line. */
    LABELLED,
    /** A label of a fact and the nearest text of the fact's type beside it, whatever the markup ({@link FactAlignment}). */
    ALIGNED,
    /** A sentence that states the fact ("about 23,100 inhabitants", "kostete rund 1,2 Mio. Euro"). */
    PROSE,
    /**
     * A short text beside other facts whose value says what it is ("22 km²", "4,120 residents",
     * "2024–2026"), with no label ({@link SelfEvidentFacts}).
     */
    SHAPED,
    /** The page's visible text: its first heading, its first paragraph, its main content. */
    TEXT
}
