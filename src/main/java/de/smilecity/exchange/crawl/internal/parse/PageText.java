package de.smilecity.exchange.crawl.internal.parse;

import org.jsoup.nodes.Document;

/** The plain text of a page's main content, for comparing pages by what they say. */
public final class PageText {

    private PageText() {}

    public static String of(Document doc) {
        return MainText.of(doc).text();
    }
}
