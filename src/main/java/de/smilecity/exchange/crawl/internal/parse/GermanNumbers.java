package de.smilecity.exchange.crawl.internal.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as partner pages write them, German first: "209.191" (dot groups thousands), "181,36 km²"
 * (comma before the decimals), "ca. 47,5 km²" (words and units around the number), "12 km²"; and the
 * English forms where they cannot be German ("1,234.5", "181.4") or where the page is English.
 * Thousands may also be grouped by spaces ("208 400") or apostrophes. Only the first number of a
 * text counts.
 *
 * <p>"208.400" and "208,400" are ambiguous. A count or an amount of money is never written with three
 * decimals, so for those a single separator before exactly three digits always groups thousands; for
 * other decimals (an area) the page's language decides.
 */
public final class GermanNumbers {

    // Digits grouped by thousands with one separator throughout, or plain digits; then optionally a
    // decimal separator and the decimals. Space-grouping needs a group of exactly three digits, so
    // "2020 120" stays two numbers. Typesetting CMSs and Nordic style guides group with a thin
    // (U+2009) or figure space (U+2007), which counts as a space.
    private static final Pattern NUMBER = Pattern.compile(
            "(?<!\\d)(\\d{1,3}(?:([.,'\\u00a0\\u202f\\u2009\\u2007 ])\\d{3})(?:\\2\\d{3})*|\\d+)(?:([.,])(\\d+))?(?!\\d)");

    // Words for thousands, millions and billions right after a number ("1,2 Mio. €", "€1.2m", "450k"),
    // in the languages of the partners' neighbours too: a network's pages quote Dutch, Scandinavian,
    // French, Spanish, Italian or Polish sources ("3,6 miljoen euro", "2,1 millioner kroner").
    // The lookahead keeps "m²", "km" and "Monate" from counting as multipliers.
    static final String SCALE_WORDS = "tsd\\.?|tausend|thousand|duizend|t€|teur|k"
            + "|mio\\.?|mln\\.?|millionen|millions?|miljoen(?:en)?|miljoner|millioner|millones|milioni|milion(?:y|ów)?"
            + "|mill\\.|m€|meur|m|mrd\\.?|mld\\.?|milliarden?|milliards?|miljard(?:en|er)?|miliardi|billion(?:s)?|bn";

    private static final Pattern MULTIPLIER = Pattern.compile(
            "^\\s*(" + SCALE_WORDS + ")(?![\\p{L}\\d²³])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A number with decimals, a word and a currency ("3,6 xyz euro"): the word scales the number, as
     * no one writes cents so. Where it is no scale word the crawler knows, the amount is unknown.
     */
    private static final Pattern UNKNOWN_SCALE = Pattern.compile(
            "\\d[.,]\\d{1,2}\\s*(\\p{L}{2,})\\.?\\s*(?:€|\\beur\\b|\\beuros?\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // Units of an area right after its number, as factors to square kilometres.
    private static final Pattern AREA_UNIT = Pattern.compile(
            "^\\s*(?:(km²|km2|km\\^2|qkm|quadratkilometern?|sq\\.?\\s?km|square\\s+kilomet(?:er|re)s?)"
                    + "|(ha|hektar|hectares?)"
                    + "|(m²|m2|qm|quadratmetern?|sq\\.?\\s?m|square\\s+met(?:er|re)s?)"
                    + "|(mi²|sq\\.?\\s?mi|square\\s+miles?))(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final BigDecimal HECTARES_PER_KM2 = BigDecimal.valueOf(100);
    private static final BigDecimal KM2_PER_SQUARE_MILE = new BigDecimal("2.589988");

    private GermanNumbers() {}

    /**
     * The first whole number in the text, with "Mio."/"Tsd."/"million"/"k" applied ("209.191
     * Einwohner" → 209191, "208,400" → 208400, "1,2 Mio." → 1200000), or empty.
     */
    public static Optional<Integer> integer(String text) {
        return first(text, Reading.WHOLE_GROUPS, true).flatMap(n -> {
            try {
                return Optional.of(n.value().setScale(0, RoundingMode.HALF_UP).intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty(); // beyond int: not a population we can store
            }
        });
    }

    /** The first number in the text with its decimals, read as German ("ca. 47,5 km²" → 47.5), or empty. */
    public static Optional<BigDecimal> decimal(String text) {
        return decimal(text, "de");
    }

    /**
     * The first number in the text with its decimals; an ambiguous "1.234" or "1,234" is read as the
     * language writes it (de: 1234 and 1.234, en: 1.234 and 1234). No multipliers.
     */
    public static Optional<BigDecimal> decimal(String text, String language) {
        return first(text, Reading.of(language), false).map(Number::value);
    }

    /** The first amount of money in the text, decimals kept and multipliers applied ("€1.2m" → 1200000). */
    public static Optional<BigDecimal> amount(String text) {
        return first(text, Reading.WHOLE_GROUPS, true).map(Number::value);
    }

    /**
     * The first number in the text as an area in km², converted from the unit written right after it
     * (km², qkm, sq km; ha; m², qm; sq mi); a number without a unit counts as km².
     */
    public static Optional<BigDecimal> squareKilometres(String text, String language) {
        return first(text, Reading.of(language), false).map(n -> {
            Matcher unit = AREA_UNIT.matcher(text.substring(n.end()));
            if (!unit.find() || unit.group(1) != null) return n.value();
            if (unit.group(2) != null) return n.value().divide(HECTARES_PER_KM2);
            if (unit.group(3) != null) return n.value().movePointLeft(6);
            return n.value().multiply(KM2_PER_SQUARE_MILE);
        });
    }

    /** Whether the text's first number is followed by a unit of area, whichever. */
    static boolean withAreaUnit(String text, String language) {
        return first(text, Reading.of(language), false)
                .map(n -> AREA_UNIT.matcher(text.substring(n.end())).find())
                .orElse(false);
    }

    /** Whether the area in the text is given in square metres: never a municipality's area. */
    static boolean inSquareMetres(String text, String language) {
        return first(text, Reading.of(language), false)
                .map(n -> {
                    Matcher unit = AREA_UNIT.matcher(text.substring(n.end()));
                    return unit.find() && unit.group(3) != null;
                })
                .orElse(false);
    }

    /** How a single "." or "," before exactly three digits is read. */
    private enum Reading {
        /** A count or money: the separator groups thousands. */
        WHOLE_GROUPS,
        /** German: "." groups, "," starts the decimals. */
        GERMAN,
        /** English: "," groups, "." starts the decimals. */
        ENGLISH;

        static Reading of(String language) {
            return "en".equals(language.toLowerCase(Locale.ROOT)) ? ENGLISH : GERMAN;
        }

        boolean groups(char separator) {
            return switch (this) {
                case WHOLE_GROUPS -> true;
                case GERMAN -> separator == '.';
                case ENGLISH -> separator == ',';
            };
        }
    }

    /** @param end where the number (with its multiplier, if read) ends in the text */
    private record Number(BigDecimal value, int end) {}

    private static Optional<Number> first(String text, Reading reading, boolean withMultiplier) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) return Optional.empty();
        String whole = m.group(1);
        String separator = m.group(2);
        String fraction = m.group(4);
        BigDecimal value;
        if (separator != null && fraction != null && separator.equals(m.group(3))) {
            // "1.234.5": the last part is no decimal part of the grouped number before it.
            value = new BigDecimal(digits(whole));
        } else if (separator != null
                && fraction == null
                && isDotOrComma(separator)
                && whole.indexOf(separator) == whole.lastIndexOf(separator)) {
            // One "." or "," before three digits: thousands or decimals, see the class comment.
            boolean groups = !whole.startsWith("0") && reading.groups(separator.charAt(0));
            value = new BigDecimal(groups ? digits(whole) : whole.replace(separator, "."));
        } else {
            value = new BigDecimal(fraction == null ? digits(whole) : digits(whole) + "." + fraction);
        }
        int end = m.end();
        if (withMultiplier) {
            Matcher word = MULTIPLIER.matcher(text.substring(end));
            if (word.find()) {
                value = value.multiply(factor(word.group(1)));
                end += word.end();
            }
        }
        return Optional.of(new Number(value, end));
    }

    /**
     * Whether a number in the text is scaled by a word the crawler does not know ("3,6 xyz euro"), so
     * that reading the bare number would give a wrong amount.
     */
    static boolean scaledByUnknownWord(String text) {
        Matcher m = UNKNOWN_SCALE.matcher(text);
        while (m.find()) {
            // The pattern's lookahead makes it match only the whole word.
            if (!MULTIPLIER.matcher(m.group(1)).find()) return true;
        }
        return false;
    }

    private static BigDecimal factor(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("t") || w.equals("k") || w.startsWith("d")) return BigDecimal.valueOf(1_000);
        if (w.startsWith("mrd")
                || w.startsWith("mld")
                || w.startsWith("milliard")
                || w.startsWith("miljard")
                || w.startsWith("miliard")
                || w.startsWith("b")) return BigDecimal.valueOf(1_000_000_000);
        return BigDecimal.valueOf(1_000_000);
    }

    private static boolean isDotOrComma(String separator) {
        return separator.equals(".") || separator.equals(",");
    }

    private static String digits(String grouped) {
        return grouped.replaceAll("\\D", "");
    }
}
