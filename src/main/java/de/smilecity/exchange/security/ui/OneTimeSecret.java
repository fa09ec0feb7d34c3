package de.smilecity.exchange.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A secret shown exactly once (a new API token, a one-time password), with a copy button and the
 * warning that it will not be shown again. Announced to screen readers as it appears.
 */
class OneTimeSecret extends Div {

    OneTimeSecret(String label, String secret, String warning) {
        addClassName("one-time-secret");
        getElement().setAttribute("role", "status");
        TextField value = new TextField(label);
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        value.setId("one-time-secret");
        Button copy = new Button(getTranslation("account.copy"), VaadinIcon.COPY.create());
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        copy.setId("copy-secret");
        copy.addClickListener(e -> copy.getElement()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", secret)
                .then(ok -> copy.setText(getTranslation("account.copied"))));
        add(value, copy, new Paragraph(warning));
    }
}
