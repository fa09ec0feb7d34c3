package de.smilecity.exchange.crawl.internal.parse;

import java.net.URI;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Which links of a page lead to another web page. A link back to the page itself (a fragment, the
 * site's logo on its own home page, a page broken so badly that its text sits inside a link to itself)
 * and a {@code mailto:}, {@code tel:} or {@code javascript:} link lead nowhere a visitor browses on to.
 */
final class PageLinks {

    private final @Nullable URI self;

    PageLinks(Document doc) {
        this.self = Urls.parseHttp(doc.location())
                .map(u -> Urls.pageKey(Urls.normalise(u)))
                .orElse(null);
    }

    /** The page the link leads to (its key, see {@link Urls#pageKey}), or empty when it leads to no other page. */
    Optional<String> target(Element a) {
        String href = a.attr("href").strip();
        if (href.isEmpty() || href.startsWith("#")) return Optional.empty();
        String absolute = a.absUrl("href");
        if (absolute.isEmpty()) {
            // A relative link on a page without an address: it names another page, but not which.
            return href.contains(":") ? Optional.empty() : Optional.of(href);
        }
        return Urls.parseHttp(absolute)
                .map(u -> Urls.pageKey(Urls.normalise(u)))
                .filter(u -> !u.equals(self))
                .map(URI::toString);
    }

    boolean leadsElsewhere(Element a) {
        return target(a).isPresent();
    }

    /** Characters of the element's text inside links to other pages; a link inside a link counts once. */
    int linkTextLength(Element within) {
        int length = 0;
        for (Element a : within.select("a[href]")) {
            Element parent = a.parent();
            boolean nested = parent != null && parent.closest("a") != null;
            if (!nested && leadsElsewhere(a)) length += a.text().length();
        }
        return length;
    }
}
