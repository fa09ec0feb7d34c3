package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.search.internal.FacetColumns.Column;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.springframework.stereotype.Component;

/**
 * Counts facet values over every entry a search finds, with disjunctive ("drill sideways") counts for
 * the facets that filter, in one pass over the entries that the words match, without scoring.
 *
 * <p>For each such entry the facet filters are checked (a bit per entry and filter, set from the
 * postings of the selected values): an entry that
 * passes all of them is a hit and counts for every facet; an entry that fails exactly one filter
 * counts for that facet only, because it would be a hit if that facet's selection were different — so a
 * facet's own selection does not shrink its own counts. Entries failing two filters count nowhere.
 * One pass serves the total and all facets, where a query per selected facet would walk the words'
 * matches again for each.
 *
 * <p>Values come from {@link FacetColumns}; within a segment they are counted into arrays by ordinal,
 * and only ordinals that were hit become strings, once per segment.
 */
@Component
public class FacetCounter {

    /**
     * @param total entries that pass every filter: the hits
     * @param counts per field, value → entries, most frequent first (ties by value), at most the limit
     */
    public record Counts(long total, Map<String, Map<String, Long>> counts) {}

    private final FacetColumns columns;

    FacetCounter(FacetColumns columns) {
        this.columns = columns;
    }

    /**
     * @param matching what the words match (exclusions applied), without facet filters
     * @param fields facet fields (keyword fields with doc values) to count
     * @param filters facet field → accepted values (values of one field combine with OR, fields with AND);
     *     each of these fields must be among {@code fields}
     * @param maxValues values kept per field, the most frequent
     */
    public Counts count(
            IndexSearcher searcher,
            Query matching,
            List<String> fields,
            Map<String, List<String>> filters,
            int maxValues)
            throws IOException {
        if (!fields.containsAll(filters.keySet())) {
            throw new IllegalArgumentException("Filters on " + filters.keySet() + " but counting only " + fields);
        }
        return searcher.search(matching, new Manager(fields, filters, maxValues));
    }

    private final class Manager implements CollectorManager<Counting, Counts> {

        private final List<String> fields;
        private final Map<String, List<String>> filters;
        private final int maxValues;

        Manager(List<String> fields, Map<String, List<String>> filters, int maxValues) {
            this.fields = fields;
            this.filters = filters;
            this.maxValues = maxValues;
        }

        @Override
        public Counting newCollector() {
            return new Counting(fields, filters);
        }

        @Override
        public Counts reduce(Collection<Counting> collectors) {
            long total = 0;
            List<Map<String, Long>> merged = new ArrayList<>();
            fields.forEach(f -> merged.add(new HashMap<>()));
            for (Counting c : collectors) {
                total += c.total;
                for (int i = 0; i < fields.size(); i++) {
                    Map<String, Long> into = merged.get(i);
                    c.values.get(i).forEach((value, count) -> into.merge(value, count, Long::sum));
                }
            }
            Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                counts.put(fields.get(i), top(merged.get(i), maxValues));
            }
            return new Counts(total, counts);
        }
    }

    private static Map<String, Long> top(Map<String, Long> values, int max) {
        Map<String, Long> top = new LinkedHashMap<>();
        values.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    /** Counts of one slice of segments. */
    private final class Counting implements Collector {

        private final List<String> fields;
        /** For each filter: the index of its field in {@link #fields}, and its accepted values. */
        private final int[] filterField;

        private final List<List<String>> filterValues = new ArrayList<>();
        /** Per field, value → entries, over the segments seen so far. */
        private final List<Map<String, Long>> values = new ArrayList<>();

        private long total;

        Counting(List<String> fields, Map<String, List<String>> filters) {
            this.fields = fields;
            this.filterField = new int[filters.size()];
            int j = 0;
            for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
                filterField[j++] = fields.indexOf(filter.getKey());
                filterValues.add(filter.getValue());
            }
            fields.forEach(f -> values.add(new HashMap<>()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            int n = fields.size();
            Column[] column = new Column[n];
            int[][] byOrdinal = new int[n][];
            for (int i = 0; i < n; i++) {
                column[i] = columns.column(context.reader(), fields.get(i));
                byOrdinal[i] = new int[column[i].size()];
            }
            FixedBitSet[] accepted = new FixedBitSet[filterField.length];
            for (int j = 0; j < filterField.length; j++) {
                accepted[j] = docsWithAny(context.reader(), fields.get(filterField[j]), filterValues.get(j));
            }
            // Documents are gathered first and counted facet by facet afterwards: one column at a time
            // stays in the processor's cache, where counting document by document across all columns
            // would fetch a cache line of every column for every document.
            DocBuffer hits = new DocBuffer();
            DocBuffer[] failingOnly = new DocBuffer[filterField.length];
            for (int j = 0; j < failingOnly.length; j++) failingOnly[j] = new DocBuffer();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counting needs no scores
                }

                @Override
                public void collect(int doc) {
                    int failed = -1;
                    for (int j = 0; j < accepted.length; j++) {
                        if (!accepted[j].get(doc)) {
                            if (failed >= 0) return; // fails two filters: counts nowhere
                            failed = j;
                        }
                    }
                    if (failed >= 0) {
                        failingOnly[failed].add(doc);
                    } else {
                        hits.add(doc);
                    }
                }

                @Override
                public void finish() {
                    total += hits.size;
                    for (int i = 0; i < n; i++) column[i].count(hits.docs, hits.size, byOrdinal[i]);
                    for (int j = 0; j < filterField.length; j++) {
                        int i = filterField[j];
                        column[i].count(failingOnly[j].docs, failingOnly[j].size, byOrdinal[i]);
                    }
                    for (int i = 0; i < n; i++) {
                        int[] counts = byOrdinal[i];
                        for (int ord = 0; ord < counts.length; ord++) {
                            if (counts[ord] > 0) {
                                values.get(i).merge(column[i].value(ord), (long) counts[ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }
    }

    /**
     * The documents of the segment with any of the values in the field, from the field's postings. A
     * bit per document answers "passes this filter?" with one memory read for each entry the words
     * match, where the values of a multi-valued column took three; building it walks only the postings
     * of the selected values.
     */
    private static FixedBitSet docsWithAny(LeafReader segment, String field, List<String> values) throws IOException {
        FixedBitSet docs = new FixedBitSet(segment.maxDoc());
        Terms terms = segment.terms(field);
        if (terms == null) return docs;
        TermsEnum term = terms.iterator();
        PostingsEnum postings = null;
        for (String value : values) {
            if (term.seekExact(new BytesRef(value))) {
                postings = term.postings(postings, PostingsEnum.NONE);
                docs.or(postings);
            }
        }
        return docs;
    }

    /** A growing list of document numbers of one segment. */
    private static final class DocBuffer {
        int[] docs = new int[64];
        int size;

        void add(int doc) {
            if (size == docs.length) docs = Arrays.copyOf(docs, size * 2);
            docs[size++] = doc;
        }
    }
}
