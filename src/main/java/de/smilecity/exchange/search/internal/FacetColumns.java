package de.smilecity.exchange.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The facet values of every document of a segment, read once from the doc values into plain arrays
 * and kept while the segment lives. Counting facets reads a value per matching document and facet; from
 * an array that costs a nanosecond or two, from the compressed doc values on disk some tens (measured in
 * the search benchmark, docs/performance.md). Segments never change, so an entry stays valid until
 * Lucene closes the segment, which removes it. Size: about one int per document and facet value, some
 * 8 MB for 100 000 entries.
 */
@Component
public class FacetColumns {

    /** The values of one facet field in one segment: ordinals per document, and the values per ordinal. */
    public static final class Column {

        /** For a field with at most one value per document: its ordinal, or -1; else null. */
        private final int @Nullable [] single;
        /** For a multi-valued field: where the ordinals of document d start in {@link #ords}, up to starts[d+1]. */
        private final int @Nullable [] starts;

        private final int @Nullable [] ords;
        private final String[] values;

        private Column(int @Nullable [] single, int @Nullable [] starts, int @Nullable [] ords, String[] values) {
            this.single = single;
            this.starts = starts;
            this.ords = ords;
            this.values = values;
        }

        /** How many distinct values the field has in this segment. */
        public int size() {
            return values.length;
        }

        public String value(int ord) {
            return values[ord];
        }

        /** Adds one to the count of each value of each of the first {@code size} documents. */
        public void count(int[] docs, int size, int[] counts) {
            if (single != null) {
                for (int d = 0; d < size; d++) {
                    int ord = single[docs[d]];
                    if (ord >= 0) counts[ord]++;
                }
            } else {
                for (int d = 0; d < size; d++) {
                    int doc = docs[d];
                    for (int k = starts[doc], end = starts[doc + 1]; k < end; k++) counts[ords[k]]++;
                }
            }
        }
    }

    private final Map<IndexReader.CacheKey, Map<String, Column>> bySegment = new ConcurrentHashMap<>();

    /** The column of the field in the segment, read on first use. */
    public Column column(LeafReader segment, String field) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) return read(segment, field); // not a segment of an index on disk: nothing to share
        Map<String, Column> columns = bySegment.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(bySegment::remove);
            return new ConcurrentHashMap<>();
        });
        Column column = columns.get(field);
        if (column == null) {
            column = read(segment, field);
            columns.put(field, column);
        }
        return column;
    }

    /** Segments with columns in memory, for tests. */
    int segments() {
        return bySegment.size();
    }

    private static Column read(LeafReader segment, String field) throws IOException {
        SortedSetDocValues docValues = DocValues.getSortedSet(segment, field);
        String[] values = new String[Math.toIntExact(docValues.getValueCount())];
        for (int ord = 0; ord < values.length; ord++)
            values[ord] = docValues.lookupOrd(ord).utf8ToString();
        int maxDoc = segment.maxDoc();
        SortedDocValues singleValued = DocValues.unwrapSingleton(docValues);
        if (singleValued != null) {
            int[] single = new int[maxDoc];
            Arrays.fill(single, -1);
            for (int d = singleValued.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = singleValued.nextDoc()) {
                single[d] = singleValued.ordValue();
            }
            return new Column(single, null, null, values);
        }
        int[] starts = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc)];
        int next = 0;
        int doc = 0;
        for (int d = docValues.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docValues.nextDoc()) {
            while (doc <= d) starts[doc++] = next; // documents without a value get an empty range
            int count = docValues.docValueCount();
            if (next + count > ords.length) ords = Arrays.copyOf(ords, Math.max(ords.length * 2, next + count));
            for (int k = 0; k < count; k++) ords[next++] = Math.toIntExact(docValues.nextOrd());
        }
        while (doc <= maxDoc) starts[doc++] = next;
        return new Column(null, starts, Arrays.copyOf(ords, next), values);
    }
}
