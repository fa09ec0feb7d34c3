package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Disjunctive facet counts against counts worked out by hand from the same generated entries: several
 * segments, deleted entries, multi-valued and missing values.
 */
class FacetCounterTest {

    static final String STATE = "f_state";
    static final String FIELD = "f_field";
    static final String KIND = "f_kind";
    static final List<String> FACETS = List.of(STATE, FIELD, KIND);
    static final List<String> STATES = List.of("Bayern", "Hessen", "Mecklenburg-Vorpommern", "Sachsen");
    static final List<String> FIELDS = List.of("climate", "data", "mobility", "participation", "Ökologie");
    static final List<String> KINDS = List.of("practice", "template");
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final List<String> WORDS = List.of("bank", "baum", "platz", "rad", "schule", "strom", "wasser", "wind");

    /** One generated entry: its values per facet field, and whether it was deleted. */
    record Entry(String id, Map<String, List<String>> values, boolean deleted) {}

    final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    final List<Entry> entries = new ArrayList<>();
    final FacetColumns columns = new FacetColumns();
    final FacetCounter counter = new FacetCounter(columns);

    @BeforeEach
    void index() throws Exception {
        Random random = new Random(42);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 600; i++) {
                Map<String, List<String>> values = new LinkedHashMap<>();
                values.put(STATE, List.of(STATES.get(random.nextInt(STATES.size()))));
                List<String> fields = new ArrayList<>();
                for (String field : FIELDS) if (random.nextInt(3) == 0) fields.add(field);
                values.put(FIELD, fields);
                values.put(KIND, random.nextInt(5) == 0 ? List.of() : List.of(KINDS.get(random.nextInt(2))));
                Document doc = new Document();
                doc.add(new StringField("id", "e" + i, Field.Store.NO));
                StringBuilder text = new StringBuilder();
                for (int w = 0, words = 3 + random.nextInt(6); w < words; w++) {
                    text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
                }
                doc.add(new TextField(TEXT, text.toString(), Field.Store.NO));
                doc.add(new TextField(TITLE, WORDS.get(random.nextInt(WORDS.size())), Field.Store.NO));
                values.forEach((name, vs) -> vs.forEach(v -> {
                    doc.add(new StringField(name, v, Field.Store.NO));
                    doc.add(new SortedSetDocValuesField(name, new BytesRef(v)));
                }));
                writer.addDocument(doc);
                boolean deleted = i % 7 == 0;
                entries.add(new Entry("e" + i, values, deleted));
                if (i % 200 == 199) writer.commit(); // three segments
            }
            for (Entry e : entries) if (e.deleted()) writer.deleteDocuments(new Term("id", e.id()));
        }
    }

    @Test
    void countsEveryFacetOverEveryEntryWithoutFilters() throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).hasSize(3);
            FacetCounter.Counts counts =
                    counter.count(new IndexSearcher(reader), null, List.of(), FACETS, Map.of(), 100);

            assertThat(counts.total()).isEqualTo(expectedTotal(Map.of()));
            for (String facet : FACETS) {
                assertThat(inOrder(counts.counts().get(facet))).isEqualTo(inOrder(expectedCounts(facet, Map.of())));
            }
        }
    }

    @Test
    void aFacetsOwnSelectionDoesNotShrinkItsOwnCountsWithOneTwoOrThreeFilters() throws Exception {
        List<Map<String, List<String>>> selections = List.of(
                Map.of(STATE, List.of("Hessen")),
                Map.of(STATE, List.of("Hessen", "Sachsen"), FIELD, List.of("data")),
                Map.of(STATE, List.of("Bayern"), FIELD, List.of("climate", "Ökologie"), KIND, List.of("template")));
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Map<String, List<String>> filters : selections) {
                FacetCounter.Counts counts = counter.count(searcher, null, List.of(), FACETS, filters, 100);

                assertThat(counts.total()).as("total for %s", filters).isEqualTo(expectedTotal(filters));
                for (String facet : FACETS) {
                    Map<String, List<String>> others = new HashMap<>(filters);
                    others.remove(facet);
                    assertThat(inOrder(counts.counts().get(facet)))
                            .as("%s for %s", facet, filters)
                            .isEqualTo(inOrder(expectedCounts(facet, others)));
                }
            }
        }
    }

    @Test
    void onlyWhatTheWordsMatchIsCountedAndTheMostFrequentValuesComeFirst() throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            var matching = new TermQuery(new Term(FIELD, "mobility"));
            FacetCounter.Counts counts =
                    counter.count(new IndexSearcher(reader), matching, List.of(), FACETS, Map.of(), 2);

            assertThat(counts.counts().get(FIELD)).containsKey("mobility").hasSize(2);
            assertThat(counts.counts().get(FIELD).get("mobility")).isEqualTo(counts.total());
            List<Long> stateCounts = new ArrayList<>(counts.counts().get(STATE).values());
            assertThat(stateCounts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        }
    }

    @Test
    void forgetsTheColumnsOfSegmentsThatLuceneClosed() throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            counter.count(new IndexSearcher(reader), new MatchAllDocsQuery(), List.of(), FACETS, Map.of(), 100);
            assertThat(columns.segments()).isEqualTo(3);
        }
        assertThat(columns.segments()).isZero();
    }

    /**
     * Word queries shaped as the search builds them — boosted disjunctions nested in disjunctions, a term
     * asked in several fields and units, phrases, "every word", exclusions — counted by the bit-wise path
     * against a plain count: for each facet, a Lucene search for the words with every other facet's filter,
     * reading the facet's values of each hit.
     */
    @Test
    void countsWhatTheWordsMatchAsAPlainSearchPerFacetWould() throws Exception {
        Query nested = new BooleanQuery.Builder()
                .add(new BoostQuery(anyField("bank"), 3f), Occur.SHOULD)
                .add(
                        new BooleanQuery.Builder()
                                .add(new BoostQuery(anyField("rad"), 0.5f), Occur.SHOULD)
                                .add(new BoostQuery(anyField("bank"), 0.2f), Occur.SHOULD)
                                .build(),
                        Occur.SHOULD)
                .build();
        Query phrase = new BooleanQuery.Builder()
                .add(new PhraseQuery(TEXT, "wind", "strom"), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(TITLE, "wasser")), 2f), Occur.SHOULD)
                .build();
        Query everyWord = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TEXT, "schule")), Occur.SHOULD)
                .add(
                        new BooleanQuery.Builder()
                                .add(new TermQuery(new Term(TEXT, "baum")), Occur.SHOULD)
                                .add(new TermQuery(new Term(TEXT, "platz")), Occur.SHOULD)
                                .setMinimumNumberShouldMatch(2)
                                .build(),
                        Occur.SHOULD)
                .build();
        List<Query> exclusions = List.of(new TermQuery(new Term(TEXT, "strom")), new PhraseQuery(TEXT, "rad", "baum"));
        Map<String, List<String>> filters =
                Map.of(STATE, List.of("Bayern", "Sachsen"), FIELD, List.of("data"), KIND, List.of("practice"));
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Query words : List.of(nested, phrase, everyWord, new TermQuery(new Term(TEXT, "nirgends")))) {
                for (List<Query> excluded : List.of(List.<Query>of(), exclusions)) {
                    for (Map<String, List<String>> selected : List.of(Map.<String, List<String>>of(), filters)) {
                        FacetCounter.Counts counts = counter.count(searcher, words, excluded, FACETS, selected, 100);

                        assertThat(counts.total())
                                .as("total of %s without %s in %s", words, excluded, selected)
                                .isEqualTo(searcher.count(plain(words, excluded, selected)));
                        assertThat(docs(searcher, counts.hits()))
                                .as("hits of %s without %s in %s", words, excluded, selected)
                                .isEqualTo(docs(searcher, plain(words, excluded, selected)));
                        for (String facet : FACETS) {
                            Map<String, List<String>> others = new HashMap<>(selected);
                            others.remove(facet);
                            assertThat(inOrder(counts.counts().get(facet)))
                                    .as("%s of %s without %s in %s", facet, words, excluded, selected)
                                    .isEqualTo(inOrder(plainCounts(searcher, plain(words, excluded, others), facet)));
                        }
                    }
                }
            }
        }
    }

    private static List<Integer> docs(IndexSearcher searcher, Query query) throws Exception {
        return Arrays.stream(searcher.search(query, Integer.MAX_VALUE).scoreDocs)
                .map(hit -> hit.doc)
                .sorted()
                .toList();
    }

    private static Query anyField(String word) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(TEXT, word)), 1f), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(TITLE, word)), 4f), Occur.SHOULD)
                .build();
    }

    private static Query plain(Query words, List<Query> excluded, Map<String, List<String>> filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
        excluded.forEach(q -> query.add(q, Occur.MUST_NOT));
        filters.forEach((field, values) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
            query.add(any.build(), Occur.FILTER);
        });
        return query.build();
    }

    /** Value → hits of the query with that value in the facet, most frequent first, ties by value. */
    private static Map<String, Long> plainCounts(IndexSearcher searcher, Query query, String facet) throws Exception {
        Map<String, Long> counts = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            var live = leaf.reader().getLiveDocs();
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), facet);
            var docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                if (!values.advanceExact(doc)) continue;
                for (int k = 0; k < values.docValueCount(); k++) {
                    counts.merge(values.lookupOrd(values.nextOrd()).utf8ToString(), 1L, Long::sum);
                }
            }
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(en -> ordered.put(en.getKey(), en.getValue()));
        return ordered;
    }

    private long expectedTotal(Map<String, List<String>> filters) {
        return entries.stream().filter(e -> !e.deleted() && passes(e, filters)).count();
    }

    /** Value → entries among the live entries passing the filters, most frequent first, ties by value. */
    private Map<String, Long> expectedCounts(String facet, Map<String, List<String>> filters) {
        Map<String, Long> counts = new HashMap<>();
        for (Entry e : entries) {
            if (e.deleted() || !passes(e, filters)) continue;
            for (String v : Set.copyOf(e.values().get(facet))) counts.merge(v, 1L, Long::sum);
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(en -> ordered.put(en.getKey(), en.getValue()));
        return ordered;
    }

    private static List<Map.Entry<String, Long>> inOrder(Map<String, Long> counts) {
        return List.copyOf(counts.entrySet());
    }

    private static boolean passes(Entry e, Map<String, List<String>> filters) {
        return filters.entrySet().stream()
                .allMatch(f -> e.values().get(f.getKey()).stream().anyMatch(f.getValue()::contains));
    }
}
