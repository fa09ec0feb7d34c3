package de.smilecity.exchange.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/** The index statistics of the embedded engine, read from one index reader as they are asked. */
final class ReaderStatistics implements IndexStatistics {

    private final IndexReader reader;
    private final SpellingCorrector spelling;
    private final Map<String, Map<String, List<String>>> misspelt = new LinkedHashMap<>();

    ReaderStatistics(IndexReader reader, SpellingCorrector spelling) {
        this.reader = reader;
        this.spelling = spelling;
    }

    @Override
    public int entries() {
        return reader.numDocs();
    }

    @Override
    public long entriesWith(String field, String term) {
        try {
            return reader.docFreq(new Term(field, term));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot count the entries with '" + term + "' in " + field, e);
        }
    }

    @Override
    public Map<String, List<String>> misspelt(String question) {
        return misspelt.computeIfAbsent(question, q -> spelling.alternatives(reader, q));
    }

    /** Every answer is read at once; nothing is ever missing. */
    @Override
    public boolean fetchMissing() {
        return false;
    }
}
