package de.smilecity.exchange.opendata;

import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Practice;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public addresses that exports, the feed and structured data point to, from the address the
 * catalogue is reached at (scheme, host and context path, behind a proxy as the proxy names them).
 *
 * @param base for example {@code https://exchange.smile-rostock.de}, without a trailing slash
 */
public record ExportLinks(String base) {

    public ExportLinks {
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The detail page of an entry, its canonical address. */
    public String practice(Practice p) {
        return practice(p.getSlug());
    }

    public String practice(String slug) {
        return base + "/practices/" + slug;
    }

    public String organisation(String slug) {
        return base + "/organisations/" + slug;
    }

    /**
     * A concept of a scheme as the catalogue filtered by it, which is the page that explains it best;
     * {@code null}-free: schemes without a catalogue filter get the filter-free catalogue page.
     */
    public String concept(ConceptScheme scheme, String code) {
        String parameter = switch (scheme) {
            case INNOVATION_FIELD -> "field";
            case SMILE_PILLAR -> "pillar";
            case SDG -> "sdg";
            case TARGET_GROUP -> "targetGroup";
        };
        return base + "/practices?" + parameter + "=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    public String path(String path) {
        return base + path;
    }
}
