package de.smilecity.exchange.catalogue.ui;

import de.smilecity.exchange.shared.Language;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of the Bean Validation rules (ValidationMessages*.properties), for the few checks the
 * form must run itself: they then read exactly as the entity's own.
 */
final class ValidationTexts {

    private ValidationTexts() {}

    static String get(Locale locale, String key) {
        try {
            return Language.of(locale).bundle("ValidationMessages").getString(key);
        } catch (MissingResourceException e) {
            // The unsuffixed file, which Bean Validation also reads last, is English and has every key.
            return ResourceBundle.getBundle(
                            "ValidationMessages",
                            Locale.ROOT,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        }
    }
}
