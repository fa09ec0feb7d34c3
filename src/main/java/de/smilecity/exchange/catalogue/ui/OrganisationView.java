package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.PracticeSummary;
import java.util.List;

/** An organisation's facts and its published entries; shareable at {@code /organisations/{slug}}. */
@Route(Routes.ORGANISATIONS + "/:slug")
@AnonymousAllowed
public class OrganisationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CatalogueService catalogue;
    private String name = "";

    public OrganisationView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Organisation org =
                catalogue.getOrganisation(event.getRouteParameters().get("slug").orElse(""));
        name = org.getName();
        removeAll();
        Facts facts = new Facts();
        facts.addText(getTranslation("organisation.kind"), Labels.organisationKind(this, org.getKind()));
        facts.addText(getTranslation("organisation.state"), org.getState());
        facts.addText(getTranslation("organisation.country"), org.getCountry());
        if (org.getPopulation() != null) {
            facts.addText(
                    getTranslation("organisation.population"),
                    Labels.number(this, org.getPopulation())
                            + (org.getPopulationYear() == null ? "" : " (" + org.getPopulationYear() + ")"));
        }
        if (org.getAreaKm2() != null) {
            facts.addText(getTranslation("organisation.area"), Labels.number(this, org.getAreaKm2()) + " km²");
        }
        facts.addText(getTranslation("organisation.sizeClass"), Labels.sizeClass(this, org.getSizeClass()));
        facts.addText(getTranslation("organisation.officialCode"), org.getOfficialCode());
        if (org.getWebsite() != null) {
            facts.add(getTranslation("organisation.website"), new Anchor(org.getWebsite(), org.getWebsite()));
        }
        List<PracticeSummary> practices = catalogue.publishedOf(org);
        Div cards = new Div();
        cards.addClassName("card-grid");
        practices.forEach(p -> cards.add(new PracticeCard(p)));
        if (practices.isEmpty()) {
            cards.add(new Paragraph(getTranslation("organisation.noPractices")));
        }
        H2 listHeading = new H2(getTranslation("organisation.practices", practices.size()));
        add(new H1(org.getName()), facts, listHeading, cards);
    }

    @Override
    public String getPageTitle() {
        return name + " – smile exchange";
    }
}
