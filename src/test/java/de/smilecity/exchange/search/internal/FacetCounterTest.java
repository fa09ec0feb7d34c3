package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
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
                    counter.count(new IndexSearcher(reader), new MatchAllDocsQuery(), FACETS, Map.of(), 100);

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
                // The counting query leaves out entries failing two filters or more; the counts must not change.
                var matching = PracticeQuery.forCounting(null, List.of(), filters);
                FacetCounter.Counts counts = counter.count(searcher, matching, FACETS, filters, 100);

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
            FacetCounter.Counts counts = counter.count(new IndexSearcher(reader), matching, FACETS, Map.of(), 2);

            assertThat(counts.counts().get(FIELD)).containsKey("mobility").hasSize(2);
            assertThat(counts.counts().get(FIELD).get("mobility")).isEqualTo(counts.total());
            List<Long> stateCounts = new ArrayList<>(counts.counts().get(STATE).values());
            assertThat(stateCounts).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        }
    }

    @Test
    void forgetsTheColumnsOfSegmentsThatLuceneClosed() throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            counter.count(new IndexSearcher(reader), new MatchAllDocsQuery(), FACETS, Map.of(), 100);
            assertThat(columns.segments()).isEqualTo(3);
        }
        assertThat(columns.segments()).isZero();
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
