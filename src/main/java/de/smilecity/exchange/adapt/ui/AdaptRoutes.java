package de.smilecity.exchange.adapt.ui;

/** The paths of the adaptation pages, relative to the application root. */
final class AdaptRoutes {

    static final String COMPARE = "compare";
    static final String PLANS = "plans";

    private AdaptRoutes() {}

    static String plan(long id) {
        return PLANS + "/" + id;
    }

    static String compare(String slug) {
        return COMPARE + "?ids=" + java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The kit of an entry in the given format ({@code md}, {@code pdf}, {@code html}), from the API. */
    static String kit(String slug, String format) {
        return "/api/v1/practices/" + slug + "/kit." + format;
    }
}
