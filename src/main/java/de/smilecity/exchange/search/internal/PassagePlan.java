package de.smilecity.exchange.search.internal;

import static de.smilecity.exchange.search.internal.IndexFields.de;
import static de.smilecity.exchange.search.internal.IndexFields.en;

import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A passage search as clauses that neither engine owns, built once from a {@link PassageQuestion} and
 * written as a Lucene query by {@link PassageQuery} or in OpenSearch's query language by {@link
 * OpenSearchQueries#passages}, so that both rank report pages alike and the page that answers "Was
 * hat die Parken-Sensorik insgesamt gekostet?" comes first:
 *
 * <ul>
 *   <li>each word of the question is one clause, found in the page's text (with the analysis of
 *       entries: stems, compound parts, synonyms) or, weighing {@value #ABOUT_BOOST} as much, in what
 *       its report is about ({@link ReportPageFields#ABOUT}); a German past participle also finds its
 *       verb ("gekostet" finds "Kosten"), one of a separable verb its particle ("zurückgegangen" finds
 *       "gingen … zurück"), and a compound its parts anywhere on the page ("Investitionskosten" finds
 *       "Investitionen" and "Energiekosten", {@link QueryCompounds#split}); a word that asks what
 *       something cost ("gekostet", "cost") finds the words of costs in either language;
 *   <li>of up to {@value PassageQuestion#ALL_WORDS_UP_TO} clauses every one must match, of more at
 *       least {@value #MIN_SHOULD_MATCH_PERCENT} % (rounded up): a question rarely uses the words of
 *       its answer, so requiring all of them finds nothing, and requiring one finds everything;
 *   <li>when fewer pages than asked for hold that many, the question is asked again with any one of
 *       its words enough and the others follow ({@link #answer}, {@link PassageQuestion#canRelax}),
 *       ranked the same way: a natural question shares few words with its answer, and a page holding
 *       two of six is a better reply than none;
 *   <li>a question about money prefers pages that state an amount in euros, weighing {@value
 *       #AMOUNT_BOOST} as much as a word;
 *   <li>a page must hold at least one of the words itself: what its report is about only adds weight,
 *       or every page of a report named like the question would be an answer;
 *   <li>pages are ranked by BM25, so the page that holds the most and rarest of the words comes first;
 *   <li>a page named in the query ("Seite 14") is asked for exactly, the other words then find its report;
 *   <li>phrases and words joined by OR are one clause each, exclusions leave pages out, and only
 *       pages of the given entries count.
 * </ul>
 *
 * @param clauses what a page should hold, each counted once towards {@code minimumShouldMatch}
 * @param minimumShouldMatch clauses a page must hold; every page when there are no clauses
 * @param amounts matches that raise a page stating an amount, none unless the question asks about money
 * @param pageMustHoldAWord whether a page must match one of the clauses' {@link Clause#inPage} matches
 *     itself (not only through its report)
 * @param page the page number a page must have, or null
 * @param exclusions clauses a page must not hold
 * @param entryIds the entries whose pages may answer, as indexed ({@link ReportPageFields#ENTRY})
 */
record PassagePlan(
        List<Clause> clauses,
        int minimumShouldMatch,
        List<Match> amounts,
        boolean pageMustHoldAWord,
        @Nullable Integer page,
        List<Clause> exclusions,
        List<String> entryIds) {

    static final List<String> FIELDS = List.of(de(ReportPageFields.TEXT), en(ReportPageFields.TEXT));
    static final List<String> ABOUT_FIELDS = List.of(de(ReportPageFields.ABOUT), en(ReportPageFields.ABOUT));

    /**
     * Weight of a word found in what the report is about (its title, file name, entry and place),
     * against one found in the page. A clause counts its best match ({@link #TIE_BREAKER}), so a word
     * that names the report counts alike on each of its pages, whether the page repeats it or not, and
     * more than a word of the page: the place or project a question names says which report answers,
     * the other words which of its pages.
     */
    static final float ABOUT_BOOST = 1.5f;

    /**
     * Share of a clause's other matches added to its best one: a word found as itself and as the words
     * of costs, or in the page and in its report's name, counts about once, not twice.
     */
    static final float TIE_BREAKER = 0.1f;

    /** Share of the clauses, in percent and rounded up, that a page must hold beyond two. */
    static final int MIN_SHOULD_MATCH_PERCENT = 50;

    /** Weight of an amount in euros on a page, for a question about money. */
    static final float AMOUNT_BOOST = 0.6f;

    /** How a page states an amount in euros, as both analyzers keep the words. */
    static final String AMOUNT_WORDS = "Euro EUR Mio Millionen million";

    /** How pages of either language speak of what something cost, for a word of a question that asks it. */
    static final String COST_WORDS = "Kosten kostet gekostet Ausgaben ausgegeben cost costs costed spent";

    /** Weight of a compound's parts found apart on a page, against the compound itself. */
    static final float COMPOUND_PARTS_BOOST = 0.8f;

    /** The compound split of the question side; its analyzers are thread-safe and live as long as the app. */
    private static final QueryCompounds COMPOUNDS = new QueryCompounds(SearchResources.compoundParts());

    /** How the words of a {@link Match} must occur in its field. */
    enum Kind {
        /** Every word (after analysis) somewhere in the field. */
        EVERY_WORD,
        /** Any of the words; each found adds to the score. */
        ANY_WORD,
        /** The words in this order, next to each other. */
        PHRASE
    }

    /**
     * Words in one field, analysed with that field's search analyzer on either engine; a field where
     * analysis leaves no word matches nothing.
     *
     * @param boost the weight of a match against a word found in the page (1)
     */
    record Match(String field, String text, Kind kind, float boost) {}

    /**
     * One thing a page should hold: it does when any of the matches does, and the matches that hit add
     * up its score.
     *
     * @param text the words the clause was built from, for messages
     * @param inPage matches in the page's own text
     * @param about matches in what the page's report is about: weight, and a clause held, but never
     *     alone what makes a page an answer ({@link PassagePlan#pageMustHoldAWord})
     */
    record Clause(String text, List<Match> inPage, List<Match> about) {

        List<Match> either() {
            return Stream.concat(inPage.stream(), about.stream()).toList();
        }
    }

    /** The plan that requires as many words as {@link #minimumShouldMatch(int)} says. */
    static PassagePlan of(PassageQuestion question, Collection<Long> entryIds) {
        return of(question, entryIds, false);
    }

    /**
     * The plan once more with any one of its words enough, for when {@link #of} finds no page; still a
     * page must hold one of them itself, and the best of them come first.
     */
    static PassagePlan relaxed(PassageQuestion question, Collection<Long> entryIds) {
        return of(question, entryIds, true);
    }

    /**
     * What an engine finds for the question: the plan's pages and, when they are fewer than asked for
     * and the question may be relaxed ({@link PassageQuestion#canRelax}), after them the relaxed plan's
     * others. Another site's page may hold half the words of a question ("kostet", "Betrieb", "Jahr")
     * while the report it names, in the other language, holds fewer: that report's pages still come,
     * after the pages that hold more.
     *
     * @param max pages at most
     * @param search runs a plan on the engine, best pages first, at most {@code max}
     * @param page what tells a page from another in the engine's rows
     */
    static <T> List<T> answer(
            PassageQuestion question,
            Collection<Long> entryIds,
            int max,
            Function<PassagePlan, List<T>> search,
            Function<T, Object> page) {
        List<T> found = search.apply(of(question, entryIds));
        if (found.size() >= max || !question.canRelax()) return found;
        Set<Object> seen = new HashSet<>();
        found.forEach(row -> seen.add(page.apply(row)));
        List<T> all = new ArrayList<>(found);
        for (T row : search.apply(relaxed(question, entryIds))) {
            if (all.size() >= max) break;
            if (seen.add(page.apply(row))) all.add(row);
        }
        return List.copyOf(all);
    }

    /** Clauses a page must hold of so many. */
    static int minimumShouldMatch(int clauses) {
        if (clauses <= PassageQuestion.ALL_WORDS_UP_TO) return clauses;
        return Math.max(PassageQuestion.ALL_WORDS_UP_TO, (clauses * MIN_SHOULD_MATCH_PERCENT + 99) / 100);
    }

    private static PassagePlan of(PassageQuestion question, Collection<Long> entryIds, boolean relaxed) {
        List<Clause> clauses = new ArrayList<>();
        for (List<Unit> group : question.words().groups()) {
            if (group.size() == 1 && !group.getFirst().phrase()) {
                for (String word : group.getFirst().words()) clauses.add(word(word, question.translationsOf(word)));
            } else {
                List<Match> either = new ArrayList<>();
                group.forEach(unit -> either.addAll(unit(unit)));
                clauses.add(new Clause(
                        String.join(" OR ", group.stream().map(Unit::text).toList()), either, List.of()));
            }
        }
        List<Match> amounts = new ArrayList<>();
        if (question.asksCosts() && !clauses.isEmpty()) {
            for (String field : FIELDS) amounts.add(new Match(field, AMOUNT_WORDS, Kind.ANY_WORD, AMOUNT_BOOST));
        }
        List<Clause> exclusions = question.words().exclusions().stream()
                .map(unit -> new Clause(unit.text(), unit(unit), List.of()))
                .toList();
        return new PassagePlan(
                List.copyOf(clauses),
                relaxed ? Math.min(1, clauses.size()) : minimumShouldMatch(clauses.size()),
                List.copyOf(amounts),
                // A page asked for by its number is found by its report's name alone ("Seite 14 Rostock").
                question.page() == null && !clauses.isEmpty(),
                question.page(),
                exclusions,
                entryIds.stream().map(String::valueOf).toList());
    }

    /**
     * One word in the page's text, as the verb of a participle, a separable verb's particle, a
     * compound's parts or, as a phrase, one of its translations into the other language.
     */
    private static Clause word(String word, List<String> translations) {
        List<Match> inPage = new ArrayList<>();
        for (String field : FIELDS) inPage.add(new Match(field, word, Kind.EVERY_WORD, 1));
        String germanText = de(ReportPageFields.TEXT);
        PassageQuestion.verbOf(word).ifPresent(verb -> inPage.add(new Match(germanText, verb, Kind.EVERY_WORD, 1)));
        PassageQuestion.particleOf(word)
                .ifPresent(particle -> inPage.add(new Match(germanText, particle, Kind.EVERY_WORD, 1)));
        if (PassageQuestion.asksCosts(word)) {
            // "gekostet" asked of an English report, "cost" of a German one: the words of costs in both.
            for (String field : FIELDS) inPage.add(new Match(field, COST_WORDS, Kind.ANY_WORD, 1));
        }
        List<String> parts = COMPOUNDS.split(word);
        if (!parts.isEmpty()) {
            // "Investitionskosten" is answered by a page on "Investitionen" and "Kosten": every part, anywhere on it.
            inPage.add(new Match(germanText, String.join(" ", parts), Kind.EVERY_WORD, COMPOUND_PARTS_BOOST));
        }
        // A report is in its entry's language, the question in the asker's; the translation stays part
        // of the word's one clause, so a page in the other language needs as many words as one in the
        // question's own.
        for (String term : translations) {
            for (String field : FIELDS) inPage.add(new Match(field, term, Kind.PHRASE, 1));
        }
        List<Match> about = ABOUT_FIELDS.stream()
                .map(field -> new Match(field, word, Kind.EVERY_WORD, ABOUT_BOOST))
                .toList();
        return new Clause(word, List.copyOf(inPage), about);
    }

    /** Every word of the unit (or the phrase) in the field of either language. */
    private static List<Match> unit(Unit unit) {
        Kind kind = unit.phrase() ? Kind.PHRASE : Kind.EVERY_WORD;
        return FIELDS.stream()
                .map(field -> new Match(field, unit.text(), kind, 1))
                .toList();
    }
}
