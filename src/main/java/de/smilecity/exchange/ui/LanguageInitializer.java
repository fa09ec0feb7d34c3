package de.smilecity.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Collections;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Gives every new UI its language, and the page an {@code <html lang>} that screen readers rely on. */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // The page as first sent carries the language already, not only once the UI has started:
        // a screen reader may begin reading before the script runs.
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .getElementsByTag("html")
                .attr("lang", fromRequest(response.getVaadinRequest()).getLanguage()));
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Locale locale = fromRequest(VaadinRequest.getCurrent());
            ui.setLocale(locale);
            ui.getSession().setLocale(locale);
            announce(ui, locale);
        });
    }

    static void announce(UI ui, Locale locale) {
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

    private static Locale fromRequest(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servlet) {
            return Languages.choose(
                    servlet.getParameter(Languages.PARAMETER),
                    servlet.getCookies(),
                    Collections.list(servlet.getLocales()));
        }
        return Languages.GERMAN;
    }
}
