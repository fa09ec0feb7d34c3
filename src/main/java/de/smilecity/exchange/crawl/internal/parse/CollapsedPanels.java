package de.smilecity.exchange.crawl.internal.parse;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Panels a page folds away until the reader opens them — accordion and tab panels — are still its
 * content: their facts and text are what the page says, only drawn closed. They carry {@code hidden}
 * or {@code aria-hidden="true"} like a cookie dialog or a menu does, so before anything hidden is
 * left out, the panels are opened on the working copy. A hidden element counts as such a panel when
 * a toggle names it ({@code aria-controls}) or when it directly follows a toggle that says whether it
 * is open ({@code aria-expanded}), alone or in a heading. A {@code <details>} element is never
 * hidden by an attribute and needs nothing.
 */
final class CollapsedPanels {

    private static final String HIDDEN = "[hidden], [aria-hidden=true]";
    private static final String TOGGLE = "[aria-expanded]";

    private CollapsedPanels() {}

    /** Opens the collapsed panels in the given copy; call it only on a copy. */
    static void open(Element copy) {
        Set<String> controlled = new HashSet<>();
        for (Element toggle : copy.select("[aria-controls]")) {
            for (String id : toggle.attr("aria-controls").split("\\s+")) {
                if (!id.isBlank()) controlled.add(id);
            }
        }
        for (Element hidden : copy.select(HIDDEN)) {
            if (controlled.contains(hidden.id()) || followsToggle(hidden)) {
                hidden.removeAttr("hidden");
                hidden.removeAttr("aria-hidden");
            }
        }
    }

    private static boolean followsToggle(Element hidden) {
        Element before = hidden.previousElementSibling();
        return before != null && (before.is(TOGGLE) || before.selectFirst(TOGGLE) != null);
    }
}
