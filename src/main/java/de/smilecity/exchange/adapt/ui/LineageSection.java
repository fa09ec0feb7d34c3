package de.smilecity.exchange.adapt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.adapt.Lineage;
import de.smilecity.exchange.catalogue.ui.Routes;

/**
 * An entry's lineage: "adapted by 3 cities", the family tree from the first original down (every
 * node a link, the entry itself marked), and the adopting organisations with size class and state.
 */
final class LineageSection {

    private LineageSection() {}

    static Component of(Lineage lineage) {
        H2 heading = new H2(t("lineage.title"));
        heading.setId("lineage-heading");
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Top.LARGE);
        Section section = new Section(heading);
        section.setId("lineage");
        section.getElement().setAttribute("aria-labelledby", "lineage-heading");

        Paragraph count = new Paragraph(
                lineage.adoptionCount() == 0 ? t("lineage.none") : t("lineage.count", lineage.adoptionCount()));
        count.setId("lineage-count");
        count.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        section.add(count);

        if (!lineage.root().children().isEmpty()) {
            H3 tree = new H3(t("lineage.tree"));
            tree.addClassNames(LumoUtility.FontSize.MEDIUM);
            UnorderedList list = new UnorderedList(node(lineage.root()));
            list.setId("lineage-tree");
            list.addClassName("lineage-tree");
            section.add(tree, list);
        }
        if (!lineage.adopters().isEmpty()) {
            H3 who = new H3(t("lineage.adopters"));
            who.addClassNames(LumoUtility.FontSize.MEDIUM);
            section.add(who, adopters(lineage));
        }
        return section;
    }

    private static ListItem node(Lineage.Node node) {
        ListItem item = new ListItem();
        Component name;
        if (node.current()) {
            Span self = new Span(node.title());
            self.getElement().setAttribute("aria-current", "page");
            self.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            name = self;
        } else if (node.published()) {
            name = new Anchor(Routes.practice(node.slug()), node.title());
        } else {
            name = new Span(node.title());
        }
        Span owner = new Span(" – " + node.organisationName());
        owner.addClassName("meta");
        item.add(name, owner);
        if (node.current()) item.add(new Span(" (" + t("lineage.thisEntry") + ")"));
        if (!node.children().isEmpty()) {
            UnorderedList children = new UnorderedList();
            node.children().forEach(child -> children.add(node(child)));
            item.add(children);
        }
        return item;
    }

    /** A plain table: a screen reader announces it with its headers, and it prints. */
    private static Component adopters(Lineage lineage) {
        Element table = new Element("table");
        table.setAttribute("id", "lineage-adopters");
        table.getClassList().add("plain-table");
        Element head = new Element("tr");
        for (String key :
                new String[] {"lineage.organisation", "lineage.sizeClass", "lineage.state", "lineage.adaptation"}) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setText(t(key));
            head.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (Lineage.Adopter a : lineage.adopters()) {
            Element row = new Element("tr");
            Element org = new Element("th");
            org.setAttribute("scope", "row");
            org.appendChild(new Anchor(Routes.organisation(a.organisationSlug()), a.organisationName()).getElement());
            row.appendChild(org);
            row.appendChild(cell(t("sizeClass." + a.sizeClass().name())));
            row.appendChild(cell(a.state() == null ? "" : a.state()));
            Element adaptation = new Element("td");
            adaptation.appendChild(new Anchor(Routes.practice(a.practiceSlug()), a.practiceTitle()).getElement());
            row.appendChild(adaptation);
            body.appendChild(row);
        }
        table.appendChild(body);
        com.vaadin.flow.component.html.Div holder = new com.vaadin.flow.component.html.Div();
        holder.getElement().appendChild(table);
        return holder;
    }

    private static Element cell(String text) {
        Element td = new Element("td");
        td.setText(text);
        return td;
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
