package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.search.internal.FacetColumns.Column;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts facet values over every entry a search finds, with disjunctive ("drill sideways") counts for
 * the facets that filter, in one pass over the entries that the words match, without scoring.
 *
 * <p>Per segment the words' matches become a bit per entry ({@link WordMatches}: the postings of their
 * terms, or-ed in bulk), and each facet filter a bit per entry (the postings of the selected values).
 * An entry that passes all filters is a hit and counts for every facet; an entry that fails exactly one
 * filter counts for that facet only, because it would be a hit if that facet's selection were different
 * — so a facet's own selection does not shrink its own counts. Entries failing two filters count
 * nowhere. The bits are combined 64 entries at a time; a query per selected facet, or advancing the
 * words' nested disjunction to every entry a filter lets through, would walk the words' postings again
 * and again.
 *
 * <p>Values come from {@link FacetColumns}; within a segment they are counted into arrays by ordinal,
 * and only ordinals that were hit become strings, once per segment.
 */
@Component
public class FacetCounter {

    /**
     * @param total entries that pass every filter: the hits
     * @param counts per field, value → entries, most frequent first (ties by value), at most the limit
     * @param hits those entries, as a filter for a search on the same reader
     */
    public record Counts(long total, Map<String, Map<String, Long>> counts, Query hits) {}

    private final FacetColumns columns;

    FacetCounter(FacetColumns columns) {
        this.columns = columns;
    }

    /**
     * @param words what the words match, unranked ({@code TextQuery#matching}), or null for every entry
     * @param exclusions what must not match
     * @param fields facet fields (keyword fields with doc values) to count
     * @param filters facet field → accepted values (values of one field combine with OR, fields with AND);
     *     each of these fields must be among {@code fields}
     * @param maxValues values kept per field, the most frequent
     */
    public Counts count(
            IndexSearcher searcher,
            @Nullable Query words,
            List<Query> exclusions,
            List<String> fields,
            Map<String, List<String>> filters,
            int maxValues)
            throws IOException {
        if (!fields.containsAll(filters.keySet())) {
            throw new IllegalArgumentException("Filters on " + filters.keySet() + " but counting only " + fields);
        }
        WordMatches matches = WordMatches.of(searcher, words, exclusions);
        int[] filterField = new int[filters.size()];
        List<List<String>> filterValues = new ArrayList<>();
        int j = 0;
        for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
            filterField[j++] = fields.indexOf(filter.getKey());
            filterValues.add(filter.getValue());
        }
        List<Map<String, Long>> values = new ArrayList<>();
        fields.forEach(f -> values.add(new HashMap<>()));
        long total = 0;
        List<FixedBitSet> hits = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FixedBitSet inLeaf = new FixedBitSet(leaf.reader().maxDoc());
            total += countSegment(leaf, matches, fields, filterField, filterValues, values, inLeaf);
            hits.add(inLeaf);
        }
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) counts.put(fields.get(i), top(values.get(i), maxValues));
        return new Counts(total, counts, new CountedHits(searcher.getIndexReader(), hits));
    }

    /** Counts one segment into {@code values}, sets its hits in {@code hitBits} and returns how many. */
    private long countSegment(
            LeafReaderContext leaf,
            WordMatches matches,
            List<String> fields,
            int[] filterField,
            List<List<String>> filterValues,
            List<Map<String, Long>> values,
            FixedBitSet hitBits)
            throws IOException {
        LeafReader segment = leaf.reader();
        int n = fields.size();
        int filters = filterField.length;
        long[][] accepted = new long[filters][];
        for (int j = 0; j < filters; j++) {
            accepted[j] = docsWithAny(segment, fields.get(filterField[j]), filterValues.get(j))
                    .getBits();
        }
        FixedBitSet matched = matches.in(leaf, filters < 2 ? null : passingAllButOne(accepted, segment.maxDoc()));
        Bits live = segment.getLiveDocs();
        // Documents are gathered first and counted facet by facet afterwards: one column at a time
        // stays in the processor's cache, where counting document by document across all columns
        // would fetch a cache line of every column for every document.
        DocBuffer hits = new DocBuffer();
        DocBuffer[] failingOnly = new DocBuffer[filters];
        for (int j = 0; j < filters; j++) failingOnly[j] = new DocBuffer();
        long[] words = matched.getBits();
        for (int w = 0, end = FixedBitSet.bits2words(segment.maxDoc()); w < end; w++) {
            long some = words[w];
            if (some == 0) continue;
            long all = some;
            for (int j = 0; j < filters; j++) all &= accepted[j][w];
            hits.addAll(all, w, live);
            for (int j = 0; j < filters; j++) {
                long onlyThis = some & ~accepted[j][w];
                for (int k = 0; k < filters && onlyThis != 0; k++) {
                    if (k != j) onlyThis &= accepted[k][w];
                }
                failingOnly[j].addAll(onlyThis, w, live);
            }
        }
        int[][] byOrdinal = new int[n][];
        Column[] column = new Column[n];
        for (int i = 0; i < n; i++) {
            column[i] = columns.column(segment, fields.get(i));
            byOrdinal[i] = new int[column[i].size()];
            column[i].count(hits.docs, hits.size, byOrdinal[i]);
        }
        for (int j = 0; j < filters; j++) {
            int i = filterField[j];
            column[i].count(failingOnly[j].docs, failingOnly[j].size, byOrdinal[i]);
        }
        for (int i = 0; i < n; i++) {
            int[] counts = byOrdinal[i];
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) values.get(i).merge(column[i].value(ord), (long) counts[ord], Long::sum);
            }
        }
        for (int h = 0; h < hits.size; h++) hitBits.set(hits.docs[h]);
        return hits.size;
    }

    /** The entries that pass at least all filters but one: the only ones that count anywhere. */
    private static FixedBitSet passingAllButOne(long[][] accepted, int maxDoc) {
        FixedBitSet candidates = new FixedBitSet(maxDoc);
        long[] bits = candidates.getBits();
        for (int w = 0; w < bits.length; w++) {
            long all = -1L;
            long allButOne = 0;
            for (long[] filter : accepted) {
                // passing all but one so far: either all before and not this, or all but one before and this
                allButOne = (allButOne & filter[w]) | (all & ~filter[w]);
                all &= filter[w];
            }
            bits[w] = all | allButOne;
        }
        // bits past maxDoc may be set by the complements above: clear them
        if ((maxDoc & 63) != 0 && bits.length > 0) bits[bits.length - 1] &= (1L << (maxDoc & 63)) - 1;
        return candidates;
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

    /**
     * The documents of the segment with any of the values in the field, from the field's postings (a
     * filter on a field without values in the segment accepts nothing there).
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

        /** Adds the live documents among the 64 whose bits {@code bits} holds at word {@code word}. */
        void addAll(long bits, int word, @Nullable Bits live) {
            int base = word << 6;
            while (bits != 0) {
                int doc = base + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                if (live != null && !live.get(doc)) continue;
                if (size == docs.length) docs = Arrays.copyOf(docs, size * 2);
                docs[size++] = doc;
            }
        }
    }
}
