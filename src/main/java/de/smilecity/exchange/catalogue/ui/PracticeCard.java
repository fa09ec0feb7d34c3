package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.PracticeSummary;

/** An entry in a list: title as the link, owner, kind and phase, summary, innovation fields. */
public class PracticeCard extends Div {

    public PracticeCard(PracticeSummary practice) {
        addClassName("practice-card");
        getElement().setAttribute("role", "article");
        // The entry's own language, so that a screen reader pronounces it right (BITV 2.0, 3.1.2).
        getElement().setAttribute("lang", practice.language());
        H3 title = new H3(new Anchor(Routes.practice(practice.slug()), practice.title()));
        Span meta = new Span(practice.organisationName()
                + (practice.organisationState() == null ? "" : " · " + practice.organisationState())
                + " · " + Labels.phase(this, practice.phase()));
        meta.addClassName("meta");
        add(title, meta, new Paragraph(practice.summary()));
        Div tags = new Div();
        if (practice.kind() != PracticeKind.PRACTICE) {
            tags.add(Tag.of(Labels.kind(this, practice.kind())));
        }
        for (Concept field : practice.innovationFields()) {
            tags.add(Tag.of(Labels.concept(this, field)));
        }
        add(tags);
    }
}
