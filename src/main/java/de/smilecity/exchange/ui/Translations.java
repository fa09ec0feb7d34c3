package de.smilecity.exchange.ui;

import com.vaadin.flow.i18n.I18NProvider;
import de.smilecity.exchange.shared.Language;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every text of the UI, in German and English. Each feature keeps its texts in a bundle of its own
 * under {@code i18n/} ({@code messages} for the shell and the catalogue, {@code search},
 * {@code crawl}, …; files {@code <name>_de.properties} and {@code <name>_en.properties}); a key is
 * looked up in them in the order of {@link #BUNDLES}, in the language {@link Language#of(Locale)}
 * picks, never in the JVM's.
 */
@Component
public class Translations implements I18NProvider {

    /** The bundles, by base name; a feature without texts yet simply has no files. */
    public static final List<String> BUNDLES = List.of(
            "i18n.messages",
            "i18n.accounts",
            "i18n.search",
            "i18n.crawl",
            "i18n.contribute",
            "i18n.adapt",
            "i18n.opendata",
            "i18n.statement");

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (ResourceBundle bundle : bundles(locale)) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
            }
        }
        // Visible in the page and in the log, so that it is found and fixed, but never an error page.
        log.warn("No text '{}' for language {}", key, locale.getLanguage());
        return "[" + key + "]";
    }

    /** The bundles that exist for the language, in lookup order. */
    public static List<ResourceBundle> bundles(Locale locale) {
        Language language = Language.of(locale);
        List<ResourceBundle> found = new java.util.ArrayList<>();
        for (String name : BUNDLES) {
            try {
                found.add(language.bundle(name));
            } catch (MissingResourceException e) {
                // This feature has no texts (yet); the others still count.
            }
        }
        return found;
    }

    /** Every key of every bundle for the language. */
    public static java.util.Set<String> keys(Locale locale) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        bundles(locale).forEach(b -> keys.addAll(b.keySet()));
        return keys;
    }
}
