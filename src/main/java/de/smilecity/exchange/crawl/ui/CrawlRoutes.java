package de.smilecity.exchange.crawl.ui;

/** The crawler's pages for editors, relative to the application root. */
final class CrawlRoutes {

    static final String SOURCES = "admin/sources";
    static final String RUNS = "admin/runs";
    static final String CANDIDATES = "admin/candidates";

    private CrawlRoutes() {}

    static String editSource(long id) {
        return SOURCES + "/" + id + "/edit";
    }

    static String run(long id) {
        return RUNS + "/" + id;
    }

    static String candidate(long id) {
        return CANDIDATES + "/" + id;
    }
}
