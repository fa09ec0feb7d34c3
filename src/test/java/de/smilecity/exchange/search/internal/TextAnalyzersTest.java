package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.junit.jupiter.api.Test;

/** The analysis that lets city staff find what they mean: stems, umlauts, compounds, synonyms. */
class TextAnalyzersTest {

    static final CharArraySet PARTS = SearchResources.compoundParts();
    static final Analyzer GERMAN = TextAnalyzers.german(PARTS);
    /** Query analysis without synonyms: how one word is stemmed and folded. */
    static final Analyzer GERMAN_WORD = TextAnalyzers.germanQuery(null);

    static final Analyzer GERMAN_QUERY = TextAnalyzers.germanQuery(synonyms(TextAnalyzers.germanSynonymEntries()));
    static final Analyzer ENGLISH = TextAnalyzers.english();
    static final Analyzer ENGLISH_QUERY = TextAnalyzers.englishQuery(synonyms(TextAnalyzers.englishSynonymEntries()));

    static SynonymMap synonyms(Analyzer entries) {
        SynonymMap map = SearchResources.synonyms(
                Path.of("seed-content/synonyms.txt"), entries, new SearchResources.SynonymStatus());
        assertThat(map).as("seed-content/synonyms.txt parses").isNotNull();
        return map;
    }

    static List<String> index(String text) {
        return SearchResources.tokens(GERMAN, text);
    }

    static List<String> query(String text) {
        return SearchResources.tokens(GERMAN_WORD, text);
    }

    /** With synonyms: the query then stands for each of its alternatives. */
    static List<String> expanded(String text) {
        return SearchResources.tokens(GERMAN_QUERY, text);
    }

    @Test
    void inflectedFormsMeetInOneStem() {
        assertThat(query("Schulen")).isEqualTo(query("Schule"));
        assertThat(index("Plattformen")).containsAll(query("Plattform"));
        assertThat(index("Sensoren")).containsAll(query("Sensor"));
    }

    @Test
    void umlautsAndTheirSpellingsAreOne() {
        assertThat(query("Bürger")).isEqualTo(query("Buerger")).isEqualTo(query("Burger"));
        assertThat(query("Straße")).isEqualTo(query("Strasse"));
    }

    @Test
    void compoundsAreFoundByTheirParts() {
        assertThat(index("Bürgerbeteiligungsplattform"))
                .containsAll(query("Beteiligung"))
                .containsAll(query("Plattform"));
        assertThat(index("Hitzeschutzmaßnahmen")).containsAll(query("Hitzeschutz"));
        assertThat(index("Starkregenvorsorge")).containsAll(query("Starkregen"));
    }

    @Test
    void synonymsBridgeWordsAndLanguages() {
        assertThat(expanded("ÖPNV")).containsAll(query("Nahverkehr"));
        assertThat(expanded("citizen participation")).containsAll(query("Bürgerbeteiligung"));
        assertThat(expanded("Partizipation")).containsAll(query("Bürgerbeteiligung"));
        assertThat(SearchResources.tokens(ENGLISH_QUERY, "Bürgerbeteiligung"))
                .containsAll(SearchResources.tokens(ENGLISH, "participation"));
    }

    @Test
    void englishIsStemmedTheEnglishWay() {
        assertThat(SearchResources.tokens(ENGLISH, "communities"))
                .isEqualTo(SearchResources.tokens(ENGLISH, "community"));
    }

    @Test
    void theWordListKeepsItsRules() {
        assertThat(PARTS).allSatisfy(word -> assertThat(((char[]) word).length).isGreaterThanOrEqualTo(4));
    }
}
