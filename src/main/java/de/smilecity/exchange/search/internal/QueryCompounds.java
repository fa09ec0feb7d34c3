package de.smilecity.exchange.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Compounds on the query side, both ways, with the word list the index splits with: a compound of the
 * question taken apart into the words it is made of ("Hitzeschutz" → "hitze schutz"), and two
 * neighbouring words put together into the compound the catalogue writes ("Hitze Schutz" →
 * "hitzeschutz").
 *
 * <p>The index splits a compound into every stretch its word list knows, so a question of parts already
 * finds the compound; the join adds the compounds whose parts the list lacks. The split, in turn, is
 * what lets a compound of the question find texts that spell it out ("Schutz vor Hitze"). Unlike the
 * index it wants one reading that covers the whole word: the fewest parts, with the linking letters of
 * German compounds ("Beteiligung-s-plattform") between them.
 */
final class QueryCompounds {

    /** Linking letters between the parts of a German compound, and endings after the last part. */
    private static final List<String> LINKS = List.of("", "s", "es", "n", "en", "e", "er");

    /** Parts a word is split into at most; a longer reading is more likely wrong than right. */
    static final int MAX_PARTS = 4;

    private static final List<String> JOIN_FIELDS = List.of(
            IndexFields.de(IndexFields.TITLE),
            IndexFields.de(IndexFields.KEYWORDS),
            IndexFields.de(IndexFields.SUMMARY),
            IndexFields.de(IndexFields.BODY));

    private final CharArraySet dictionary;
    private final Analyzer fold = TextAnalyzers.germanSynonymEntries();
    private final Analyzer german = TextAnalyzers.germanQuery(null);

    QueryCompounds(CharArraySet dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * The parts of a compound, folded as the index folds them ("bürgerbeteiligung" → "burger",
     * "beteiligung"); empty when the word is shorter than the index's shortest compound or has no
     * reading of two to {@link #MAX_PARTS} known parts.
     */
    List<String> split(String word) {
        if (word.length() < TextAnalyzers.COMPOUND_MIN_WORD) return List.of();
        String folded = String.join("", SearchResources.tokens(fold, word));
        int n = folded.length();
        char[] letters = folded.toCharArray();
        // fewest[i]: fewest parts that cover folded[0, i); from[i]: where the last of them starts.
        int[] fewest = new int[n + 1];
        int[] start = new int[n + 1];
        int[] end = new int[n + 1];
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int i = 0; i < n; i++) {
            if (fewest[i] == Integer.MAX_VALUE || fewest[i] >= MAX_PARTS) continue;
            int longest = Math.min(n, i + TextAnalyzers.COMPOUND_MAX_PART);
            for (int j = i + TextAnalyzers.COMPOUND_MIN_PART; j <= longest; j++) {
                // The whole word as one part is no split.
                if (i == 0 && j == n) continue;
                if (!dictionary.contains(letters, i, j - i)) continue;
                for (String link : LINKS) {
                    int next = j + link.length();
                    if (next > n || !folded.startsWith(link, j)) continue;
                    if (fewest[i] + 1 < fewest[next]) {
                        fewest[next] = fewest[i] + 1;
                        start[next] = i;
                        end[next] = j;
                    }
                }
            }
        }
        if (fewest[n] < 2 || fewest[n] > MAX_PARTS) return List.of();
        List<String> parts = new ArrayList<>();
        for (int at = n; at > 0; at = start[at]) parts.addFirst(folded.substring(start[at], end[at]));
        return parts;
    }

    /**
     * The compound that two neighbouring words make in the catalogue's German texts, with the linking
     * letters it uses: the most common of the candidates the index contains, if any.
     */
    Optional<String> join(String first, String second, IndexStatistics statistics) {
        if (!isWord(first) || !isWord(second)) return Optional.empty();
        String head = first.toLowerCase(java.util.Locale.ROOT);
        String tail = second.toLowerCase(java.util.Locale.ROOT);
        List<String> candidates = new ArrayList<>();
        for (String link : LINKS.subList(0, 5)) candidates.add(head + link + tail);
        if (head.endsWith("e")) candidates.add(head.substring(0, head.length() - 1) + tail);
        String best = null;
        long bestCount = 0;
        for (String candidate : candidates) {
            List<String> tokens = SearchResources.tokens(german, candidate);
            if (tokens.size() != 1) continue;
            long count = 0;
            for (String field : JOIN_FIELDS) count += statistics.entriesWith(field, tokens.getFirst());
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean isWord(String word) {
        return word.length() >= TextAnalyzers.COMPOUND_MIN_PART && word.chars().allMatch(Character::isLetter);
    }
}
