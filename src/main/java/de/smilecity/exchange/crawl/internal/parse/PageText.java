package de.smilecity.exchange.crawl.internal.parse;

import org.jsoup.nodes.Document;

/** The plain text of a page's main content, for comparing pages by what they say. */
public final class PageText {

    private PageText() {}

    /** The text of the page's content region, without navigation, header, footer and banners. */
    public static String of(Document doc) {
        return MainText.of(doc).text();
    }

    /**
     * The text of the block of the content region that carries most of it ({@link MainBlock}): a
     * newsletter's copied project without its greeting, other items and footer.
     */
    public static String block(Document doc) {
        return MainBlock.of(MainText.of(doc));
    }
}
