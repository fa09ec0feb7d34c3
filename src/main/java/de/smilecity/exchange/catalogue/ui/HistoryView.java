package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.smilecity.exchange.catalogue.Audience;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeDiff;
import de.smilecity.exchange.catalogue.PracticeHistory;
import de.smilecity.exchange.catalogue.PracticeHistory.Version;
import de.smilecity.exchange.security.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The versions of an entry and a side-by-side diff of any two, at
 * {@code /practices/{slug}/history?from=&to=} so that a comparison can be shared. What the reader
 * sees of the versions is the {@link Audience}'s to decide (visitors: the published versions, no
 * members-only contacts, no account names); the view passes it on and decides nothing itself.
 */
@Route(Routes.CATALOGUE + "/:slug/history")
@AnonymousAllowed
public class HistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CatalogueService catalogue;
    private final transient PracticeHistory history;
    private final transient CurrentUser user;
    private String title = "";

    public HistoryView(CatalogueService catalogue, PracticeHistory history, CurrentUser user) {
        this.catalogue = catalogue;
        this.history = history;
        this.user = user;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Practice practice = catalogue.getVisible(slug, p -> audience(p).mayOpen(p));
        long id = Objects.requireNonNull(practice.getId());
        Audience audience = audience(practice);
        List<Version> versions = history.versions(id, audience);
        title = getTranslation("history.title", practice.getTitle());
        removeAll();
        Anchor back = new Anchor(
                practice.isPublished() ? Routes.practice(slug) : Routes.editPractice(slug),
                getTranslation("history.back", practice.getTitle()));
        add(back, new H1(title));
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("history.empty")));
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        Version to = pick(versions, query, "to").orElse(versions.getLast());
        Version from = pick(versions, query, "from")
                .orElse(versions.size() > 1 ? versions.get(versions.size() - 2) : versions.getFirst());
        add(new H2(getTranslation("history.compare")), chooser(slug, versions, from, to), diff(id, audience, from, to));
        add(new H2(getTranslation("history.versions")), list(slug, versions));
    }

    private Audience audience(Practice p) {
        return Audience.of(user.find(), p);
    }

    private static Optional<Version> pick(List<Version> versions, QueryParameters query, String name) {
        return query.getSingleParameter(name)
                .flatMap(value -> versions.stream()
                        .filter(v -> String.valueOf(v.revision()).equals(value))
                        .findFirst());
    }

    private HorizontalLayout chooser(String slug, List<Version> versions, Version from, Version to) {
        Select<Version> left = versionSelect(getTranslation("history.from"), versions, from);
        left.setId("history-from");
        Select<Version> right = versionSelect(getTranslation("history.to"), versions, to);
        right.setId("history-to");
        left.addValueChangeListener(e -> open(slug, e.getValue(), right.getValue()));
        right.addValueChangeListener(e -> open(slug, left.getValue(), e.getValue()));
        HorizontalLayout row = new HorizontalLayout(left, right);
        row.setWrap(true);
        return row;
    }

    private Select<Version> versionSelect(String label, List<Version> versions, Version selected) {
        Select<Version> select = new Select<>();
        select.setLabel(label);
        select.setItems(versions.reversed());
        select.setItemLabelGenerator(this::describe);
        select.setValue(selected);
        return select;
    }

    private void open(String slug, Version from, Version to) {
        getUI().ifPresent(ui -> ui.navigate(historyLocation(slug, from, to)));
    }

    private static String historyLocation(String slug, Version from, Version to) {
        return new Location(
                        Routes.history(slug),
                        QueryParameters.simple(
                                Map.of("from", String.valueOf(from.revision()), "to", String.valueOf(to.revision()))))
                .getPathWithQueryParameters();
    }

    private Div diff(long id, Audience audience, Version from, Version to) {
        List<PracticeDiff.Change> changes = PracticeDiff.changes(
                history.text(id, from.revision(), audience, getLocale()),
                history.text(id, to.revision(), audience, getLocale()));
        DiffTable table = new DiffTable(
                changes,
                getTranslation("history.caption", describe(from), describe(to)),
                getTranslation("history.version", from.revision()),
                getTranslation("history.version", to.revision()));
        table.setId("history-diff");
        return table;
    }

    private OrderedList list(String slug, List<Version> versions) {
        OrderedList list = new OrderedList();
        list.setId("history-versions");
        list.getElement().setAttribute("reversed", true);
        List<Version> newestFirst = versions.reversed();
        for (int i = 0; i < newestFirst.size(); i++) {
            Version version = newestFirst.get(i);
            ListItem item = new ListItem(new Span(describe(version)));
            if (i + 1 < newestFirst.size()) {
                Anchor compare = new Anchor(
                        historyLocation(slug, newestFirst.get(i + 1), version),
                        getTranslation("history.compareWithPrevious"));
                compare.getElement()
                        .setAttribute(
                                "aria-label", getTranslation("history.compareWithPreviousNamed", version.revision()));
                item.add(new Span(" · "), compare);
            }
            list.add(item);
        }
        return list;
    }

    private String describe(Version v) {
        String at = Labels.dateTime(this, v.at());
        String state = Labels.state(this, v.state());
        return v.by() == null
                ? getTranslation("history.describeWithoutAccount", v.revision(), at, state)
                : getTranslation("history.describe", v.revision(), at, v.by(), state);
    }

    @Override
    public String getPageTitle() {
        return title + " – smile exchange";
    }
}
