package de.smilecity.exchange.contribute.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.EntryRow;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * For editors: the entries waiting for a decision, oldest submission first, filtered by organisation
 * and by how long they have been waiting. The filters live in the address ({@code ?organisation=&age=}),
 * so a filtered queue can be bookmarked and shared.
 */
@Route(ContributeRoutes.REVIEW)
@Menu(order = 11, title = "nav.review", icon = "vaadin:check-square-o")
@RolesAllowed("EDITOR")
public class ReviewQueueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** How long an entry has been waiting, as offered in the filter. */
    enum Age {
        ANY(null),
        DAY(Duration.ofDays(1)),
        WEEK(Duration.ofDays(7)),
        MONTH(Duration.ofDays(30));

        private final @Nullable Duration atLeast;

        Age(@Nullable Duration atLeast) {
            this.atLeast = atLeast;
        }

        String parameter() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final transient ContributionService contributions;
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final Select<Age> age = new Select<>();
    private final EntryTable table;
    private final Paragraph empty = new Paragraph();
    private boolean applying;

    public ReviewQueueView(ContributionService contributions, CatalogueService catalogue) {
        this.contributions = contributions;
        addClassName("page");
        organisation.setLabel(getTranslation("review.filter.organisation"));
        organisation.setItems(catalogue.organisations());
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setClearButtonVisible(true);
        organisation.setId("review-organisation");
        age.setLabel(getTranslation("review.filter.age"));
        age.setItems(Age.values());
        age.setItemLabelGenerator(a -> getTranslation("review.age." + a.parameter()));
        age.setValue(Age.ANY);
        age.setId("review-age");
        organisation.addValueChangeListener(e -> navigate());
        age.addValueChangeListener(e -> navigate());
        HorizontalLayout filters = new HorizontalLayout(organisation, age);
        filters.setWrap(true);
        table = new EntryTable(getTranslation("review.caption"), true);
        table.setId("review-queue");
        empty.setId("review-empty");
        add(new H1(getTranslation("nav.review")), new Paragraph(getTranslation("review.intro")), filters, empty, table);
    }

    private void navigate() {
        if (applying) return;
        Map<String, String> params = new HashMap<>();
        if (organisation.getValue() != null)
            params.put("organisation", organisation.getValue().getSlug());
        if (age.getValue() != null && age.getValue() != Age.ANY)
            params.put("age", age.getValue().parameter());
        getUI().ifPresent(ui -> ui.navigate(ContributeRoutes.REVIEW, QueryParameters.simple(params)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String organisationSlug = query.getSingleParameter("organisation").orElse(null);
        Age chosenAge = query.getSingleParameter("age")
                .flatMap(value -> java.util.Arrays.stream(Age.values())
                        .filter(a -> a.parameter().equals(value))
                        .findFirst())
                .orElse(Age.ANY);
        applying = true;
        organisation.setValue(organisation
                .getListDataView()
                .getItems()
                .filter(o -> Objects.equals(o.getSlug(), organisationSlug))
                .findFirst()
                .orElse(null));
        age.setValue(chosenAge);
        applying = false;
        List<EntryRow> rows = contributions.reviewQueue(
                organisation.getValue() == null ? null : organisation.getValue().getSlug(), chosenAge.atLeast);
        table.setRows(rows);
        table.setVisible(!rows.isEmpty());
        empty.setText(
                rows.isEmpty()
                        ? getTranslation(
                                organisationSlug == null && chosenAge == Age.ANY
                                        ? "review.empty"
                                        : "review.empty.filtered")
                        : getTranslation("review.count", rows.size()));
        empty.getElement().setAttribute("role", "status");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.review") + " – smile exchange";
    }
}
