package de.smilecity.exchange.search.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;

/**
 * The index tokens of single words under one index analyzer, remembered. Snippets need, for every word
 * of a hit's texts, the tokens it was indexed as (stems, compound parts); analysing the same words again
 * for every hit — German compound splitting looks up every part of every long word — cost more than the
 * search itself. The catalogue's vocabulary is limited, so most words are known after a few searches.
 *
 * <p>Exact, because both index analyzers work word by word: every token comes from one word of the
 * tokenizer, whatever stands around it (see {@link TextAnalyzers}). Bounded: when full, it starts afresh.
 */
public final class WordTokens {

    /** Words remembered at most: some megabytes. */
    static final int CAPACITY = 50_000;

    private final Analyzer indexAnalyzer;
    private final Map<String, Set<String>> known = new ConcurrentHashMap<>();

    WordTokens(Analyzer indexAnalyzer) {
        this.indexAnalyzer = indexAnalyzer;
    }

    /**
     * The tokens the word (as the tokenizer cut it) was indexed as. Given a short text of several words
     * (a taxonomy label), the tokens of all its words.
     */
    public Set<String> of(String word) {
        Set<String> tokens = known.get(word);
        if (tokens == null) {
            tokens = Set.copyOf(SearchResources.tokens(indexAnalyzer, word));
            if (known.size() >= CAPACITY) known.clear();
            known.put(word, tokens);
        }
        return tokens;
    }
}
