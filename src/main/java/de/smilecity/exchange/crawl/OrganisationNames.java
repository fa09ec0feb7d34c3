package de.smilecity.exchange.crawl;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Compares organisation names as the catalogue compares labels: case, spacing and "&"/"und" aside. */
final class OrganisationNames {

    private static final Pattern AND = Pattern.compile("\\s*(&|\\+|\\bund\\b|\\band\\b)\\s*");
    private static final Pattern NOISE = Pattern.compile("[^\\p{L}\\p{N}]+");

    private OrganisationNames() {}

    static String normalise(String name) {
        String lower = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NOISE.matcher(AND.matcher(lower).replaceAll(" und "))
                .replaceAll(" ")
                .strip();
    }
}
