package de.smilecity.exchange.crawl.internal.parse;

import java.util.Collection;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The region a whole site lies in, as its legal notice names it with the publisher's address
 * ("Landkreis X, Am Markt 1, 31999 X, Niedersachsen") or its "about us" and members' pages name it
 * for the whole network: a district's or a town's portal is in one
 * Land, and its project pages often name the place but never the Land again. The site's region goes
 * to a project only where its page names no region of its own and no other one, and only on a site
 * whose projects mostly lie there: a network with members in several Länder has its seat in one of
 * them, which says nothing about its projects.
 */
public final class SiteRegion {

    /** Largest share of a site's projects that may name another region for the site's to count. */
    static final double MAX_ELSEWHERE_SHARE = 0.25;

    private SiteRegion() {}

    /**
     * The one region the page names when it tells who the site is — its legal notice, its "about us"
     * or its list of members ("eleven villages in the district of Kusel, Rheinland-Pfalz") — else
     * empty. Two such pages that name different regions cancel each other out where they are gathered.
     */
    public static Optional<String> ofSitePage(Document doc) {
        if (!isLegalNotice(doc) && !names(doc, PageName.ABOUT, PageName.MEMBERS)) return Optional.empty();
        return Regions.inText(PageSignals.region(doc).text());
    }

    private static boolean isLegalNotice(Document doc) {
        return names(doc, PageName.LEGAL_NOTICE) || addressesLegalNotice(doc.location());
    }

    /** Whether the page's main heading names it as one of the kinds. */
    private static boolean names(Document doc, PageName... kinds) {
        Element h1 = MainHeading.of(doc);
        if (h1 == null) return false;
        Optional<PageName> named = PageName.named(h1.text());
        return named.isPresent() && java.util.Arrays.asList(kinds).contains(named.get());
    }

    /**
     * Whether the address's last segment names a legal notice ("/impressum", "/legal-notice.html"):
     * the one page outside a source's include patterns worth reading, as it says where the site is.
     */
    public static boolean addressesLegalNotice(String location) {
        String segment = location.replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        segment = segment.substring(segment.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z]+$", "");
        return PageName.named(segment).filter(n -> n == PageName.LEGAL_NOTICE).isPresent();
    }

    /**
     * Whether the site's projects mostly lie in its region: of the regions they state, at most {@value
     * #MAX_ELSEWHERE_SHARE} of all its projects are elsewhere.
     *
     * @param statedRegions the region of each of the site's projects, null where it states none
     */
    public static boolean projectsLieThere(String siteRegion, Collection<String> statedRegions) {
        if (statedRegions.isEmpty()) return false;
        long elsewhere = statedRegions.stream()
                .filter(r -> r != null && !r.equals(siteRegion))
                .count();
        return elsewhere <= MAX_ELSEWHERE_SHARE * statedRegions.size();
    }

    /** Whether a project's texts name a region other than the site's, so that it may lie across a border. */
    public static boolean namesAnother(String siteRegion, String... texts) {
        for (String text : texts) {
            if (text == null) continue;
            if (Regions.allInText(text).stream().anyMatch(r -> !r.equals(siteRegion))) return true;
        }
        return false;
    }
}
