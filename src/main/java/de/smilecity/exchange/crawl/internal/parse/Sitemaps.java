package de.smilecity.exchange.crawl.internal.parse;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Reads a sitemap (XML, text or an index of sitemaps) with crawler-commons. */
public final class Sitemaps {

    /**
     * @param pages the page URLs it lists
     * @param sitemaps further sitemaps, when it is an index
     */
    public record Content(List<String> pages, List<String> sitemaps) {}

    private Sitemaps() {}

    /**
     * @throws IllegalArgumentException with a reason a person can act on, when it is no sitemap
     */
    public static Content parse(URI url, byte[] body, String contentType) {
        // Not strict: a partner's sitemap may list pages outside its own folder.
        SiteMapParser parser = new SiteMapParser(false);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(contentType.isEmpty() ? "text/xml" : contentType, body, url.toURL());
        } catch (UnknownFormatException | MalformedURLException e) {
            throw new IllegalArgumentException("sitemap " + url + " is not a sitemap: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("sitemap " + url + " could not be read: " + e.getMessage(), e);
        }
        List<String> pages = new ArrayList<>();
        List<String> children = new ArrayList<>();
        if (map instanceof SiteMapIndex index) {
            for (AbstractSiteMap child : index.getSitemaps())
                children.add(child.getUrl().toString());
        } else if (map instanceof SiteMap siteMap) {
            for (SiteMapURL u : siteMap.getSiteMapUrls()) pages.add(u.getUrl().toString());
        }
        return new Content(pages, children);
    }
}
