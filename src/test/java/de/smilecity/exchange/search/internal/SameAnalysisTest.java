package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SameAnalysisTest {

    private final SameAnalysis same = new SameAnalysis(new SearchAnalysis(null));

    @Test
    void wordsWithTheSameTokensAreSentAsTheWordSeenFirst() {
        String field = IndexFields.de(IndexFields.TITLE);

        assertThat(same.of(field, "Schulen", "any")).isEqualTo(new SameAnalysis.Sent("Schulen", true));
        assertThat(same.of(field, "Schule", "phrase")).isEqualTo(new SameAnalysis.Sent("Schulen", true));
    }

    @Test
    void severalWordsAreOneOnlyWhenAskedTheSameWay() {
        String field = IndexFields.de(IndexFields.BODY);

        assertThat(same.of(field, "digitale Schulen", "phrase").text()).isEqualTo("digitale Schulen");
        assertThat(same.of(field, "digitale Schule", "any").text()).isEqualTo("digitale Schule");
        assertThat(same.of(field, "Digitale Schulen", "phrase").text()).isEqualTo("digitale Schulen");
    }

    @Test
    void aFieldWithoutAKnownAnalyzerKeepsItsText() {
        assertThat(same.of(IndexFields.PLACE, "Kiel", "any")).isEqualTo(new SameAnalysis.Sent("Kiel", false));
        assertThat(same.of(IndexFields.PLACE, "kiel", "any").text()).isEqualTo("kiel");
    }

    @Test
    void theQuestionKeepsOneClauseWhereTheNodeWouldBuildTheSameQuery() {
        // The word as typed and a corrected form that stems alike: one clause per field.
        ParsedQuery question = new ParsedQuery(
                List.of(List.of(new Unit("Schulen", false), new Unit("Schule", false, 0.5f, false))), List.of());

        JsonObject alike = OpenSearchQueries.text(question, Set.of(), RankingWeights.defaults(), same);
        JsonObject apart = OpenSearchQueries.text(question, Set.of(), RankingWeights.defaults());

        // German stems both to one word; English and the place keep them apart.
        int fields = TextQuery.fields(RankingWeights.defaults()).size();
        assertThat(apart.getAsJsonObject("bool").getAsJsonArray("should")).hasSize(2 * fields);
        assertThat(alike.getAsJsonObject("bool").getAsJsonArray("should").asList())
                .hasSize(2 * fields - 5)
                .noneMatch(clause -> clause.toString().contains("_de\":{\"query\":\"Schule\""));
    }

    @Test
    void aPhraseInTheConceptLabelsIsSentAsEveryTermAndMergesWithTheRunOfTheSameWords() {
        // The run as typed and its phrase (as a translation or correction would add it).
        ParsedQuery question = new ParsedQuery(
                List.of(List.of(
                        new Unit("digitale Verwaltung", false), new Unit("Digitale Verwaltung", true, 0.3f, false))),
                List.of());

        List<JsonObject> clauses = OpenSearchQueries.text(question, Set.of(), RankingWeights.defaults(), same)
                .getAsJsonObject("bool")
                .getAsJsonArray("should")
                .asList()
                .stream()
                .map(clause -> clause.getAsJsonObject())
                .toList();

        String taxonomy = IndexFields.de(IndexFields.TAXONOMY);
        assertThat(clauses)
                .noneMatch(clause -> clause.has("match_phrase")
                        && clause.getAsJsonObject("match_phrase").has(taxonomy));
        assertThat(clauses)
                .anyMatch(clause -> clause.has("match_phrase")
                        && clause.getAsJsonObject("match_phrase").has(IndexFields.de(IndexFields.TITLE)));
        // One "every term" clause in the labels, the run's and the phrase's weights added up.
        assertThat(clauses)
                .filteredOn(clause -> clause.has("match")
                        && clause.getAsJsonObject("match").has(taxonomy)
                        && clause.getAsJsonObject("match")
                                .getAsJsonObject(taxonomy)
                                .has("operator"))
                .singleElement()
                .satisfies(clause -> assertThat(clause.getAsJsonObject("match")
                                .getAsJsonObject(taxonomy)
                                .get("query")
                                .getAsString())
                        .isEqualToIgnoringCase("digitale Verwaltung"));
    }
}
