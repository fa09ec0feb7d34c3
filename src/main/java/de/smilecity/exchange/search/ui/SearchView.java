package de.smilecity.exchange.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.FacetLabels;
import de.smilecity.exchange.search.IndexMaintenance;
import de.smilecity.exchange.search.Passage;
import de.smilecity.exchange.search.SearchLimitException;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchResult;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.search.SearchSort;
import de.smilecity.exchange.search.Suggestion;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.Role;
import de.smilecity.exchange.shared.BadRequestException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue and its search: search-as-you-type with autocomplete, facets with counts, result
 * cards with the matches marked, sorting, paging, "cities like mine" and "did you mean". Every bit
 * of the state is in the URL, so a search can be bookmarked, shared and gone back to.
 */
@Route(Routes.CATALOGUE)
@Menu(order = 1, title = "nav.catalogue", icon = "vaadin:search")
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int TYPING_PAUSE_MS = 300;
    static final int SUGGESTIONS = 5;
    /** Passages in reports shown under the entry hits. */
    static final int PASSAGES = 5;

    private final transient SearchService search;
    private final transient FacetLabels labels;
    private final transient IndexMaintenance index;
    private final TextField query = new TextField();
    private final Select<SearchSort> sort = new Select<>();
    private final ComboBox<Organisation> like = new ComboBox<>();
    private final UnorderedList suggestions = new UnorderedList();
    private final Paragraph status = new Paragraph();
    private final Div notices = new Div();
    private final Div facets = new Div();
    /** The facet value just toggled, whose check box gets the focus back in the redrawn panel. */
    private FacetPanel.@Nullable Toggled refocus;

    private final Div results = new Div();
    private final Div passages = new Div();
    private final Div pager = new Div();
    private SearchRequest request = SearchRequest.of("");
    private boolean applyingUrl;

    public SearchView(
            SearchService search,
            FacetLabels labels,
            IndexMaintenance index,
            CatalogueService catalogue,
            CurrentUser user) {
        this.search = search;
        this.labels = labels;
        this.index = index;
        addClassName("page");
        add(createHeader(user), createSearchRow(catalogue.organisations()), suggestions, status, notices);
        FlexLayout body = new FlexLayout(facets, createResultColumn());
        body.addClassName("search-body");
        add(body);
    }

    private Component createHeader(CurrentUser user) {
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("catalogue.title")));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        if (user.hasRole(Role.EDITOR)) {
            Anchor create = new Anchor(Routes.CATALOGUE + "/new", getTranslation("catalogue.new"));
            create.addClassName(LumoUtility.Margin.Start.AUTO);
            create.setId("new-practice");
            header.add(create);
        }
        return header;
    }

    private Component createSearchRow(List<Organisation> organisations) {
        query.setLabel(getTranslation("search.query"));
        query.setPlaceholder(getTranslation("search.placeholder"));
        query.setHelperText(getTranslation("search.help"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setValueChangeMode(ValueChangeMode.TIMEOUT);
        query.setValueChangeTimeout(TYPING_PAUSE_MS);
        query.setId("search-query");
        query.setMaxLength(SearchRequest.MAX_QUERY_LENGTH);
        query.getElement().setAttribute("aria-controls", "search-suggestions");
        query.addClassName(LumoUtility.Flex.GROW);
        query.addValueChangeListener(e -> {
            if (!applyingUrl && e.isFromClient()) typed(e.getValue());
        });

        sort.setLabel(getTranslation("search.sort"));
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("search.sort." + s.parameter()));
        sort.setId("search-sort");
        sort.addValueChangeListener(e -> {
            if (!applyingUrl && e.getValue() != null) navigate(SearchState.with(request, e.getValue()));
        });

        like.setLabel(getTranslation("search.like"));
        like.setHelperText(getTranslation("search.like.help"));
        like.setItems(organisations);
        like.setItemLabelGenerator(Organisation::getName);
        like.setClearButtonVisible(true);
        like.setId("search-like");
        like.addValueChangeListener(e -> {
            if (!applyingUrl) {
                navigate(SearchState.withLike(
                        request, e.getValue() == null ? null : e.getValue().getSlug()));
            }
        });

        suggestions.setId("search-suggestions");
        suggestions.addClassName("suggestions");
        suggestions.getElement().setAttribute("aria-label", getTranslation("search.suggestions"));
        status.setId("result-count");
        status.getElement().setAttribute("role", "status");

        FlexLayout row = new FlexLayout(query, sort, like);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassNames(LumoUtility.Gap.MEDIUM);
        row.getElement().setAttribute("role", "search");
        return row;
    }

    private Component createResultColumn() {
        Div column = new Div(results, pager, passages);
        column.addClassName("result-column");
        results.setId("results");
        pager.addClassName("pager");
        return column;
    }

    /** Typing searches at once and keeps the URL current without filling the history with every letter. */
    private void typed(String text) {
        try {
            request = SearchState.with(request, text);
        } catch (BadRequestException e) {
            refuse(e);
            return;
        }
        UI.getCurrent()
                .getPage()
                .getHistory()
                .replaceState(
                        null, new Location(Routes.CATALOGUE, new QueryParameters(SearchState.toParameters(request))));
        showSuggestions(text);
        render();
    }

    private void showSuggestions(String text) {
        suggestions.removeAll();
        for (Suggestion s : search.suggest(text, SUGGESTIONS)) {
            Component target = switch (s.type()) {
                case TITLE -> new Anchor(Routes.practice(s.slug()), s.text());
                case ORGANISATION -> new Anchor(Routes.organisation(s.slug()), s.text());
                case KEYWORD -> keywordButton(s.text());
            };
            Span type = new Span(" · "
                    + getTranslation("search.suggestion." + s.type().name().toLowerCase(Locale.ROOT)));
            type.addClassName("meta");
            suggestions.add(new ListItem(target, type));
        }
    }

    private Button keywordButton(String keyword) {
        Button button = new Button(keyword, e -> navigate(SearchState.with(request, keyword)));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private void navigate(SearchRequest next) {
        getUI().ifPresent(ui -> ui.navigate(Routes.CATALOGUE, new QueryParameters(SearchState.toParameters(next))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        try {
            request = SearchState.fromParameters(parameters);
        } catch (BadRequestException e) {
            // A hand-made or cut-off address: say what is wrong on the page, and search nothing.
            applyingUrl = true;
            try {
                query.setValue(parameters.getOrDefault(SearchState.Q, List.of("")).stream()
                        .findFirst()
                        .orElse(""));
            } finally {
                applyingUrl = false;
            }
            refuse(e);
            return;
        }
        applyingUrl = true;
        try {
            query.setValue(request.query());
            sort.setValue(request.sort());
            like.setValue(like.getListDataView()
                    .getItems()
                    .filter(o -> o.getSlug().equals(request.likeOrganisation()))
                    .findFirst()
                    .orElse(null));
        } finally {
            applyingUrl = false;
        }
        suggestions.removeAll();
        render();
    }

    /**
     * Shows why a search is refused, in the reader's language and next to the search field when the
     * words are at fault, and empties the results: the search is not run.
     */
    private void refuse(BadRequestException e) {
        String message = e instanceof SearchLimitException limit
                ? limit.limit() == SearchLimitException.Limit.PAGE
                        // People count pages from 1.
                        ? getTranslation(limit.limit().key(), limit.max() + 1, limit.value() + 1)
                        : getTranslation(limit.limit().key(), limit.max(), limit.value())
                : getTranslation("search.invalidParameter", e.parameter());
        boolean words = SearchRequest.QUERY.equals(e.parameter());
        query.setErrorMessage(words ? message : null);
        query.setInvalid(words);
        suggestions.removeAll();
        notices.removeAll();
        Paragraph refused = new Paragraph(message);
        refused.setId("search-refused");
        refused.addClassName("notice");
        refused.getElement().setAttribute("role", "alert");
        notices.add(refused);
        status.setText("");
        facets.removeAll();
        results.removeAll();
        pager.removeAll();
        passages.removeAll();
    }

    private void render() {
        query.setInvalid(false);
        query.setErrorMessage(null);
        SearchResult result = search.search(request);
        Function<Facet, Function<String, String>> label =
                labels.forLocale(UI.getCurrent().getLocale());
        status.setText(getTranslation("search.status", result.total(), result.tookMs()));
        renderNotices(result);
        facets.removeAll();
        FacetPanel panel = new FacetPanel(result.facets(), label, (facet, values, toggled) -> {
            refocus = toggled;
            navigate(SearchState.with(request, facet, values));
        });
        facets.add(panel);
        if (refocus != null) {
            panel.focus(refocus);
            refocus = null;
        }
        results.removeAll();
        if (result.hits().isEmpty()) {
            results.add(emptyState());
        }
        Function<String, String> fieldLabel = label.apply(Facet.FIELD);
        result.hits().forEach(hit -> results.add(new ResultCard(hit, fieldLabel)));
        renderPager(result);
        renderPassages();
    }

    private void renderPassages() {
        passages.removeAll();
        if (request.query().isBlank()) return;
        List<Passage> found = search.passages(request.query(), PASSAGES);
        if (!found.isEmpty()) passages.add(new PassageList(found));
    }

    private void renderNotices(SearchResult result) {
        notices.removeAll();
        if (index.status().rebuilding()) {
            Paragraph building = new Paragraph(getTranslation("search.rebuilding"));
            building.addClassName("notice");
            building.getElement().setAttribute("role", "status");
            notices.add(building);
        }
        if (result.didYouMean() != null) {
            String corrected = result.didYouMean();
            Button suggestion = new Button(corrected, e -> navigate(SearchState.with(request, corrected)));
            suggestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            suggestion.setId("did-you-mean");
            Paragraph didYouMean = new Paragraph(new Span(getTranslation("search.didYouMean") + " "), suggestion);
            notices.add(didYouMean);
        }
        if (result.fuzzy()) {
            notices.add(new Paragraph(getTranslation("search.fuzzy")));
        }
    }

    private Component emptyState() {
        Div empty = new Div();
        empty.addClassName("empty-state");
        empty.add(new Paragraph(getTranslation("search.empty")));
        UnorderedList tips = new UnorderedList(
                new ListItem(getTranslation("search.empty.spelling")),
                new ListItem(getTranslation("search.empty.fewer")),
                new ListItem(getTranslation("search.empty.other")));
        empty.add(tips);
        if (!request.filters().isEmpty()) {
            empty.add(new Button(
                    getTranslation("search.empty.resetFilters"), e -> navigate(SearchState.withoutFilters(request))));
        }
        return empty;
    }

    private void renderPager(SearchResult result) {
        pager.removeAll();
        long pages = Math.max(1, (result.total() + request.size() - 1) / request.size());
        if (pages <= 1) return;
        int current = request.page();
        Button previous = new Button(getTranslation("search.previous"), e -> navigate(request.withPage(current - 1)));
        previous.setEnabled(current > 0);
        previous.setId("previous-page");
        Button next = new Button(getTranslation("search.next"), e -> navigate(request.withPage(current + 1)));
        next.setEnabled(current + 1 < pages);
        next.setId("next-page");
        Span where = new Span(getTranslation("search.pageOf", SearchState.pageInUrl(current), pages));
        HorizontalLayout row = new HorizontalLayout(previous, where, next);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        // At 320 px "next" goes to a line of its own rather than widening the page.
        row.setWrap(true);
        row.getElement().setAttribute("role", "navigation");
        row.getElement().setAttribute("aria-label", getTranslation("search.pages"));
        pager.add(row);
    }

    @Override
    public String getPageTitle() {
        return (request.query().isBlank()
                        ? getTranslation("catalogue.title")
                        : getTranslation("search.titleFor", request.query()))
                + " – smile exchange";
    }
}
