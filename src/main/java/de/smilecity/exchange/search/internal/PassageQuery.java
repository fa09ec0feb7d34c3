package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.search.internal.PassagePlan.Clause;
import de.smilecity.exchange.search.internal.PassagePlan.Match;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PassagePlan} as a Lucene query over the embedded report page index: each clause a
 * disjunction of its matches, so that a page's BM25 scores of the words it holds add up; {@link
 * OpenSearchQueries#passages} writes the same plan for OpenSearch.
 */
final class PassageQuery {

    private final QueryBuilder builder;

    /** @param searchAnalyzer the report page index's per-field search analyzer */
    PassageQuery(Analyzer searchAnalyzer) {
        this.builder = new QueryBuilder(searchAnalyzer);
    }

    Query of(PassagePlan plan) {
        BooleanQuery.Builder pages = new BooleanQuery.Builder();
        if (plan.clauses().isEmpty()) {
            pages.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            plan.clauses().forEach(clause -> words.add(best(clause), Occur.SHOULD));
            words.setMinimumNumberShouldMatch(plan.minimumShouldMatch());
            pages.add(words.build(), Occur.MUST);
        }
        for (Match amount : plan.amounts()) {
            Query q = match(amount);
            if (q != null) pages.add(q, Occur.SHOULD);
        }
        if (plan.pageMustHoldAWord()) {
            // What the page itself says: a page that holds none of the words answers nothing, even when
            // its report is about them.
            List<Match> inPage =
                    plan.clauses().stream().flatMap(c -> c.inPage().stream()).toList();
            pages.add(anyOf(inPage, "the question"), Occur.FILTER);
        }
        Integer number = plan.page();
        if (number != null) pages.add(IntPoint.newExactQuery(ReportPageFields.NUMBER, number), Occur.FILTER);
        for (Clause excluded : plan.exclusions()) pages.add(anyOf(excluded.inPage(), excluded.text()), Occur.MUST_NOT);
        List<BytesRef> entries = plan.entryIds().stream().map(BytesRef::new).toList();
        pages.add(new TermInSetQuery(ReportPageFields.ENTRY, entries), Occur.FILTER);
        return pages.build();
    }

    /**
     * Pages any of the clause's matches finds, scored by the best of them ({@link
     * PassagePlan#TIE_BREAKER} of the others added): one word of the question found in several ways
     * (itself, its verb, the words of costs, its report's name) counts about once.
     */
    private Query best(Clause clause) {
        List<Query> matches = new java.util.ArrayList<>();
        for (Match m : clause.either()) {
            Query q = match(m);
            if (q != null) matches.add(q);
        }
        if (matches.isEmpty()) return new MatchNoDocsQuery("no terms left after analysis of " + clause.text());
        return new DisjunctionMaxQuery(matches, PassagePlan.TIE_BREAKER);
    }

    /** Pages any of the matches finds, their scores added. */
    private Query anyOf(List<Match> matches, String text) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        for (Match m : matches) {
            Query q = match(m);
            if (q != null) either.add(q, Occur.SHOULD);
        }
        BooleanQuery built = either.build();
        return built.clauses().isEmpty() ? new MatchNoDocsQuery("no terms left after analysis of " + text) : built;
    }

    /** The match analysed with its field's search analyzer; null when analysis leaves no word. */
    private @Nullable Query match(Match m) {
        Query q = switch (m.kind()) {
            case EVERY_WORD -> builder.createBooleanQuery(m.field(), m.text(), Occur.MUST);
            case ANY_WORD -> builder.createBooleanQuery(m.field(), m.text(), Occur.SHOULD);
            case PHRASE -> builder.createPhraseQuery(m.field(), m.text());
        };
        if (q == null || m.boost() == 1f) return q;
        return new BoostQuery(q, m.boost());
    }
}
