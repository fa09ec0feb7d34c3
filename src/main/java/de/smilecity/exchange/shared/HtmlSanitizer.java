package de.smilecity.exchange.shared;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one place that decides which HTML may be stored or shown: an allow-list, never a block-list.
 * No scripts, no event handlers, no style attributes, and links only to http, https and mailto.
 */
public final class HtmlSanitizer {

    private static final Safelist RICH_TEXT = Safelist.relaxed()
            .removeTags("img")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addTags("mark")
            .addAttributes(":all", "lang");

    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private HtmlSanitizer() {}

    /** Cleans HTML for display or storage; whatever is not on the allow-list is dropped, its text kept. */
    public static String clean(String html) {
        return Jsoup.clean(html, "", RICH_TEXT, COMPACT);
    }

    /** The visible text of an HTML fragment, with every tag removed and whitespace collapsed. */
    public static String toPlainText(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }
}
