package de.smilecity.exchange.search.internal;

import static de.smilecity.exchange.search.internal.IndexFields.de;
import static de.smilecity.exchange.search.internal.IndexFields.en;

import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.List;
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
 * taxonomy, above place and summary, above body. Entries with all words score an extra boost, so they
 * come first; the others follow. Each run of words is analysed as one text with the field's search
 * analyzer, so that stems, compound parts and multi-word synonyms apply.
 *
 * <p>Written in Lucene rather than in Hibernate Search's predicate DSL because the same query object
 * also drives the facet counting ({@link FacetCounter}), which needs a Lucene query; the structure is
 * the one the DSL builds (per field {@code QueryBuilder#createBooleanQuery}, boosted, as SHOULD clauses).
 */
public final class TextQuery {

    /** A text field and its weight. */
    public record Weighted(String field, float boost) {}

    static final float TITLE = 6f;
    static final float KEYWORDS = 3f;
    static final float TAXONOMY = 3f;
    static final float PLACE = 2f;
    static final float SUMMARY = 2f;
    static final float BODY = 1f;
    /** Extra weight of entries that contain every word of the query. */
    static final float ALL_WORDS = 4f;

    public static final List<Weighted> FIELDS = List.of(
            new Weighted(de(IndexFields.TITLE), TITLE),
            new Weighted(en(IndexFields.TITLE), TITLE),
            new Weighted(de(IndexFields.KEYWORDS), KEYWORDS),
            new Weighted(en(IndexFields.KEYWORDS), KEYWORDS),
            new Weighted(de(IndexFields.TAXONOMY), TAXONOMY),
            new Weighted(en(IndexFields.TAXONOMY), TAXONOMY),
            new Weighted(IndexFields.PLACE, PLACE),
            new Weighted(de(IndexFields.SUMMARY), SUMMARY),
            new Weighted(en(IndexFields.SUMMARY), SUMMARY),
            new Weighted(de(IndexFields.BODY), BODY),
            new Weighted(en(IndexFields.BODY), BODY));

    private final QueryBuilder builder;

    /** @param searchAnalyzer the index's per-field search analyzer ({@code LuceneIndexManager#searchAnalyzer}) */
    public TextQuery(Analyzer searchAnalyzer) {
        this.builder = new QueryBuilder(searchAnalyzer);
    }

    /** Matches entries with any of the query's groups; those with all of them score higher. */
    public Query of(ParsedQuery query) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<Unit> group : query.groups()) {
            any.add(group(group, false), Occur.SHOULD);
            all.add(group(group, true), Occur.MUST);
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(all.build(), ALL_WORDS), Occur.SHOULD)
                .add(any.build(), Occur.SHOULD)
                .build();
    }

    /**
     * The entries {@link #of} matches, without its ranking: any of the groups. Entries with all groups
     * are among them, so the "all words" half adds nothing to the set and is left out where only the set
     * counts (facet counting).
     */
    public Query matching(ParsedQuery query) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (List<Unit> group : query.groups()) any.add(group(group, false), Occur.SHOULD);
        return any.build();
    }

    /** What an exclusion removes: entries that contain all of its words, or its phrase. */
    public Query excluded(Unit unit) {
        return unit(unit, true);
    }

    private Query group(List<Unit> group, boolean allWords) {
        if (group.size() == 1) {
            return unit(group.getFirst(), allWords);
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        group.forEach(unit -> either.add(unit(unit, allWords), Occur.SHOULD));
        return either.build();
    }

    private Query unit(Unit unit, boolean allWords) {
        if (unit.phrase()) {
            return fields(unit.text(), Kind.PHRASE);
        }
        List<String> words = unit.words();
        if (!allWords || words.size() <= 1) {
            return fields(unit.text(), Kind.ANY_TERM);
        }
        // All words: either the whole run in one field (where multi-word synonyms apply) …
        BooleanQuery.Builder each = new BooleanQuery.Builder();
        words.forEach(word -> each.add(fields(word, Kind.ANY_TERM), Occur.MUST));
        // … or every word in some field.
        return new BooleanQuery.Builder()
                .add(fields(unit.text(), Kind.EVERY_TERM), Occur.SHOULD)
                .add(each.build(), Occur.SHOULD)
                .build();
    }

    private enum Kind {
        ANY_TERM,
        EVERY_TERM,
        PHRASE
    }

    /** The text in every weighted field; a field where analysis leaves nothing matches nothing. */
    private Query fields(String text, Kind kind) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (Weighted w : FIELDS) {
            Query q = kind == Kind.PHRASE
                    ? builder.createPhraseQuery(w.field(), text)
                    : builder.createBooleanQuery(w.field(), text);
            if (q == null) {
                q = new MatchNoDocsQuery("no terms left after analysis in " + w.field());
            } else if (kind == Kind.EVERY_TERM) {
                q = everyClause(q);
            }
            fields.add(new BoostQuery(q, w.boost()), Occur.SHOULD);
        }
        return fields.build();
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
