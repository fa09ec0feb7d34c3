package de.smilecity.exchange.search.internal;

import static de.smilecity.exchange.search.internal.IndexFields.de;
import static de.smilecity.exchange.search.internal.IndexFields.en;

import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The words of a query as a Lucene query over the weighted text fields: title above keywords and
 * taxonomy, above place and summary, above body ({@link RankingWeights}). Entries with all words score
 * an extra boost, so they come first; the others follow. Each run of words is analysed as one text with
 * the field's search analyzer, so that stems, compound parts and multi-word synonyms apply. A unit
 * weighs what its {@link Unit#weight()} says: the forms a question was widened to (compound parts,
 * corrections, translations) weigh less than the words as typed.
 *
 * <p>"All words" counts the words that tell something: a word far more common than the rarest word of
 * its run (the {@code broad} words of {@link #of(ParsedQuery, Set)}) adds its score where it occurs but
 * is not required for the boost, so that entries about the rare concept are not outranked by entries
 * that mention both words in passing.
 *
 * <p>Written in Lucene rather than in Hibernate Search's predicate DSL because the same query object
 * also drives the facet counting ({@link FacetCounter}), which needs a Lucene query; the structure is
 * the one the DSL builds (per field {@code QueryBuilder#createBooleanQuery}, boosted, as SHOULD clauses),
 * and the ranked query is that structure written out as one flat sum ({@link #flat}).
 */
public final class TextQuery {

    /**
     * A text field, its weight, and whether a phrase unit is asked there as a phrase or as every term
     * of it. Both engines read the flag, so they build the same query and count the same entries.
     *
     * @param phrases whether a phrase unit (a quoted run, a translation) must keep its words in order
     *     here; where not, it is asked as "every term" ({@code EVERY_TERM}), in any order
     */
    public record Weighted(String field, float boost, boolean phrases) {

        /** The same field, asking phrases as phrases. */
        Weighted asPhrases() {
            return phrases ? this : new Weighted(field, boost, true);
        }
    }

    /**
     * The weighted text fields. A phrase stays a phrase only in the title, the keywords and the
     * summary, the short texts that say what the entry is about, where the order of the words tells
     * most; the concept labels (taxonomy), the place and the body take it as every term of it. A
     * phrase whose words have multi-word synonyms (most translations) becomes a graph phrase of span
     * queries, which reads positions in every entry holding one of its words: the label fields hold
     * them in every hit of a faceted search (its filter picks the entries of one concept), and the
     * long bodies in many, so those phrases cost most of a faceted search on a large catalogue. In
     * the label fields the words of a label standing apart rarely mean something else, the place is
     * names, and the body weighs least. Chosen on the tuning half of the generalisation set, where
     * it ranked as well as phrases in every field and better than dropping them in the labels only.
     */
    public static List<Weighted> fields(RankingWeights weights) {
        return List.of(
                new Weighted(de(IndexFields.TITLE), weights.title(), true),
                new Weighted(en(IndexFields.TITLE), weights.title(), true),
                new Weighted(de(IndexFields.KEYWORDS), weights.keywords(), true),
                new Weighted(en(IndexFields.KEYWORDS), weights.keywords(), true),
                new Weighted(de(IndexFields.TAXONOMY), weights.taxonomy(), false),
                new Weighted(en(IndexFields.TAXONOMY), weights.taxonomy(), false),
                new Weighted(IndexFields.PLACE, weights.place(), false),
                new Weighted(de(IndexFields.SUMMARY), weights.summary(), true),
                new Weighted(en(IndexFields.SUMMARY), weights.summary(), true),
                new Weighted(de(IndexFields.BODY), weights.body(), false),
                new Weighted(en(IndexFields.BODY), weights.body(), false));
    }

    /**
     * The fields of an exclusion: a phrase as a phrase everywhere, since removing the entries where
     * the words only stand apart would hide more than the searcher asked to.
     */
    static List<Weighted> exact(List<Weighted> fields) {
        return fields.stream().map(Weighted::asPhrases).toList();
    }

    private final QueryBuilder builder;
    private final List<Weighted> weightedFields;
    private final List<Weighted> exactFields;
    private final float allWords;

    /** @param searchAnalyzer the index's per-field search analyzer ({@code LuceneIndexManager#searchAnalyzer}) */
    public TextQuery(Analyzer searchAnalyzer) {
        this(searchAnalyzer, RankingWeights.defaults());
    }

    public TextQuery(Analyzer searchAnalyzer, RankingWeights weights) {
        this.builder = new QueryBuilder(searchAnalyzer);
        this.weightedFields = fields(weights);
        this.exactFields = exact(weightedFields);
        this.allWords = weights.allWords();
    }

    /** Matches entries with any of the query's groups; those with all of them score higher. */
    public Query of(ParsedQuery query) {
        return of(query, Set.of());
    }

    /**
     * @param broad words (lower case) that the "all words" boost does not require when their run has a
     *     rarer word
     */
    public Query of(ParsedQuery query, Set<String> broad) {
        return question(query).ranked(broad);
    }

    /** One question, its runs of words analysed once for both {@link Question#matching} and {@link Question#ranked}. */
    public Question question(ParsedQuery query) {
        return new Question(query);
    }

    /**
     * The matching and the ranked query of one question. Both analyse the same runs of words for the
     * same fields (a one-word unit, a phrase: all of it); analysed once, the ranking costs no second
     * pass of the analyzers, which took about a tenth of a faceted search. The queries built are the
     * same, so are the matches and the scores. One per search, used by one thread.
     */
    public final class Question {

        private final ParsedQuery query;
        private final Map<Analysed, Query> analysed = new HashMap<>();

        private Question(ParsedQuery query) {
            this.query = query;
        }

        /** As {@link TextQuery#matching(ParsedQuery)}. */
        public Query matching() {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (List<Unit> group : query.groups()) any.add(group(group, false, Set.of(), analysed), Occur.SHOULD);
            return any.build();
        }

        /**
         * As {@link TextQuery#of(ParsedQuery, Set)}: the "all words" half, boosted, beside the {@link
         * #matching} half, written as one flat sum ({@link #flat}).
         */
        public Query ranked(Set<String> broad) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            for (List<Unit> group : query.groups()) all.add(group(group, true, broad, analysed), Occur.MUST);
            return flat(new BooleanQuery.Builder()
                    .add(new BoostQuery(all.build(), allWords), Occur.SHOULD)
                    .add(matching(), Occur.SHOULD)
                    .build());
        }
    }

    /** What {@link #fields} builds a query of. */
    private record Analysed(String text, Kind kind) {}

    /**
     * Entries whose own texts (title, keywords, summary, body; not the concept labels, which every
     * entry carries in both languages, nor the place) contain every word of the unit: to tell which
     * hits a translation found.
     */
    public Query inTexts(Unit unit) {
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        for (String word : unit.words()) {
            BooleanQuery.Builder fields = new BooleanQuery.Builder();
            for (Weighted w : weightedFields) {
                if (w.field().startsWith(IndexFields.TAXONOMY) || w.field().equals(IndexFields.PLACE)) continue;
                Query q = builder.createBooleanQuery(w.field(), word);
                if (q != null) fields.add(q, Occur.SHOULD);
            }
            each.add(fields.build(), Occur.MUST);
        }
        return each.build();
    }

    /**
     * The entries {@link #of} matches, without its ranking: any of the groups. Entries with all groups
     * are among them, so the "all words" half adds nothing to the set and is left out where only the set
     * counts (facet counting).
     */
    public Query matching(ParsedQuery query) {
        return question(query).matching();
    }

    /** What an exclusion removes: entries that contain all of its words, or its phrase. */
    public Query excluded(Unit unit) {
        return unit(unit, true, Set.of(), exactFields, new HashMap<>());
    }

    private Query group(List<Unit> group, boolean allWords, Set<String> broad, Map<Analysed, Query> analysed) {
        if (group.size() == 1) {
            return weighted(group.getFirst(), unit(group.getFirst(), allWords, broad, weightedFields, analysed));
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        group.forEach(unit ->
                either.add(weighted(unit, unit(unit, allWords, broad, weightedFields, analysed)), Occur.SHOULD));
        return either.build();
    }

    private static Query weighted(Unit unit, Query query) {
        return unit.weight() == 1f ? query : new BoostQuery(query, unit.weight());
    }

    private Query unit(
            Unit unit, boolean allWords, Set<String> broad, List<Weighted> fields, Map<Analysed, Query> analysed) {
        if (unit.phrase()) {
            return fields(unit.text(), Kind.PHRASE, fields, analysed);
        }
        List<String> words = unit.words();
        if (!(allWords || unit.everyWord()) || words.size() <= 1) {
            return fields(unit.text(), Kind.ANY_TERM, fields, analysed);
        }
        // All words: either the whole run in one field (where multi-word synonyms apply) …
        boolean someNarrow = words.stream().anyMatch(word -> !broad.contains(word.toLowerCase(Locale.ROOT)));
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        words.forEach(word -> each.add(
                fields(word, Kind.ANY_TERM, fields, analysed),
                someNarrow && broad.contains(word.toLowerCase(Locale.ROOT)) ? Occur.SHOULD : Occur.MUST));
        // … or every word in some field.
        return new BooleanQuery.Builder()
                .add(fields(unit.text(), Kind.EVERY_TERM, fields, analysed), Occur.SHOULD)
                .add(each.build(), Occur.SHOULD)
                .build();
    }

    private enum Kind {
        ANY_TERM,
        EVERY_TERM,
        PHRASE
    }

    /**
     * The text in every weighted field; a field where analysis leaves nothing matches nothing. Built once
     * per text and kind of the question ({@code analysed}): queries do not change once built, so the
     * matching and the ranked query may share them.
     */
    private Query fields(String text, Kind kind, List<Weighted> fields, Map<Analysed, Query> analysed) {
        Analysed key = new Analysed(text, kind);
        Query known = analysed.get(key);
        if (known != null) return known;
        Query built = fields(text, kind, fields);
        analysed.put(key, built);
        return built;
    }

    private Query fields(String text, Kind kind, List<Weighted> weighted) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Weighted w : weighted) {
            // A phrase asked as every term where the field does not take phrases builds the very query
            // of EVERY_TERM there, so the flat sum keeps it once beside the "all words" half's.
            Kind asked = kind == Kind.PHRASE && !w.phrases() ? Kind.EVERY_TERM : kind;
            Query q = asked == Kind.PHRASE
                    ? builder.createPhraseQuery(w.field(), text)
                    : builder.createBooleanQuery(w.field(), text);
            if (q == null) {
                q = new MatchNoDocsQuery("no terms left after analysis in " + w.field());
            } else if (asked == Kind.EVERY_TERM) {
                q = everyClause(q);
            }
            fields.add(new BoostQuery(q, w.boost()), Occur.SHOULD);
        }
        return fields.build();
    }

    /**
     * The same sum of scores as one disjunction: nested disjunctions opened, their weights multiplied
     * into the clauses, and a clause met more than once kept once with the sum of its weights. A
     * widened question repeats many: a phrase or a one-word unit sits in both the "all words" and the
     * matching half of a one-run question, and the synonyms expand the question and its translations
     * to the same alternatives field by field (a synonym group's members each to the whole group's
     * phrases and terms). The entries matched and their scores stay
     * the same (up to the rounding of the sums); what changes is the work: each such clause is scored
     * once, and the ranking's top-k pruning sees the clauses' own upper bounds rather than those of
     * the nested sums.
     */
    static Query flat(Query query) {
        Map<Query, Float> weights = new LinkedHashMap<>();
        open(query, 1f, weights);
        BooleanQuery.Builder sum = new BooleanQuery.Builder();
        weights.forEach(
                (clause, weight) -> sum.add(weight == 1f ? clause : new BoostQuery(clause, weight), Occur.SHOULD));
        return sum.build();
    }

    private static void open(Query query, float weight, Map<Query, Float> weights) {
        if (query instanceof BoostQuery boosted) {
            open(boosted.getQuery(), weight * boosted.getBoost(), weights);
        } else if (query instanceof BooleanQuery bool && isSum(bool)) {
            for (BooleanClause clause : bool.clauses()) open(clause.query(), weight, weights);
        } else {
            weights.merge(query, weight, Float::sum);
        }
    }

    /**
     * Whether a Boolean query scores the sum of its matching clauses and matches when any does: only
     * optional clauses, or a single clause.
     */
    private static boolean isSum(BooleanQuery bool) {
        List<BooleanClause> clauses = bool.clauses();
        if (bool.getMinimumNumberShouldMatch() > 0 || clauses.isEmpty()) return false;
        if (clauses.size() == 1) {
            Occur occur = clauses.getFirst().occur();
            return occur == Occur.MUST || occur == Occur.SHOULD;
        }
        return clauses.stream().allMatch(clause -> clause.occur() == Occur.SHOULD);
    }

    /** A disjunction of the text's terms turned into "all of them" (a minimum-should-match of 100 %). */
    private static Query everyClause(Query q) {
        if (!(q instanceof BooleanQuery bool)) return q;
        long should =
                bool.clauses().stream().filter(c -> c.occur() == Occur.SHOULD).count();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (BooleanClause clause : bool.clauses()) all.add(clause);
        return all.setMinimumNumberShouldMatch((int) should).build();
    }
}
