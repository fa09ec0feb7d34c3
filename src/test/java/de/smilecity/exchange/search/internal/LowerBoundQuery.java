package de.smilecity.exchange.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * The service's text query on plain Lucene, for the benchmark's lower bound: the same {@link TextQuery}
 * (weighted fields, "all words first"), the same widening of the question (corrections, compounds, translations), analysed by the backend's own search
 * analyzer, but without Hibernate Search, facet counts or snippets around it.
 */
public final class LowerBoundQuery {

    private final IndexReader reader;
    private final TextQuery textQuery;
    private final QueryExpansion expansion;
    private final CatalogueGlossary glossary;

    /**
     * @param searchAnalyzer the backend's per-field search analyzer ({@code LuceneIndexManager#searchAnalyzer})
     * @param spelling the service's own spelling check
     * @param weights the service's weights
     * @param glossary the service's glossary
     */
    public LowerBoundQuery(
            IndexReader reader,
            Analyzer searchAnalyzer,
            SpellingCorrector spelling,
            RankingWeights weights,
            CatalogueGlossary glossary) {
        this.reader = reader;
        this.textQuery = new TextQuery(searchAnalyzer, weights);
        this.expansion = new QueryExpansion(spelling, weights);
        this.glossary = glossary;
    }

    /** The query for the text, widened as the service widens it (corrections, compounds, translations). */
    public Query of(String text) {
        QueryExpansion.Expanded expanded = expansion.expand(text, reader, glossary.current(reader));
        return textQuery.of(expanded.query(), expanded.broad());
    }
}
