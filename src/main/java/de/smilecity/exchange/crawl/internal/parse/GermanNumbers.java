package de.smilecity.exchange.crawl.internal.parse;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as German pages write them: "209.191" (dot groups thousands), "181,36 km²" (comma before
 * the decimals), "ca. 47,5 km²" (words and units around the number), "12 km²".
 */
public final class GermanNumbers {

    // The first number in the text: digits with optional dot-grouped thousands, optional ,decimals.
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?");

    private GermanNumbers() {}

    /** The first whole number in the text ("209.191 Einwohner" → 209191), or empty. */
    public static Optional<Integer> integer(String text) {
        return decimal(text).flatMap(d -> {
            try {
                return Optional.of(d.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty(); // beyond int: not a population we can store
            }
        });
    }

    /** The first number in the text with its decimals ("ca. 47,5 km²" → 47.5), or empty. */
    public static Optional<BigDecimal> decimal(String text) {
        Matcher m = NUMBER.matcher(text.replace('\u00a0', ' '));
        if (!m.find()) return Optional.empty();
        String whole = m.group(1).replace(".", "");
        String fraction = m.group(2);
        return Optional.of(new BigDecimal(fraction == null ? whole : whole + "." + fraction));
    }
}
