package de.smilecity.exchange.crawl;

/**
 * Why a URL met in a run was not taken as a candidate. Each reason writes its own recorded text, so
 * the kind of a skip is a value here and the text the run view and the API show stays one sentence.
 */
enum SkipReason {
    /** Another URL of the run already normalised to the same page. */
    DUPLICATE("duplicate: "),
    /** The URL's host is not one the source allows. */
    HOST("host "),
    /** The host's robots.txt does not allow the page. */
    ROBOTS("robots: "),
    /** The source's include or exclude patterns leave the page out. */
    PATTERN("pattern: "),
    /** The run's depth or page limit was reached. */
    LIMIT("limit: "),
    /**
     * Another view of a page of the site — a print view, a second path — whose canonical link names
     * that page; the detail names it.
     */
    ALTERNATE("alternate view: "),
    /** A start page outside the include patterns, read for its links only. */
    LISTING("listing: "),
    /** The source's sitemap, read for its page URLs and never a candidate itself. */
    SITEMAP("sitemap: "),
    /** The run was cancelled before the URL's turn came. */
    CANCELLED("run cancelled before "),
    /** The answer was no HTML page. */
    NOT_HTML("not an HTML page "),
    /** An address ending in .pdf answered with something else than a PDF. */
    NOT_A_REPORT("not a report "),
    /**
     * The page was read, but describes no project: the profile's title selector matches nothing on it,
     * or, for a source without one, the page's own signals say so (a home, list, search, legal,
     * contact or about page, or too little text); the detail names the deciding signal.
     */
    NOT_A_PROJECT("");

    private final String lead;

    SkipReason(String lead) {
        this.lead = lead;
    }

    /** The recorded text: this reason's lead followed by what the run knows about this URL. */
    String text(String detail) {
        return lead + detail;
    }
}
