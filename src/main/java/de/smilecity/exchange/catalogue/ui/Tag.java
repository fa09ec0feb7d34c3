package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** A small label, optionally a link to the catalogue filtered by it. */
public final class Tag {

    private Tag() {}

    public static Span of(String text) {
        Span tag = new Span(text);
        tag.addClassName("tag");
        return tag;
    }

    public static Anchor link(String text, String href) {
        Anchor tag = new Anchor(href, text);
        tag.addClassName("tag");
        return tag;
    }
}
