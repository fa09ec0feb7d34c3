package de.smilecity.exchange.crawl.internal.parse;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a page is another view of a page of its site — a print view, a page of a gallery, a copy
 * under a second path — as the site says with {@code <link rel="canonical">} naming another address.
 * Such a page is no candidate of its own: the page it names is, and is met by the crawl like any
 * other. A view without a canonical link (an AMP copy, a newsletter's web view) says nothing and is
 * judged like every other page.
 *
 * <p>Not taken as another page: a canonical link to this page under another spelling ({@code http}
 * or {@code https}, {@code www.} or not, {@code /x/} or {@code /x/index.html}), to another site (a
 * syndicated text is still the partner's candidate), and to the site's root — content systems that
 * are set up wrongly give every page the home page as canonical, and no view of a project is its home.
 */
public final class AlternateView {

    private static final Pattern FILE_EXTENSION =
            Pattern.compile("\\.(?:html?|shtml|php|aspx?|jsp)$", Pattern.CASE_INSENSITIVE);

    private AlternateView() {}

    /** The other address of the site the page names as its canonical one, or empty. */
    public static Optional<URI> canonicalElsewhere(Document doc) {
        Optional<URI> self = Urls.parseHttp(doc.location()).map(Urls::normalise);
        if (self.isEmpty()) return Optional.empty();
        for (Element link : doc.select("link[rel][href]")) {
            if (!isCanonical(link.attr("rel"))) continue;
            Optional<URI> canonical = Urls.parseHttp(link.absUrl("href")).map(Urls::normalise);
            // The first canonical link counts, as search engines take it; one that is no URL says nothing.
            if (canonical.isEmpty()) return Optional.empty();
            URI other = canonical.get();
            if (!site(other).equals(site(self.get()))) return Optional.empty();
            if (samePage(other, self.get())) return Optional.empty();
            if (Urls.path(Urls.pageKey(other)).equals("/") && other.getRawQuery() == null) return Optional.empty();
            return Optional.of(other);
        }
        return Optional.empty();
    }

    private static boolean isCanonical(String rel) {
        for (String token : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (token.equals("canonical")) return true;
        }
        return false;
    }

    /** The host without a leading "www.": both spellings serve one site. */
    private static String site(URI uri) {
        String host = Urls.host(uri);
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return (host.startsWith("www.") ? host.substring(4) : host) + port;
    }

    /**
     * One page whatever the scheme, the host's "www.", the folder's index file and the file's
     * extension: sites that serve {@code /x.html} often name {@code /x} as its canonical address.
     */
    private static boolean samePage(URI a, URI b) {
        URI ka = Urls.pageKey(a);
        URI kb = Urls.pageKey(b);
        return site(a).equals(site(b))
                && withoutExtension(Urls.path(ka)).equals(withoutExtension(Urls.path(kb)))
                && Objects.equals(ka.getRawQuery(), kb.getRawQuery());
    }

    private static String withoutExtension(String path) {
        return FILE_EXTENSION.matcher(path).replaceFirst("");
    }
}
