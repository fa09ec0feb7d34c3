package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.SearchSort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenSearchSearchPageTest {

    private static final Map<String, List<String>> TWO_FILTERS = new LinkedHashMap<>(Map.of(
            Facet.FIELD.indexField(), List.of("mobility"),
            Facet.STATE.indexField(), List.of("Bayern", "Hessen")));

    @Test
    void thePageFiltersBeforeScoringAndLeavesTheTotalToTheCounts() {
        JsonObject ranked = OpenSearchQueries.term(IndexFields.SLUG, "kiel-hafenmobil");

        JsonObject page = OpenSearchSearchPage.page(
                ranked,
                TWO_FILTERS,
                new JsonArray(),
                OpenSearchSearchPage.sort(SearchSort.RELEVANCE, false),
                20,
                20,
                new JsonArray());

        JsonObject bool = page.getAsJsonObject("query").getAsJsonObject("bool");
        assertThat(bool.getAsJsonArray("must").get(0)).isEqualTo(ranked);
        assertThat(bool.getAsJsonArray("filter").toString()).contains("mobility", "Bayern", "Hessen");
        assertThat(page.get("track_total_hits").getAsBoolean()).isFalse();
        assertThat(page.has("post_filter")).isFalse();
        assertThat(page.has("aggregations")).isFalse();
        assertThat(page.get("from").getAsInt()).isEqualTo(20);
    }

    @Test
    void theCountsScoreNothingAndCountEachFacetWithoutItsOwnFilter() {
        JsonObject counted = OpenSearchQueries.counted(
                OpenSearchQueries.term(IndexFields.SLUG, "kiel-hafenmobil"), List.of(), TWO_FILTERS);

        JsonObject counts = OpenSearchSearchPage.counts(counted, TWO_FILTERS, 100);

        assertThat(counts.get("size").getAsInt()).isZero();
        assertThat(counted.getAsJsonObject("bool").keySet()).containsExactly("filter");
        JsonObject aggregations = counts.getAsJsonObject("aggregations");
        assertThat(aggregations.getAsJsonObject(Facet.FIELD.indexField()).toString())
                .contains("Bayern")
                .doesNotContain("mobility");
        assertThat(aggregations.getAsJsonObject(Facet.STATE.indexField()).toString())
                .contains("mobility")
                .doesNotContain("Bayern");
        assertThat(aggregations.getAsJsonObject(OpenSearchSearchPage.TOTAL).toString())
                .contains("mobility", "Bayern");
    }

    @Test
    void readsThePageTheTotalAndTheCountsOfBothResponses() {
        StringBuilder facets = new StringBuilder();
        for (Facet facet : Facet.values()) {
            long count = facet == Facet.STATE ? 7 : 3;
            facets.append('"')
                    .append(facet.indexField())
                    .append("\":{\"doc_count\":9,\"values\":{\"buckets\":[{\"key\":\"x\",\"doc_count\":")
                    .append(count)
                    .append("}]}},");
        }
        JsonObject answer = JsonParser.parseString("{\"responses\":["
                        + "{\"hits\":{\"hits\":[{\"_score\":2.5,\"_source\":{\"slug\":\"kiel-hafenmobil\"},"
                        + "\"matched_queries\":[\"to_0\"]}]},\"status\":200},"
                        + "{\"hits\":{\"hits\":[]},\"aggregations\":{" + facets + "\"total\":{\"doc_count\":42}},"
                        + "\"status\":200}]}")
                .getAsJsonObject();

        OpenSearchSearchPage.Answer read = OpenSearchSearchPage.read(answer, OpenSearchEngine::document);

        assertThat(read.total()).isEqualTo(42);
        assertThat(read.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.document().get(IndexFields.SLUG)).isEqualTo("kiel-hafenmobil");
            assertThat(hit.score()).isEqualTo(2.5f);
            assertThat(hit.matched()).containsExactly("to_0");
        });
        assertThat(read.counts().get(Facet.STATE)).containsExactly(Map.entry("x", 7L));
        assertThat(read.counts().get(Facet.FIELD)).containsExactly(Map.entry("x", 3L));
    }

    @Test
    void aRefusalNamesTheSearchAndTheNodesReason() {
        JsonObject answer = JsonParser.parseString("{\"responses\":[{\"hits\":{\"hits\":[]},\"status\":200},"
                        + "{\"error\":{\"type\":\"search_phase_execution_exception\",\"reason\":\"all shards failed\","
                        + "\"root_cause\":[{\"type\":\"too_many_clauses\",\"reason\":\"maxClauseCount is set to"
                        + " 1024\"}]},\"status\":400}]}")
                .getAsJsonObject();

        assertThatThrownBy(() -> OpenSearchSearchPage.read(answer, OpenSearchEngine::document))
                .isInstanceOf(OpenSearchSearchPage.Refused.class)
                .hasMessageContaining("facet counts")
                .hasMessageContaining("too_many_clauses: maxClauseCount is set to 1024");
    }
}
