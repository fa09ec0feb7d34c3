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
 * hidden by an attribute and needs nothing. The toggle of such a panel is its label, so it stays as
 * text where other buttons are left out: a toggle that names its panel by id, and one that says
 * whether it is open and has its panel right after it (or after the heading it fills).
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
        // An accordion's toggle is a button whose words name its panel ("Einwohner" over "1.075"): kept as
        // text, where other buttons are left out as mere controls. Only toggles of a panel the page has.
        for (Element toggle : copy.select(PANEL_TOGGLE)) {
            String target = toggle.hasAttr("aria-controls")
                    ? toggle.attr("aria-controls").strip()
                    : (toggle.hasAttr("data-bs-target") ? toggle.attr("data-bs-target") : toggle.attr("data-target"))
                            .strip()
                            .replaceFirst("^#", "");
            if (!target.isEmpty() && !target.contains(" ") && copy.getElementById(target) != null) {
                toggle.tagName("span");
            }
        }
        // A disclosure that names no panel by id shows the one after it — after the button, or after the
        // heading the button is all of: that button too is the panel's label.
        for (Element toggle : copy.select("button[aria-expanded]")) {
            Element holder = toggle;
            Element parent = toggle.parent();
            if (parent != null && parent.text().strip().equals(toggle.text().strip())) holder = parent;
            if (holder.nextElementSibling() != null && !toggle.text().isBlank()) toggle.tagName("span");
        }
    }

    private static final String PANEL_TOGGLE = "button[aria-controls], button[data-bs-target], button[data-target]";

    private static boolean followsToggle(Element hidden) {
        Element before = hidden.previousElementSibling();
        return before != null && (before.is(TOGGLE) || before.selectFirst(TOGGLE) != null);
    }
}
