package de.smilecity.exchange.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * The German and English text analysis, built by hand so that every step is visible:
 *
 * <ul>
 *   <li>German: lower case, umlaut folding (ä = ae = a, ß = ss), compound splitting from
 *       our word list (index side only: a document containing "Bürgerbeteiligungsplattform" also
 *       carries "beteiligung" and "plattform"), light stemming ("Schulen" = "Schule"), accent folding.
 *   <li>English: possessives, lower case, Porter stemming, accent folding.
 *   <li>Query side of both: the same plus the editable synonyms, and no compound splitting, so that a
 *       query word matches whole words and the parts that documents were split into.
 * </ul>
 */
final class TextAnalyzers {

    /** Shortest word the compound filter looks into, shortest and longest part it emits. */
    static final int COMPOUND_MIN_WORD = 7;

    static final int COMPOUND_MIN_PART = 4;
    static final int COMPOUND_MAX_PART = 30;

    private TextAnalyzers() {}

    /**
     * Lower case and German folding: what dictionary entries and synonym entries are compared after.
     * No stop words: a removed "und" would leave a hole that breaks multi-word synonyms ("Kinder- und
     * Jugendbeteiligung") and phrases; frequent words weigh little anyway.
     */
    static TokenStream germanBase(Tokenizer source) {
        return new GermanNormalizationFilter(new LowerCaseFilter(source));
    }

    static TokenStream englishBase(Tokenizer source) {
        return new LowerCaseFilter(new EnglishPossessiveFilter(source));
    }

    static Analyzer german(CharArraySet compoundParts) {
        CompoundParts.Memory splits = new CompoundParts.Memory();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = germanBase(source);
                stream = new CompoundParts(
                        stream, compoundParts, COMPOUND_MIN_WORD, COMPOUND_MIN_PART, COMPOUND_MAX_PART, splits);
                stream = new ASCIIFoldingFilter(new GermanLightStemFilter(stream));
                return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(stream));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(in)));
            }
        };
    }

    static Analyzer germanQuery(@Nullable SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = germanBase(source);
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new GermanLightStemFilter(stream)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new GermanNormalizationFilter(new LowerCaseFilter(in)));
            }
        };
    }

    static Analyzer english() {
        return englishQuery(null);
    }

    static Analyzer englishQuery(@Nullable SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = englishBase(source);
                if (synonyms != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new PorterStemFilter(stream)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** The chain that synonym entries pass before they are compared: as the query side before synonyms. */
    static Analyzer germanSynonymEntries() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, germanBase(source));
            }
        };
    }

    static Analyzer englishSynonymEntries() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, englishBase(source));
            }
        };
    }
}
