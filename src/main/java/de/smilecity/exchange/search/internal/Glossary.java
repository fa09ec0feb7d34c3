package de.smilecity.exchange.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;

/**
 * English and German terms that name the same thing, as the catalogue itself pairs them: a concept's
 * labels in both languages, the groups of the synonyms file, and the
 * keywords and titles of an entry and its adaptation in the other language. A question's words are
 * looked up here to search it in the other language too ({@link QueryExpansion}).
 *
 * <p>Terms are compared folded (lower case, umlauts as the German analysis folds them), whole and up to
 * {@link #MAX_WORDS} words long: longer labels ("Ensure availability and sustainable management of
 * water …") would widen a question with words that are not what it asked. Immutable; built by {@link
 * CatalogueGlossary}.
 *
 * <p>Below the catalogue's own pairs lies the general dictionary of municipal words ({@link
 * Builder#dictionaryPair}), for the everyday words no entry or label pairs. Its terms are compared
 * stemmed as the index stems them, the German side as German, the English side as English, so that
 * "appointments" meets "appointment" without the list naming every form; the catalogue's pairs are
 * compared as written, because a label names one thing in one form. The catalogue wins where both
 * know a term: its translations are then the catalogue's alone. A longer term still wins over a
 * shorter one, whichever knows it, being the more exact.
 */
final class Glossary {

    /** Words of a term at most, on either side. */
    static final int MAX_WORDS = 4;

    /** Terms of the other language (or other names) kept per term at most, best first. */
    static final int MAX_TARGETS = 3;

    static final Glossary EMPTY = new Glossary(Map.of(), Map.of(), Map.of());

    /** The stemming of the index's German and English text, which dictionary terms are compared after. */
    private static final Analyzer GERMAN_STEMS = TextAnalyzers.germanQuery(null);

    private static final Analyzer ENGLISH_STEMS = TextAnalyzers.englishQuery(null);

    /** Folded term → the terms it translates to, as written in the catalogue. */
    private final Map<String, List<String>> targets;

    /** A German dictionary term, stemmed as German → its English terms. */
    private final Map<String, List<String>> fromGerman;

    /** An English dictionary term, stemmed as English → its German terms. */
    private final Map<String, List<String>> fromEnglish;

    private Glossary(
            Map<String, List<String>> targets,
            Map<String, List<String>> fromGerman,
            Map<String, List<String>> fromEnglish) {
        this.targets = targets;
        this.fromGerman = fromGerman;
        this.fromEnglish = fromEnglish;
    }

    /** Terms the catalogue's pairs know. */
    int size() {
        return targets.size();
    }

    /** Terms the dictionary adds, German and English. */
    int dictionarySize() {
        return fromGerman.size() + fromEnglish.size();
    }

    /** The terms a folded term translates to, best first; empty when the glossary does not know it. */
    List<String> targets(String folded) {
        return targets.getOrDefault(folded, List.of());
    }

    /**
     * A term of the question that the glossary knows: words {@code [start, end)} of the run.
     *
     * @param fromDictionary whether the translations are the dictionary's rather than the catalogue's
     */
    record Match(int start, int end, String from, List<String> to, boolean fromDictionary) {}

    /**
     * The longest terms of a run of words that the glossary knows, left to right, without overlaps.
     *
     * @param folded the words of the run, each folded with {@link #fold}
     */
    List<Match> lookup(List<String> words, List<String> folded) {
        return lookup(words, folded, term -> true);
    }

    /**
     * As {@link #lookup(List, List)}, with only the dictionary translations that {@code usable} accepts:
     * a dictionary term left without any is no match, so that a shorter term within it can still be.
     */
    List<Match> lookup(List<String> words, List<String> folded, Predicate<String> usable) {
        List<String> germanStems =
                words.stream().map(w -> stems(GERMAN_STEMS, w)).toList();
        List<String> englishStems =
                words.stream().map(w -> stems(ENGLISH_STEMS, w)).toList();
        List<Match> matches = new ArrayList<>();
        int at = 0;
        while (at < words.size()) {
            Match found = null;
            for (int length = Math.min(MAX_WORDS, words.size() - at); length >= 1 && found == null; length--) {
                String key = String.join(" ", folded.subList(at, at + length)).strip();
                if (key.isEmpty()) continue;
                String from = String.join(" ", words.subList(at, at + length));
                List<String> to = targets(key);
                if (!to.isEmpty()) {
                    found = new Match(at, at + length, from, to, false);
                    continue;
                }
                LinkedHashSet<String> translated = new LinkedHashSet<>();
                translated.addAll(fromGerman.getOrDefault(joined(germanStems, at, length), List.of()));
                translated.addAll(fromEnglish.getOrDefault(joined(englishStems, at, length), List.of()));
                List<String> kept =
                        translated.stream().filter(usable).limit(MAX_TARGETS).toList();
                if (!kept.isEmpty()) found = new Match(at, at + length, from, kept, true);
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

    private static String joined(List<String> stems, int at, int length) {
        return String.join(" ", stems.subList(at, at + length)).strip();
    }

    private static String stems(Analyzer stemming, String text) {
        return String.join(" ", SearchResources.tokens(stemming, text));
    }

    /** A word or term folded as glossary keys are: its tokens, lower case, umlauts folded. */
    static String fold(Analyzer folding, String text) {
        return String.join(" ", SearchResources.tokens(folding, text));
    }

    /** Collects pairs of terms; each side becomes a key leading to the other. */
    static final class Builder {

        private final Analyzer folding;
        private final Map<String, Set<String>> targets = new HashMap<>();
        /** Stemmed term → its translations by their own stemmed form, so that "school"/"schools" count once. */
        private final Map<String, Map<String, String>> fromGerman = new HashMap<>();

        private final Map<String, Map<String, String>> fromEnglish = new HashMap<>();

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

        /**
         * One term of the general dictionary, leading each way below the catalogue's own pairs. Every
         * translation is kept here, not only {@link #MAX_TARGETS}: which of them a search may use
         * depends on the texts of the index it runs on ({@link #lookup(List, List, Predicate)}).
         */
        Builder dictionaryPair(String german, String english) {
            String de = german.strip();
            String en = english.strip();
            if (de.isEmpty() || en.isEmpty() || wordCount(de) > MAX_WORDS || wordCount(en) > MAX_WORDS) return this;
            // A word both languages write alike ("Hackathon") is found by the question itself.
            if (fold(folding, de).equals(fold(folding, en))) return this;
            String germanKey = stems(GERMAN_STEMS, de);
            String englishKey = stems(ENGLISH_STEMS, en);
            if (germanKey.isEmpty() || englishKey.isEmpty()) return this;
            fromGerman.computeIfAbsent(germanKey, k -> new LinkedHashMap<>()).putIfAbsent(englishKey, en);
            fromEnglish.computeIfAbsent(englishKey, k -> new LinkedHashMap<>()).putIfAbsent(germanKey, de);
            return this;
        }

        Glossary build() {
            Map<String, List<String>> kept = new HashMap<>();
            targets.forEach(
                    (key, to) -> kept.put(key, to.stream().limit(MAX_TARGETS).toList()));
            return new Glossary(Map.copyOf(kept), dictionary(fromGerman), dictionary(fromEnglish));
        }

        private static Map<String, List<String>> dictionary(Map<String, Map<String, String>> terms) {
            Map<String, List<String>> kept = new HashMap<>();
            terms.forEach((key, to) -> kept.put(key, List.copyOf(to.values())));
            return Map.copyOf(kept);
        }

        private static int wordCount(String term) {
            return ParsedQuery.wordsOf(term).size();
        }
    }
}
