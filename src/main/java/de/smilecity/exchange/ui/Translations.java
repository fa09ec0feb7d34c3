package de.smilecity.exchange.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text of the UI, in German and English, from {@code i18n/messages_de.properties} and
 * {@code i18n/messages_en.properties}. No fallback to the JVM's locale: a German page never shows
 * English because the server happens to run in English.
 */
@Component
public class Translations implements I18NProvider {

    public static final String BUNDLE = "i18n.messages";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
        } catch (MissingResourceException e) {
            // Visible in the page and in the log, so that it is found and fixed, but never an error page.
            log.warn("No text '{}' for language {}", key, locale.getLanguage());
            return "[" + key + "]";
        }
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, Languages.supported(locale), NO_FALLBACK);
    }
}
