package de.smilecity.exchange.catalogue.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public, shareable paths of the pages, relative to the application root (Vaadin's base
 * href), so that links work under any context path.
 */
public final class Routes {

    public static final String CATALOGUE = "practices";
    public static final String ORGANISATIONS = "organisations";

    private Routes() {}

    public static String practice(String slug) {
        return CATALOGUE + "/" + slug;
    }

    public static String editPractice(String slug) {
        return CATALOGUE + "/" + slug + "/edit";
    }

    public static String history(String slug) {
        return CATALOGUE + "/" + slug + "/history";
    }

    public static String organisation(String slug) {
        return ORGANISATIONS + "/" + slug;
    }

    /** The catalogue filtered by one value, e.g. {@code practices?field=mobility}. */
    public static String catalogueFiltered(String parameter, String value) {
        return CATALOGUE + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
