package de.smilecity.exchange.catalogue;

import java.util.List;

/**
 * Which published entries a list shows. Values within one filter combine with OR, different filters
 * with AND; an empty list does not filter.
 *
 * @param fields innovation-field codes
 * @param states states or regions of the owning organisation, as written there
 * @param phases phases
 * @param organisations organisation slugs
 * @param text words that title or summary must contain (simple containment, not the search index)
 */
public record PracticeFilter(
        List<String> fields, List<String> states, List<Phase> phases, List<String> organisations, String text) {

    public static final PracticeFilter NONE = new PracticeFilter(List.of(), List.of(), List.of(), List.of(), "");

    public PracticeFilter {
        fields = List.copyOf(fields);
        states = List.copyOf(states);
        phases = List.copyOf(phases);
        organisations = List.copyOf(organisations);
        text = text.strip();
    }
}
