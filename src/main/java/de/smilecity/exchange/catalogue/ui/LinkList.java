package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.catalogue.Link;
import java.util.List;

/** Links and documents of an entry, each with its type and language. */
class LinkList {

    private final List<Link> links;

    LinkList(List<Link> links) {
        this.links = links;
    }

    Component inSection(Component host) {
        if (links.isEmpty()) return new Div();
        UnorderedList list = new UnorderedList();
        for (Link link : links) {
            Anchor anchor = new Anchor(link.getUrl(), link.getTitle());
            anchor.getElement().setAttribute("rel", "noopener nofollow");
            if (link.getLanguage() != null) {
                anchor.getElement().setAttribute("hreflang", link.getLanguage());
            }
            String type = host.getTranslation("linkType." + link.getType().name())
                    + (link.getLanguage() == null
                            ? ""
                            : ", " + link.getLanguage().toUpperCase(java.util.Locale.ROOT));
            Span meta = new Span(" (" + type + ")");
            meta.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            list.add(new ListItem(anchor, meta));
        }
        H2 heading = new H2(host.getTranslation("detail.links"));
        heading.setId("links-heading");
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Top.LARGE);
        Section section = new Section(heading, list);
        section.setId("links");
        section.getElement().setAttribute("aria-labelledby", "links-heading");
        return section;
    }
}
