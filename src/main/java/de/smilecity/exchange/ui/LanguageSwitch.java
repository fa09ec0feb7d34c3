package de.smilecity.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import java.util.Locale;

/** "DE | EN": switches the whole UI and remembers the choice in a cookie. */
class LanguageSwitch extends HorizontalLayout {

    LanguageSwitch() {
        setSpacing(false);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("shell.language"));
        add(button(Languages.GERMAN, "DE", "Deutsch"), button(Languages.ENGLISH, "EN", "English"));
    }

    private Button button(Locale locale, String code, String name) {
        Button button = new Button(code, e -> choose(locale));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        // The name in its own language, as screen readers and BITV expect for language choices, after
        // the visible code: speech users say "DE", and WCAG 2.5.3 wants the shown text in the name.
        button.getElement().setAttribute("aria-label", code + " – " + name);
        button.getElement().setAttribute("title", name);
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.setId("lang-" + locale.getLanguage());
        boolean current = locale.getLanguage().equals(getLocale().getLanguage());
        button.getElement().setAttribute("aria-pressed", String.valueOf(current));
        if (current) {
            button.addClassName("current-language");
        }
        return button;
    }

    private void choose(Locale locale) {
        Cookie cookie = new Cookie(Languages.COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(Languages.COOKIE_MAX_AGE_SECONDS);
        cookie.setAttribute("SameSite", "Lax");
        VaadinService.getCurrentResponse().addCookie(cookie);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        // A reload renders every text anew in the chosen language, and keeps the URL (and so the state).
        ui.getPage().reload();
    }
}
