package de.smilecity.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void aParameterWinsOverCookieAndBrowser() {
        Cookie[] cookies = {new Cookie(Languages.COOKIE, "de")};
        assertThat(Languages.choose("en", cookies, List.of(Locale.GERMAN))).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void theCookieWinsOverTheBrowser() {
        Cookie[] cookies = {new Cookie(Languages.COOKIE, "en")};
        assertThat(Languages.choose(null, cookies, List.of(Locale.GERMANY))).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void theBrowserDecidesWithoutAChoice() {
        assertThat(Languages.choose(null, null, List.of(Locale.FRENCH, Locale.UK, Locale.GERMAN)))
                .isEqualTo(Languages.ENGLISH);
    }

    @Test
    void germanIsTheDefault() {
        assertThat(Languages.choose("fr", null, List.of(Locale.FRENCH))).isEqualTo(Languages.GERMAN);
    }
}
