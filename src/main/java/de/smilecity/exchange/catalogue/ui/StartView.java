package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.PracticeFilter;
import de.smilecity.exchange.catalogue.PracticeSummary;
import java.util.List;
import java.util.Map;

/** The start page: one search box, the catalogue by innovation field, featured and newest entries. */
@Route("")
@Menu(order = 0, title = "nav.start", icon = "vaadin:home")
@AnonymousAllowed
public class StartView extends Div implements HasDynamicTitle {

    static final int FEATURED = 6;
    static final int NEWEST = 6;

    private final transient CatalogueService catalogue;

    public StartView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("page");
        add(
                createIntro(),
                createFields(),
                createList("start.featured", "featured", catalogue.featured(FEATURED)),
                createList("start.newest", "newest", catalogue.newest(NEWEST)));
    }

    private Component createIntro() {
        H1 title = new H1(getTranslation("start.title"));
        Paragraph lead = new Paragraph(getTranslation(
                "start.lead",
                catalogue.countPublished(PracticeFilter.NONE),
                catalogue.organisations().size()));
        lead.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.TextColor.SECONDARY);

        TextField query = new TextField();
        query.setAriaLabel(getTranslation("start.search.label"));
        query.setPlaceholder(getTranslation("start.search.placeholder"));
        query.addClassName(LumoUtility.Flex.GROW);
        query.setId("start-search");
        Button go = new Button(getTranslation("start.search.button"), e -> search(query.getValue()));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        query.addKeyPressListener(Key.ENTER, e -> search(query.getValue()));
        HorizontalLayout box = new HorizontalLayout(query, go);
        box.setWidthFull();
        box.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.getElement().setAttribute("role", "search");

        Section intro = new Section(title, lead, box);
        intro.addClassName(LumoUtility.Margin.Bottom.XLARGE);
        return intro;
    }

    private void search(String text) {
        getUI().ifPresent(ui -> ui.navigate(
                Routes.CATALOGUE, text.isBlank() ? QueryParameters.empty() : QueryParameters.of("q", text.strip())));
    }

    private Component createFields() {
        Div grid = new Div();
        grid.addClassName("card-grid");
        for (Map.Entry<Concept, Long> field :
                catalogue.countPublishedByInnovationField().entrySet()) {
            Anchor link =
                    new Anchor(Routes.catalogueFiltered("field", field.getKey().getCode()));
            link.addClassName("field-count");
            Span count = new Span(Labels.number(this, field.getValue()));
            count.addClassName("count");
            // The link's name is its visible text plus a word only screen readers hear ("Mobilität 8
            // Einträge"): a name that differs from what is shown fails WCAG 2.5.3 Label in Name.
            Span unit = new Span(" " + getTranslation("start.fields.entries", field.getValue()));
            unit.addClassName("visually-hidden");
            link.add(new Span(Labels.concept(this, field.getKey())), new Text(" "), count, unit);
            grid.add(link);
        }
        return section("start.fields", "fields", grid);
    }

    private Component createList(String titleKey, String id, List<PracticeSummary> practices) {
        Div cards = new Div();
        cards.addClassName("card-grid");
        practices.forEach(p -> cards.add(new PracticeCard(p)));
        if (practices.isEmpty()) {
            cards.add(new Paragraph(getTranslation("start.empty")));
        }
        return section(titleKey, id, cards);
    }

    private Section section(String titleKey, String id, Component content) {
        H2 heading = new H2(getTranslation(titleKey));
        heading.setId(id + "-heading");
        Section section = new Section(heading, content);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", id + "-heading");
        section.addClassName(LumoUtility.Margin.Bottom.XLARGE);
        return section;
    }

    @Override
    public String getPageTitle() {
        return "smile exchange – " + getTranslation("start.title");
    }
}
