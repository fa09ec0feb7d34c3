package de.smilecity.exchange.crawl;

import de.smilecity.exchange.shared.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Messages of the crawl feature outside the views (validation), in the caller's language as
 * {@link Language#of(java.util.Locale)} picks it, from the feature's own bundle {@code i18n/crawl}.
 */
final class CrawlTexts {

    private CrawlTexts() {}

    static String get(String key, Object... params) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        ResourceBundle bundle = language.bundle("i18n.crawl");
        String pattern = bundle.getString(key);
        return params.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(params);
    }
}
