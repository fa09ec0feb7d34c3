package de.smilecity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.search.internal.SearchAnalysis;
import de.smilecity.exchange.search.internal.SearchEngine;
import de.smilecity.exchange.shared.Language;
import de.smilecity.exchange.testsupport.OpenSearch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every question of {@link SearchServiceTest}, asked of the OpenSearch engine on a real OpenSearch
 * server with the seed content: compounds and inflections, typos, both languages, phrases and
 * exclusions, disjunctive facet counts, sorting and the export order, findable on save, suggestions,
 * similar entries, "cities like mine", index health and marked snippets. Where OpenSearch answers
 * differently, the test is overridden here and says why.
 */
@OpenSearch
class SearchServiceOnOpenSearchTest extends SearchServiceTest {

    /** Words whose index tokens show every step: compounds, umlauts, plurals, possessives. */
    static final List<String> GERMAN_WORDS = List.of(
            "Bürgerbeteiligungsplattformen", "Schulen", "Lastenfahrräder", "Hitzeschutzkonzept", "Straßenbeleuchtung");

    static final List<String> ENGLISH_WORDS = List.of("citizens' participation", "cities", "running", "café");

    @Autowired
    SearchEngine engine;

    @Autowired
    SearchAnalysis analysis;

    @Value("${smile.opensearch.url}")
    String url;

    @Value("${smile.opensearch.index-prefix}")
    String prefix;

    @Test
    void runsOnTheOpenSearchEngine() {
        assertThat(engine.getClass().getSimpleName()).isEqualTo("OpenSearchEngine");
    }

    /**
     * The analysis lives twice: on the cluster for the index, in the app for the snippets. Both must
     * make the same tokens of a word, or snippets mark other words than those that matched.
     */
    @Test
    void theClusterAnalysesWordsAsTheAppDoes() {
        for (String word : GERMAN_WORDS) {
            assertThat(clusterTokens(SearchAnalysis.GERMAN, word))
                    .as("German index tokens of '%s'", word)
                    .isEqualTo(appTokens(analysis.indexAnalyzer(Language.DE), word));
            assertThat(clusterTokens(SearchAnalysis.GERMAN_QUERY, word))
                    .as("German query tokens of '%s'", word)
                    .isEqualTo(appTokens(analysis.queryAnalyzer(Language.DE), word));
        }
        for (String word : ENGLISH_WORDS) {
            assertThat(clusterTokens(SearchAnalysis.ENGLISH, word))
                    .as("English index tokens of '%s'", word)
                    .isEqualTo(appTokens(analysis.indexAnalyzer(Language.EN), word));
            assertThat(clusterTokens(SearchAnalysis.ENGLISH_QUERY, word))
                    .as("English query tokens of '%s'", word)
                    .isEqualTo(appTokens(analysis.queryAnalyzer(Language.EN), word));
        }
        // The compound split and the synonyms are there at all (not just equally missing).
        assertThat(clusterTokens(SearchAnalysis.GERMAN, "Bürgerbeteiligungsplattformen"))
                .contains("beteiligung", "plattform");
        assertThat(clusterTokens(SearchAnalysis.GERMAN_QUERY, "Lastenrad")).contains("cargo", "lastenfahrrad");
    }

    private Set<String> clusterTokens(String analyzer, String text) {
        String body = "{\"analyzer\":\"" + analyzer + "\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}";
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url + "/" + prefix + "practice-read/_analyze"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            Set<String> tokens = new TreeSet<>();
            Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]*)\"").matcher(response.body());
            while (token.find()) tokens.add(token.group(1));
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch at " + url + " cannot analyse '" + text + "'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> appTokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) tokens.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(tokens);
    }
}
