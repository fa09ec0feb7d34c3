package de.smilecity.exchange.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.search.SearchRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search page's URL counts pages from 1, its requests from 0: both ways through one pair. */
class SearchStatePageTest {

    @Test
    void theUrlCountsFromOneTheRequestFromZero() {
        assertThat(SearchState.fromParameters(Map.of(SearchState.PAGE, List.of("3")))
                        .page())
                .isEqualTo(2);
        assertThat(SearchState.fromParameters(Map.of()).page()).isZero();
    }

    @Test
    void aPageBelowOneOrAMangledOneIsTheFirst() {
        assertThat(SearchState.pageFromUrl("0")).isZero();
        assertThat(SearchState.pageFromUrl("-4")).isZero();
        assertThat(SearchState.pageFromUrl("zwei")).isZero();
    }

    @Test
    void aRequestPageGoesBackToTheSameUrl() {
        SearchRequest third = SearchState.fromParameters(Map.of(SearchState.PAGE, List.of("3")));
        assertThat(SearchState.toParameters(third)).containsEntry(SearchState.PAGE, List.of("3"));
        SearchRequest first = SearchState.fromParameters(Map.of(SearchState.PAGE, List.of("1")));
        assertThat(SearchState.toParameters(first)).doesNotContainKey(SearchState.PAGE);
    }
}
