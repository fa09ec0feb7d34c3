package de.smilecity.exchange.crawl.internal.parse;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The plain text of a page's main content, for comparing pages by what they say. */
public final class PageText {

    private PageText() {}

    /** The text of the page's content region, without navigation, header, footer and banners. */
    public static String of(Document doc) {
        return MainText.of(doc).text();
    }

    /** The pages the content region links to, as page keys ({@link Urls#pageKey}): what the page points to. */
    public static Set<String> links(Document doc) {
        PageLinks links = new PageLinks(doc);
        Set<String> found = new LinkedHashSet<>();
        for (Element a : MainText.of(doc).select("a[href]")) {
            links.target(a).ifPresent(found::add);
        }
        return found;
    }

    /**
     * The text of the block of the content region that carries most of it ({@link MainBlock}): a
     * newsletter's copied project without its greeting, other items and footer.
     */
    public static String block(Document doc) {
        return MainBlock.of(MainText.of(doc));
    }
}
