package de.smilecity.exchange.crawl.internal.parse;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a page is another view of a page of its site — a print view, a page of a gallery, a copy
 * under a second path — as the site says with {@code <link rel="canonical">} naming another address.
 * Such a page is no candidate of its own: the page it names is, and is met by the crawl like any
 * other. A view without a canonical link (an AMP copy, a newsletter's web view) says nothing and is
 * judged like every other page, unless its original names it as its AMP view ({@link #ampView}).
 *
 * <p>Not taken as another page: a canonical link to this page under another spelling ({@code http}
 * or {@code https}, {@code www.} or not, {@code /x/} or {@code /x/index.html}), to another site (a
 * syndicated text is still the partner's candidate), and to the site's root — content systems that
 * are set up wrongly give every page the home page as canonical, and no view of a project is its home.
 */
public final class AlternateView {

    private static final Pattern FILE_EXTENSION =
            Pattern.compile("\\.(?:html?|shtml|php|aspx?|jsp)$", Pattern.CASE_INSENSITIVE);

    /** "/", "/en", "/nl/", "/de-at/index": a language's home, not a page's translation. */
    private static final Pattern LANGUAGE_HOME =
            Pattern.compile("/?(?:[a-z]{2}(?:[-_][a-z]{2})?/?)?(?:index)?", Pattern.CASE_INSENSITIVE);

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

    /**
     * The address of the site the page names as its AMP view ({@code <link rel="amphtml">}): the same
     * text in a reduced template, which often carries no canonical link back, so that only the
     * original says what it is. Empty when the page names none, itself, or a page of another site (an
     * AMP cache).
     */
    public static Optional<URI> ampView(Document doc) {
        Optional<URI> self = Urls.parseHttp(doc.location()).map(Urls::normalise);
        if (self.isEmpty()) return Optional.empty();
        for (Element link : doc.select("link[rel][href]")) {
            if (!hasRel(link.attr("rel"), "amphtml")) continue;
            Optional<URI> amp = Urls.parseHttp(link.absUrl("href")).map(Urls::normalise);
            if (amp.isEmpty() || !site(amp.get()).equals(site(self.get())) || samePage(amp.get(), self.get())) {
                return Optional.empty();
            }
            return amp;
        }
        return Optional.empty();
    }

    /**
     * The pages of the same site the page names as its versions in other languages, with
     * {@code <link rel="alternate" hreflang>} in its head or {@code <a hreflang>} in a language
     * switcher, each as {@link Urls#pageKey}: a translation tells the same project, and the site says
     * so itself. The page's own address and the site's root (a switcher that leads to the other
     * language's home) are left out.
     */
    public static Set<String> translations(Document doc) {
        Optional<URI> self = Urls.parseHttp(doc.location()).map(Urls::normalise);
        if (self.isEmpty()) return Set.of();
        Set<String> found = new java.util.LinkedHashSet<>();
        String own = language(
                doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang"));
        for (Element link : doc.select("link[hreflang][href], a[hreflang][href]")) {
            if (link.nameIs("link")
                    && !link.attr("rel").toLowerCase(Locale.ROOT).contains("alternate")) continue;
            // Some systems mark every link with the language of its target ("hreflang=de" on a German
            // page's tag link): only a link into another language than the page's own is a translation.
            if (!own.isEmpty() && own.equals(language(link.attr("hreflang")))) continue;
            Optional<URI> other = Urls.parseHttp(link.absUrl("href")).map(Urls::normalise);
            if (other.isEmpty() || !site(other.get()).equals(site(self.get()))) continue;
            if (samePage(other.get(), self.get())) continue;
            String path = withoutExtension(Urls.path(Urls.pageKey(other.get())));
            if (LANGUAGE_HOME.matcher(path).matches()) continue;
            found.add(Urls.pageKey(other.get()).toString());
        }
        return found;
    }

    /** The language of a language tag without its region: "de-AT" is "de". */
    private static String language(String tag) {
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int dash = t.indexOf('-');
        return dash < 0 ? t : t.substring(0, dash);
    }

    private static boolean isCanonical(String rel) {
        return hasRel(rel, "canonical");
    }

    /** Whether the link types of a {@code rel} attribute, a list split by spaces, hold {@code type}. */
    private static boolean hasRel(String rel, String type) {
        for (String token : rel.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (token.equals(type)) return true;
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
