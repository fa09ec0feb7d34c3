package de.smilecity.exchange.ui;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The two languages of the UI. German comes first: it is what the staff of a German city expect.
 * The choice is taken from {@code ?lang=}, then the language cookie, then the browser, then German.
 */
public final class Languages {

    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(GERMAN, ENGLISH);
    public static final String COOKIE = "smile-lang";
    public static final String PARAMETER = "lang";
    /** A year: the choice should outlive the session but not the device's owner. */
    static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

    private Languages() {}

    /** The supported locale nearest to the given one: English for English, German for everything else. */
    public static Locale supported(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ENGLISH : GERMAN;
    }

    public static Optional<Locale> byCode(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(code.strip()))
                .findFirst();
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
                .filter(l -> SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .findFirst()
                .map(Languages::supported)
                .orElse(GERMAN);
    }
}
