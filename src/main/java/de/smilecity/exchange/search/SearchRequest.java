package de.smilecity.exchange.search;

import de.smilecity.exchange.search.SearchLimitException.Limit;
import de.smilecity.exchange.search.internal.ParsedQuery;
import de.smilecity.exchange.shared.Quoted;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One search: words (with "phrases", -exclusions and OR), facet selections, order and page.
 *
 * <p>Every search is bounded where it is made, whichever way it came in (API, exports, feed, search
 * page): what one search costs grows with its words, their length and its facet values, so a request
 * beyond the limits below is refused with a {@link SearchLimitException} naming the limit and what
 * came, before any work is done. The limits are far above what a person types or ticks.
 *
 * @param query what the user typed; blank lists the whole published catalogue
 * @param filters selected values per facet
 * @param page zero-based
 * @param size hits per page, 1 to {@link #MAX_SIZE}
 * @param likeOrganisation slug of an organisation: rank hits by how close their owner is to it
 */
public record SearchRequest(
        String query,
        Map<Facet, List<String>> filters,
        SearchSort sort,
        int page,
        int size,
        @Nullable String likeOrganisation) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    /** Characters of {@code q} at most: a long sentence; a pasted page is refused. */
    public static final int MAX_QUERY_LENGTH = 500;

    /** Words of {@code q} at most (as {@link ParsedQuery#wordsOf} counts them, operators included). */
    public static final int MAX_WORDS = 20;

    /** Characters of one word at most: above the longest German compounds of the catalogue. */
    public static final int MAX_WORD_LENGTH = 50;

    /** Values of one facet at most. */
    public static final int MAX_VALUES_PER_FACET = 50;

    /** Facet values of all facets together at most. */
    public static final int MAX_FACET_VALUES = 100;

    /** Characters of one facet value (and of {@code like}) at most: keywords and slugs are shorter. */
    public static final int MAX_FACET_VALUE_LENGTH = 200;

    /**
     * Hits a search can page through: (page + 1) × size at most. Ranking collects every hit up to the
     * requested page; reading further than this is what the exports are for.
     */
    public static final int MAX_PAGED_HITS = 10_000;

    public static final String QUERY = "q";
    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final String LIKE = "like";

    public SearchRequest {
        query = query.strip();
        checkQuery(query);
        EnumMap<Facet, List<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) copy.put(facet, List.copyOf(values));
        });
        filters = copy;
        checkFilters(filters);
        if (likeOrganisation != null) checkValue(LIKE, likeOrganisation);
        if (size < 1 || size > MAX_SIZE) {
            throw new SearchLimitException(
                    Limit.SIZE, SIZE, MAX_SIZE, size, "size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if (page < 0) {
            throw new SearchLimitException(
                    Limit.PAGE, PAGE, lastPage(size), page, "page must be 0 or more, was " + page);
        }
        // In long: page × size of two ints overflows and would turn a huge page into a negative offset.
        if (((long) page + 1) * size > MAX_PAGED_HITS) {
            throw new SearchLimitException(
                    Limit.PAGE,
                    PAGE,
                    lastPage(size),
                    page,
                    "page " + page + " at size " + size + " is beyond the hits a search pages through: (page + 1)"
                            + " × size may be at most " + MAX_PAGED_HITS + ", so the last page at this size is "
                            + lastPage(size) + " (the exports give every entry)");
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), SearchSort.RELEVANCE, 0, DEFAULT_SIZE, null);
    }

    /** The last zero-based page a search of this page size may ask for. */
    public static int lastPage(int size) {
        return MAX_PAGED_HITS / size - 1;
    }

    public List<String> selected(Facet facet) {
        return filters.getOrDefault(facet, List.of());
    }

    public SearchRequest withPage(int newPage) {
        return new SearchRequest(query, filters, sort, newPage, size, likeOrganisation);
    }

    /** Refuses words beyond the limits of {@code q}; what autocomplete is given passes here too. */
    static void checkQuery(String query) {
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new SearchLimitException(
                    Limit.QUERY_LENGTH,
                    QUERY,
                    MAX_QUERY_LENGTH,
                    query.length(),
                    "q has " + query.length() + " characters; a search takes at most " + MAX_QUERY_LENGTH);
        }
        List<String> words = ParsedQuery.wordsOf(query);
        if (words.size() > MAX_WORDS) {
            throw new SearchLimitException(
                    Limit.WORDS,
                    QUERY,
                    MAX_WORDS,
                    words.size(),
                    "q has " + words.size() + " words; a search takes at most " + MAX_WORDS);
        }
        for (String word : words) {
            if (word.length() > MAX_WORD_LENGTH) {
                throw new SearchLimitException(
                        Limit.WORD_LENGTH,
                        QUERY,
                        MAX_WORD_LENGTH,
                        word.length(),
                        "the word " + Quoted.of(word) + " of q has " + word.length()
                                + " characters; a search takes words of at most " + MAX_WORD_LENGTH);
            }
        }
    }

    private static void checkFilters(Map<Facet, List<String>> filters) {
        int total = 0;
        for (Map.Entry<Facet, List<String>> facet : filters.entrySet()) {
            String parameter = facet.getKey().parameter();
            int count = facet.getValue().size();
            if (count > MAX_VALUES_PER_FACET) {
                throw new SearchLimitException(
                        Limit.VALUES_PER_FACET,
                        parameter,
                        MAX_VALUES_PER_FACET,
                        count,
                        parameter + " has " + count + " values; a search takes at most " + MAX_VALUES_PER_FACET
                                + " per facet");
            }
            total += count;
            facet.getValue().forEach(value -> checkValue(parameter, value));
        }
        if (total > MAX_FACET_VALUES) {
            throw new SearchLimitException(
                    Limit.FACET_VALUES,
                    filters.keySet().iterator().next().parameter(),
                    MAX_FACET_VALUES,
                    total,
                    "the facets have " + total + " values together; a search takes at most " + MAX_FACET_VALUES);
        }
    }

    private static void checkValue(String parameter, String value) {
        if (value.length() > MAX_FACET_VALUE_LENGTH) {
            throw new SearchLimitException(
                    Limit.FACET_VALUE_LENGTH,
                    parameter,
                    MAX_FACET_VALUE_LENGTH,
                    value.length(),
                    "the value " + Quoted.of(value) + " of " + parameter + " has " + value.length()
                            + " characters; a search takes values of at most " + MAX_FACET_VALUE_LENGTH);
        }
    }
}
