package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import org.jspecify.annotations.Nullable;

/** A definition list of label and value pairs; empty values are left out, not shown as blanks. */
public class Facts extends DescriptionList {

    public Facts() {
        addClassName("facts");
    }

    public void addText(String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            add(new Term(label), new Description(value));
        }
    }

    public void add(String label, Component value) {
        add(new Term(label), new Description(value));
    }
}
