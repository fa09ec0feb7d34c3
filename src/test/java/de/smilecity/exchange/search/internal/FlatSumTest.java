package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class FlatSumTest {

    private static final String[][] ENTRIES = {
        {"digitale Verwaltung", "Verwaltung digital und offen"},
        {"digital administration", "the administration goes digital"},
        {"Verwaltung", "Verwaltung im Amt"},
        {"Schule", "digitale Tafeln in der Schule"},
        {"digital administration Verwaltung", "digitale Verwaltung digital administration"},
        {"Radweg", "nichts davon"},
    };

    @Test
    void scoresTheSameEntriesAlikeWithEachRepeatedClauseOnce() throws IOException {
        Query phrase = both(
                new PhraseQuery("title", "digital", "administration"),
                new PhraseQuery("body", "digital", "administration"),
                6,
                1);
        Query everyWord = new BooleanQuery.Builder()
                .add(
                        new BooleanQuery.Builder()
                                .add(new BoostQuery(term("title", "digitale"), 6), Occur.SHOULD)
                                .add(term("body", "digitale"), Occur.SHOULD)
                                .build(),
                        Occur.MUST)
                .add(
                        new BooleanQuery.Builder()
                                .add(new BoostQuery(term("title", "Verwaltung"), 6), Occur.SHOULD)
                                .add(term("body", "Verwaltung"), Occur.SHOULD)
                                .build(),
                        Occur.MUST)
                .build();
        Query anyWord = both(term("title", "digitale"), term("body", "Verwaltung"), 6, 1);
        // A one-run question: the "all words" half (its run every word, or the translation's phrase)
        // boosted beside the matching half (any word, or the phrase).
        Query all = new BooleanQuery.Builder()
                .add(
                        new BooleanQuery.Builder()
                                .add(everyWord, Occur.SHOULD)
                                .add(new BoostQuery(phrase, 0.3f), Occur.SHOULD)
                                .build(),
                        Occur.MUST)
                .build();
        Query matching = new BooleanQuery.Builder()
                .add(
                        new BooleanQuery.Builder()
                                .add(anyWord, Occur.SHOULD)
                                .add(new BoostQuery(phrase, 0.3f), Occur.SHOULD)
                                .build(),
                        Occur.SHOULD)
                .build();
        Query nested = new BooleanQuery.Builder()
                .add(new BoostQuery(all, 6), Occur.SHOULD)
                .add(matching, Occur.SHOULD)
                .build();

        Query flat = TextQuery.flat(nested);

        assertThat(flat).isInstanceOf(BooleanQuery.class);
        // The conjunction, two words of the matching half, and the two phrase clauses once each.
        assertThat(((BooleanQuery) flat).clauses()).hasSize(5);
        // The title's phrase: 0.3 × 6 in the matching half and six times that in the other.
        assertThat(((BooleanQuery) flat).clauses())
                .filteredOn(clause -> clause.query() instanceof BoostQuery boosted
                        && boosted.getQuery().equals(new PhraseQuery("title", "digital", "administration")))
                .singleElement()
                .satisfies(clause ->
                        assertThat(((BoostQuery) clause.query()).getBoost()).isCloseTo(0.3f * 6 * 7, within(1e-4f)));
        try (Directory directory = index()) {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            Map<Integer, Float> expected = scores(searcher, nested);
            Map<Integer, Float> actual = scores(searcher, flat);
            assertThat(actual).containsOnlyKeys(expected.keySet());
            assertThat(expected).hasSizeGreaterThan(3);
            expected.forEach((doc, score) -> assertThat(actual.get(doc)).isCloseTo(score, within(score * 1e-5f)));
        }
    }

    @Test
    void leavesAConjunctionOrAMinimumToMatchAsItIs() {
        Query conjunction = new BooleanQuery.Builder()
                .add(term("title", "a"), Occur.MUST)
                .add(term("title", "b"), Occur.MUST)
                .build();
        BooleanQuery.Builder twoOfThree = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2);
        for (String word : new String[] {"a", "b", "c"}) twoOfThree.add(term("body", word), Occur.SHOULD);
        Query minimum = twoOfThree.build();

        BooleanQuery flat = (BooleanQuery) TextQuery.flat(new BooleanQuery.Builder()
                .add(new BoostQuery(conjunction, 2), Occur.SHOULD)
                .add(minimum, Occur.SHOULD)
                .build());

        assertThat(flat.clauses())
                .extracting(clause -> clause.query())
                .containsExactly(new BoostQuery(conjunction, 2), minimum);
    }

    private static Query both(Query a, Query b, float boostA, float boostB) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(a, boostA), Occur.SHOULD)
                .add(new BoostQuery(b, boostB), Occur.SHOULD)
                .build();
    }

    private static Query term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    private static Directory index() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (String[] entry : ENTRIES) {
                Document doc = new Document();
                doc.add(new TextField("title", entry[0], Field.Store.NO));
                doc.add(new TextField("body", entry[1], Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        return directory;
    }

    private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc hit : searcher.search(query, ENTRIES.length).scoreDocs) scores.put(hit.doc, hit.score);
        return scores;
    }
}
