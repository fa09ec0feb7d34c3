package de.smilecity.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One handler for errors a view did not expect: logged once with the stack, and told to the user in
 * their language instead of a silent failure. What they typed stays in the form.
 */
@Component
class SessionErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    log.error("Unexpected error in the UI", error.getThrowable());
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        ui.access(() -> {
                            Notification note = Notification.show(
                                    ui.getTranslation("error.unexpected"), 8000, Notification.Position.MIDDLE);
                            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
                        });
                    }
                }));
    }
}
