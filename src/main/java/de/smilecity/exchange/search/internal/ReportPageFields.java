package de.smilecity.exchange.search.internal;

/**
 * Every field of the report page index, named once. A page's text goes into the field of its
 * report's language, analysed like an entry's texts, so that a passage is found by the same words
 * (stems, compound parts, synonyms) as an entry.
 */
public final class ReportPageFields {

    /** The text of the page, stored for the snippet: {@code page_text_de} or {@code page_text_en}. */
    public static final String TEXT = "page_text";

    /**
     * What the page's report is about: its title and the words of its file name
     * ("parken-sensorik-lueneburg-bericht.pdf"), in the field of its language. A question names the
     * project and asks about a thing ("Was hat die Parken-Sensorik gekostet?"): the page answers the
     * thing, its report names the project.
     */
    public static final String ABOUT = "report_about";

    /** The page's number in its report, stored and searchable: the passage cites it, "Seite 14" asks for it. */
    public static final String NUMBER = "page_number";

    /** The report's id, stored: what the passage is shown with is read from the database by it. */
    public static final String REPORT = "report_id";

    /** The report's language, stored: which analysis the snippet marks with. */
    public static final String LANGUAGE = "language";

    /** The entry's id as an exact value: passages are filtered to published entries by it. */
    public static final String ENTRY = "entry_id";

    private ReportPageFields() {}
}
