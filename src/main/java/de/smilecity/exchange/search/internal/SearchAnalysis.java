package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.search.internal.SearchResources.SynonymStatus;
import de.smilecity.exchange.shared.Language;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.de.GermanNormalizationFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names and defines every analyzer and normalizer of the index. Hibernate Search asks this Spring
 * bean for them at start-up; the synonyms file is read then, so an edited file counts from the next
 * start (no reindexing needed: synonyms are applied to queries only).
 */
@Component(SearchAnalysis.BEAN)
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    public static final String BEAN = "searchAnalysis";

    public static final String GERMAN = "german";
    public static final String GERMAN_QUERY = "german_query";
    public static final String ENGLISH = "english";
    public static final String ENGLISH_QUERY = "english_query";
    /** Names of places and organisations: folded, not stemmed. */
    public static final String NAME = "name";
    /** Words as written, lower case: the vocabulary "did you mean" corrects towards. */
    public static final String SPELL = "spell";

    public static final String AUTOCOMPLETE = "autocomplete";
    public static final String AUTOCOMPLETE_QUERY = "autocomplete_query";
    /** Normalizer of sort keys: case and accents do not change the order. */
    public static final String SORT = "sort";

    static final int AUTOCOMPLETE_MIN_GRAM = 2;
    static final int AUTOCOMPLETE_MAX_GRAM = 20;

    private final SynonymStatus synonymStatus = new SynonymStatus();
    private final Analyzer german;
    private final Analyzer germanQuery;
    private final Analyzer english;
    private final Analyzer englishQuery;
    private final WordTokens germanWords;
    private final WordTokens englishWords;

    SearchAnalysis(@Value("${smile.search.synonyms:${smile.seed.path}/synonyms.txt}") @Nullable Path synonymsFile) {
        CharArraySet parts = SearchResources.compoundParts();
        SynonymMap germanSynonyms =
                SearchResources.synonyms(synonymsFile, TextAnalyzers.germanSynonymEntries(), synonymStatus);
        SynonymMap englishSynonyms =
                SearchResources.synonyms(synonymsFile, TextAnalyzers.englishSynonymEntries(), synonymStatus);
        this.german = TextAnalyzers.german(parts);
        this.germanQuery = TextAnalyzers.germanQuery(germanSynonyms);
        this.english = TextAnalyzers.english();
        this.englishQuery = TextAnalyzers.englishQuery(englishSynonyms);
        this.germanWords = new WordTokens(german);
        this.englishWords = new WordTokens(english);
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(GERMAN).instance(german);
        context.analyzer(GERMAN_QUERY).instance(germanQuery);
        context.analyzer(ENGLISH).instance(english);
        context.analyzer(ENGLISH_QUERY).instance(englishQuery);
        context.analyzer(NAME)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(GermanNormalizationFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.analyzer(SPELL)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
        context.analyzer(AUTOCOMPLETE)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(GermanNormalizationFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", String.valueOf(AUTOCOMPLETE_MIN_GRAM))
                .param("maxGramSize", String.valueOf(AUTOCOMPLETE_MAX_GRAM));
        context.analyzer(AUTOCOMPLETE_QUERY)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(GermanNormalizationFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.normalizer(SORT)
                .custom()
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(GermanNormalizationFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }

    /** The analyzer a document's text of the given language is indexed with. */
    public Analyzer indexAnalyzer(Language language) {
        return language == Language.EN ? english : german;
    }

    /** The index tokens of single words of the given language, for snippets. */
    public WordTokens indexWords(Language language) {
        return language == Language.EN ? englishWords : germanWords;
    }

    /** The analyzer a query is analysed with for fields of the given language (synonyms included). */
    public Analyzer queryAnalyzer(Language language) {
        return language == Language.EN ? englishQuery : germanQuery;
    }

    /** Where the synonyms came from, or why there are none. */
    public @Nullable String synonymProblem() {
        return synonymStatus.problem;
    }
}
