package de.smilecity.exchange.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The analyzers of {@link SearchAnalysis}, under the same names, built from OpenSearch's own analysis
 * components (its "analysis-common" module) and the same word lists: the compound word list becomes a
 * {@code dictionary_decompounder}, the synonyms file a {@code synonym_graph} on the query side. Each
 * chain follows the Lucene one step by step ({@link TextAnalyzers}); where OpenSearch has no
 * component of the same kind the difference is named in docs/scale-out.md.
 *
 * <p>The lists are read at start-up and written into the index settings by Hibernate Search
 * ({@code create-or-update}), so an edited synonyms file counts from the next start, as on Lucene.
 */
@Component(OpenSearchAnalysis.BEAN)
@ConditionalOnProperty(name = SearchConfiguration.ENGINE, havingValue = SearchConfiguration.OPENSEARCH)
class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    static final String BEAN = "openSearchAnalysis";

    private static final Logger log = LoggerFactory.getLogger(OpenSearchAnalysis.class);

    // Our names for the components; OpenSearch's own types are named where they are defined.
    static final String GERMAN_NORMALIZATION = "smile_german_normalization";
    static final String GERMAN_COMPOUNDS = "smile_german_compounds";
    static final String GERMAN_STEM = "smile_german_light_stem";
    static final String GERMAN_SYNONYMS = "smile_german_synonyms";
    static final String ENGLISH_POSSESSIVE = "smile_english_possessive";
    static final String ENGLISH_SYNONYMS = "smile_english_synonyms";
    static final String SAME_POSITION_DUPLICATES = "smile_same_position_duplicates";
    static final String AUTOCOMPLETE_GRAMS = "smile_autocomplete_grams";

    private final List<String> compoundParts;
    private final List<String> synonyms;

    OpenSearchAnalysis(@Value("${smile.search.synonyms:${smile.seed.path}/synonyms.txt}") @Nullable Path synonymsFile) {
        List<String> parts = new ArrayList<>();
        // The entries as the German chain sees them when it reaches the decompounder: lower case, folded.
        SearchResources.compoundParts().forEach(entry -> parts.add(new String((char[]) entry)));
        this.compoundParts = List.copyOf(parts);
        this.synonyms = synonymRules(synonymsFile);
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter(GERMAN_NORMALIZATION).type("german_normalization");
        context.tokenFilter(GERMAN_COMPOUNDS)
                .type("dictionary_decompounder")
                .param("word_list", compoundParts.toArray(String[]::new))
                .param("min_word_size", TextAnalyzers.COMPOUND_MIN_WORD)
                .param("min_subword_size", TextAnalyzers.COMPOUND_MIN_PART)
                .param("max_subword_size", TextAnalyzers.COMPOUND_MAX_PART)
                .param("only_longest_match", false);
        context.tokenFilter(GERMAN_STEM).type("stemmer").param("language", "light_german");
        context.tokenFilter(ENGLISH_POSSESSIVE).type("stemmer").param("language", "possessive_english");
        // Lucene's RemoveDuplicatesTokenFilter: the same token twice at one position (a compound part
        // equal to its stemmed word) counts once.
        context.tokenFilter(SAME_POSITION_DUPLICATES).type("unique").param("only_on_same_position", true);
        context.tokenFilter(AUTOCOMPLETE_GRAMS)
                .type("edge_ngram")
                .param("min_gram", SearchAnalysis.AUTOCOMPLETE_MIN_GRAM)
                .param("max_gram", SearchAnalysis.AUTOCOMPLETE_MAX_GRAM);

        context.analyzer(SearchAnalysis.GERMAN)
                .custom()
                .tokenizer("standard")
                .tokenFilters(
                        "lowercase",
                        GERMAN_NORMALIZATION,
                        GERMAN_COMPOUNDS,
                        GERMAN_STEM,
                        "asciifolding",
                        SAME_POSITION_DUPLICATES);
        context.analyzer(SearchAnalysis.ENGLISH)
                .custom()
                .tokenizer("standard")
                .tokenFilters(ENGLISH_POSSESSIVE, "lowercase", "porter_stem", "asciifolding");
        if (synonyms.isEmpty()) {
            context.analyzer(SearchAnalysis.GERMAN_QUERY)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters("lowercase", GERMAN_NORMALIZATION, GERMAN_STEM, "asciifolding");
            context.analyzer(SearchAnalysis.ENGLISH_QUERY)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters(ENGLISH_POSSESSIVE, "lowercase", "porter_stem", "asciifolding");
        } else {
            // The rules are parsed with the filters before the synonym filter, as the Lucene chain
            // parses them with its entry analyzers (lower case and German folding, or possessives).
            String[] rules = synonyms.toArray(String[]::new);
            context.tokenFilter(GERMAN_SYNONYMS).type("synonym_graph").param("synonyms", rules);
            context.tokenFilter(ENGLISH_SYNONYMS).type("synonym_graph").param("synonyms", rules);
            context.analyzer(SearchAnalysis.GERMAN_QUERY)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters("lowercase", GERMAN_NORMALIZATION, GERMAN_SYNONYMS, GERMAN_STEM, "asciifolding");
            context.analyzer(SearchAnalysis.ENGLISH_QUERY)
                    .custom()
                    .tokenizer("standard")
                    .tokenFilters(ENGLISH_POSSESSIVE, "lowercase", ENGLISH_SYNONYMS, "porter_stem", "asciifolding");
        }
        context.analyzer(SearchAnalysis.NAME)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", GERMAN_NORMALIZATION, "asciifolding");
        context.analyzer(SearchAnalysis.SPELL).custom().tokenizer("standard").tokenFilters("lowercase");
        context.analyzer(SearchAnalysis.AUTOCOMPLETE)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", GERMAN_NORMALIZATION, "asciifolding", AUTOCOMPLETE_GRAMS);
        context.analyzer(SearchAnalysis.AUTOCOMPLETE_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", GERMAN_NORMALIZATION, "asciifolding");
        context.normalizer(SearchAnalysis.SORT)
                .custom()
                .tokenFilters("lowercase", GERMAN_NORMALIZATION, "asciifolding");
    }

    /**
     * The rules of the synonyms file (Solr format, which OpenSearch reads too), comments and blank
     * lines left out; none when the file is missing or unreadable ({@link SearchAnalysis} reports why
     * in the index health).
     */
    static List<String> synonymRules(@Nullable Path file) {
        if (file == null || !Files.isRegularFile(file)) return List.of();
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            log.error("OpenSearch analysis runs without synonyms: {} cannot be read: {}", file, e.getMessage());
            return List.of();
        }
    }
}
