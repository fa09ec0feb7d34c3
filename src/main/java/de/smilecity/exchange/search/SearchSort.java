package de.smilecity.exchange.search;

import java.util.Arrays;
import java.util.Optional;

/** How hits are ordered. */
public enum SearchSort {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    TITLE("title"),
    /** Most often adapted first (published adaptations), then by relevance. */
    ADAPTATIONS("adaptations");

    private final String parameter;

    SearchSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<SearchSort> byParameter(String parameter) {
        return Arrays.stream(values())
                .filter(s -> s.parameter.equals(parameter))
                .findFirst();
    }
}
