package de.smilecity.exchange.search.internal;

import static de.smilecity.exchange.search.internal.IndexFields.de;
import static de.smilecity.exchange.search.internal.IndexFields.en;

import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * The words of a query as a Lucene query over report pages: a page must hold every group of the
 * query (a passage that answers half a question is no answer), in the field of its language;
 * exclusions leave pages out; and only pages of the given entries count. Each run of words is
 * analysed as one text with the field's search analyzer, as for entries ({@link TextQuery}), so that
 * stems, compound parts and multi-word synonyms apply.
 */
final class PassageQuery {

    static final List<String> FIELDS = List.of(de(ReportPageFields.TEXT), en(ReportPageFields.TEXT));

    private final QueryBuilder builder;

    /** @param searchAnalyzer the report page index's per-field search analyzer */
    PassageQuery(Analyzer searchAnalyzer) {
        this.builder = new QueryBuilder(searchAnalyzer);
    }

    Query of(ParsedQuery query, Collection<Long> entryIds) {
        BooleanQuery.Builder pages = new BooleanQuery.Builder();
        for (List<Unit> group : query.groups()) {
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            group.forEach(unit -> either.add(unit(unit), Occur.SHOULD));
            pages.add(either.build(), Occur.MUST);
        }
        query.exclusions().forEach(unit -> pages.add(unit(unit), Occur.MUST_NOT));
        List<BytesRef> entries =
                entryIds.stream().map(id -> new BytesRef(String.valueOf(id))).toList();
        pages.add(new TermInSetQuery(ReportPageFields.ENTRY, entries), Occur.FILTER);
        return pages.build();
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
}
