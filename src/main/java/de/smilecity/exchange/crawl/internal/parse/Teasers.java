package de.smilecity.exchange.crawl.internal.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The teasers of a page: blocks of one template, side by side under one parent, each leading to
 * another page — the way list pages, home pages and search results show what they link to. A block
 * counts when it is a link, when its heading is one, when its text opens with a link, or when it ends
 * in a "more" link; a paragraph that merely holds a link in its middle does not.
 */
final class Teasers {

    /** Blocks of one template, fewer than this, are a coincidence rather than a list. */
    static final int MIN_GROUP = 3;

    /** Inline elements and paragraphs: running text, never a teaser of their own. */
    private static final Set<String> NOT_A_BLOCK = Set.of(
            "p", "span", "em", "strong", "b", "i", "small", "mark", "code", "td", "th", "h1", "h2", "h3", "h4", "h5",
            "h6", "img", "picture", "br", "hr", "label", "input", "select", "option", "button", "time");

    private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** Link texts that close a teaser, folded as {@link PageName#fold} folds them. */
    private static final Set<String> MORE = Set.of(
            "mehr",
            "mehr lesen",
            "weiterlesen",
            "weiter lesen",
            "weiter",
            "mehr erfahren",
            "mehr dazu",
            "mehr informationen",
            "zum projekt",
            "zum beitrag",
            "zum artikel",
            "details",
            "read more",
            "more",
            "learn more",
            "continue reading",
            "view project",
            "see more");

    /**
     * @param blocks teaser blocks found
     * @param textLength characters of text inside them
     * @param linkTextLength characters of that text inside links to other pages
     */
    record Found(int blocks, int textLength, int linkTextLength) {
        static final Found NONE = new Found(0, 0, 0);
    }

    private Teasers() {}

    /** The teasers inside the region; groups nested in one another count once, the one with more text. */
    static Found in(Element region, PageLinks links) {
        List<Group> groups = new ArrayList<>();
        for (Element parent : region.select("*")) {
            // Links side by side in running text are links, not teasers.
            if (parent.childrenSize() < MIN_GROUP || NOT_A_BLOCK.contains(parent.normalName())) continue;
            Map<String, List<Element>> bySignature = new LinkedHashMap<>();
            for (Element child : parent.children()) {
                if (NOT_A_BLOCK.contains(child.normalName())) continue;
                bySignature
                        .computeIfAbsent(signature(child), k -> new ArrayList<>())
                        .add(child);
            }
            for (List<Element> same : bySignature.values()) {
                if (same.size() >= MIN_GROUP) teasersOf(same, links).ifPresent(groups::add);
            }
        }
        groups.sort(Comparator.comparingInt(Group::textLength).reversed());
        Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> aboveTaken = Collections.newSetFromMap(new IdentityHashMap<>());
        int text = 0;
        int linkText = 0;
        for (Group group : groups) {
            if (group.blocks().stream().anyMatch(b -> overlaps(b, taken, aboveTaken))) continue;
            for (Element block : group.blocks()) {
                taken.add(block);
                aboveTaken.addAll(block.parents());
                linkText += links.linkTextLength(block);
            }
            text += group.textLength();
        }
        return taken.isEmpty() ? Found.NONE : new Found(taken.size(), text, linkText);
    }

    private record Group(List<Element> blocks, int textLength) {}

    /** The teasers among blocks of one template, when at least three lead to three different pages. */
    private static Optional<Group> teasersOf(List<Element> same, PageLinks links) {
        List<Element> teasers = new ArrayList<>();
        Set<String> targets = new HashSet<>();
        int text = 0;
        for (Element block : same) {
            Optional<String> target = leadsTo(block, links);
            if (target.isPresent()) {
                teasers.add(block);
                targets.add(target.get());
                text += block.text().length();
            }
        }
        return teasers.size() >= MIN_GROUP && targets.size() >= MIN_GROUP
                ? Optional.of(new Group(List.copyOf(teasers), text))
                : Optional.empty();
    }

    /**
     * Where the block leads when it is a teaser, else empty. A block whose headings lead to several
     * pages holds several teasers (a row of cards) and is no teaser itself.
     */
    private static Optional<String> leadsTo(Element block, PageLinks links) {
        if (block.nameIs("a")) return links.target(block);
        List<Element> anchors = new ArrayList<>();
        for (Element a : block.select("a[href]")) {
            if (links.leadsElsewhere(a)) anchors.add(a);
        }
        if (anchors.isEmpty()) return Optional.empty();
        Set<String> headingTargets = new HashSet<>();
        for (Element a : anchors) {
            if (a.closest(HEADINGS) != null || a.selectFirst(HEADINGS) != null) {
                headingTargets.add(links.target(a).orElseThrow());
            }
        }
        if (headingTargets.size() > 1) return Optional.empty();
        if (headingTargets.size() == 1)
            return Optional.of(headingTargets.iterator().next());
        Element first = anchors.getFirst();
        String lead = first.text().strip();
        boolean opensWithLink = lead.isEmpty()
                ? first.selectFirst("img") != null
                : block.text().strip().startsWith(lead);
        if (opensWithLink) return links.target(first);
        for (Element a : anchors) {
            if (MORE.contains(PageName.fold(a.text()))) return links.target(a);
        }
        return Optional.empty();
    }

    /** Tag and classes, digits left out, so that "col-4" and "col-6" or "item-1" and "item-2" are one template. */
    private static String signature(Element e) {
        List<String> classes = new ArrayList<>(e.classNames());
        classes.replaceAll(c -> DIGITS.matcher(c).replaceAll(""));
        classes.sort(null);
        return e.normalName() + "." + String.join(".", classes);
    }

    private static boolean overlaps(Element block, Set<Element> taken, Set<Element> aboveTaken) {
        if (taken.contains(block) || aboveTaken.contains(block)) return true;
        for (Element parent : block.parents()) {
            if (taken.contains(parent)) return true;
        }
        return false;
    }
}
