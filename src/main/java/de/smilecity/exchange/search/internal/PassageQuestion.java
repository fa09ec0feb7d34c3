package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * What a passage search asks, read once from the query and the same for both engines ({@link
 * PassagePlan} turns it into clauses): the page asked for by its number, the words that say rather
 * than ask, whether it asks about money, and whether it may be asked again with any one word enough.
 *
 * @param page the page number asked for ("Seite 14", "page 14", "S. 14", "p. 14"), or null
 * @param words the query without the page reference and without its stop words and question words
 *     ("was", "hat", "wie viele", "what", "were"); all of them kept when nothing else is left
 * @param asksCosts whether it asks about money ("Wie teuer …", "Was hat … gekostet", "how much did …
 *     pay"), so that pages stating an amount come first
 * @param particle the particle of a German separable verb that closes the question ("Wann fängt der
 *     Bau an?" → "an"), lower case, or null: German puts it at the end, away from its verb, and only
 *     joined to the verb ("anfangen") is it a word a glossary knows
 * @param translations words of the query (lower case) and the terms of the other language a page may
 *     hold instead, each as a phrase ({@link PassageTranslations})
 */
record PassageQuestion(
        @Nullable Integer page,
        ParsedQuery words,
        boolean asksCosts,
        @Nullable String particle,
        Map<String, List<String>> translations) {

    PassageQuestion(@Nullable Integer page, ParsedQuery words, boolean asksCosts) {
        this(page, words, asksCosts, null, Map.of());
    }

    /** The terms of the other language a page may hold instead of the word, none when the glossary knows none. */
    List<String> translationsOf(String word) {
        return translations.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** Words up to which a page must hold every one, and beyond which the question may be relaxed. */
    static final int ALL_WORDS_UP_TO = 2;

    /** "Seite 14", "page 14", "S. 14", "p. 14": a page asked for by its number. */
    private static final Pattern PAGE =
            Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:seite|page|s\\.|p\\.)\\s*(\\d{1,5})(?![\\p{N}])");

    /** A German weak past participle: "gekostet", "gemacht", "gebaut". */
    private static final Pattern PARTICIPLE = Pattern.compile("^ge(\\p{L}{3,}?)e?t$");

    /** A participle of a German separable verb: "zurückgegangen", "eingesetzt", "abgeschlossen". */
    private static final String PARTICLES =
            "(zurück|zusammen|weiter|fest|fort|heraus|hinaus|vorbei|ab|an|auf|aus|bei|ein|los|mit|nach|vor|weg|zu)";

    private static final Pattern SEPARABLE_PARTICIPLE = Pattern.compile("^" + PARTICLES + "ge\\p{L}{3,}(?:en|t)$");

    /** A separable verb's particle as the last word of a question: "Wann fängt der Bau an?". */
    private static final Pattern CLOSING_PARTICLE =
            Pattern.compile("(?iu)(?<![\\p{L}\\p{N}-])" + PARTICLES + "[\\s?!.]*$");

    /** How a question asks about money, in either language: by its cost, its price, what was paid or granted. */
    private static final Pattern ASKS_COSTS = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:teuer\\p{L}*|\\p{L}*kost\\p{L}*|gekostet|geld\\p{L}*|\\p{L}*betrag|zuschuss\\p{L}*"
                    + "|ausgegeben|bezahlt|gezahlt|preis\\p{L}*|budget\\p{L}*|how much|costs?|cost(?:ing|ed)|paid|pay"
                    + "|price\\p{L}*|bill|spent|spend|funding|grants?)(?!\\p{L})");

    /**
     * The words that ask what something cost, in either language: a page answers them with the words
     * of costs ("Wie teuer war …" with "Kosten", "what did … cost" with "Kosten"), rarely with the word itself.
     */
    private static final Pattern COST_WORD = Pattern.compile(
            "(?iu)gekostet|kosten|kostet|teuer\\p{L}*|ausgegeben|bezahlt|gezahlt|costs?|cost(?:ing|ed)|spent|paid");

    /**
     * Words that ask rather than say: the stop words of both languages as Lucene lists them, and the
     * question words and auxiliaries those lists leave out.
     */
    private static final CharArraySet QUESTION_WORDS = questionWords();

    static PassageQuestion of(String query) {
        Integer page = null;
        String rest = query;
        Matcher m = PAGE.matcher(query);
        if (m.find()) {
            page = Integer.valueOf(m.group(1));
            rest = query.substring(0, m.start()) + " " + query.substring(m.end());
        }
        ParsedQuery parsed = ParsedQuery.parse(rest);
        ParsedQuery meaningful = withoutQuestionWords(parsed);
        Matcher closing = CLOSING_PARTICLE.matcher(rest.strip());
        return new PassageQuestion(
                page,
                meaningful.isEmpty() ? parsed : meaningful,
                ASKS_COSTS.matcher(rest).find(),
                closing.find() ? closing.group(1).toLowerCase(Locale.ROOT) : null,
                Map.of());
    }

    /** Whether the word itself asks what something cost ("gekostet", "Kosten", "cost"). */
    static boolean asksCosts(String word) {
        return COST_WORD.matcher(word).matches();
    }

    boolean isEmpty() {
        return page == null && words.isEmpty();
    }

    /**
     * Whether the question may be asked again with any one of its words enough when it finds nothing:
     * one of more than {@value #ALL_WORDS_UP_TO} words, not a page asked for by its number nor a few
     * words typed as keywords, which a page must all hold.
     */
    boolean canRelax() {
        return page == null && words.words().size() > ALL_WORDS_UP_TO;
    }

    /** The words a snippet marks: the query's, and the verbs of its participles. */
    List<String> markedWords() {
        List<String> marked = new ArrayList<>(words.words());
        for (String w : words.words()) verbOf(w).ifPresent(marked::add);
        translations.values().forEach(terms -> terms.forEach(t -> marked.addAll(ParsedQuery.wordsOf(t))));
        return marked;
    }

    /**
     * "zurückgegangen" → "zurück": a German participle of a separable verb, whose particle stands apart in
     * the answer ("gingen … um 31 Prozent zurück"), so the particle is what a page shares with the question.
     */
    static Optional<String> particleOf(String word) {
        Matcher m = SEPARABLE_PARTICIPLE.matcher(word.toLowerCase(Locale.ROOT));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** "gekostet" → "kosten": the infinitive a German participle comes from, which pages use as a noun too. */
    static Optional<String> verbOf(String word) {
        Matcher m = PARTICIPLE.matcher(word.toLowerCase(Locale.ROOT));
        return m.matches() ? Optional.of(m.group(1) + "en") : Optional.empty();
    }

    private static ParsedQuery withoutQuestionWords(ParsedQuery query) {
        List<List<Unit>> groups = new ArrayList<>();
        for (List<Unit> group : query.groups()) {
            List<Unit> kept = new ArrayList<>();
            for (Unit unit : group) {
                if (unit.phrase()) {
                    kept.add(unit);
                    continue;
                }
                List<String> words = unit.words().stream()
                        .filter(w -> !QUESTION_WORDS.contains(w.toLowerCase(Locale.ROOT)))
                        .toList();
                if (!words.isEmpty()) kept.add(new Unit(String.join(" ", words), false));
            }
            if (!kept.isEmpty()) groups.add(List.copyOf(kept));
        }
        return new ParsedQuery(List.copyOf(groups), query.exclusions());
    }

    private static CharArraySet questionWords() {
        CharArraySet words = new CharArraySet(GermanAnalyzer.getDefaultStopSet(), true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        words.addAll(Set.of(
                "wie",
                "viel",
                "viele",
                "wieviel",
                "wieviele",
                "welche",
                "welcher",
                "welches",
                "welchen",
                "wann",
                "wo",
                "woher",
                "wohin",
                "warum",
                "weshalb",
                "wozu",
                "wer",
                "wen",
                "wem",
                "wurde",
                "wurden",
                "wird",
                "werden",
                "hat",
                "haben",
                "hatte",
                "ist",
                "sind",
                "war",
                "waren",
                "gibt",
                "gab",
                "what",
                "which",
                "how",
                "many",
                "much",
                "who",
                "whom",
                "when",
                "where",
                "why",
                "were",
                "was",
                "did",
                "does",
                "do",
                "has",
                "have",
                "had",
                "is",
                "are",
                "been"));
        return CharArraySet.unmodifiableSet(words);
    }
}
