package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.Html;
import de.smilecity.exchange.shared.Markdown;

/** Rendered, sanitised Markdown. */
public final class MarkdownView {

    private MarkdownView() {}

    public static Html of(String markdown) {
        // Html wants exactly one root element; the sanitiser has already removed anything unsafe.
        return new Html("<div class=\"markdown\">" + Markdown.toHtml(markdown) + "</div>");
    }
}
