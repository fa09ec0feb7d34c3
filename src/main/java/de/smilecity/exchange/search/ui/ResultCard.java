package de.smilecity.exchange.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.catalogue.ui.Tag;
import de.smilecity.exchange.search.Closeness;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.shared.HtmlSanitizer;
import java.util.List;
import java.util.function.Function;

/** One hit: the title with its matches marked, owner, summary or the snippets that explain the match. */
class ResultCard extends Div {

    ResultCard(SearchHit hit, Function<String, String> fieldLabel) {
        addClassName("practice-card");
        addClassName("result-card");
        getElement().setAttribute("role", "article");
        getElement().setAttribute("lang", hit.language());
        Anchor link = new Anchor(Routes.practice(hit.slug()));
        List<String> title = hit.highlights().get("title");
        link.add(title == null ? new Span(hit.title()) : snippet(title.getFirst()));
        add(new H3(link));
        Span meta = new Span(hit.organisationName());
        meta.addClassName("meta");
        add(meta);
        List<String> summary = hit.highlights().get("summary");
        Paragraph lead = new Paragraph();
        lead.add(summary == null ? new Span(hit.summary()) : snippet(String.join(" … ", summary)));
        add(lead);
        UnorderedList more = new UnorderedList();
        more.addClassName("snippets");
        for (String field : List.of("keywords", "taxonomy", "body")) {
            List<String> snippets = hit.highlights().get(field);
            if (snippets == null) continue;
            ListItem item = new ListItem();
            Span where = new Span(getTranslation("search.matchedIn." + field) + ": ");
            where.addClassName("meta");
            item.add(where, snippet(String.join(" … ", snippets)));
            more.add(item);
        }
        if (more.getChildren().findAny().isPresent()) add(more);
        Div tags = new Div();
        hit.innovationFields().forEach(code -> tags.add(Tag.of(fieldLabel.apply(code))));
        if (hit.adaptationCount() > 0) {
            tags.add(Tag.of(getTranslation("search.hit.adaptations", hit.adaptationCount())));
        }
        add(tags);
        if (!hit.translations().isEmpty()) {
            Paragraph via = new Paragraph(getTranslation(
                    "search.matchedVia",
                    String.join(
                            ", ",
                            hit.translations().stream()
                                    .map(t -> getTranslation("search.matchedVia.pair", t.from(), t.to()))
                                    .toList())));
            via.addClassName("meta");
            via.addClassName("matched-via");
            add(via);
        }
        if (!hit.closeness().isEmpty()) {
            Paragraph why = new Paragraph(getTranslation("search.closeness.why") + " "
                    + String.join(
                            "; ", hit.closeness().stream().map(this::reason).toList()));
            why.addClassName("meta");
            add(why);
        }
    }

    /** A reason in words; a size class argument is itself a text key ("sizeClass.MEDIUM_TOWN"). */
    private String reason(Closeness.Reason reason) {
        Object[] args = reason.arguments().stream()
                .map(a -> a instanceof String key && key.startsWith("sizeClass.") ? getTranslation(key) : a)
                .toArray();
        return getTranslation(reason.key(), args);
    }

    /** Highlighter output is HTML-escaped text with our mark tags; cleaned once more to be sure. */
    private static Html snippet(String html) {
        return new Html("<span>" + HtmlSanitizer.clean(html) + "</span>");
    }
}
