package de.smilecity.exchange.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * English and German terms that name the same thing, as the catalogue itself pairs them: a concept's
 * labels in both languages and its alternative labels, the groups of the synonyms file, and the
 * keywords and titles of an entry and its adaptation in the other language. A question's words are
 * looked up here to search it in the other language too ({@link QueryExpansion}).
 *
 * <p>Terms are compared folded (lower case, umlauts as the German analysis folds them), whole and up to
 * {@link #MAX_WORDS} words long: longer labels ("Ensure availability and sustainable management of
 * water …") would widen a question with words that are not what it asked. Immutable; built by {@link
 * CatalogueGlossary}.
 */
final class Glossary {

    /** Words of a term at most, on either side. */
    static final int MAX_WORDS = 4;

    /** Terms of the other language (or other names) kept per term at most, best first. */
    static final int MAX_TARGETS = 3;

    static final Glossary EMPTY = new Glossary(Map.of());

    /** Folded term → the terms it translates to, as written in the catalogue. */
    private final Map<String, List<String>> targets;

    private Glossary(Map<String, List<String>> targets) {
        this.targets = targets;
    }

    int size() {
        return targets.size();
    }

    /** The terms a folded term translates to, best first; empty when the glossary does not know it. */
    List<String> targets(String folded) {
        return targets.getOrDefault(folded, List.of());
    }

    /** A term of the question that the glossary knows: words {@code [start, end)} of the run. */
    record Match(int start, int end, String from, List<String> to) {}

    /**
     * The longest terms of a run of words that the glossary knows, left to right, without overlaps.
     *
     * @param folded the words of the run, each folded with {@link #fold}
     */
    List<Match> lookup(List<String> words, List<String> folded) {
        List<Match> matches = new ArrayList<>();
        int at = 0;
        while (at < words.size()) {
            Match found = null;
            for (int length = Math.min(MAX_WORDS, words.size() - at); length >= 1 && found == null; length--) {
                String key = String.join(" ", folded.subList(at, at + length)).strip();
                List<String> to = targets(key);
                if (!key.isEmpty() && !to.isEmpty()) {
                    found = new Match(at, at + length, String.join(" ", words.subList(at, at + length)), to);
                }
            }
            if (found == null) {
                at++;
            } else {
                matches.add(found);
                at = found.end();
            }
        }
        return matches;
    }

    /** A word or term folded as glossary keys are: its tokens, lower case, umlauts folded. */
    static String fold(Analyzer folding, String text) {
        return String.join(" ", SearchResources.tokens(folding, text));
    }

    /** Collects pairs of terms; each side becomes a key leading to the other. */
    static final class Builder {

        private final Analyzer folding;
        private final Map<String, Set<String>> targets = new HashMap<>();

        Builder(Analyzer folding) {
            this.folding = folding;
        }

        /**
         * Terms that name one thing: each leads to the others, those listed first first (so a
         * concept's label in the other language comes before its variants).
         */
        Builder group(Collection<String> terms) {
            List<String> usable = terms.stream()
                    .map(String::strip)
                    .filter(t -> !t.isEmpty() && wordCount(t) <= MAX_WORDS)
                    .distinct()
                    .toList();
            for (String from : usable) {
                String key = fold(folding, from);
                if (key.isEmpty()) continue;
                for (String to : usable) {
                    if (!fold(folding, to).equals(key)) {
                        targets.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(to);
                    }
                }
            }
            return this;
        }

        /** One term in two languages, leading each way. */
        Builder pair(String one, String other) {
            return group(List.of(one, other));
        }

        Glossary build() {
            Map<String, List<String>> kept = new HashMap<>();
            targets.forEach(
                    (key, to) -> kept.put(key, to.stream().limit(MAX_TARGETS).toList()));
            return new Glossary(Map.copyOf(kept));
        }

        private static int wordCount(String term) {
            return ParsedQuery.wordsOf(term).size();
        }
    }
}
