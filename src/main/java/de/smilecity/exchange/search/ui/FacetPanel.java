package de.smilecity.exchange.search.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.SearchResult.FacetCount;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The facets with their counts, as groups of check boxes. Facets with selections or few values are
 * open; long lists show their most frequent values.
 */
class FacetPanel extends Div {

    static final int SHOWN_VALUES = 12;
    static final List<Facet> ORDER = List.of(
            Facet.FIELD,
            Facet.PHASE,
            Facet.STATE,
            Facet.SIZE_CLASS,
            Facet.KIND,
            Facet.PILLAR,
            Facet.ORGANISATION,
            Facet.KEYWORD,
            Facet.LANGUAGE,
            Facet.COUNTRY);

    FacetPanel(
            Map<Facet, List<FacetCount>> facets,
            Function<Facet, Function<String, String>> labels,
            BiConsumer<Facet, List<String>> onChange) {
        addClassName("facet-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("search.facets"));
        H2 heading = new H2(getTranslation("search.facets"));
        heading.addClassName("facet-heading");
        add(heading);
        for (Facet facet : ORDER) {
            List<FacetCount> values = facets.getOrDefault(facet, List.of());
            if (values.isEmpty()) continue;
            Function<String, String> label = labels.apply(facet);
            List<FacetCount> shown = values.stream()
                    .filter(v -> v.selected() || values.indexOf(v) < SHOWN_VALUES)
                    .toList();
            CheckboxGroup<FacetCount> group = new CheckboxGroup<>();
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setItems(shown);
            group.setItemLabelGenerator(v -> label.apply(v.value()) + " (" + v.count() + ")");
            group.setItemEnabledProvider(v -> v.selected() || v.count() > 0);
            group.setAriaLabel(getTranslation("search.facet." + facet.parameter()));
            group.setId("facet-" + facet.parameter());
            Set<FacetCount> selected = new LinkedHashSet<>(
                    shown.stream().filter(FacetCount::selected).toList());
            group.setValue(selected);
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.accept(
                            facet, e.getValue().stream().map(FacetCount::value).toList());
                }
            });
            Details details = new Details(getTranslation("search.facet." + facet.parameter()), group);
            details.setOpened(!selected.isEmpty() || facet == Facet.FIELD || facet == Facet.PHASE);
            add(details);
        }
    }
}
