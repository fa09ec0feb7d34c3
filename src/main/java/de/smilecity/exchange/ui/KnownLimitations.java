package de.smilecity.exchange.ui;

import java.util.Arrays;
import java.util.List;

/**
 * What is known not to conform to WCAG 2.1 AA, kept in one place: the {@code statement} bundle
 * lists the ids under {@value #LIST_KEY} and gives each a text and a reason in both languages; the
 * statement page shows them and the accessibility docs name the same ids (a test compares them).
 */
public final class KnownLimitations {

    public static final String LIST_KEY = "statement.limitations";

    private KnownLimitations() {}

    /** The ids in the order the statement lists them. */
    public static List<String> ids() {
        String list = Translations.bundles(Languages.GERMAN).stream()
                .filter(bundle -> bundle.containsKey(LIST_KEY))
                .findFirst()
                .map(bundle -> bundle.getString(LIST_KEY))
                .orElseThrow(() -> new IllegalStateException(
                        "No list of known limitations under '" + LIST_KEY + "' in the statement texts"));
        return Arrays.stream(list.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .toList();
    }

    public static String textKey(String id) {
        return "statement.limitation." + id;
    }

    public static String reasonKey(String id) {
        return "statement.limitation." + id + ".reason";
    }
}
