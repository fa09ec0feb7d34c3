package de.smilecity.exchange.crawl.internal.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One spelling per page, so that the same page under two URLs is fetched once: lower-case scheme and
 * host, no default port, no fragment, no tracking parameters ({@code utm_*}, {@code ref},
 * {@code fbclid}, {@code gclid}, …), no session id (a {@code ;jsessionid=} in the path, a
 * {@code PHPSESSID} or {@code jsessionid} parameter), the other parameters sorted, an empty path as
 * "/". Spellings a
 * server answers alike but that cannot be rewritten safely — {@code /} and {@code /index.html},
 * {@code /faelle/} and {@code /faelle} — share a {@link #pageKey}.
 */
public final class Urls {

    /** Query parameters that only say where a visitor came from, never what the page shows. */
    static final Set<String> TRACKING_PARAMETERS =
            Set.of("ref", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "_ga");

    /**
     * Query parameters that carry a visitor's session: the page is the same without them, and a
     * crawler that kept them would meet every page again under each new session.
     */
    static final Set<String> SESSION_PARAMETERS = Set.of("jsessionid", "phpsessid", "sessionid", "cfid", "cftoken");

    /** A servlet container's session id written into the path when a visitor sends no cookie. */
    private static final Pattern PATH_SESSION = Pattern.compile(";jsessionid=[^/?#]*", Pattern.CASE_INSENSITIVE);

    /** The file names under which servers answer for a folder's own address. */
    private static final Pattern DIRECTORY_INDEX =
            Pattern.compile("/(?:index|default)\\.(?:html?|shtml|php|aspx?|jsp)$", Pattern.CASE_INSENSITIVE);

    private Urls() {}

    /** The absolute http(s) URL a link points to, or empty for other schemes and broken links. */
    public static Optional<URI> parseHttp(String url) {
        try {
            URI uri = new URI(url.strip().replace(" ", "%20"));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The normalised form of an absolute http(s) URL. */
    public static URI normalise(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String path = uri.normalize().getRawPath();
        if (path == null || path.isEmpty()) path = "/";
        path = PATH_SESSION.matcher(path).replaceAll("");
        String query = normaliseQuery(uri.getRawQuery());
        StringBuilder text = new StringBuilder(scheme).append("://").append(host);
        if (port != -1) text.append(':').append(port);
        text.append(path);
        if (!query.isEmpty()) text.append('?').append(query);
        return URI.create(text.toString());
    }

    /**
     * The key under which two spellings of one page meet: the normalised URL without a directory
     * index file at the end of its path ({@code index.html}, {@code index.php}, {@code default.aspx}, …)
     * and without a trailing slash, so that {@code /}, {@code /index.html}, {@code /faelle/} and
     * {@code /faelle} are one page. Only for recognising a page met again: a run fetches a page under
     * the spelling it met first, because a server need not answer every spelling.
     */
    public static URI pageKey(URI normalised) {
        String path = normalised.getRawPath();
        if (path == null || path.isEmpty()) path = "/";
        path = DIRECTORY_INDEX.matcher(path).replaceFirst("/");
        if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
        String query = normalised.getRawQuery();
        String port = normalised.getPort() == -1 ? "" : ":" + normalised.getPort();
        return URI.create(normalised.getScheme() + "://" + host(normalised) + port + path
                + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    private static String normaliseQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) return "";
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name) || SESSION_PARAMETERS.contains(name)) {
                continue;
            }
            kept.add(pair);
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    /**
     * The query's parameters, names and values decoded ({@code +} as a space), in order; a parameter
     * without "=" has an empty value, and a broken %-escape stays as written.
     */
    static List<Map.Entry<String, String>> parameters(URI uri) {
        String raw = uri.getRawQuery();
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        if (raw == null || raw.isEmpty()) return parameters;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            String[] parts = pair.split("=", 2);
            parameters.add(Map.entry(decoded(parts[0]), parts.length < 2 ? "" : decoded(parts[1])));
        }
        return parameters;
    }

    private static String decoded(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw; // not a valid escape: the text as written is all the URL says
        }
    }

    /** The path and, if there is one, the query: how a reason quotes a page of the run's site. */
    static String pathAndQuery(URI uri) {
        return uri.getRawQuery() == null ? path(uri) : path(uri) + "?" + uri.getRawQuery();
    }

    /** The URL's host, lower case. */
    public static String host(URI uri) {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    /** The path (decoded) that include and exclude patterns are matched against. */
    public static String path(URI uri) {
        String path = uri.getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** scheme://host[:port] of a URL, where its robots.txt lives. */
    public static URI origin(URI uri) {
        String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + host(uri) + port);
    }

    /**
     * Whether the URL names a PDF by its path ({@code ….pdf}): how a report is told from a page
     * before it is fetched. Reports are read after the pages of a run, with their own size cap.
     */
    public static boolean looksLikeReport(URI uri) {
        return path(uri).toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** {@link #looksLikeReport(URI)} of a link as written on a page. */
    public static boolean looksLikeReport(String link) {
        return parseHttp(link).map(Urls::looksLikeReport).orElse(false);
    }
}
