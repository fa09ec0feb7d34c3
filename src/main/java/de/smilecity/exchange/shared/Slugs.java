package de.smilecity.exchange.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable, readable URL keys derived from titles and names ("Bürgerbeteiligung Ost" → "buergerbeteiligung-ost"). */
public final class Slugs {

    /** Longest slug we produce; long titles are cut at a word boundary. */
    public static final int MAX_LENGTH = 80;

    /** What a valid slug looks like: lower-case words of a–z and 0–9, joined by single hyphens. */
    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private Slugs() {}

    /**
     * Turns any text into a slug. German umlauts and ß are transliterated the German way (ä → ae)
     * rather than stripped, so that "Bürger" does not become "burger".
     *
     * @throws IllegalArgumentException when the text holds no letter or digit at all
     */
    public static String of(String text) {
        String german = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        String ascii = COMBINING_MARKS
                .matcher(Normalizer.normalize(german, Normalizer.Form.NFD))
                .replaceAll("");
        String slug = trimHyphens(NON_SLUG.matcher(ascii).replaceAll("-"));
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("Cannot make a slug from '" + text + "': it has no letter or digit");
        }
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return slug;
    }

    public static boolean isValid(String candidate) {
        return candidate.length() <= MAX_LENGTH && VALID.matcher(candidate).matches();
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') start++;
        while (end > start && s.charAt(end - 1) == '-') end--;
        return s.substring(start, end);
    }
}
