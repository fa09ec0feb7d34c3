package de.smilecity.exchange.crawl.internal.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shapes of a site's project pages, learnt while a run reads it, and the rule that weighs a page
 * {@link PageKind} called a project only by default: when the site has {@value #MIN_PROJECTS} or more
 * project pages that state their facts under labels, a page that states none ({@link
 * PageShape#lowEvidence}) and whose main block sits where none of theirs does is one of the site's
 * own text pages — join us, get involved, about the network — not a project of it. A page shaped like
 * one of them stays a project page: a site whose template has no fact box loses nothing.
 *
 * <p>One per run, shared by its workers; a run judges such pages only once all its pages are read, so
 * the order of the links does not decide.
 */
public final class SiteProjects {

    /** Project pages with facts from which a site's template is known. */
    public static final int MIN_PROJECTS = 3;

    private final Map<String, List<String>> shapes = new HashMap<>();

    /** Per site, where the main block sits on pages its signals call no project (a notice, a contact page). */
    private final Map<String, Set<String>> otherShapes = new HashMap<>();

    /** Counts a project page of the site that states its facts under labels. */
    public synchronized void add(String site, PageShape page) {
        if (page.statesFacts())
            shapes.computeIfAbsent(site, s -> new ArrayList<>()).add(page.blockPath());
    }

    /** Counts a page of the site that its signals call no project: its legal notice, its contact page. */
    public synchronized void addOther(String site, String blockPath) {
        otherShapes.computeIfAbsent(site, s -> new LinkedHashSet<>()).add(blockPath);
    }

    /**
     * Why a page with little evidence is none of the site's project pages, or empty when it may be one.
     * Its shape vouches for it only where the site keeps that shape for its projects: a portal that
     * puts every page, its legal notice too, in one content block says nothing by it.
     */
    public synchronized Optional<String> unlike(String site, PageShape page) {
        List<String> known = shapes.getOrDefault(site, List.of());
        if (!page.lowEvidence() || known.size() < MIN_PROJECTS) return Optional.empty();
        boolean everyPages = otherShapes.getOrDefault(site, Set.of()).contains(page.blockPath());
        if (known.contains(page.blockPath()) && everyPages) {
            return Optional.of("not a project page: it states " + page.statedFacts()
                    + " of a project's facts under a label, in figures or in sentences, and its main block ("
                    + page.blockPath() + ") is the one the site gives every page, those that are no project too:"
                    + " a page of the site, not a project");
        }
        if (known.contains(page.blockPath())) return Optional.empty();
        Set<String> templates = new LinkedHashSet<>(known);
        return Optional.of("not a project page: it states " + page.statedFacts() + " of a project's facts under a label"
                + (page.noindex() ? " and asks search engines not to index it" : "") + ", and its main block ("
                + page.blockPath() + ") sits where none of the site's " + known.size()
                + " project pages with facts has it (" + templates.size() + " template"
                + (templates.size() == 1 ? "" : "s") + ", e.g. "
                + templates.iterator().next()
                + "): a page of the site, not a project");
    }
}
