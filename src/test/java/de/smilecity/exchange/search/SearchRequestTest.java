package de.smilecity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smilecity.exchange.search.SearchLimitException.Limit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every search is bounded where it is made: what a hostile caller can send, refused with the limit named. */
@Tag("hostile")
class SearchRequestTest {

    static AbstractThrowableAssert<?, ? extends Throwable> refused(
            String query, Map<Facet, List<String>> filters, int page, int size, Limit limit) {
        return assertThatThrownBy(() -> new SearchRequest(query, filters, SearchSort.RELEVANCE, page, size, null))
                .isInstanceOfSatisfying(
                        SearchLimitException.class, e -> assertThat(e.limit()).isEqualTo(limit));
    }

    static String words(int count, int length) {
        return String.join(" ", Collections.nCopies(count, "b".repeat(length)));
    }

    @Test
    void takesTheLargestSearchWithinEveryLimit() {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.KEYWORD, Collections.nCopies(SearchRequest.MAX_VALUES_PER_FACET, "k".repeat(200)));
        filters.put(Facet.ORGANISATION, Collections.nCopies(SearchRequest.MAX_VALUES_PER_FACET, "o"));
        String query = words(9, SearchRequest.MAX_WORD_LENGTH);
        assertThat(query.length()).isLessThanOrEqualTo(SearchRequest.MAX_QUERY_LENGTH);
        SearchRequest request = new SearchRequest(
                query, filters, SearchSort.RELEVANCE, SearchRequest.lastPage(100), 100, "o".repeat(200));
        assertThat(request.page()).isEqualTo(99);
        new SearchRequest(words(SearchRequest.MAX_WORDS, 20), Map.of(), SearchSort.RELEVANCE, 0, 1, null);
    }

    @Test
    void refusesAQueryBeyondItsLength() {
        refused("b".repeat(2000), Map.of(), 0, 20, Limit.QUERY_LENGTH)
                .hasMessageContaining("2000 characters")
                .hasMessageContaining(String.valueOf(SearchRequest.MAX_QUERY_LENGTH));
    }

    @Test
    void refusesTooManyWordsAndTooLongAWord() {
        refused(words(SearchRequest.MAX_WORDS + 1, 2), Map.of(), 0, 20, Limit.WORDS)
                .hasMessageContaining("21 words");
        // Hyphens and apostrophes hold a word together for the spelling check: so they do here.
        refused("a-" + "b".repeat(SearchRequest.MAX_WORD_LENGTH), Map.of(), 0, 20, Limit.WORD_LENGTH)
                .hasMessageContaining("52 characters");
    }

    @Test
    void refusesTooManyOrTooLongFacetValues() {
        List<String> many = IntStream.range(0, 10_000).mapToObj(i -> "v" + i).toList();
        refused("", Map.of(Facet.KEYWORD, many), 0, 20, Limit.VALUES_PER_FACET)
                .hasMessageContaining("keyword has 10000 values");
        Map<Facet, List<String>> spread = new EnumMap<>(Facet.class);
        for (Facet facet : List.of(Facet.KEYWORD, Facet.ORGANISATION, Facet.STATE)) {
            spread.put(facet, many.subList(0, SearchRequest.MAX_VALUES_PER_FACET));
        }
        refused("", spread, 0, 20, Limit.FACET_VALUES).hasMessageContaining("150 values");
        refused("", Map.of(Facet.KEYWORD, List.of("k".repeat(5000))), 0, 20, Limit.FACET_VALUE_LENGTH)
                .hasMessageContaining("5000 characters")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    @Test
    void refusesPagesBeyondWhatASearchPagesThroughWithoutOverflow() {
        // 21474837 × 100 overflows an int into a negative offset.
        refused("", Map.of(), 21_474_837, 100, Limit.PAGE).hasMessageContaining("the last page at this size is 99");
        refused("", Map.of(), 42_949_672, 100, Limit.PAGE);
        refused("", Map.of(), Integer.MAX_VALUE, 100, Limit.PAGE);
        refused("", Map.of(), 100, 100, Limit.PAGE);
        refused("", Map.of(), -1, 20, Limit.PAGE);
        refused("", Map.of(), 0, 0, Limit.SIZE);
        refused("", Map.of(), 0, 101, Limit.SIZE);
    }
}
