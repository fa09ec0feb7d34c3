package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.PracticeFilter;
import de.smilecity.exchange.catalogue.PracticeSummary;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue: filters for innovation field, state, phase and organisation, and a lazily loaded
 * grid. The filters live in the URL ({@code ?field=mobility&phase=OPERATION}), so a filtered list
 * can be bookmarked and shared, and the back button restores the previous one.
 */
@Route(Routes.CATALOGUE)
@Menu(order = 1, title = "nav.catalogue", icon = "vaadin:list")
@AnonymousAllowed
public class PracticeListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String Q = "q";
    static final String FIELD = "field";
    static final String STATE = "state";
    static final String PHASE = "phase";
    static final String ORGANISATION = "organisation";

    private final transient CatalogueService catalogue;
    private final TextField text = new TextField();
    private final MultiSelectComboBox<Concept> fields = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> states = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Phase> phases = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Organisation> organisations = new MultiSelectComboBox<>();
    private final Grid<PracticeSummary> grid = new Grid<>();
    private final Span count = new Span();
    private PracticeFilter filter = PracticeFilter.NONE;
    private boolean applyingUrl;

    public PracticeListView(CatalogueService catalogue, CurrentUser user) {
        this.catalogue = catalogue;
        addClassName("page");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("catalogue.title")));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        if (user.hasRole(Role.EDITOR)) {
            Anchor create = new Anchor("practices/new", getTranslation("catalogue.new"));
            create.addClassName(LumoUtility.Margin.Start.AUTO);
            create.setId("new-practice");
            header.add(create);
        }
        count.setId("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        add(header, createFilters(), count, createGrid());
    }

    private Component createFilters() {
        text.setLabel(getTranslation("catalogue.filter.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        fields.setLabel(getTranslation("catalogue.filter.field"));
        fields.setItems(catalogue.concepts(ConceptScheme.INNOVATION_FIELD));
        fields.setItemLabelGenerator(c -> Labels.concept(this, c));
        states.setLabel(getTranslation("catalogue.filter.state"));
        states.setItems(catalogue.states());
        phases.setLabel(getTranslation("catalogue.filter.phase"));
        phases.setItems(Phase.values());
        phases.setItemLabelGenerator(p -> Labels.phase(this, p));
        organisations.setLabel(getTranslation("catalogue.filter.organisation"));
        organisations.setItems(catalogue.organisations());
        organisations.setItemLabelGenerator(Organisation::getName);
        Button reset = new Button(getTranslation("catalogue.filter.reset"), e -> navigate(PracticeFilter.NONE));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.setId("reset-filters");

        text.addValueChangeListener(e -> onFilterChange());
        fields.addValueChangeListener(e -> onFilterChange());
        states.addValueChangeListener(e -> onFilterChange());
        phases.addValueChangeListener(e -> onFilterChange());
        organisations.addValueChangeListener(e -> onFilterChange());

        FlexLayout bar = new FlexLayout(text, fields, states, phases, organisations, reset);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.Margin.Bottom.MEDIUM);
        bar.getElement().setAttribute("role", "search");
        return bar;
    }

    private Component createGrid() {
        grid.addComponentColumn(p -> new Anchor(Routes.practice(p.slug()), p.title()))
                .setHeader(getTranslation("catalogue.column.title"))
                .setKey("title")
                .setSortProperty("title")
                .setFlexGrow(3)
                .setAutoWidth(false);
        grid.addColumn(PracticeSummary::organisationName)
                .setHeader(getTranslation("catalogue.column.organisation"))
                .setSortProperty("organisation.name")
                .setFlexGrow(2);
        grid.addColumn(p -> p.organisationState() == null ? "" : p.organisationState())
                .setHeader(getTranslation("catalogue.column.state"))
                .setSortProperty("organisation.state");
        grid.addColumn(p -> p.innovationFields().stream()
                        .map(c -> Labels.concept(this, c))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("catalogue.column.fields"))
                .setFlexGrow(2);
        grid.addColumn(p -> Labels.phase(this, p.phase()))
                .setHeader(getTranslation("catalogue.column.phase"))
                .setSortProperty("phase");
        grid.addColumn(p -> p.startYear() == null ? "" : String.valueOf(p.startYear()))
                .setHeader(getTranslation("catalogue.column.start"))
                .setSortProperty("startYear")
                .setTextAlign(ColumnTextAlign.END);
        grid.setMultiSort(false);
        grid.setAllRowsVisible(false);
        grid.setHeight("36rem");
        grid.setEmptyStateComponent(createEmptyState());
        grid.setAriaLabel(getTranslation("catalogue.grid.label"));
        grid.setItems(
                query -> catalogue.findPublished(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) catalogue.countPublished(filter));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("title")).build());
        return grid;
    }

    private Component createEmptyState() {
        Div empty = new Div();
        empty.addClassName("empty-state");
        Button reset = new Button(getTranslation("catalogue.filter.reset"), e -> navigate(PracticeFilter.NONE));
        empty.add(new Paragraph(getTranslation("catalogue.empty")), reset);
        return empty;
    }

    private void onFilterChange() {
        if (applyingUrl) return;
        navigate(new PracticeFilter(
                fields.getValue().stream().map(Concept::getCode).sorted().toList(),
                states.getValue().stream().sorted().toList(),
                phases.getValue().stream().sorted().toList(),
                organisations.getValue().stream()
                        .map(Organisation::getSlug)
                        .sorted()
                        .toList(),
                text.getValue()));
    }

    /** Puts the filter into the URL; {@link #beforeEnter} then applies it, also for back and forward. */
    private void navigate(PracticeFilter next) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!next.text().isBlank()) params.put(Q, List.of(next.text()));
        if (!next.fields().isEmpty()) params.put(FIELD, next.fields());
        if (!next.states().isEmpty()) params.put(STATE, next.states());
        if (!next.phases().isEmpty())
            params.put(PHASE, next.phases().stream().map(Enum::name).toList());
        if (!next.organisations().isEmpty()) params.put(ORGANISATION, next.organisations());
        getUI().ifPresent(ui -> ui.navigate(Routes.CATALOGUE, new QueryParameters(params)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params =
                event.getLocation().getQueryParameters().getParameters();
        filter = new PracticeFilter(
                params.getOrDefault(FIELD, List.of()),
                params.getOrDefault(STATE, List.of()),
                params.getOrDefault(PHASE, List.of()).stream()
                        .filter(p -> Arrays.stream(Phase.values())
                                .anyMatch(v -> v.name().equals(p)))
                        .map(Phase::valueOf)
                        .toList(),
                params.getOrDefault(ORGANISATION, List.of()),
                params.getOrDefault(Q, List.of("")).getFirst());
        applyingUrl = true;
        try {
            text.setValue(filter.text());
            fields.setValue(select(fields, c -> filter.fields().contains(c.getCode())));
            states.setValue(select(states, filter.states()::contains));
            phases.setValue(Set.copyOf(filter.phases()));
            organisations.setValue(
                    select(organisations, o -> filter.organisations().contains(o.getSlug())));
        } finally {
            applyingUrl = false;
        }
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("catalogue.count", catalogue.countPublished(filter)));
    }

    private static <T> Set<T> select(MultiSelectComboBox<T> box, java.util.function.Predicate<T> wanted) {
        List<T> chosen = new ArrayList<>();
        box.getListDataView().getItems().filter(wanted).forEach(chosen::add);
        return Set.copyOf(chosen);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title") + " – smile exchange";
    }
}
