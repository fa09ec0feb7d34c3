package de.smilecity.exchange.search.internal;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * The service's text query on plain Lucene, for the benchmark's lower bound: the same {@link TextQuery}
 * (weighted fields, "all words first"), the same spelling retry, analysed by the backend's own search
 * analyzer, but without Hibernate Search, facet counts or snippets around it.
 */
public final class LowerBoundQuery {

    private final IndexReader reader;
    private final TextQuery textQuery;
    private final SpellingCorrector spelling;

    /**
     * @param searchAnalyzer the backend's per-field search analyzer ({@code LuceneIndexManager#searchAnalyzer})
     * @param spelling the service's own spelling check
     */
    public LowerBoundQuery(IndexReader reader, Analyzer searchAnalyzer, SpellingCorrector spelling) {
        this.reader = reader;
        this.textQuery = new TextQuery(searchAnalyzer);
        this.spelling = spelling;
    }

    /** The query for the text; words the index does not know are widened with their spelling neighbours. */
    public Query of(String text) {
        Map<String, List<String>> alternatives = spelling.alternatives(reader, text);
        ParsedQuery parsed = alternatives.isEmpty() ? ParsedQuery.parse(text) : ParsedQuery.parse(text, alternatives);
        return textQuery.of(parsed);
    }
}
