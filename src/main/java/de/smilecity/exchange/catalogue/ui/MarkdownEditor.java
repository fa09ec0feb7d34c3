package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A Markdown text area with a preview that shows exactly what the detail page will show (rendered
 * and sanitised). The text area itself is what the form binds, so its validation message appears
 * right under it.
 */
public class MarkdownEditor extends Composite<Div> {

    private final TextArea area = new TextArea();
    private final Div preview = new Div();
    private final Button toggle = new Button();
    private boolean previewVisible;

    public MarkdownEditor(String label, String id) {
        area.setLabel(label);
        area.setId(id);
        area.setWidthFull();
        area.setMinRows(3);
        area.setMaxRows(16);
        area.setHelperText(getTranslation("form.markdown.help"));
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.addValueChangeListener(e -> {
            if (previewVisible) refreshPreview();
        });
        preview.addClassName("markdown-preview");
        preview.setId(id + "-preview");
        preview.setVisible(false);
        preview.getElement().setAttribute("aria-live", "polite");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setId(id + "-preview-toggle");
        toggle.getElement().setAttribute("aria-controls", id + "-preview");
        toggle.addClickListener(e -> setPreviewVisible(!previewVisible));
        setPreviewVisible(false);
        getContent().setWidthFull();
        getContent().add(area, toggle, preview);
    }

    public TextArea area() {
        return area;
    }

    void setPreviewVisible(boolean visible) {
        previewVisible = visible;
        preview.setVisible(visible);
        toggle.setText(getTranslation(visible ? "form.markdown.hidePreview" : "form.markdown.showPreview"));
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(visible));
        if (visible) refreshPreview();
    }

    private void refreshPreview() {
        preview.removeAll();
        preview.add(MarkdownView.of(area.getValue()));
    }
}
