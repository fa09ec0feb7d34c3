package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The dictionary shipped with the app: every line a pair, each pair once, none the glossary would
 * ignore. Its loading fails on a line that is no pair, so loading it at all proves the first.
 */
class DictionaryFileTest {

    private final List<SearchResources.DictionaryPair> pairs = SearchResources.dictionary();
    private final Analyzer folding = TextAnalyzers.germanSynonymEntries();
    private final Analyzer german = TextAnalyzers.germanQuery(null);
    private final Analyzer english = TextAnalyzers.englishQuery(null);

    @Test
    void holdsTheVocabularyOfEveryFieldAtAReadableSize() {
        assertThat(pairs).hasSizeBetween(1_500, 3_200);
    }

    @Test
    void everyPairHasTwoSidesOfAtMostTheLongestTermTheGlossaryKeeps() {
        assertThat(pairs).allSatisfy(pair -> {
            assertThat(pair.german()).as("German side of %s", pair).isNotBlank();
            assertThat(pair.english()).as("English side of %s", pair).isNotBlank();
            assertThat(ParsedQuery.wordsOf(pair.german()).size())
                    .as(pair.german())
                    .isLessThanOrEqualTo(Glossary.MAX_WORDS);
            assertThat(ParsedQuery.wordsOf(pair.english()).size())
                    .as(pair.english())
                    .isLessThanOrEqualTo(Glossary.MAX_WORDS);
        });
    }

    @Test
    void noPairTranslatesAWordIntoItself() {
        assertThat(pairs)
                .filteredOn(
                        pair -> Glossary.fold(folding, pair.german()).equals(Glossary.fold(folding, pair.english())))
                .isEmpty();
    }

    @Test
    void noPairRepeatsAnotherEvenInAnotherFormOfItsWords() {
        // Two pairs whose sides both stem alike ("Schule = school", "Schulen = schools") add nothing:
        // the glossary compares stems.
        Map<String, SearchResources.DictionaryPair> first = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (SearchResources.DictionaryPair pair : pairs) {
            String key = Glossary.fold(german, pair.german()) + " = " + Glossary.fold(english, pair.english());
            SearchResources.DictionaryPair earlier = first.putIfAbsent(key, pair);
            if (earlier != null) repeated.add(pair + " repeats " + earlier);
        }
        assertThat(repeated).isEmpty();
    }
}
