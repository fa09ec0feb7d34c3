package de.smilecity.exchange.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.search.Passage;
import de.smilecity.exchange.shared.HtmlSanitizer;
import java.util.List;

/**
 * "Passages in reports" under the entry hits: each names the page and the report (a link that opens
 * the PDF at that page), the entry it belongs to (a link to its page), and the passage with the
 * matching words marked. Plain links in a list, so a keyboard reaches each in order.
 */
class PassageList extends Section {

    PassageList(List<Passage> passages) {
        setId("passages");
        H2 heading = new H2(getTranslation("search.passages.title"));
        heading.setId("passages-heading");
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Top.LARGE);
        getElement().setAttribute("aria-labelledby", "passages-heading");
        UnorderedList list = new UnorderedList();
        list.addClassName("passages");
        for (Passage passage : passages) {
            Anchor page = new Anchor(
                    passage.link(), getTranslation("search.passages.page", passage.page(), passage.reportTitle()));
            page.getElement().setAttribute("rel", "noopener nofollow");
            page.getElement().setAttribute("lang", passage.language());
            // A file of the partner, not a view of ours.
            page.setRouterIgnore(true);
            Anchor entry = new Anchor(Routes.practice(passage.entrySlug()), passage.entryTitle());
            entry.getElement().setAttribute("lang", passage.entryLanguage());
            Span beside = new Span(" · " + getTranslation("search.passages.of") + " ");
            beside.addClassName("meta");
            Paragraph text = new Paragraph(new Html("<span>" + HtmlSanitizer.clean(passage.snippet()) + "</span>"));
            text.getElement().setAttribute("lang", passage.language());
            text.addClassName("passage");
            list.add(new ListItem(page, beside, entry, text));
        }
        add(heading, list);
    }
}
