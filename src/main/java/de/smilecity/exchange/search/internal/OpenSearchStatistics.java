package de.smilecity.exchange.search.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import de.smilecity.exchange.catalogue.Practice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.ElasticsearchSearchResult;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * The index statistics of the OpenSearch engine for one search. A term's entries are counted by a
 * {@code filters} aggregation of {@code term} queries over the catalogue index (the document frequency
 * of the embedded engine, less deleted documents that a merge has not yet dropped), many terms in one
 * request: {@link #entriesWith} answers an unknown term with 0 and {@link #fetchMissing} asks for all of
 * them at once. The spelling check is one request of its own, which also tells the number of entries.
 */
final class OpenSearchStatistics implements IndexStatistics {

    private static final String SPELLING = "spelling_";
    private static final String TERM = "term_";

    private final SearchSession session;
    private final CharArraySet compoundParts;
    private final Map<String, Map<String, Long>> known = new HashMap<>();
    private final Map<String, Set<String>> missing = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> misspelt = new HashMap<>();
    private long entries = -1;
    private int requests;

    OpenSearchStatistics(SearchSession session, CharArraySet compoundParts) {
        this.session = session;
        this.compoundParts = compoundParts;
    }

    /** HTTP requests this instance has sent so far. */
    int requests() {
        return requests;
    }

    @Override
    public int entries() {
        if (entries < 0) fetch(Map.of());
        return (int) entries;
    }

    @Override
    public long entriesWith(String field, String term) {
        Long count = known.getOrDefault(field, Map.of()).get(term);
        if (count != null) return count;
        missing.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(term);
        return 0;
    }

    @Override
    public boolean fetchMissing() {
        if (missing.isEmpty()) return false;
        Map<String, Set<String>> asked = new LinkedHashMap<>(missing);
        missing.clear();
        fetch(asked);
        return true;
    }

    /** The entries with each asked term, and the number of entries, in one request. */
    private void fetch(Map<String, Set<String>> asked) {
        JsonObject filters = new JsonObject();
        List<String[]> keys = new ArrayList<>();
        asked.forEach((field, terms) -> terms.forEach(term -> {
            filters.add(TERM + keys.size(), OpenSearchQueries.term(field, term));
            keys.add(new String[] {field, term});
        }));
        AggregationKey<JsonObject> key = AggregationKey.of("terms");
        var step = session.search(Practice.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.id(Long.class))
                .where(f -> f.matchAll());
        ElasticsearchSearchResult<Long> result = keys.isEmpty()
                ? step.fetch(0)
                : step.aggregation(
                                key,
                                f -> f.fromJson(
                                        OpenSearchQueries.object("filters", OpenSearchQueries.object("filters", filters))))
                        .fetch(0);
        requests++;
        entries = result.total().hitCount();
        if (keys.isEmpty()) return;
        JsonObject buckets = result.aggregation(key).getAsJsonObject("buckets");
        for (int i = 0; i < keys.size(); i++) {
            long count = buckets.getAsJsonObject(TERM + i).get("doc_count").getAsLong();
            known.computeIfAbsent(keys.get(i)[0], f -> new HashMap<>()).put(keys.get(i)[1], count);
        }
    }

    /**
     * {@link SpellingCorrector}'s rules on OpenSearch. One request asks which words the vocabulary
     * field holds (a count per word) and OpenSearch's term suggester (the same Lucene spell checker
     * underneath, with the same edit distance, prefix and word limits) for the closest known words; a
     * misspelt compound without a near neighbour is then offered its known parts, as on the embedded
     * engine.
     */
    @Override
    public Map<String, List<String>> misspelt(String question) {
        Map<String, List<String>> found = misspelt.get(question);
        if (found == null) {
            found = alternatives(question);
            misspelt.put(question, found);
        }
        return found;
    }

    private Map<String, List<String>> alternatives(String query) {
        List<String> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String word : ParsedQuery.parse(query).words()) {
            if (word.length() > SpellingCorrector.MAX_CHECKED_LENGTH || !seen.add(word)) continue;
            words.add(word);
        }
        if (words.isEmpty()) return Map.of();
        JsonObject suggest = new JsonObject();
        JsonObject inVocabulary = new JsonObject();
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).toLowerCase(Locale.ROOT);
            JsonObject term = new JsonObject();
            term.addProperty("field", IndexFields.SPELL);
            term.addProperty("suggest_mode", "missing");
            term.addProperty("max_edits", SpellingCorrector.MAX_EDITS);
            term.addProperty("prefix_length", 1);
            term.addProperty("size", SpellingCorrector.ALTERNATIVES);
            JsonObject entry = new JsonObject();
            entry.addProperty("text", lower);
            entry.add("term", term);
            suggest.add(SPELLING + i, entry);
            inVocabulary.add(SPELLING + i, OpenSearchQueries.term(IndexFields.SPELL, lower));
        }
        AggregationKey<JsonObject> knownKey = AggregationKey.of("known");
        ElasticsearchSearchResult<Long> result = session.search(Practice.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.id(Long.class))
                .where(f -> f.matchAll())
                .aggregation(
                        knownKey,
                        f -> f.fromJson(OpenSearchQueries.object(
                                "filters", OpenSearchQueries.object("filters", inVocabulary))))
                .requestTransformer(context -> context.body().add("suggest", suggest))
                .fetch(0);
        requests++;
        entries = result.total().hitCount();
        JsonObject answers = result.responseBody().getAsJsonObject("suggest");
        JsonObject counts = result.aggregation(knownKey).getAsJsonObject("buckets");
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        int checked = 0;
        for (int i = 0; i < words.size(); i++) {
            if (counts.getAsJsonObject(SPELLING + i).get("doc_count").getAsLong() > 0) continue;
            if (checked++ == SpellingCorrector.MAX_CHECKED_WORDS) break;
            String word = words.get(i);
            List<String> choices = new ArrayList<>();
            for (JsonElement token : answers.getAsJsonArray(SPELLING + i)) {
                for (JsonElement option : token.getAsJsonObject().getAsJsonArray("options")) {
                    choices.add(sameCase(word, option.getAsJsonObject().get("text").getAsString()));
                }
            }
            if (choices.isEmpty()) choices.addAll(knownParts(word));
            if (!choices.isEmpty()) alternatives.put(word, List.copyOf(choices));
        }
        return java.util.Collections.unmodifiableMap(alternatives);
    }

    /**
     * Parts of a word that the compound word list knows and German entries contain, longest first
     * (as {@code SpellingCorrector} finds them in the embedded index).
     */
    private List<String> knownParts(String word) {
        List<String> candidates = SearchResources.compoundParts(word, compoundParts);
        if (candidates.isEmpty()) return List.of();
        Map<String, String> tokenOf = new LinkedHashMap<>();
        try (Analyzer german = TextAnalyzers.germanQuery(null)) {
            for (String candidate : candidates) {
                List<String> tokens = SearchResources.tokens(german, candidate);
                if (!tokens.isEmpty()) tokenOf.put(candidate, tokens.getFirst());
            }
        }
        if (tokenOf.isEmpty()) return List.of();
        String body = IndexFields.de(IndexFields.BODY);
        tokenOf.values().forEach(token -> entriesWith(body, token));
        fetchMissing();
        List<String> parts = new ArrayList<>();
        tokenOf.forEach((candidate, token) -> {
            if (entriesWith(body, token) > 0) parts.add(candidate);
        });
        parts.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return parts.stream().limit(SpellingCorrector.ALTERNATIVES).toList();
    }

    private static String sameCase(String original, String suggestion) {
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
        }
        return suggestion;
    }
}
