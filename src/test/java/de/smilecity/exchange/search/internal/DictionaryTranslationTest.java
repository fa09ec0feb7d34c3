package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * Which of the dictionary's translations widen a question, over a small index of its own: only those
 * some entry holds, and none so common that it would rank most entries of one language.
 */
class DictionaryTranslationTest {

    private final Analyzer folding = TextAnalyzers.germanSynonymEntries();
    private final QueryExpansion expansion =
            new QueryExpansion(new SpellingCorrector(new SearchAnalysis(null)), RankingWeights.defaults());
    private final Glossary glossary = new Glossary.Builder(folding)
            .dictionaryPair("Streudienst", "gritting")
            .dictionaryPair("Imker", "beekeeper")
            .dictionaryPair("Bürger", "citizen")
            .build();

    @Test
    void aTranslationThatAnEntryHoldsWidensTheQuestion() throws IOException {
        assertThat(translations("Streudienst")).containsExactly("Streudienst → gritting");
    }

    @Test
    void aTranslationThatNoEntryHoldsIsLeftOut() throws IOException {
        assertThat(translations("Imker")).isEmpty();
    }

    @Test
    void aTranslationThatMostEntriesHoldIsLeftOut() throws IOException {
        assertThat(translations("Bürger")).isEmpty();
    }

    private List<String> translations(String question) throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            index(directory);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                return expansion.expand(question, reader, glossary).translations().stream()
                        .map(t -> t.from() + " → " + t.to())
                        .toList();
            }
        }
    }

    /** Ten entries: every English one about citizens, one of them about gritting; the German ones about bees. */
    private static void index(Directory directory) throws IOException {
        Analyzer german = TextAnalyzers.german(SearchResources.compoundParts());
        Analyzer analyzer = new PerFieldAnalyzerWrapper(
                TextAnalyzers.english(),
                Map.of(IndexFields.de(IndexFields.BODY), german, IndexFields.de(IndexFields.TITLE), german));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < 5; i++) {
                Document english = new Document();
                String topic = i == 0 ? "Gritting on icy roads" : "Library hours";
                english.add(new TextField(IndexFields.en(IndexFields.TITLE), topic, Field.Store.NO));
                english.add(new TextField(
                        IndexFields.en(IndexFields.BODY), topic + " told to every citizen.", Field.Store.NO));
                writer.addDocument(english);
                Document deutsch = new Document();
                deutsch.add(new TextField(IndexFields.de(IndexFields.TITLE), "Bienen am Rathaus", Field.Store.NO));
                deutsch.add(
                        new TextField(IndexFields.de(IndexFields.BODY), "Ein Imker zeigt die Völker.", Field.Store.NO));
                writer.addDocument(deutsch);
            }
        }
    }
}
