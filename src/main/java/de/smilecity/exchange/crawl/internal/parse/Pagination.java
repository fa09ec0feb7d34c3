package de.smilecity.exchange.crawl.internal.parse;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a page is one page of a longer list of the site's own: it is page 2 or later itself, it
 * links to another page of the same address ({@code ?page=2}, {@code /page/2/}, TYPO3's
 * {@code [currentPage]=2}), or it carries links named "Seite 2" / "page 2" or numbered links in a pager.
 * A "next project" link to another address is no pagination: detail pages have those too.
 */
final class Pagination {

    /** Query parameters that number the pages of a list; {@code p} is left out, WordPress numbers posts with it. */
    private static final Pattern PAGE_PARAMETER =
            Pattern.compile("(?:^|[^a-z])(?:page|paged|seite|pg|pagenum|currentpage)]?$");

    private static final Pattern PAGE_IN_PATH = Pattern.compile("^(.*)/(?:page|seite)/(\\d+)/?$");
    private static final Pattern NAMED_PAGE_LINK = Pattern.compile("^(?:seite|page)\\s*\\d+$");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,4}$");
    private static final Pattern PAGER =
            Pattern.compile("paginat|pager|paging|page-numbers|seitennavigation|blaettern");

    private Pagination() {}

    /** What shows that the page is one of several pages of a list, in words, or empty. */
    static Optional<String> of(Document doc) {
        Optional<URI> self = Urls.parseHttp(doc.location()).map(Urls::normalise);
        if (self.isPresent()) {
            OptionalInt own = pageNumber(self.get());
            if (own.isPresent() && own.getAsInt() >= 2) {
                return Optional.of(
                        "it is page " + own.getAsInt() + " of a list (" + Urls.pathAndQuery(self.get()) + ")");
            }
        }
        for (Element a : doc.select("a[href], link[rel~=^(next|prev|previous)$][href]")) {
            String text = a.text().strip().toLowerCase(Locale.ROOT);
            if (NAMED_PAGE_LINK.matcher(text).matches())
                return Optional.of("a link '" + a.text().strip() + "'");
            Optional<URI> target = Urls.parseHttp(a.absUrl("href")).map(Urls::normalise);
            if (self.isPresent()
                    && target.isPresent()
                    && !Urls.pageKey(target.get()).equals(Urls.pageKey(self.get()))
                    && sameList(self.get(), target.get())
                    && pageNumber(target.get()).isPresent()) {
                return Optional.of("a link to another page of it (" + Urls.pathAndQuery(target.get()) + ")");
            }
            if (NUMBER.matcher(text).matches() && !text.equals("1") && inPager(a)) {
                return Optional.of("numbered links to its pages ('" + text + "')");
            }
        }
        return Optional.empty();
    }

    /** The page number an address names, by a page parameter or a /page/N path, or empty. */
    static OptionalInt pageNumber(URI url) {
        for (Map.Entry<String, String> parameter : Urls.parameters(url)) {
            String name = parameter.getKey().toLowerCase(Locale.ROOT);
            if (PAGE_PARAMETER.matcher(name).find()
                    && NUMBER.matcher(parameter.getValue()).matches()) {
                return OptionalInt.of(Integer.parseInt(parameter.getValue()));
            }
        }
        Matcher m = PAGE_IN_PATH.matcher(Urls.path(Urls.pageKey(url)));
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
    }

    /** Whether two addresses show pages of one list: the same path, or the one with /page/N appended. */
    private static boolean sameList(URI self, URI target) {
        if (!Urls.host(self).equals(Urls.host(target))) return false;
        String a = listPath(Urls.path(Urls.pageKey(self)));
        String b = listPath(Urls.path(Urls.pageKey(target)));
        return a.equals(b);
    }

    private static String listPath(String path) {
        Matcher m = PAGE_IN_PATH.matcher(path);
        String base = m.matches() ? m.group(1) : path;
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static boolean inPager(Element a) {
        for (Element e : a.parents()) {
            String marks = (e.className() + " " + e.id() + " " + e.attr("aria-label")).toLowerCase(Locale.ROOT);
            if (PAGER.matcher(marks).find()) return true;
        }
        return false;
    }
}
