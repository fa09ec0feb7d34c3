package de.smilecity.exchange.crawl.internal.parse;

import de.smilecity.exchange.catalogue.Costs;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money as a page states it: "ca. 1,2 Mio. €", "€1.2m", "450.000 Euro", "USD 80k".
 *
 * @param amount in units of the currency, at most two decimals
 * @param currency ISO 4217, or null when neither the value nor its label names one
 */
public record Money(BigDecimal amount, @Nullable String currency) {

    private static final Pattern EUR = Pattern.compile("(?i)€|eur\\b|euro");
    private static final Pattern USD = Pattern.compile("(?i)\\$|\\busd\\b|dollar");
    private static final Pattern GBP = Pattern.compile("(?i)£|\\bgbp\\b");
    private static final Pattern CHF = Pattern.compile("(?i)\\bchf\\b|franken");
    private static final Pattern EURO_AMOUNT = Pattern.compile(
            "(?iu)(?:€|\\beur\\b|\\beuro\\b)\\s*\\d[\\d.,\\s]*(?:mio\\.?|millionen|million|m\\b|k\\b|tsd\\.?)?"
                    + "|\\d[\\d.,]*\\s*(?:mio\\.?|millionen|million|m|k|tsd\\.?)?\\s*(?:€|\\beur\\b|\\beuro\\b)");
    // Thousands or millions of euros named before the figure, as budgets are tabled: "TEUR 64", "T€ 185",
    // "Mio. € 2,4", "MEUR 1,1".
    private static final Pattern SCALED_EUROS = Pattern.compile(
            "(?iu)(?<![\\p{L}])(teur|t€|tsd\\.?\\s*(?:€|eur|euro)|keur|k€|meur|m€|mio\\.?\\s*(?:€|eur|euro))\\s*(?=\\d)");
    // The codes of the currencies partners abroad report in besides the euro: "CAD 1.2M (≈ €820,000)".
    private static final Pattern OTHER_CURRENCY =
            Pattern.compile("(?i)\\b(?:sek|dkk|nok|isk|pln|czk|huf|ron|bgn|cad|aud|nzd|jpy|cny)\\b");
    private static final BigDecimal LARGEST = BigDecimal.TEN.pow(Costs.AMOUNT_INTEGER_DIGITS);

    /**
     * The first amount in the value, its currency from the value or else from the label ("Kosten in
     * Euro"); empty without a positive amount that fits the catalogue's cost column.
     */
    static Optional<Money> of(String text, String label) {
        // "rund zwei Millionen Euro": the count in words as its figure.
        String value = NumberWords.asFigures(text);
        // "SEK 48 million (about EUR 4.2m)": the amount in euros, where the value gives one beside another.
        Matcher euros = EURO_AMOUNT.matcher(value);
        if (euros.find() && euros.start() > 0) {
            String before = value.substring(0, euros.start());
            boolean otherFirst = found(OTHER_CURRENCY, before)
                    || currency(before).filter(c -> !c.equals("EUR")).isPresent();
            if (otherFirst) return of(euros.group(), label);
        }
        // "3,6 xyz euro" in a language whose scale words the crawler lacks: no amount beats a wrong one.
        if (GermanNumbers.scaledByUnknownWord(value)) return Optional.empty();
        return scaled(value)
                .or(() -> GermanNumbers.amount(value))
                .filter(a -> a.signum() > 0 && a.compareTo(LARGEST) < 0)
                .map(a -> new Money(
                        a.setScale(Costs.AMOUNT_FRACTION_DIGITS, RoundingMode.HALF_UP),
                        currency(value).orElseGet(() -> currency(label).orElse(null))));
    }

    /** An amount whose scale is named before it ("TEUR 64" → 64,000), where nothing else comes first. */
    private static Optional<BigDecimal> scaled(String value) {
        Matcher m = SCALED_EUROS.matcher(value);
        if (!m.find() || value.substring(0, m.start()).chars().anyMatch(Character::isDigit)) return Optional.empty();
        String scale = m.group(1).toLowerCase(java.util.Locale.ROOT);
        BigDecimal factor = scale.startsWith("t") || scale.startsWith("k")
                ? BigDecimal.valueOf(1_000)
                : BigDecimal.valueOf(1_000_000);
        return GermanNumbers.amount(value.substring(m.end())).map(a -> a.multiply(factor));
    }

    /** Whether the text names a currency: what it counts is money, whatever label it stands under. */
    static boolean namesACurrency(String text) {
        return currency(text).isPresent() || found(OTHER_CURRENCY, text);
    }

    private static Optional<String> currency(String text) {
        if (found(EUR, text)) return Optional.of("EUR");
        if (found(USD, text)) return Optional.of("USD");
        if (found(GBP, text)) return Optional.of("GBP");
        if (found(CHF, text)) return Optional.of("CHF");
        return Optional.empty();
    }

    private static boolean found(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find();
    }
}
