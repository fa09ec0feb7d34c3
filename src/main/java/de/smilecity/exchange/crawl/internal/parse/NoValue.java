package de.smilecity.exchange.crawl.internal.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What pages write where they have no value: "k. A.", "keine Angabe", "n/a", a dash. */
final class NoValue {

    // Compared without case, spaces and dots, so "k. A.", "k.A." and "KA" are one marker, and "./." is "/".
    private static final Set<String> MARKERS = Set.of(
            "",
            "ka",
            "keineangabe",
            "keineangaben",
            "nichtbekannt",
            "unbekannt",
            "entfällt",
            "n/a",
            "na",
            "nv",
            "unknown",
            "none",
            "tbd",
            "tbc",
            "-",
            "–",
            "—",
            "--",
            "/",
            "?");
    private static final Pattern IGNORED = Pattern.compile("[\\s.\\u00a0]");

    private NoValue() {}

    /** Whether the text says that there is no value instead of giving one. */
    static boolean is(String text) {
        return MARKERS.contains(IGNORED.matcher(text).replaceAll("").toLowerCase(Locale.ROOT));
    }
}
