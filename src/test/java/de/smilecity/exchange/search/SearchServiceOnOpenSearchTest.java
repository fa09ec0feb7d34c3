package de.smilecity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.search.internal.SearchEngine;
import de.smilecity.exchange.testsupport.OpenSearch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every question of {@link SearchServiceTest}, asked of the OpenSearch engine on a real OpenSearch
 * server with the seed content: compounds and inflections, typos, both languages, phrases and
 * exclusions, disjunctive facet counts, sorting and the export order, findable on save, suggestions,
 * similar entries, "cities like mine", index health and marked snippets. Where OpenSearch answers
 * differently, the test is overridden here and says why.
 */
@OpenSearch
class SearchServiceOnOpenSearchTest extends SearchServiceTest {

    @Autowired
    SearchEngine engine;

    @Test
    void runsOnTheOpenSearchEngine() {
        assertThat(engine.getClass().getSimpleName()).isEqualTo("OpenSearchEngine");
    }
}
