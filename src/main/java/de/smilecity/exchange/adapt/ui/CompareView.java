package de.smilecity.exchange.adapt.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.adapt.Comparison;
import de.smilecity.exchange.adapt.ComparisonService;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.PracticeFilter;
import de.smilecity.exchange.catalogue.PracticeNotFoundException;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.shared.BadRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Two to four entries side by side, rows that differ marked. The selection lives in the URL
 * ({@code /compare?ids=a,b,c}), so a comparison can be bookmarked and shared.
 */
@Route(AdaptRoutes.COMPARE)
@AnonymousAllowed
public class CompareView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** An entry to choose: the slug identifies it; title and organisation are what a person reads. */
    record Choice(String slug, String title, String organisation) {}

    private final transient ComparisonService comparisons;
    private final transient CatalogueService catalogue;
    private final MultiSelectComboBox<Choice> chooser = new MultiSelectComboBox<>();
    private final Div result = new Div();
    private boolean updating;

    public CompareView(ComparisonService comparisons, CatalogueService catalogue) {
        this.comparisons = comparisons;
        this.catalogue = catalogue;
        addClassName("page");
        chooser.setLabel(getTranslation("compare.choose"));
        chooser.setHelperText(getTranslation("compare.choose.help"));
        chooser.setId("compare-choose");
        chooser.setWidthFull();
        chooser.setItemLabelGenerator(c -> c.title() + " – " + c.organisation());
        chooser.setItems(query -> choices(query.getFilter().orElse(""), query).stream());
        chooser.addValueChangeListener(e -> {
            if (updating || !e.isFromClient()) return;
            if (e.getValue().size() > Comparison.MAX) {
                chooser.setInvalid(true);
                chooser.setErrorMessage(getTranslation("compare.tooMany", Comparison.MAX));
                return;
            }
            List<String> slugs =
                    new ArrayList<>(e.getValue().stream().map(Choice::slug).toList());
            // Keep the columns in the order they were chosen in.
            List<String> ordered = new ArrayList<>(e.getOldValue().stream()
                    .map(Choice::slug)
                    .filter(slugs::contains)
                    .toList());
            slugs.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
            getUI().ifPresent(ui -> ui.navigate(CompareView.class, ids(ordered)));
        });
        result.setId("compare-result");
        add(new H1(getTranslation("compare.title")), new Paragraph(getTranslation("compare.lead")), chooser, result);
    }

    private List<Choice> choices(String text, Query<Choice, String> query) {
        PracticeFilter filter = new PracticeFilter(List.of(), List.of(), List.of(), List.of(), text);
        return catalogue
                .findPublished(filter, PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("title")))
                .map(s -> new Choice(s.slug(), s.title(), s.organisationName()))
                .toList();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> slugs = event.getLocation().getQueryParameters().getSingleParameter("ids").stream()
                .flatMap(ids -> Arrays.stream(ids.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        chooser.setInvalid(false);
        result.removeAll();
        if (slugs.size() < Comparison.MIN) {
            showSelection(slugs.stream().flatMap(this::choice).toList());
            Paragraph empty = new Paragraph(getTranslation("compare.empty"));
            empty.setId("compare-empty");
            result.add(empty);
            return;
        }
        try {
            Comparison comparison = comparisons.compare(slugs, getLocale());
            showSelection(comparison.practices().stream()
                    .map(c -> new Choice(c.slug(), c.title(), c.organisation()))
                    .toList());
            result.add(table(comparison));
        } catch (PracticeNotFoundException | BadRequestException e) {
            chooser.setInvalid(true);
            chooser.setErrorMessage(
                    e instanceof PracticeNotFoundException
                            ? getTranslation("compare.unknown", e.getMessage())
                            : getTranslation("compare.tooMany", Comparison.MAX));
        }
    }

    private Stream<Choice> choice(String slug) {
        return catalogue.findPublished(slug).stream()
                .map(p -> new Choice(p.getSlug(), p.getTitle(), p.owner().getName()));
    }

    private void showSelection(List<Choice> chosen) {
        updating = true;
        try {
            chooser.setValue(new LinkedHashSet<>(chosen));
        } finally {
            updating = false;
        }
    }

    /**
     * A real table with row and column headers. A row whose values differ is marked by colour and
     * by the word "differs" in its header, so that the marking does not rest on colour alone.
     */
    private Div table(Comparison comparison) {
        Element table = new Element("table");
        table.setAttribute("id", "compare-table");
        table.getClassList().add("compare-table");
        Element caption = new Element("caption");
        caption.setText(getTranslation("compare.caption", comparison.practices().size()));
        table.appendChild(caption);
        Element head = new Element("tr");
        Element corner = new Element("td");
        head.appendChild(corner);
        List<String> slugs =
                comparison.practices().stream().map(Comparison.Column::slug).toList();
        for (Comparison.Column column : comparison.practices()) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            Anchor title = new Anchor(Routes.practice(column.slug()), column.title());
            // Each entry's title and texts in its own language, for screen readers' pronunciation.
            title.getElement().setAttribute("lang", column.language());
            th.appendChild(title.getElement());
            Span owner = new Span(column.organisation());
            owner.addClassNames("meta", LumoUtility.Display.BLOCK);
            th.appendChild(owner.getElement());
            List<String> without =
                    slugs.stream().filter(s -> !s.equals(column.slug())).toList();
            Anchor remove = new Anchor(
                    AdaptRoutes.COMPARE + "?" + ids(without).getQueryString(), getTranslation("compare.remove"));
            remove.getElement().setAttribute("aria-label", getTranslation("compare.remove.label", column.title()));
            remove.addClassNames(LumoUtility.FontSize.SMALL);
            th.appendChild(remove.getElement());
            head.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (Comparison.Row row : comparison.rows()) {
            Element tr = new Element("tr");
            tr.setAttribute("data-aspect", row.aspect());
            Element th = new Element("th");
            th.setAttribute("scope", "row");
            th.setText(row.label());
            if (row.differs()) {
                tr.getClassList().add("differs");
                Element marker = new Element("span");
                marker.getClassList().add("differs-marker");
                marker.setText(getTranslation("compare.differs"));
                th.appendChild(marker);
            }
            tr.appendChild(th);
            for (int i = 0; i < row.values().size(); i++) {
                String value = row.values().get(i);
                Element td = new Element("td");
                td.setText(value.isBlank() ? "–" : value);
                if (row.inEntryLanguage() && !value.isBlank()) {
                    td.setAttribute("lang", comparison.practices().get(i).language());
                }
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div holder = new Div();
        holder.addClassName("table-scroll");
        holder.getElement().appendChild(table);
        return holder;
    }

    private static QueryParameters ids(List<String> slugs) {
        return slugs.isEmpty() ? QueryParameters.empty() : QueryParameters.of("ids", String.join(",", slugs));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.title") + " – smile exchange";
    }

    Set<Choice> selection() {
        return chooser.getValue();
    }
}
