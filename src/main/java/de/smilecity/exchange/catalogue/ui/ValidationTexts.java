package de.smilecity.exchange.catalogue.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The messages of the Bean Validation rules (ValidationMessages*.properties), for the few checks the
 * form must run itself: they then read exactly as the entity's own.
 */
final class ValidationTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ValidationTexts() {}

    static String get(Locale locale, String key) {
        Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        try {
            return ResourceBundle.getBundle("ValidationMessages", language, NO_FALLBACK)
                    .getString(key);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle("ValidationMessages", Locale.ROOT, NO_FALLBACK)
                    .getString(key);
        }
    }
}
