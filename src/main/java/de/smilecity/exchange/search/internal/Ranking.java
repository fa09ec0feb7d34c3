package de.smilecity.exchange.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.jspecify.annotations.Nullable;

/**
 * The entries of one page of a search, in order, with their scores and stored fields: a top-n search on
 * plain Lucene. Ranked by relevance it lets Lucene skip entries that cannot reach the page (block-max
 * WAND), because it neither counts every match (the facet counting knows the total) nor asks for a
 * tie-break.
 */
public final class Ranking {

    /** An entry of the page: its stored fields ({@link HitProjection}), its score and its document number. */
    public record Ranked(Document document, float score, int doc) {}

    private Ranking() {}

    /**
     * @param sort a field sort, or null for relevance (ties in index order)
     * @param offset entries before the page
     * @param withTexts whether to read the texts for snippets too
     */
    public static List<Ranked> page(
            IndexSearcher searcher, Query query, @Nullable Sort sort, int offset, int size, boolean withTexts)
            throws IOException {
        int n = offset + size;
        TopDocs top = sort == null
                ? searcher.search(query, new TopScoreDocCollectorManager(n, n))
                : searcher.search(query, n, sort, true);
        StoredFields stored = searcher.storedFields();
        List<Ranked> page = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            page.add(new Ranked(HitProjection.read(stored, hit.doc, withTexts), hit.score, hit.doc));
        }
        return page;
    }
}
