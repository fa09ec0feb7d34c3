package de.smilecity.exchange.ui;

import de.smilecity.exchange.shared.Language;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The two languages of the UI, as locales of {@link Language}; German comes first, as its default.
 * The choice is taken from {@code ?lang=}, then the language cookie, then the browser, then German.
 */
public final class Languages {

    public static final Locale GERMAN = Language.DE.locale();
    public static final Locale ENGLISH = Language.EN.locale();
    public static final List<Locale> SUPPORTED =
            Arrays.stream(Language.values()).map(Language::locale).toList();
    public static final String COOKIE = "smile-lang";
    public static final String PARAMETER = "lang";
    /** A year: the choice should outlive the session but not the device's owner. */
    static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

    private Languages() {}

    /** The supported locale nearest to the given one, by {@link Language#of(Locale)}. */
    public static Locale supported(Locale locale) {
        return Language.of(locale).locale();
    }

    public static Optional<Locale> byCode(@Nullable String code) {
        return Language.byCode(code).map(Language::locale);
    }

    static Locale choose(@Nullable String parameter, Cookie @Nullable [] cookies, List<Locale> browser) {
        Optional<Locale> fromParameter = byCode(parameter);
        if (fromParameter.isPresent()) {
            return fromParameter.get();
        }
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    Optional<Locale> fromCookie = byCode(cookie.getValue());
                    if (fromCookie.isPresent()) {
                        return fromCookie.get();
                    }
                }
            }
        }
        return browser.stream()
                .flatMap(l -> Language.byCode(l.getLanguage()).stream())
                .findFirst()
                .orElse(Language.DEFAULT)
                .locale();
    }
}
