package de.smilecity.exchange.opendata.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.smilecity.exchange.opendata.CsvExport;

/** Where visitors and developers find the exports, the feed and the API description. */
@Route("open-data")
@Menu(order = 3, title = "opendata.nav", icon = "vaadin:download")
@AnonymousAllowed
public class OpenDataView extends Div implements HasDynamicTitle {

    public OpenDataView() {
        addClassName("page");
        add(new H1(getTranslation("opendata.title")), new Paragraph(getTranslation("opendata.intro")));
        UnorderedList list = new UnorderedList();
        // Relative to Vaadin's base href, so the links work under any context path.
        list.add(item("api/v1/export.csv", "opendata.csv", CsvExport.LIST_SEPARATOR.strip()));
        list.add(item("api/v1/export.json", "opendata.json"));
        list.add(item("api/v1/export.jsonld", "opendata.jsonld"));
        list.add(item("feed.atom", "opendata.feed"));
        list.add(item("swagger-ui.html", "opendata.api"));
        list.add(item("v3/api-docs", "opendata.openapi"));
        add(list, new Paragraph(getTranslation("opendata.filters")), new Paragraph(getTranslation("opendata.licence")));
    }

    private ListItem item(String href, String key, Object... parameters) {
        Anchor link = new Anchor(href, href);
        // Plain downloads and documents, not routes of this application.
        link.getElement().setAttribute("router-ignore", true);
        link.setId("opendata-" + key.substring(key.indexOf('.') + 1));
        return new ListItem(link, new com.vaadin.flow.component.html.Span(" – " + getTranslation(key, parameters)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opendata.title") + " – smile exchange";
    }
}
