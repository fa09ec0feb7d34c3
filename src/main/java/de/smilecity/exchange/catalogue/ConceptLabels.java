package de.smilecity.exchange.catalogue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How labels are compared: "Kultur & Freizeit", "kultur und freizeit" and "Kultur+Freizeit" are one. */
final class ConceptLabels {

    private static final Pattern AND = Pattern.compile("\\s*(&|\\+|\\bund\\b|\\band\\b)\\s*");
    private static final Pattern NOISE = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ConceptLabels() {}

    static String normalise(String label) {
        String lower = Normalizer.normalize(label, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        String ands = AND.matcher(lower).replaceAll(" und ");
        return NOISE.matcher(ands).replaceAll(" ").strip();
    }
}
