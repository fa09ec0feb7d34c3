package de.smilecity.exchange.search;

import de.smilecity.exchange.shared.BadRequestException;
import java.util.Locale;

/**
 * A search beyond what one search may take (see the limits of {@link SearchRequest}): names the
 * parameter, the limit and what came, so that a caller knows what to change. Answered with 400.
 */
public class SearchLimitException extends BadRequestException {

    /** Which limit a search broke; {@link #key()} names its text in the UI's translations. */
    public enum Limit {
        QUERY_LENGTH,
        WORDS,
        WORD_LENGTH,
        VALUES_PER_FACET,
        FACET_VALUES,
        FACET_VALUE_LENGTH,
        PAGE,
        SIZE,
        /** More words with their synonyms and variants than Lucene takes in one query. */
        QUERY_CLAUSES;

        /** e.g. {@code search.limit.word-length}. */
        public String key() {
            return "search.limit." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Limit limit;
    private final long max;
    private final long value;

    public SearchLimitException(Limit limit, String parameter, long max, long value, String message) {
        super(parameter, message);
        this.limit = limit;
        this.max = max;
        this.value = value;
    }

    public Limit limit() {
        return limit;
    }

    /** The largest value allowed (for {@link Limit#PAGE}: the last page that may be asked for). */
    public long max() {
        return max;
    }

    /** What came. */
    public long value() {
        return value;
    }
}
