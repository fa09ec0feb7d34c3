package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import de.smilecity.exchange.shared.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.jspecify.annotations.Nullable;

/**
 * Widens a question to the forms it may be written in, each run of words with alternatives of lower
 * weight ({@link RankingWeights}) beside it:
 *
 * <ol>
 *   <li>typos, word by word: each misspelt word replaced by its closest known word (all of them at once,
 *       so that "Bürgerbeteilgung Plattfrom" can still find entries with both), a further neighbour of
 *       one word, and the words as typed, weaker;
 *   <li>compounds, both ways: a compound split into its parts ({@link QueryCompounds#split}), which
 *       then must all be there (a part no German text contains drops the split), and two neighbouring
 *       words joined into the compound the catalogue writes;
 *   <li>the other language: the terms of the {@link Glossary} replaced by their translations.
 * </ol>
 *
 * It also tells which words are broad (far more common than the rarest word of their run), for the
 * "all words" boost of {@link TextQuery}. Bounded work: the spelling check looks at no more words than
 * {@link SpellingCorrector} allows, each run gains at most {@link #MAX_ALTERNATIVES} alternatives, and
 * the glossary is a prepared map.
 */
public final class QueryExpansion {

    /** Alternatives one run gains at most, over all kinds. */
    static final int MAX_ALTERNATIVES = 8;

    /** Translated terms of one run at most. */
    static final int MAX_TRANSLATIONS = 2;

    /**
     * A term that at least this share of all entries holds is too general for the dictionary: as the
     * question's word it finds enough as asked, and as a translation it would widen the question to
     * most entries of the other language. Chosen by reasoning, not measured: twice the default share
     * (8 %) at which {@link RankingWeights#broadShare} lets a word go unrequired, since a translation
     * weighs less than the word itself and may cover more.
     */
    static final double DICTIONARY_BROAD_SHARE = 0.16;

    /**
     * A translation that widened the question.
     *
     * @param from the words of the question
     * @param to the glossary's term of the other language
     * @param unit the translated term as a unit of its own, to tell which hits it found
     */
    public record Translation(String from, String to, Unit unit) {}

    /**
     * @param query the widened question
     * @param didYouMean the question with its misspelt words corrected, or null when none was
     * @param broad lower-case words that the "all words" boost does not require
     * @param translations the translations that widened the question, in question order
     */
    public record Expanded(
            ParsedQuery query, @Nullable String didYouMean, Set<String> broad, List<Translation> translations) {

        /**
         * The words the snippets mark: those of the question and its corrections and compounds; a
         * translation is shown on the hit it found, not marked in every text.
         */
        public List<String> wordsToMark() {
            Set<String> translated = new HashSet<>();
            translations.forEach(t -> translated.add(t.to()));
            List<String> words = new ArrayList<>();
            query.groups()
                    .forEach(group -> group.stream()
                            .filter(unit -> !(unit.phrase() && translated.contains(unit.text())))
                            .forEach(unit -> words.addAll(unit.words())));
            return words;
        }

        public boolean corrected() {
            return didYouMean != null;
        }
    }

    private final SpellingCorrector spelling;
    private final QueryCompounds compounds;
    private final RankingWeights weights;
    private final Analyzer folding = TextAnalyzers.germanSynonymEntries();
    private final Analyzer german = TextAnalyzers.germanQuery(null);
    private final Analyzer english = TextAnalyzers.englishQuery(null);

    public QueryExpansion(SpellingCorrector spelling, RankingWeights weights) {
        this.spelling = spelling;
        this.compounds = new QueryCompounds(SearchResources.compoundParts());
        this.weights = weights;
    }

    /**
     * Rounds of fetching at most after the first widening: each round asks only for terms the round
     * before found it needed (the parts of a word corrected only once a join was known, say).
     */
    static final int MAX_FETCHES = 3;

    /** The question widened, over the index as {@code reader} shows it. */
    public Expanded expand(String question, IndexReader reader, Glossary glossary) {
        return expand(question, new ReaderStatistics(reader, spelling), glossary);
    }

    /**
     * The question widened, over the index as {@code statistics} tell it. Where the statistics have
     * to fetch what was asked ({@link IndexStatistics#fetchMissing}), the question is widened again
     * with the answers, until nothing more is missing.
     */
    public Expanded expand(String question, IndexStatistics statistics, Glossary glossary) {
        Expanded expanded = widen(question, statistics, glossary);
        for (int round = 0; round < MAX_FETCHES && statistics.fetchMissing(); round++) {
            expanded = widen(question, statistics, glossary);
        }
        return expanded;
    }

    private Expanded widen(String question, IndexStatistics statistics, Glossary glossary) {
        ParsedQuery parsed = ParsedQuery.parse(question);
        if (parsed.isEmpty()) return new Expanded(parsed, null, Set.of(), List.of());
        Map<String, List<String>> corrections = new java.util.LinkedHashMap<>(statistics.misspelt(question));
        List<Translation> translations = new ArrayList<>();
        Set<String> broad = new HashSet<>();
        List<List<Unit>> groups = new ArrayList<>();
        Map<Unit, List<String>> joins = new java.util.HashMap<>();
        // A word that makes a compound of the catalogue with its neighbour ("Garten Zwerg") is no typo.
        for (List<Unit> group : parsed.groups()) {
            for (Unit unit : group) {
                if (unit.phrase()) continue;
                List<String> words = unit.words();
                List<String> joined = new ArrayList<>();
                for (int i = 0; i + 1 < words.size(); i++) {
                    Optional<String> compound = compounds.join(words.get(i), words.get(i + 1), statistics);
                    if (compound.isPresent()) {
                        joined.add(replaced(words, i, i + 2, compound.get()));
                        corrections.remove(words.get(i));
                        corrections.remove(words.get(i + 1));
                    }
                }
                joins.put(unit, joined);
            }
        }
        for (List<Unit> group : parsed.groups()) {
            List<Unit> widened = new ArrayList<>();
            for (Unit unit : group) {
                if (unit.phrase()) {
                    widened.add(unit);
                } else {
                    widened.addAll(run(statistics, unit, corrections, joins.get(unit), glossary, translations));
                    broad.addAll(broadWords(unit.words(), statistics));
                }
            }
            groups.add(List.copyOf(widened));
        }
        return new Expanded(
                new ParsedQuery(List.copyOf(groups), parsed.exclusions()),
                SpellingCorrector.didYouMean(question, corrections).orElse(null),
                Set.copyOf(broad),
                List.copyOf(translations));
    }

    /** A run of words and its alternatives, the run as typed first. */
    private List<Unit> run(
            IndexStatistics statistics,
            Unit typed,
            Map<String, List<String>> corrections,
            List<String> joined,
            Glossary glossary,
            List<Translation> translations) {
        List<String> words = typed.words();
        List<Unit> units = new ArrayList<>();
        List<String> base = words;
        float baseWeight = 1f;
        if (words.stream().anyMatch(corrections::containsKey)) {
            units.add(new Unit(typed.text(), false, weights.typoOriginal()));
            base = words.stream()
                    .map(w -> corrections.containsKey(w) ? corrections.get(w).getFirst() : w)
                    .toList();
            baseWeight = weights.typoCorrection();
            units.add(new Unit(String.join(" ", base), false, baseWeight));
            for (int i = 0; i < words.size(); i++) {
                List<String> choices = corrections.getOrDefault(words.get(i), List.of());
                for (String choice : choices.subList(Math.min(1, choices.size()), choices.size())) {
                    add(units, replaced(base, i, i + 1, choice), weights.typoAlternative());
                }
            }
        } else {
            units.add(typed);
        }
        List<String> split = new ArrayList<>();
        boolean anySplit = false;
        for (String word : base) {
            List<String> parts = compounds.split(word);
            // A part no German text contains leaves the split form nothing to find. Every part is
            // asked, not only those up to the first unknown one, so that statistics fetched in
            // rounds learn of all of them at once.
            long known = parts.stream()
                    .filter(part -> inGermanTexts(part, statistics))
                    .count();
            if (!parts.isEmpty() && known == parts.size()) {
                anySplit = true;
                split.add(String.join(" ", parts));
            } else {
                split.add(word);
            }
        }
        if (anySplit && units.size() <= MAX_ALTERNATIVES) {
            // A compound asked alone stands for its parts together ("Hitzeschutz" for "Schutz vor
            // Hitze"), not for every text with one of them, which for a compound of two common words
            // ("Klimaanpassung") was most of the catalogue to count and rank. In a run of several
            // words the parts stay one word among others, as the run's own words are (requiring them
            // all cost the tuning half's several-word questions).
            String text = String.join(" ", split);
            if (units.stream().noneMatch(u -> u.text().equalsIgnoreCase(text))) {
                units.add(new Unit(text, false, baseWeight * weights.compoundParts(), base.size() == 1));
            }
        }
        joined.forEach(text -> add(units, text, weights.joinedCompound()));
        translate(base, baseWeight, glossary, statistics, units, translations);
        return units;
    }

    private void translate(
            List<String> base,
            float baseWeight,
            Glossary glossary,
            IndexStatistics statistics,
            List<Unit> units,
            List<Translation> translations) {
        List<String> folded =
                base.stream().map(word -> Glossary.fold(folding, word)).toList();
        List<Glossary.Match> matches = glossary.lookup(base, folded, term -> worthSearching(term, statistics)).stream()
                .filter(match -> !match.fromDictionary() || !broad(match.from(), statistics))
                .toList();
        if (matches.isEmpty()) return;
        float weight = baseWeight * weights.translation();
        int added = 0;
        for (int choice = 0; choice < Glossary.MAX_TARGETS && added < MAX_TRANSLATIONS; choice++) {
            for (Glossary.Match match : matches) {
                if (choice >= match.to().size() || added == MAX_TRANSLATIONS) continue;
                // The term as a phrase: a translated label is one thing, not any of its words.
                String to = match.to().get(choice);
                Unit unit = new Unit(to, true, weight);
                if (units.size() <= MAX_ALTERNATIVES
                        && units.stream().noneMatch(u -> u.text().equalsIgnoreCase(to))) {
                    units.add(unit);
                    translations.add(new Translation(match.from(), to, new Unit(to, false)));
                    added++;
                }
            }
        }
    }

    /**
     * Whether a translation of the dictionary is worth a place among a run's alternatives: some entry
     * has it, and not so many that it would rank most of one language's entries (a general word such
     * as "Bürger" for "citizen"). The catalogue's own translations are not asked: it pairs them
     * because its entries use them.
     */
    private boolean worthSearching(String term, IndexStatistics statistics) {
        long entries = entriesWithTerm(term, statistics);
        return entries > 0 && !broad(entries, statistics);
    }

    /** Whether a term of the question is too common to be worth the dictionary's translations. */
    private boolean broad(String term, IndexStatistics statistics) {
        return broad(entriesWithTerm(term, statistics), statistics);
    }

    private static boolean broad(long entries, IndexStatistics statistics) {
        return entries >= DICTIONARY_BROAD_SHARE * Math.max(1, statistics.entries());
    }

    /**
     * Entries that may hold a term, in the language where most do: its rarest word's count in the
     * titles or long texts of that language (which bounds the count of the whole term from above).
     */
    private long entriesWithTerm(String term, IndexStatistics statistics) {
        long most = 0;
        for (Language language : Language.values()) {
            Analyzer analyzer = language == Language.EN ? english : german;
            List<String> tokens = SearchResources.tokens(analyzer, term);
            if (tokens.isEmpty()) continue;
            long rarest = Long.MAX_VALUE;
            // Every word asked, so that a first round on OpenSearch asks for all it needs at once.
            for (String token : tokens) {
                long inBody = statistics.entriesWith(field(language, IndexFields.BODY), token);
                long inTitle = statistics.entriesWith(field(language, IndexFields.TITLE), token);
                rarest = Math.min(rarest, Math.max(inBody, inTitle));
            }
            most = Math.max(most, rarest);
        }
        return most;
    }

    private static String field(Language language, String field) {
        return language == Language.EN ? IndexFields.en(field) : IndexFields.de(field);
    }

    private static void add(List<Unit> units, String text, float weight) {
        if (units.size() > MAX_ALTERNATIVES) return;
        if (units.stream().anyMatch(u -> u.text().equalsIgnoreCase(text))) return;
        units.add(new Unit(text, false, weight));
    }

    private static String replaced(List<String> words, int from, int to, String by) {
        List<String> result = new ArrayList<>(words.subList(0, from));
        result.add(by);
        result.addAll(words.subList(to, words.size()));
        return String.join(" ", result);
    }

    /**
     * Words of a run that many entries contain and several times as many as its rarest word: the
     * "all words" boost counts on the rare one. A word's entries are counted in the long texts of
     * either language, where every entry has most of its words.
     */
    private Set<String> broadWords(List<String> words, IndexStatistics statistics) {
        if (words.size() < 2) return Set.of();
        int entries = Math.max(1, statistics.entries());
        long[] counts = new long[words.size()];
        long rarest = Long.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            counts[i] = entriesWith(words.get(i), statistics, english, german);
            if (counts[i] > 0) rarest = Math.min(rarest, counts[i]);
        }
        Set<String> broad = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (counts[i] >= weights.broadShare() * entries && counts[i] >= weights.broadRatio() * rarest) {
                broad.add(words.get(i).toLowerCase(Locale.ROOT));
            }
        }
        return broad;
    }

    /** Whether the German texts contain a part of a compound, as a word or as a part of their own compounds. */
    private boolean inGermanTexts(String part, IndexStatistics statistics) {
        List<String> tokens = SearchResources.tokens(german, part);
        if (tokens.size() != 1) return true;
        // Both fields asked every time, so that a first round with guesses asks for all it needs.
        long inBody = statistics.entriesWith(IndexFields.de(IndexFields.BODY), tokens.getFirst());
        long inTitle = statistics.entriesWith(IndexFields.de(IndexFields.TITLE), tokens.getFirst());
        return inBody > 0 || inTitle > 0;
    }

    private static long entriesWith(String word, IndexStatistics statistics, Analyzer english, Analyzer german) {
        long count = 0;
        for (Language language : Language.values()) {
            Analyzer analyzer = language == Language.EN ? english : german;
            List<String> tokens = SearchResources.tokens(analyzer, word);
            if (tokens.size() != 1) continue;
            String field =
                    language == Language.EN ? IndexFields.en(IndexFields.BODY) : IndexFields.de(IndexFields.BODY);
            count += statistics.entriesWith(field, tokens.getFirst());
        }
        return count;
    }
}
