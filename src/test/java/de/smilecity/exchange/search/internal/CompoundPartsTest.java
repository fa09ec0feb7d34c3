package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The remembering compound splitter yields exactly what Lucene's dictionary splitter yields. */
class CompoundPartsTest {

    static final CharArraySet PARTS = SearchResources.compoundParts();

    final CompoundParts.Memory memory = new CompoundParts.Memory();

    final Analyzer remembering = analyzer(stream -> new CompoundParts(
            stream,
            PARTS,
            TextAnalyzers.COMPOUND_MIN_WORD,
            TextAnalyzers.COMPOUND_MIN_PART,
            TextAnalyzers.COMPOUND_MAX_PART,
            memory));

    final Analyzer lucenes = analyzer(stream -> new DictionaryCompoundWordTokenFilter(
            stream,
            PARTS,
            TextAnalyzers.COMPOUND_MIN_WORD,
            TextAnalyzers.COMPOUND_MIN_PART,
            TextAnalyzers.COMPOUND_MAX_PART,
            false));

    interface Splitter {
        TokenStream wrap(TokenStream stream);
    }

    static Analyzer analyzer(Splitter splitter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, splitter.wrap(TextAnalyzers.germanBase(source)));
            }
        };
    }

    /** Every token with its position increment and offsets. */
    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + " +" + increment.getPositionIncrement() + " " + offset.startOffset() + "-"
                        + offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    static String seedTexts() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("seed-content/practices"))) {
            for (Path file : files.sorted().toList())
                all.append(Files.readString(file)).append('\n');
        }
        return all.toString();
    }

    @Test
    void splitsTheSeedContentAsLucenesDictionarySplitterDoes() throws IOException {
        String text = seedTexts();
        List<String> expected = tokens(lucenes, text);
        assertThat(expected).hasSizeGreaterThan(10_000);
        assertThat(tokens(remembering, text)).isEqualTo(expected);
        assertThat(memory.size()).as("long words remembered").isGreaterThan(1_000);
        // A second time every word comes from memory, with the same tokens.
        assertThat(tokens(remembering, text)).isEqualTo(expected);
    }

    @Test
    void partsOverlapAndNestAsInTheWordList() {
        String text = "Bürgerbeteiligungsplattform Hitzeschutzmaßnahmen Radweg Klimaanpassungsstrategie";
        assertThat(tokens(remembering, text))
                .isEqualTo(tokens(lucenes, text))
                .anyMatch(t -> t.startsWith("beteiligung +0"))
                .anyMatch(t -> t.startsWith("plattform +0"));
    }
}
