package de.smilecity.exchange.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.springframework.stereotype.Component;

/**
 * Typo tolerance from the catalogue's own vocabulary: for each word of the query that the catalogue
 * does not contain, the closest words it does contain (at most two edits away, same first letter).
 * The closest one makes the "did you mean"; all of them make the typo-tolerant retry, as plain words,
 * so that the retry is as fast and as well highlighted as any search (Lucene's fuzzy queries are
 * neither, under the highlighter).
 */
@Component
public class SpellingCorrector {

    private final CharArraySet compoundParts = SearchResources.compoundParts();
    private final SearchAnalysis analysis;

    SpellingCorrector(SearchAnalysis analysis) {
        this.analysis = analysis;
    }

    static final int MAX_EDITS = 2;

    /** Alternatives this many per unknown word go into the retry. */
    static final int ALTERNATIVES = 3;

    /**
     * Unknown words looked up per query at most; the ones after them are searched as typed. Each
     * lookup walks the vocabulary within two edits of the word, the dearest step of a search.
     */
    public static final int MAX_CHECKED_WORDS = 5;

    /**
     * Longer words are searched as typed, not corrected: the edit-distance lookup and the search for
     * known parts in a word grow with its length (the parts with its square), and a word this long is
     * a compound or a paste rather than a typo.
     */
    public static final int MAX_CHECKED_LENGTH = 40;

    /**
     * A word that this few entries contain may still be a typo that slipped into a text: it is checked
     * against its neighbours too.
     */
    static final int RARE = 2;

    /** A rare word gives way to a neighbour that this many times as many entries contain. */
    static final int MORE_COMMON = 5;

    /**
     * The words of the query the catalogue does not know — or knows from at most {@link #RARE}
     * entries while a neighbour is {@link #MORE_COMMON} times as common — each with its closest known
     * words (best first, capitals kept); other words and words without a near neighbour are left out.
     * Each word is checked on its own, whatever the other words match. Bounded work whatever the
     * query: at most {@link #MAX_CHECKED_WORDS} words of at most {@link #MAX_CHECKED_LENGTH}
     * characters are looked up.
     */
    public Map<String, List<String>> alternatives(IndexReader reader, String query) {
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        try {
            DirectSpellChecker checker = new DirectSpellChecker();
            checker.setMaxEdits(MAX_EDITS);
            checker.setMaxQueryLength(MAX_CHECKED_LENGTH);
            int checked = 0;
            Set<String> seen = new HashSet<>();
            for (String word : ParsedQuery.parse(query).words()) {
                if (word.length() > MAX_CHECKED_LENGTH || !seen.add(word)) continue;
                String lower = word.toLowerCase(Locale.ROOT);
                Term term = new Term(IndexFields.SPELL, lower);
                int known = reader.docFreq(term);
                if (known > RARE) continue;
                if (checked++ == MAX_CHECKED_WORDS) break;
                SuggestWord[] suggestions = checker.suggestSimilar(
                        term,
                        ALTERNATIVES,
                        reader,
                        known == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR);
                List<String> choices = new ArrayList<>(Arrays.stream(suggestions)
                        .filter(s -> known == 0 || s.freq >= MORE_COMMON * known)
                        .map(s -> sameCase(word, s.string))
                        .toList());
                if (choices.isEmpty() && known == 0) {
                    // A misspelt compound ("Lastenfahrad") may still contain known parts ("lasten").
                    choices.addAll(knownParts(word, reader));
                }
                if (!choices.isEmpty()) {
                    alternatives.put(word, List.copyOf(choices));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index for spelling suggestions", e);
        }
        return alternatives;
    }

    /**
     * Parts of a word that the compound word list knows and German entries contain (as words or as
     * parts of their own compounds), longest first.
     */
    private List<String> knownParts(String word, IndexReader reader) throws IOException {
        List<String> parts = new ArrayList<>();
        try (Analyzer german = TextAnalyzers.germanQuery(null)) {
            for (String part : SearchResources.compoundParts(word, compoundParts)) {
                List<String> tokens = SearchResources.tokens(german, part);
                if (!tokens.isEmpty()
                        && reader.docFreq(new Term(IndexFields.de(IndexFields.BODY), tokens.getFirst())) > 0) {
                    parts.add(part);
                }
            }
        }
        parts.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return parts.stream().limit(ALTERNATIVES).toList();
    }

    /** The query with each unknown word replaced by its closest known word, if any word changed. */
    public static Optional<String> didYouMean(String query, Map<String, List<String>> alternatives) {
        String corrected = query;
        for (Map.Entry<String, List<String>> word : alternatives.entrySet()) {
            // Whole words only: a corrected "Plattfrom" must not change inside "Plattfromen".
            corrected = java.util.regex.Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word.getKey()) + "(?![\\p{L}\\p{N}])")
                    .matcher(corrected)
                    .replaceAll(java.util.regex.Matcher.quoteReplacement(
                            word.getValue().getFirst()));
        }
        return alternatives.isEmpty() ? Optional.empty() : Optional.of(corrected);
    }

    private static String sameCase(String original, String suggestion) {
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(suggestion.charAt(0)) + suggestion.substring(1);
        }
        return suggestion;
    }
}
