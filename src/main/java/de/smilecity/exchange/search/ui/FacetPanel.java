package de.smilecity.exchange.search.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.SearchResult.FacetCount;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The facets with their counts, as groups of check boxes. Facets with selections or few values are
 * open; long lists show their most frequent values.
 */
class FacetPanel extends Div {

    static final int SHOWN_VALUES = 12;

    /** A value a person ticked or unticked, to find its check box again in the next panel. */
    record Toggled(Facet facet, String value) {}

    /** What changed: the facet's values now, and the one value that was toggled. */
    interface Change {
        void accept(Facet facet, List<String> values, Toggled toggled);
    }

    private final Map<Facet, Details> detailsByFacet = new EnumMap<>(Facet.class);
    private final Map<Facet, CheckboxGroup<FacetCount>> groups = new EnumMap<>(Facet.class);
    private final Map<Facet, Function<String, String>> itemLabels = new EnumMap<>(Facet.class);
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

    FacetPanel(Map<Facet, List<FacetCount>> facets, Function<Facet, Function<String, String>> labels, Change onChange) {
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
            Function<String, String> itemLabel = value -> shown.stream()
                    .filter(v -> v.value().equals(value))
                    .findFirst()
                    .map(v -> label.apply(v.value()) + " (" + v.count() + ")")
                    .orElse("");
            group.setItemLabelGenerator(v -> itemLabel.apply(v.value()));
            group.setItemEnabledProvider(v -> v.selected() || v.count() > 0);
            group.setAriaLabel(getTranslation("search.facet." + facet.parameter()));
            group.setId("facet-" + facet.parameter());
            Set<FacetCount> selected = new LinkedHashSet<>(
                    shown.stream().filter(FacetCount::selected).toList());
            group.setValue(selected);
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Set<FacetCount> changed = new LinkedHashSet<>(e.getValue());
                    changed.removeAll(e.getOldValue());
                    Set<FacetCount> removed = new LinkedHashSet<>(e.getOldValue());
                    removed.removeAll(e.getValue());
                    changed.addAll(removed);
                    String toggled =
                            changed.stream().map(FacetCount::value).findFirst().orElse("");
                    onChange.accept(
                            facet, e.getValue().stream().map(FacetCount::value).toList(), new Toggled(facet, toggled));
                }
            });
            Details details = new Details(getTranslation("search.facet." + facet.parameter()), group);
            details.setOpened(!selected.isEmpty() || facet == Facet.FIELD || facet == Facet.PHASE);
            add(details);
            detailsByFacet.put(facet, details);
            groups.put(facet, group);
            itemLabels.put(facet, itemLabel);
        }
    }

    /**
     * Puts the keyboard focus on the toggled value's check box in this, the redrawn panel, so that a
     * keyboard user goes on from where they were instead of from the top of the page.
     */
    void focus(Toggled toggled) {
        CheckboxGroup<FacetCount> group = groups.get(toggled.facet());
        if (group == null) return;
        detailsByFacet.get(toggled.facet()).setOpened(true);
        group.getElement().executeJs("""
                        const box = [...this.querySelectorAll('vaadin-checkbox')].find(b => b.label === $0)
                            || this.querySelector('vaadin-checkbox');
                        if (box) box.focus();""", itemLabels.get(toggled.facet()).apply(toggled.value()));
    }
}
