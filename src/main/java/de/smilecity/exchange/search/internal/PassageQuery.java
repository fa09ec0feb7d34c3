package de.smilecity.exchange.search.internal;

import static de.smilecity.exchange.search.internal.IndexFields.de;
import static de.smilecity.exchange.search.internal.IndexFields.en;

import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A question or a few words as a ranked Lucene query over report pages, so that the page that
 * answers "Was hat die Parken-Sensorik insgesamt gekostet?" comes first:
 *
 * <ul>
 *   <li>the question's stop words and question words ("was", "hat", "wie viele", "what", "were") are
 *       dropped ({@link Question#of});
 *   <li>each remaining word is one clause, found in the page's text (with the analysis of entries:
 *       stems, compound parts, synonyms) or, weighing {@value #ABOUT_BOOST} as much, in what its
 *       report is about ({@link ReportPageFields#ABOUT}); a German past participle also finds its verb
 *       ("gekostet" finds "Kosten"), one of a separable verb its particle ("zurückgegangen" finds "gingen
 *       … zurück"), and a compound its parts anywhere on the page ("Investitionskosten" finds
 *       "Investitionen" and "Energiekosten", {@link QueryCompounds#split});
 *   <li>of up to {@value #ALL_WORDS_UP_TO} clauses every one must match, of more at least
 *       {@value #MIN_SHOULD_MATCH_PERCENT} % (rounded up): a question rarely uses the words of its
 *       answer, so requiring all of them finds nothing, and requiring one finds everything;
 *   <li>when no page holds that many of more than {@value #ALL_WORDS_UP_TO} words, the question is asked
 *       again with any one of its words enough
 *       ({@link #relaxed}), ranked the same way: a natural question shares few words with its answer,
 *       and a page holding two of six is a better reply than none;
 *   <li>a question about money ("Wie teuer …", "Was hat … gekostet", "how much did … pay") prefers
 *       pages that state an amount in euros, weighing {@value #AMOUNT_BOOST} as much as a word;
 *   <li>a page must hold at least one of the words itself: what its report is about only adds weight,
 *       or every page of a report named like the question would be an answer;
 *   <li>pages are ranked by BM25, so the page that holds the most and rarest of the words comes first;
 *   <li>a page named in the query ("Seite 14", "page 14", "S. 14") is asked for exactly, the other
 *       words then find its report;
 *   <li>phrases and words joined by OR are one clause each, exclusions leave pages out, and only
 *       pages of the given entries count.
 * </ul>
 */
final class PassageQuery {

    static final List<String> FIELDS = List.of(de(ReportPageFields.TEXT), en(ReportPageFields.TEXT));
    static final List<String> ABOUT_FIELDS = List.of(de(ReportPageFields.ABOUT), en(ReportPageFields.ABOUT));

    /** Weight of a word found in what the report is about, against one found in the page. */
    static final float ABOUT_BOOST = 0.5f;

    /** Clauses up to which a page must hold every one. */
    static final int ALL_WORDS_UP_TO = 2;

    /** Share of the clauses, in percent and rounded up, that a page must hold beyond that. */
    static final int MIN_SHOULD_MATCH_PERCENT = 50;

    /** "Seite 14", "page 14", "S. 14", "p. 14": a page asked for by its number. */
    private static final Pattern PAGE =
            Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:seite|page|s\\.|p\\.)\\s*(\\d{1,5})(?![\\p{N}])");

    /** A German weak past participle: "gekostet", "gemacht", "gebaut". */
    private static final Pattern PARTICIPLE = Pattern.compile("^ge(\\p{L}{3,}?)e?t$");

    /** A participle of a German separable verb: "zurückgegangen", "eingesetzt", "abgeschlossen". */
    private static final Pattern SEPARABLE_PARTICIPLE = Pattern.compile(
            "^(zurück|zusammen|weiter|fest|fort|heraus|hinaus|vorbei|ab|an|auf|aus|bei|ein|los|mit|nach|vor|weg|zu)"
                    + "ge\\p{L}{3,}(?:en|t)$");

    /** Weight of an amount in euros on a page, for a question about money. */
    static final float AMOUNT_BOOST = 0.6f;

    /** How a question asks about money, in either language: by its cost, its price, what was paid or granted. */
    private static final Pattern ASKS_COSTS = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:teuer\\p{L}*|\\p{L}*kost\\p{L}*|gekostet|geld\\p{L}*|\\p{L}*betrag|zuschuss\\p{L}*"
                    + "|ausgegeben|bezahlt|gezahlt|preis\\p{L}*|budget\\p{L}*|how much|costs?|cost(?:ing|ed)|paid|pay"
                    + "|price\\p{L}*|bill|spent|spend|funding|grants?)(?!\\p{L})");

    /** How a page states an amount in euros, as both analyzers keep the words. */
    private static final String AMOUNT_WORDS = "Euro EUR Mio Millionen million";

    /** Weight of a compound's parts found apart on a page, against the compound itself. */
    static final float COMPOUND_PARTS_BOOST = 0.8f;

    /**
     * Words that ask rather than say: the stop words of both languages as Lucene lists them, and the
     * question words and auxiliaries those lists leave out.
     */
    private static final CharArraySet QUESTION_WORDS = questionWords();

    private final QueryBuilder builder;
    private final QueryCompounds compounds = new QueryCompounds(SearchResources.compoundParts());

    /** @param searchAnalyzer the report page index's per-field search analyzer */
    PassageQuery(Analyzer searchAnalyzer) {
        this.builder = new QueryBuilder(searchAnalyzer);
    }

    /**
     * What a passage search looks for.
     *
     * @param page the page number asked for, or null
     * @param words the query without the page reference and without its stop words (all of them
     *     kept when nothing else is left)
     * @param asksCosts whether it asks about money, so that pages stating an amount come first
     * @param translations words of the query (lower case) and the terms of the other language a page
     *     may hold instead, each as a phrase ({@link PassageTranslations})
     */
    record Question(
            @Nullable Integer page, ParsedQuery words, boolean asksCosts, Map<String, List<String>> translations) {

        Question(@Nullable Integer page, ParsedQuery words, boolean asksCosts) {
            this(page, words, asksCosts, Map.of());
        }

        static Question of(String query) {
            Integer page = null;
            String rest = query;
            Matcher m = PAGE.matcher(query);
            if (m.find()) {
                page = Integer.valueOf(m.group(1));
                rest = query.substring(0, m.start()) + " " + query.substring(m.end());
            }
            ParsedQuery parsed = ParsedQuery.parse(rest);
            ParsedQuery meaningful = withoutQuestionWords(parsed);
            return new Question(
                    page,
                    meaningful.isEmpty() ? parsed : meaningful,
                    ASKS_COSTS.matcher(rest).find());
        }

        boolean isEmpty() {
            return page == null && words.isEmpty();
        }

        /** The words a snippet marks: the query's, and the verbs of its participles. */
        List<String> markedWords() {
            List<String> marked = new ArrayList<>(words.words());
            for (String w : words.words()) verbOf(w).ifPresent(marked::add);
            translations.values().forEach(terms -> terms.forEach(t -> marked.addAll(ParsedQuery.wordsOf(t))));
            return marked;
        }
    }

    /** The Lucene query; the page number, if any, is the caller's to add as a filter. */
    Query of(Question question, Collection<Long> entryIds) {
        return of(question, entryIds, false);
    }

    /**
     * The query once more with any one of its words enough, for when {@link #of} finds no page; still
     * a page must hold one of them itself, and the best of them come first.
     */
    Query relaxed(Question question, Collection<Long> entryIds) {
        return of(question, entryIds, true);
    }

    /**
     * Whether {@link #relaxed} may answer when the query finds nothing: for a question of more than
     * {@value #ALL_WORDS_UP_TO} words, not for a page asked for by its number nor for a few words typed
     * as keywords, which a page must all hold.
     */
    static boolean canRelax(Question question) {
        return question.page() == null && question.words().words().size() > ALL_WORDS_UP_TO;
    }

    private Query of(Question question, Collection<Long> entryIds, boolean relaxed) {
        BooleanQuery.Builder pages = new BooleanQuery.Builder();
        List<Query> clauses = new ArrayList<>();
        // What the page itself says: a page that holds none of the words answers nothing, even when
        // its report is about them.
        BooleanQuery.Builder inPage = new BooleanQuery.Builder();
        for (List<Unit> group : question.words().groups()) {
            if (group.size() == 1 && !group.getFirst().phrase()) {
                group.getFirst().words().forEach(word -> {
                    BooleanQuery.Builder anywhere = inPage(word);
                    for (String term : question.translations().getOrDefault(word.toLowerCase(Locale.ROOT), List.of())) {
                        anywhere.add(unit(new Unit(term, true)), Occur.SHOULD);
                    }
                    inPage.add(anywhere.build(), Occur.SHOULD);
                    for (String field : ABOUT_FIELDS) {
                        add(anywhere, builder.createBooleanQuery(field, word, Occur.MUST), ABOUT_BOOST);
                    }
                    clauses.add(orNothing(anywhere.build(), word));
                });
            } else {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                group.forEach(unit -> either.add(unit(unit), Occur.SHOULD));
                clauses.add(either.build());
                inPage.add(either.build(), Occur.SHOULD);
            }
        }
        if (clauses.isEmpty()) {
            pages.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            clauses.forEach(c -> words.add(c, Occur.SHOULD));
            words.setMinimumNumberShouldMatch(relaxed ? 1 : minimumShouldMatch(clauses.size()));
            pages.add(words.build(), Occur.MUST);
            if (question.asksCosts()) {
                for (String field : FIELDS) {
                    Query amount = builder.createBooleanQuery(field, AMOUNT_WORDS, Occur.SHOULD);
                    if (amount != null) pages.add(new BoostQuery(amount, AMOUNT_BOOST), Occur.SHOULD);
                }
            }
            // A page asked for by its number is found by its report's name alone ("Seite 14 Rostock").
            if (question.page() == null) pages.add(inPage.build(), Occur.FILTER);
        }
        question.words().exclusions().forEach(unit -> pages.add(unit(unit), Occur.MUST_NOT));
        List<BytesRef> entries =
                entryIds.stream().map(id -> new BytesRef(String.valueOf(id))).toList();
        pages.add(new TermInSetQuery(ReportPageFields.ENTRY, entries), Occur.FILTER);
        return pages.build();
    }

    /** Clauses a page must hold of so many. */
    static int minimumShouldMatch(int clauses) {
        if (clauses <= ALL_WORDS_UP_TO) return clauses;
        return Math.max(ALL_WORDS_UP_TO, (clauses * MIN_SHOULD_MATCH_PERCENT + 99) / 100);
    }

    /** One word in the page's text, as the verb of a participle, a separable verb's particle or a compound's parts. */
    private BooleanQuery.Builder inPage(String word) {
        BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
        for (String field : FIELDS) add(anywhere, builder.createBooleanQuery(field, word, Occur.MUST), 1);
        verbOf(word)
                .ifPresent(verb ->
                        add(anywhere, builder.createBooleanQuery(de(ReportPageFields.TEXT), verb, Occur.MUST), 1));
        particleOf(word)
                .ifPresent(particle ->
                        add(anywhere, builder.createBooleanQuery(de(ReportPageFields.TEXT), particle, Occur.MUST), 1));
        List<String> parts = compounds.split(word);
        if (!parts.isEmpty()) {
            // "Investitionskosten" is answered by a page on "Investitionen" and "Kosten": every part, anywhere on it.
            add(
                    anywhere,
                    builder.createBooleanQuery(de(ReportPageFields.TEXT), String.join(" ", parts), Occur.MUST),
                    COMPOUND_PARTS_BOOST);
        }
        return anywhere;
    }

    private static Query orNothing(BooleanQuery built, String word) {
        return built.clauses().isEmpty() ? new MatchNoDocsQuery("no terms left after analysis of " + word) : built;
    }

    private static void add(BooleanQuery.Builder either, @Nullable Query q, float boost) {
        if (q == null) return;
        either.add(boost == 1 ? q : new BoostQuery(q, boost), Occur.SHOULD);
    }

    /** Every word of the unit (or the phrase) in the field of either language. */
    private Query unit(Unit unit) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (String field : FIELDS) {
            Query q = unit.phrase()
                    ? builder.createPhraseQuery(field, unit.text())
                    : builder.createBooleanQuery(field, unit.text(), Occur.MUST);
            fields.add(q == null ? new MatchNoDocsQuery("no terms left after analysis in " + field) : q, Occur.SHOULD);
        }
        return fields.build();
    }

    /**
     * "zurückgegangen" → "zurück": a German participle of a separable verb, whose particle stands apart in
     * the answer ("gingen … um 31 Prozent zurück"), so the particle is what a page shares with the question.
     */
    static java.util.Optional<String> particleOf(String word) {
        Matcher m = SEPARABLE_PARTICIPLE.matcher(word.toLowerCase(Locale.ROOT));
        return m.matches() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** "gekostet" → "kosten": the infinitive a German participle comes from, which pages use as a noun too. */
    static java.util.Optional<String> verbOf(String word) {
        Matcher m = PARTICIPLE.matcher(word.toLowerCase(Locale.ROOT));
        return m.matches() ? java.util.Optional.of(m.group(1) + "en") : java.util.Optional.empty();
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
