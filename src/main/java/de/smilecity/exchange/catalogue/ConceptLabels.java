package de.smilecity.exchange.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How labels are compared: "Kultur & Freizeit", "kultur und freizeit" and "Kultur+Freizeit" are one. */
final class ConceptLabels {

    private static final Pattern AND = Pattern.compile("\\s*(&|\\+|\\bund\\b|\\band\\b)\\s*");
    private static final Pattern NOISE = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ConceptLabels() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Whether two labels would collide in the database: MariaDB's utf8mb4_unicode_ci ignores case and
     * accents, so "E-Government" and "e-government" are one key there.
     */
    static String collationKey(String label) {
        String decomposed = Normalizer.normalize(label.strip(), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static String normalise(String label) {
        String lower = Normalizer.normalize(label, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String ands = AND.matcher(lower).replaceAll(" und ");
        return NOISE.matcher(ands).replaceAll(" ").strip();
    }
}
