package de.smilecity.exchange.crawl.internal.parse;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The heading a page shows as its own: the first {@code <h1>} a reader sees. Portals put a heading
 * only screen readers get before the content ("Navigation", "Hauptmenü", hidden by a class such as
 * {@code sr-only} or {@code visually-hidden}) or into the menu; taken as the page's heading, it names
 * every page of the site alike.
 */
final class MainHeading {

    /** Classes by which themes hide an element from the eye but not from screen readers. */
    private static final Pattern HIDDEN_CLASS = Pattern.compile(
            "(?i)(?:^|\\s)(?:sr-only|visually-hidden|visuallyhidden|hide-accessible|screen-reader-text|screenreader"
                    + "|a11y-hidden|element-invisible|offscreen|u-hidden-visually|hidden)(?:$|\\s)");

    private MainHeading() {}

    /** The first visible main heading within the element, or null. */
    static @Nullable Element of(Element within) {
        for (Element h1 : within.select("h1")) {
            if (!hidden(h1)) return h1;
        }
        return null;
    }

    private static boolean hidden(Element h1) {
        if (h1.closest("nav, [role=navigation], [hidden], [aria-hidden=true]") != null) return true;
        for (Element e = h1; e != null; e = e.parent()) {
            if (HIDDEN_CLASS.matcher(e.className()).find()) return true;
        }
        return false;
    }
}
