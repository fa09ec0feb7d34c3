package de.smilecity.exchange.crawl.internal.similar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The details of a text that stay the same when it is written in another language: figures
 * ("208.400" and "208,400" are one, "181,4 km²" and "181.4 km²" too), e-mail addresses, web
 * addresses, phone numbers, and names and codes that are spelt with inner capitals or digits (CKAN,
 * GovData, LoRaWAN, DCAT-AP.de). Two descriptions of one project in German and English share no
 * word sequence ({@link Shingles}), but they share these; two different projects rarely share
 * {@value #MIN_SHARED} of them.
 *
 * <p>Years and dates are left out (every project of a period shares them), as are numbers of fewer
 * than {@value #MIN_DIGITS} digits without a decimal part (counts such as "4 Gateways" are common).
 */
public final class Marks {

    /** Fewest shared marks from which two texts count as one project told twice. */
    public static final int MIN_SHARED = 5;

    /** Share of the smaller text's marks the other must have too. */
    public static final double MIN_OVERLAP = 0.5;

    /** Marks kept of one text, in text order: enough for a project page, bounded for storage. */
    public static final int MAX_MARKS = 48;

    /** Longest mark kept; longer ones are addresses with a query, which vary. */
    public static final int MAX_MARK_LENGTH = 40;

    /** Length of the stored form: the marks separated by spaces. */
    public static final int MAX_ENCODED_LENGTH = MAX_MARKS * (MAX_MARK_LENGTH + 1);

    static final int MIN_DIGITS = 3;

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://\\S+");
    private static final Pattern EMAIL =
            Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern WEB = Pattern.compile(
            "(?i)\\b(?:https?://)?(?:www\\.)?([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})(/[^\\s,;)\"']*)?");
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{N}.,])(?:\\+|0)[\\d ()/-]{6,}\\d");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b");
    private static final Pattern NUMBER =
            Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d{1,3}(?:[.,\\u00a0 ]\\d{3})+(?:[.,]\\d+)?"
                    + "(?![\\p{N}])|(?<![\\p{L}\\p{N}.,])\\d+(?:[.,]\\d+)?(?![\\p{N}])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.-]*[\\p{L}\\p{N}]");
    private static final Pattern INNER_CAPITAL = Pattern.compile("\\p{Ll}\\p{Lu}|\\p{Lu}{2}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    // Digits as written in names and codes (A7, CO2, 6Aika); not "km²".
    private static final Pattern DIGIT = Pattern.compile("[0-9]");

    private final Set<String> marks;

    private Marks(Set<String> marks) {
        this.marks = marks;
    }

    public static Marks of(String text) {
        Set<String> found = new LinkedHashSet<>();
        String rest = text;
        // Links carry the address the site runs at and its navigation, the same on every page.
        rest = take(URL, rest, found, m -> null);
        rest = take(EMAIL, rest, found, m -> "@" + m.group().toLowerCase(Locale.ROOT));
        rest = take(WEB, rest, found, Marks::web);
        rest = take(DATE, rest, found, m -> null);
        rest = take(PHONE, rest, found, m -> {
            String digits = m.group().replaceAll("\\D", "");
            return digits.length() >= 7 ? "tel:" + digits.substring(Math.max(0, digits.length() - 9)) : null;
        });
        rest = take(NUMBER, rest, found, m -> number(m.group()));
        Matcher words = WORD.matcher(rest);
        while (words.find()) {
            // Each part of "LoRaWAN-Netz" on its own: German compounds with a hyphen ("Open-Data-Portal")
            // are capitalised by grammar, not spelt as a name.
            for (String w : words.group().split("-")) {
                boolean code = INNER_CAPITAL.matcher(w).find()
                        || (LETTER.matcher(w).find() && DIGIT.matcher(w).find());
                if (code && w.length() >= 3) found.add(w.toLowerCase(Locale.ROOT));
            }
        }
        List<String> kept = new ArrayList<>();
        for (String mark : found) {
            if (mark.length() <= MAX_MARK_LENGTH && kept.size() < MAX_MARKS) kept.add(mark);
        }
        return new Marks(new LinkedHashSet<>(kept));
    }

    private interface MarkOf {
        String apply(Matcher m);
    }

    /** Adds the matches' marks and blanks them out, so a figure in an address is not a figure too. */
    private static String take(Pattern pattern, String text, Set<String> found, MarkOf mark) {
        Matcher m = pattern.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String value = mark.apply(m);
            if (value != null) found.add(value);
            m.appendReplacement(rest, " ");
        }
        m.appendTail(rest);
        return rest.toString();
    }

    private static String web(Matcher m) {
        String host = m.group(1).toLowerCase(Locale.ROOT);
        // "DCAT-AP.de" and "e.V." look like addresses; a mark all the same, kept as written.
        String path = m.group(2) == null ? "" : m.group(2).replaceAll("/+$", "");
        return host + path;
    }

    /**
     * The value of a figure as both languages write it, or null for a year or a small count.
     * "208.400", "208,400" and "208 400" are 208400; "181,4" and "181.4" are 181.4.
     */
    static String number(String written) {
        String s = written.replace('\u00a0', ' ');
        String digits;
        if (s.matches("\\d{1,3}(?:[., ]\\d{3})+")) {
            digits = s.replaceAll("[., ]", "");
        } else if (s.matches("\\d{1,3}(?:[., ]\\d{3})+[.,]\\d+")) {
            int last = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
            digits = s.substring(0, last).replaceAll("[., ]", "") + "." + s.substring(last + 1);
        } else {
            digits = s.replace(',', '.');
        }
        boolean decimal = digits.contains(".");
        if (decimal) {
            digits = digits.replaceAll("0+$", "").replaceAll("\\.$", "");
            return digits.isEmpty() ? null : digits;
        }
        digits = digits.replaceFirst("^0+(?=\\d)", "");
        if (digits.length() < MIN_DIGITS) return null;
        if (digits.length() == 4 && digits.compareTo("1900") >= 0 && digits.compareTo("2099") <= 0) return null;
        return digits;
    }

    /**
     * These marks without the given figures: a town's population and area recur on every page about
     * one of its projects, so they tell projects of one town apart no better than its name.
     *
     * @param figures as stated ("61.250", "74,6") or as numbers ({@link java.math.BigDecimal#toPlainString})
     */
    public Marks withoutFigures(List<String> figures) {
        Set<String> left = new LinkedHashSet<>(marks);
        for (String f : figures) {
            String value = number(f.strip());
            if (value != null) left.remove(value);
        }
        return new Marks(left);
    }

    /** These marks without the common ones: found on so many pages that they tell none apart. */
    public Marks without(Set<String> common) {
        Set<String> left = new LinkedHashSet<>(marks);
        left.removeAll(common);
        return new Marks(left);
    }

    /** The marks, in text order. */
    public Set<String> asSet() {
        return java.util.Collections.unmodifiableSet(marks);
    }

    /** The marks of their texts both have, in this text's order; the marks of read facts are {@link Kinship}'s. */
    public List<String> shared(Marks other) {
        return marks.stream()
                .filter(m -> !m.startsWith(Kinship.FACT))
                .filter(other.marks::contains)
                .toList();
    }

    /** Every mark both have, those of read facts too. */
    List<String> sharedWithFacts(Marks other) {
        return marks.stream().filter(other.marks::contains).toList();
    }

    /**
     * These marks after the marks of facts read from the page ({@link Kinship#factMarks}), which come
     * first so that the cap of {@value #MAX_MARKS} never drops them.
     */
    public Marks with(List<String> factMarks) {
        Set<String> all = new LinkedHashSet<>();
        for (String f : factMarks) {
            if (f.length() <= MAX_MARK_LENGTH) all.add(f);
        }
        for (String m : marks) {
            if (all.size() >= MAX_MARKS) break;
            all.add(m);
        }
        return new Marks(all);
    }

    /**
     * The share of the smaller text's marks that the other has too, or 0 when they share fewer than
     * {@value #MIN_SHARED}.
     */
    public double overlap(Marks other) {
        int shared = shared(other).size();
        int smaller = Math.min(textMarks(), other.textMarks());
        if (shared < MIN_SHARED || smaller == 0) return 0;
        return (double) shared / smaller;
    }

    private int textMarks() {
        return (int) marks.stream().filter(m -> !m.startsWith(Kinship.FACT)).count();
    }

    public int size() {
        return marks.size();
    }

    public String encode() {
        return String.join(" ", marks);
    }

    public static Marks decode(String encoded) {
        Set<String> marks = new LinkedHashSet<>();
        for (String m : encoded.split(" ")) {
            if (!m.isBlank()) marks.add(m);
        }
        return new Marks(marks);
    }
}
