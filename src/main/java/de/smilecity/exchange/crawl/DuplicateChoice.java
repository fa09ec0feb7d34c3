package de.smilecity.exchange.crawl;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an editor decides for a candidate whose text copies an entry or another candidate. There is
 * no default: a candidate that resembles something is accepted only with one of these.
 */
public enum DuplicateChoice {
    /** The candidate is a newer description of the entry it resembles: a new version of that entry with its changes. */
    UPDATE,
    /**
     * The candidate describes the same project: the entry keeps its texts, gains the candidate's
     * page as a source and the fields it lacks; a resembled candidate takes this one's page instead.
     */
    MERGE,
    /** Two projects after all: the candidate becomes an entry of its own. */
    KEEP_BOTH;

    /** The name in the API, e.g. {@code keepBoth}. */
    public String apiName() {
        return this == KEEP_BOTH ? "keepBoth" : name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DuplicateChoice> byApiName(String name) {
        return Arrays.stream(values()).filter(c -> c.apiName().equals(name)).findFirst();
    }
}
