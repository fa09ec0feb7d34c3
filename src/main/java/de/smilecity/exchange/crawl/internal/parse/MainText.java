package de.smilecity.exchange.crawl.internal.parse;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The part of a page that carries its content: navigation, header, footer, forms, scripts and
 * cookie banners removed, then the {@code main} or {@code article} element, a common content
 * container, or else the body.
 */
final class MainText {

    private static final String BOILERPLATE = "script, style, noscript, template, iframe, object, embed, svg, nav,"
            + " header, footer, aside, form, button, dialog, [role=navigation], [role=banner],"
            + " [role=contentinfo], [role=dialog], [aria-hidden=true], [hidden]";
    /** Ids and classes of cookie and consent banners; {@link PageSignals} leaves them out too. */
    static final Pattern BANNER =
            Pattern.compile("cookie|consent|gdpr|dsgvo|privacy-banner|cmp-", Pattern.CASE_INSENSITIVE);

    private static final String CONTAINERS = "main, [role=main], article";
    private static final String FALLBACK_CONTAINERS = "#content, #main, #inhalt, #main-content, .content, .main";

    private MainText() {}

    /** A cleaned copy of the page's main content; the page itself stays untouched. */
    static Element of(Document doc) {
        Document copy = doc.clone();
        CollapsedPanels.open(copy);
        copy.select(BOILERPLATE).remove();
        for (Element e : copy.body().select("[id], [class]")) {
            if (e.parent() != null
                    && (BANNER.matcher(e.id()).find()
                            || BANNER.matcher(e.className()).find())) {
                e.remove();
            }
        }
        Element main = copy.selectFirst(CONTAINERS);
        if (main == null) main = copy.selectFirst(FALLBACK_CONTAINERS);
        return main == null ? copy.body() : main;
    }
}
