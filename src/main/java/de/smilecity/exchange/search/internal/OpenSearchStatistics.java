package de.smilecity.exchange.search.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.jspecify.annotations.Nullable;

/**
 * The index statistics of the OpenSearch engine for one search, fetched in as few requests as the
 * widening allows. What is not known yet is answered with a guess (no entries, no misspelt words) and
 * remembered; {@link #fetchMissing} then asks for all of it in one {@code _msearch}: a term's entries
 * by a counting search of its {@code term} query (the document frequency of the embedded engine, less
 * deleted documents that a merge has not yet dropped), the number of entries by the total, and the
 * spelling check by the vocabulary field's counts and OpenSearch's term suggester (the same Lucene
 * spell checker underneath, with the same edit distance, prefix and word limits). A question of known
 * words takes one such request; a rare word one more, for its more common neighbours; a word no entry
 * holds one more round, for the parts of a compound.
 */
final class OpenSearchStatistics implements IndexStatistics {

    private static final String SPELLING = "spelling_";
    private static final String POPULAR = "popular_";
    private static final String TERM = "term_";

    /**
     * What the spelling check of OpenSearch told of one word of the question.
     *
     * @param entries the entries whose vocabulary holds the word
     * @param missing the closest known words, for a word no entry holds
     * @param popular the closest words more entries hold, with how many, for a rare word
     */
    private record Checked(String word, long entries, List<String> missing, Map<String, Long> popular) {}

    private final Function<String, JsonObject> multiSearch;
    private final CharArraySet compoundParts;
    private final Map<String, Map<String, Long>> known = new HashMap<>();
    private final Map<String, Set<String>> missing = new LinkedHashMap<>();
    private final Map<String, List<Checked>> checked = new HashMap<>();
    private final Set<String> unchecked = new LinkedHashSet<>();
    private long entries = -1;
    private boolean entriesAsked;
    private int requests;

    /**
     * @param multiSearch sends an {@code _msearch} body (NDJSON) to the catalogue's index and returns
     *     the node's answer
     */
    OpenSearchStatistics(Function<String, JsonObject> multiSearch, CharArraySet compoundParts) {
        this.multiSearch = multiSearch;
        this.compoundParts = compoundParts;
    }

    /** HTTP requests this instance has sent so far. */
    int requests() {
        return requests;
    }

    @Override
    public int entries() {
        if (entries < 0) entriesAsked = true;
        return (int) Math.max(0, entries);
    }

    @Override
    public long entriesWith(String field, String term) {
        Long count = known.getOrDefault(field, Map.of()).get(term);
        if (count != null) return count;
        missing.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(term);
        return 0;
    }

    /**
     * {@link SpellingCorrector}'s rules on OpenSearch: a word the vocabulary field does not hold is
     * replaced by the suggester's closest known words, or, a misspelt compound without a near
     * neighbour, by its parts that the compound word list knows and German entries contain.
     */
    @Override
    public Map<String, List<String>> misspelt(String question) {
        List<Checked> words = checked.get(question);
        if (words == null) {
            unchecked.add(question);
            return Map.of();
        }
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        int looked = 0;
        for (Checked word : words) {
            if (word.entries() > SpellingCorrector.RARE) continue;
            if (looked++ == SpellingCorrector.MAX_CHECKED_WORDS) break;
            List<String> choices;
            if (word.entries() == 0) {
                choices = word.missing().isEmpty() ? knownParts(word.word()) : word.missing();
            } else {
                // A word this few entries hold may be a typo that slipped into a text.
                choices = word.popular().entrySet().stream()
                        .filter(option -> option.getValue() >= SpellingCorrector.MORE_COMMON * word.entries())
                        .map(Map.Entry::getKey)
                        .toList();
            }
            if (!choices.isEmpty()) alternatives.put(word.word(), List.copyOf(choices));
        }
        return java.util.Collections.unmodifiableMap(alternatives);
    }

    @Override
    public boolean fetchMissing() {
        if (missing.isEmpty() && unchecked.isEmpty() && !entriesAsked) return false;
        Map<String, Set<String>> asked = new LinkedHashMap<>(missing);
        List<String> questions = List.copyOf(unchecked);
        missing.clear();
        unchecked.clear();
        entriesAsked = false;
        fetch(asked, questions);
        return true;
    }

    /**
     * The entries with each asked term, the number of entries and the spelling checks, in one
     * {@code _msearch}: a count per term (the node answers it from the term's document frequency,
     * where a {@code filters} aggregation visited every entry of the catalogue), the total with the
     * suggester for words no entry holds, and a count per checked word in the vocabulary field.
     * Words more entries hold than a typo would are not asked for more common neighbours; the rare
     * ones are, in a second request (as {@code SpellingCorrector} looks at them).
     */
    private void fetch(Map<String, Set<String>> asked, List<String> questions) {
        List<String[]> keys = new ArrayList<>();
        asked.forEach((field, terms) -> terms.forEach(term -> keys.add(new String[] {field, term})));
        Map<String, List<String>> wordsOf = new LinkedHashMap<>();
        List<String> spelt = new ArrayList<>();
        for (String question : questions) {
            List<String> words = wordsToCheck(question);
            wordsOf.put(question, words);
            words.forEach(word -> spelt.add(word.toLowerCase(Locale.ROOT)));
        }
        JsonObject missingWords = new JsonObject();
        for (int i = 0; i < spelt.size(); i++) missingWords.add(SPELLING + i, suggestion(spelt.get(i), "missing"));
        List<JsonObject> searches = new ArrayList<>();
        searches.add(counting(OpenSearchQueries.object("match_all", new JsonObject()), missingWords));
        keys.forEach(key -> searches.add(counting(OpenSearchQueries.term(key[0], key[1]), null)));
        spelt.forEach(word -> searches.add(counting(OpenSearchQueries.term(IndexFields.SPELL, word), null)));
        List<JsonObject> answers = search(searches);
        entries = total(answers.getFirst());
        for (int i = 0; i < keys.size(); i++) {
            known.computeIfAbsent(keys.get(i)[0], f -> new HashMap<>()).put(keys.get(i)[1], total(answers.get(1 + i)));
        }
        if (spelt.isEmpty()) return;
        long[] inVocabulary = new long[spelt.size()];
        JsonObject popularWords = new JsonObject();
        for (int i = 0; i < spelt.size(); i++) {
            inVocabulary[i] = total(answers.get(1 + keys.size() + i));
            if (inVocabulary[i] > 0 && inVocabulary[i] <= SpellingCorrector.RARE) {
                popularWords.add(POPULAR + i, suggestion(spelt.get(i), "popular"));
            }
        }
        JsonObject suggested = answers.getFirst().getAsJsonObject("suggest");
        if (!popularWords.isEmpty()) {
            JsonObject popular = search(
                            List.of(counting(OpenSearchQueries.object("match_none", new JsonObject()), popularWords)))
                    .getFirst()
                    .getAsJsonObject("suggest");
            popular.entrySet().forEach(entry -> suggested.add(entry.getKey(), entry.getValue()));
        }
        int at = 0;
        for (Map.Entry<String, List<String>> question : wordsOf.entrySet()) {
            List<Checked> words = new ArrayList<>();
            for (String word : question.getValue()) {
                List<String> missing = new ArrayList<>();
                options(suggested, SPELLING + at).forEach(option -> missing.add(sameCase(word, text(option))));
                Map<String, Long> popular = new LinkedHashMap<>();
                options(suggested, POPULAR + at)
                        .forEach(option -> popular.put(
                                sameCase(word, text(option)), option.get("freq").getAsLong()));
                words.add(new Checked(word, inVocabulary[at], List.copyOf(missing), popular));
                at++;
            }
            checked.put(question.getKey(), List.copyOf(words));
        }
    }

    /** A search that only counts the entries {@code query} matches, exactly, with the suggesters given. */
    private static JsonObject counting(JsonObject query, @Nullable JsonObject suggest) {
        JsonObject body = new JsonObject();
        body.addProperty("size", 0);
        body.addProperty("track_total_hits", true);
        body.add("query", query);
        if (suggest != null && !suggest.isEmpty()) body.add("suggest", suggest);
        return body;
    }

    /** Sends the searches as one {@code _msearch}; their answers in the same order. */
    private List<JsonObject> search(List<JsonObject> searches) {
        StringBuilder body = new StringBuilder();
        for (JsonObject search : searches) body.append("{}\n").append(search).append('\n');
        JsonArray responses = multiSearch.apply(body.toString()).getAsJsonArray("responses");
        requests++;
        List<JsonObject> answers = new ArrayList<>();
        for (JsonElement response : responses) {
            JsonObject answer = response.getAsJsonObject();
            if (answer.has("error")) {
                throw new IllegalStateException(
                        "OpenSearch refused a search for index statistics: " + answer.get("error"));
            }
            answers.add(answer);
        }
        return answers;
    }

    private static long total(JsonObject answer) {
        return answer.getAsJsonObject("hits")
                .getAsJsonObject("total")
                .get("value")
                .getAsLong();
    }

    /** The words of a question the spelling check looks at: each once, none too long to be a typo. */
    private static List<String> wordsToCheck(String question) {
        List<String> words = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String word : ParsedQuery.parse(question).words()) {
            if (word.length() > SpellingCorrector.MAX_CHECKED_LENGTH || !seen.add(word)) continue;
            words.add(word);
        }
        return words;
    }

    /** The suggester's options for one word, best first. */
    private static List<JsonObject> options(@Nullable JsonObject answers, String name) {
        List<JsonObject> options = new ArrayList<>();
        if (answers == null || !answers.has(name)) return options;
        for (JsonElement token : answers.getAsJsonArray(name)) {
            token.getAsJsonObject().getAsJsonArray("options").forEach(o -> options.add(o.getAsJsonObject()));
        }
        return options;
    }

    private static String text(JsonObject option) {
        return option.get("text").getAsString();
    }

    /**
     * The term suggester for one word: {@code missing} for a word no entry holds, {@code popular}
     * (words more entries hold) for a rare one, as {@code SpellingCorrector}'s two modes.
     */
    private static JsonObject suggestion(String word, String mode) {
        JsonObject term = new JsonObject();
        term.addProperty("field", IndexFields.SPELL);
        term.addProperty("suggest_mode", mode);
        term.addProperty("max_edits", SpellingCorrector.MAX_EDITS);
        term.addProperty("prefix_length", 1);
        term.addProperty("size", SpellingCorrector.ALTERNATIVES);
        JsonObject entry = new JsonObject();
        entry.addProperty("text", word);
        entry.add("term", term);
        return entry;
    }

    /**
     * Parts of a word that the compound word list knows and German entries contain, longest first
     * (as {@code SpellingCorrector} finds them in the embedded index); parts not counted yet are
     * fetched with the next round.
     */
    private List<String> knownParts(String word) {
        List<String> parts = new ArrayList<>();
        try (Analyzer german = TextAnalyzers.germanQuery(null)) {
            for (String candidate : SearchResources.compoundParts(word, compoundParts)) {
                List<String> tokens = SearchResources.tokens(german, candidate);
                if (!tokens.isEmpty() && entriesWith(IndexFields.de(IndexFields.BODY), tokens.getFirst()) > 0) {
                    parts.add(candidate);
                }
            }
        }
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
