package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Organisation;
import java.util.Comparator;

/** Every organisation with entries: cities, districts, counties, networks. */
@Route(Routes.ORGANISATIONS)
@Menu(order = 2, title = "nav.organisations", icon = "vaadin:building")
@AnonymousAllowed
public class OrganisationListView extends Div implements HasDynamicTitle {

    public OrganisationListView(CatalogueService catalogue) {
        addClassName("page");
        Grid<Organisation> grid = new Grid<>();
        grid.addComponentColumn(o -> new Anchor(Routes.organisation(o.getSlug()), o.getName()))
                .setHeader(getTranslation("organisation.name"))
                .setComparator(Comparator.comparing(Organisation::getName))
                .setFlexGrow(3);
        grid.addColumn(o -> Labels.organisationKind(this, o.getKind())).setHeader(getTranslation("organisation.kind"));
        grid.addColumn(o -> o.getState() == null ? "" : o.getState())
                .setHeader(getTranslation("organisation.state"))
                .setSortable(true);
        grid.addColumn(Organisation::getCountry)
                .setHeader(getTranslation("organisation.country"))
                .setSortable(true);
        grid.addColumn(o -> o.getPopulation() == null ? "" : Labels.number(this, o.getPopulation()))
                .setHeader(getTranslation("organisation.population"))
                .setComparator(Comparator.comparing(o -> o.getPopulation() == null ? 0 : o.getPopulation()))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(o -> Labels.sizeClass(this, o.getSizeClass()))
                .setHeader(getTranslation("organisation.sizeClass"));
        grid.setItems(catalogue.organisations());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("organisations.title"));
        add(new H1(getTranslation("organisations.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title") + " – smile exchange";
    }
}
