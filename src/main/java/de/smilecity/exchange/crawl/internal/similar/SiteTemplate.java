package de.smilecity.exchange.crawl.internal.similar;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The word sequences a site's template repeats on its project pages — a funding line, the labels of
 * a fact box, "more about the programme" — learnt while a run reads the site: a shingle that stands on
 * {@value #MIN_PAGES} or more of the site's project pages is the site's, not a project's. Two distinct
 * projects of one site share those, and they must not make them look like copies; a project and its
 * copies (a newsletter, a print view, a second path) stand on fewer pages than that.
 *
 * <p>One per run, shared by the run's workers (one per host); what it learnt early is what later pages
 * are cleaned by, so the first few project pages of a site are compared with their template still in
 * their text — the comparison of a pair needs one side clean to stay below the copy threshold.
 */
public final class SiteTemplate {

    /**
     * Project pages of one site from which a shingle is its template: more than an original with a
     * newsletter copy and a print view.
     */
    public static final int MIN_PAGES = 4;

    private final Map<String, Map<Long, Integer>> pagesWith = new HashMap<>();

    /**
     * Counts a project page's shingles for its site and returns those among them that the site's
     * template holds, this page included.
     *
     * @param site the host the page was read from
     */
    public synchronized Set<Long> learn(String site, Shingles page) {
        Map<Long, Integer> counts = pagesWith.computeIfAbsent(site, s -> new HashMap<>());
        Set<Long> template = new HashSet<>();
        for (long shingle : page.hashes()) {
            if (counts.merge(shingle, 1, Integer::sum) >= MIN_PAGES) template.add(shingle);
        }
        return template;
    }

    /** The page's shingles that the site's template holds, as learnt so far; the page is not counted. */
    public synchronized Set<Long> of(String site, Shingles page) {
        Map<Long, Integer> counts = pagesWith.getOrDefault(site, Map.of());
        Set<Long> template = new HashSet<>();
        for (long shingle : page.hashes()) {
            if (counts.getOrDefault(shingle, 0) >= MIN_PAGES) template.add(shingle);
        }
        return template;
    }
}
