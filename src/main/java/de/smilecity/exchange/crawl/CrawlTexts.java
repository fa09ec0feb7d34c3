package de.smilecity.exchange.crawl;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Messages of the crawl feature outside the views (validation), in the caller's language — German
 * for German callers, English for everyone else — from the feature's own bundle {@code i18n/crawl}.
 */
final class CrawlTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CrawlTexts() {}

    static String get(String key, Object... params) {
        Locale language = "de".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.crawl", language, NO_FALLBACK);
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
    }
}
