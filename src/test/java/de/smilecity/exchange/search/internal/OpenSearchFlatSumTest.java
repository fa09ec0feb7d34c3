package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenSearchFlatSumTest {

    @Test
    void writesTheTextQueryAsOneSumWithEachRepeatedClauseOnce() {
        // One run of two words and a translation as a phrase: the phrase is in both halves.
        ParsedQuery question = new ParsedQuery(
                List.of(List.of(new Unit("digitale Verwaltung", false), new Unit("e-government", true, 0.3f, false))),
                List.of());
        RankingWeights weights = RankingWeights.defaults();

        JsonObject text = OpenSearchQueries.text(question, Set.of(), weights);

        JsonObject bool = text.getAsJsonObject("bool");
        assertThat(bool.keySet()).containsExactly("should");
        JsonArray clauses = bool.getAsJsonArray("should");
        List<JsonObject> titlePhrases = clauses.asList().stream()
                .map(JsonElement::getAsJsonObject)
                .filter(clause -> clause.has("match_phrase")
                        && clause.getAsJsonObject("match_phrase").has("title_de"))
                .toList();
        assertThat(titlePhrases).hasSize(1);
        float boost = titlePhrases
                .getFirst()
                .getAsJsonObject("match_phrase")
                .getAsJsonObject("title_de")
                .get("boost")
                .getAsFloat();
        // Six times in the "all words" half and once in the other, of 0.3 × the title's weight.
        assertThat(boost).isCloseTo((weights.allWords() + 1) * 0.3f * weights.title(), within(1e-4f));
        // The "every word in some field" conjunction stays one clause, with the "all words" boost.
        assertThat(clauses.asList())
                .filteredOn(clause -> clause.getAsJsonObject().has("bool"))
                .singleElement()
                .satisfies(clause -> assertThat(clause.getAsJsonObject()
                                .getAsJsonObject("bool")
                                .get("boost")
                                .getAsFloat())
                        .isEqualTo(weights.allWords()));
    }

    @Test
    void leavesAClauseThatIsNoSumAsItIs() {
        JsonObject conjunction = JsonParser.parseString(
                        "{\"bool\":{\"must\":[{\"match\":{\"title_de\":{\"query\":\"a\"}}},"
                                + "{\"match\":{\"body_de\":{\"query\":\"b\"}}}],\"boost\":2.0}}")
                .getAsJsonObject();
        JsonObject nested = OpenSearchQueries.bool(
                "should",
                OpenSearchQueries.array(
                        conjunction,
                        OpenSearchQueries.bool(
                                "should",
                                OpenSearchQueries.array(JsonParser.parseString(
                                                "{\"match\":{\"body_de\":{\"query\":\"c\",\"boost\":3.0}}}")
                                        .getAsJsonObject()))));

        JsonArray flat = OpenSearchQueries.flat(nested).getAsJsonObject("bool").getAsJsonArray("should");

        assertThat(flat.asList())
                .containsExactly(
                        conjunction,
                        JsonParser.parseString("{\"match\":{\"body_de\":{\"query\":\"c\",\"boost\":3.0}}}"));
    }
}
