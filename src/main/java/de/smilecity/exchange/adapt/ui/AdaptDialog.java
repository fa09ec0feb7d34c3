package de.smilecity.exchange.adapt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import de.smilecity.exchange.catalogue.Organisation;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** For editors, who act for every organisation: which organisation the adaptation is for. */
class AdaptDialog extends Dialog {

    AdaptDialog(
            List<Organisation> organisations,
            Organisation owner,
            @Nullable Long ownOrganisation,
            Predicate<String> create) {
        setHeaderTitle(getTranslation("adapt.dialog.title"));
        ComboBox<Organisation> organisation = new ComboBox<>(getTranslation("adapt.dialog.organisation"));
        organisation.setId("adapt-organisation");
        organisation.setItems(organisations.stream()
                .filter(o -> !Objects.equals(o.getId(), owner.getId()))
                .toList());
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setRequiredIndicatorVisible(true);
        organisation.setWidthFull();
        organisations.stream()
                .filter(o -> ownOrganisation != null && ownOrganisation.equals(o.getId()) && !o.equals(owner))
                .findFirst()
                .ifPresent(organisation::setValue);
        add(new Paragraph(getTranslation("adapt.dialog.lead")), organisation);
        Button confirm = new Button(getTranslation("adapt.dialog.confirm"), e -> {
            if (organisation.getValue() == null) {
                organisation.setInvalid(true);
                organisation.setErrorMessage(getTranslation("adapt.dialog.required"));
                organisation.focus();
                return;
            }
            if (create.test(organisation.getValue().getSlug())) close();
        });
        confirm.setId("adapt-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
