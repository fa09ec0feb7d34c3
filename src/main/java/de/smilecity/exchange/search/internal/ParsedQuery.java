package de.smilecity.exchange.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query as city staff write it: words, "phrases", {@code -exclusions} and {@code OR}. Consecutive
 * plain words stay together as a run, so that the analyzer sees them as one text and multi-word
 * synonyms ("cargo bike" = "Lastenrad") apply; {@code OR} joins the units on either side of it.
 *
 * @param groups units that must all match (each group is one unit or several joined by OR)
 * @param exclusions units that must not match
 */
public record ParsedQuery(List<List<Unit>> groups, List<Unit> exclusions) {

    /**
     * A run of plain words, or a phrase.
     *
     * @param weight what a match of the unit counts: 1 for the words as typed, less for the forms a
     *     question is widened to ({@link QueryExpansion})
     * @param everyWord whether the unit matches only where all of its words are, like a compound taken
     *     apart, which stands for all of its parts together; a run as typed matches where any word is
     */
    public record Unit(String text, boolean phrase, float weight, boolean everyWord) {

        public Unit(String text, boolean phrase) {
            this(text, phrase, 1f);
        }

        public Unit(String text, boolean phrase, float weight) {
            this(text, phrase, weight, false);
        }

        Unit weighted(float factor) {
            return new Unit(text, phrase, weight * factor, everyWord);
        }

        /** The plain words of the unit. */
        public List<String> words() {
            return wordsOf(text);
        }
    }

    /** What stands between words: anything but letters, digits, apostrophes and hyphens. */
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}'’-]+");

    /**
     * The words of a text as the search takes them apart (quotes, operators and other signs left
     * out): what the spelling check, the typo-tolerant retry and the limits of a search count.
     */
    public static List<String> wordsOf(String text) {
        List<String> words = new ArrayList<>();
        for (String part : BETWEEN_WORDS.split(text)) {
            if (!part.isBlank()) words.add(part);
        }
        return words;
    }

    /** Spelling variants of one run offered in a typo-tolerant retry, at most. */
    static final int MAX_VARIANTS = 4;

    private static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"?|\\(|\\)|\\||\\S+");

    public static ParsedQuery parse(String text) {
        return parse(text, Map.of());
    }

    /**
     * Parses the text; each word listed in {@code alternatives} becomes a group of itself OR its
     * alternatives (for the typo-tolerant retry).
     */
    public static ParsedQuery parse(String text, Map<String, List<String>> alternatives) {
        List<List<Unit>> groups = new ArrayList<>();
        List<Unit> exclusions = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean joinNext = false;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (token.equals("OR") || token.equals("|") || token.equals("||")) {
                // "a b OR c" is a AND (b OR c): only the last word of a run is an operand of OR.
                if (!run.isEmpty()) {
                    int last = run.lastIndexOf(" ");
                    if (last > 0) addWithAlternatives(groups, run.substring(0, last), alternatives, false);
                    addWithAlternatives(groups, run.substring(last + 1), alternatives, false);
                    run.setLength(0);
                }
                joinNext = !groups.isEmpty();
                continue;
            }
            if (token.equals("(") || token.equals(")")) {
                continue; // grouping is implied by OR; brackets add nothing people rely on
            }
            if (token.startsWith("-") && token.length() > 1) {
                String excluded = token.substring(1);
                exclusions.add(excluded.startsWith("\"") ? phrase(excluded) : new Unit(excluded, false));
                continue;
            }
            if (token.startsWith("\"")) {
                flush(run, groups, alternatives);
                add(groups, phrase(token), joinNext);
                joinNext = false;
                continue;
            }
            String word = token.replaceAll("[*~+]", "");
            if (word.isBlank()) continue;
            if (joinNext) {
                addWithAlternatives(groups, word, alternatives, true);
                joinNext = false;
            } else {
                if (!run.isEmpty()) run.append(' ');
                run.append(word);
            }
        }
        flush(run, groups, alternatives);
        return new ParsedQuery(List.copyOf(groups), List.copyOf(exclusions));
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Every word the query looks for (alternatives included, exclusions not): what snippets mark. */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        groups.forEach(group -> group.forEach(unit -> words.addAll(unit.words())));
        return words;
    }

    private static Unit phrase(String token) {
        String inner = token.replace("\"", "").strip();
        return new Unit(inner, true);
    }

    /** Ends the current run of words (a run never continues an OR: that word joins the group directly). */
    private static void flush(StringBuilder run, List<List<Unit>> groups, Map<String, List<String>> alternatives) {
        if (run.isEmpty()) return;
        addWithAlternatives(groups, run.toString(), alternatives, false);
        run.setLength(0);
    }

    /**
     * Adds a run; if some of its words have alternatives, the group also offers the run with each
     * alternative in place of its word, so that the rest of the run (and multi-word synonyms) stay.
     */
    private static void addWithAlternatives(
            List<List<Unit>> groups, String run, Map<String, List<String>> alternatives, boolean join) {
        add(groups, new Unit(run, false), join);
        List<String> words = List.of(run.split(" "));
        int variants = 0;
        for (int i = 0; i < words.size() && variants < MAX_VARIANTS; i++) {
            for (String choice : alternatives.getOrDefault(words.get(i), List.of())) {
                if (variants++ >= MAX_VARIANTS) break;
                List<String> replaced = new ArrayList<>(words);
                replaced.set(i, choice);
                add(groups, new Unit(String.join(" ", replaced), false), true);
            }
        }
    }

    private static void add(List<List<Unit>> groups, Unit unit, boolean join) {
        if (unit.text().isBlank()) return;
        if (join && !groups.isEmpty()) {
            List<Unit> last = new ArrayList<>(groups.removeLast());
            last.add(unit);
            groups.add(last);
        } else {
            groups.add(new ArrayList<>(List.of(unit)));
        }
    }
}
