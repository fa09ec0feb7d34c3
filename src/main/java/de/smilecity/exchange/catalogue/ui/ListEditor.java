package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Edits a list of small values (contacts, indicators, links, steps): one row of fields per item, each
 * row validated with the item's own Bean Validation rules and its messages shown at its fields. The
 * entry's limit on the number of items is kept here too: at the limit the add button is disabled
 * and says why, and a list over it (stored before the limit existed) is refused with the entity's
 * message under the list.
 */
public class ListEditor<T> extends Composite<Div> implements HasValidation {

    private final Class<T> type;
    private final Supplier<T> blank;
    private final BiConsumer<FormLayout, BeanValidationBinder<T>> rowFields;
    private final String itemName;
    private final Div rows = new Div();
    private final List<Row<T>> current = new ArrayList<>();
    private final Paragraph empty;
    private final int maxItems;
    private final String limitMessage;
    private final Button add;
    private final Paragraph limitHint = new Paragraph();
    private final Paragraph error = new Paragraph();

    private record Row<T>(Div component, BeanValidationBinder<T> binder, T bean) {}

    /**
     * @param itemName translation key of the item's name ("contact"), for the add and remove buttons
     * @param maxItems the entry's limit on the number of items
     * @param limitMessageKey the key of the limit's message in ValidationMessages, with {@code {max}}
     * @param rowFields adds the fields of one row to the layout and binds them
     */
    public ListEditor(
            Class<T> type,
            Supplier<T> blank,
            String itemName,
            int maxItems,
            String limitMessageKey,
            BiConsumer<FormLayout, BeanValidationBinder<T>> rowFields) {
        this.type = type;
        this.blank = blank;
        this.rowFields = rowFields;
        this.itemName = itemName;
        this.maxItems = maxItems;
        this.limitMessage =
                ValidationTexts.get(getLocale(), limitMessageKey).replace("{max}", String.valueOf(maxItems));
        empty = new Paragraph(getTranslation("form.list.empty", getTranslation(itemName + ".plural")));
        add = new Button(
                getTranslation("form.list.add", getTranslation(itemName)),
                VaadinIcon.PLUS.create(),
                e -> addRow(blank.get()).focusFirst());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId(itemName + "-add");
        limitHint.setText(limitMessage);
        limitHint.setId(itemName + "-limit");
        limitHint.addClassName("list-limit");
        error.addClassName("list-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        getContent().add(empty, rows, error, add, limitHint);
        updateLimit();
    }

    public void setItems(List<T> items) {
        rows.removeAll();
        current.clear();
        items.forEach(this::addRow);
        empty.setVisible(current.isEmpty());
        updateLimit();
    }

    /** At the limit no more rows can be added, and the hint says why. */
    private void updateLimit() {
        boolean full = current.size() >= maxItems;
        add.setEnabled(!full);
        limitHint.setVisible(full);
        if (isInvalid() && current.size() <= maxItems) setInvalid(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    /** The items as edited; only meaningful after {@link #validate()} returned true. */
    public List<T> getItems() {
        return current.stream().map(Row::bean).toList();
    }

    /** Validates every row, shows the messages at the fields, and says whether all rows are valid. */
    public boolean validate() {
        boolean valid = current.size() <= maxItems;
        if (!valid) {
            setErrorMessage(limitMessage);
            setInvalid(true);
        }
        for (Row<T> row : current) {
            valid &= row.binder().validate().isOk();
        }
        return valid;
    }

    private RowHandle addRow(T bean) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(type);
        FormLayout fields = new FormLayout();
        rowFields.accept(fields, binder);
        binder.setBean(bean);
        Div row = new Div();
        row.addClassName("list-row");
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-label", getTranslation(itemName) + " " + (current.size() + 1));
        Row<T> entry = new Row<>(row, binder, bean);
        Button remove = new Button(
                getTranslation("form.list.remove", getTranslation(itemName)), VaadinIcon.TRASH.create(), e -> {
                    current.remove(entry);
                    rows.remove(row);
                    empty.setVisible(current.isEmpty());
                    updateLimit();
                });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.add(fields, remove);
        rows.add(row);
        current.add(entry);
        empty.setVisible(false);
        updateLimit();
        return new RowHandle(fields);
    }

    private record RowHandle(FormLayout fields) {
        void focusFirst() {
            fields.getChildren()
                    .filter(c -> c instanceof com.vaadin.flow.component.Focusable<?>)
                    .findFirst()
                    .map(c -> (com.vaadin.flow.component.Focusable<?>) c)
                    .ifPresent(com.vaadin.flow.component.Focusable::focus);
        }
    }

    /** For subclasses and tests: the rows' components. */
    List<Component> rowComponents() {
        return current.stream().map(r -> (Component) r.component()).toList();
    }
}
