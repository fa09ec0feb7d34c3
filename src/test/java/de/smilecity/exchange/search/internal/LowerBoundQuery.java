package de.smilecity.exchange.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The service's text query on plain Lucene, for the benchmark's lower bound: the same {@link TextQuery}
 * (weighted fields, "all words first"), the same spelling retry, analysed by the backend's own search
 * analyzer, but without Hibernate Search, facet counts or snippets around it.
 */
public final class LowerBoundQuery {

    private final IndexReader reader;
    private final TextQuery textQuery;

    /**
     * @param searchAnalyzer the backend's per-field search analyzer ({@code LuceneIndexManager#searchAnalyzer})
     */
    public LowerBoundQuery(IndexReader reader, Analyzer searchAnalyzer) {
        this.reader = reader;
        this.textQuery = new TextQuery(searchAnalyzer);
    }

    /** The query for the text; words the index does not know are widened with their spelling neighbours. */
    public Query of(String text) throws IOException {
        ParsedQuery parsed = ParsedQuery.parse(text);
        Map<String, List<String>> alternatives = alternatives(parsed.words());
        if (!alternatives.isEmpty()) parsed = ParsedQuery.parse(text, alternatives);
        return textQuery.of(parsed);
    }

    private Map<String, List<String>> alternatives(List<String> words) throws IOException {
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(SpellingCorrector.MAX_EDITS);
        for (String word : words) {
            Term term = new Term(IndexFields.SPELL, word.toLowerCase(Locale.ROOT));
            if (reader.docFreq(term) > 0) continue;
            SuggestWord[] similar = checker.suggestSimilar(
                    term, SpellingCorrector.ALTERNATIVES, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            List<String> choices =
                    new ArrayList<>(Arrays.stream(similar).map(s -> s.string).toList());
            if (!choices.isEmpty()) alternatives.put(word, choices);
        }
        return alternatives;
    }
}
