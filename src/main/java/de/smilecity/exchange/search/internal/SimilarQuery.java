package de.smilecity.exchange.search.internal;

import static de.smilecity.exchange.search.internal.IndexFields.de;
import static de.smilecity.exchange.search.internal.IndexFields.en;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.shared.Language;
import de.smilecity.exchange.shared.Markdown;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * "Similar practices" with Lucene's MoreLikeThis: the most telling words of an entry (in its own
 * language fields) and the labels of its concepts (in both languages), weighted by how rare they
 * are in the catalogue.
 */
public final class SimilarQuery {

    static final int MAX_QUERY_TERMS = 30;
    static final float TAXONOMY_WEIGHT = 1.5f;

    private SimilarQuery() {}

    public static Query of(Practice practice, IndexReader reader, Analyzer indexAnalyzer) {
        boolean german = Language.ofCode(practice.getLanguage()) == Language.DE;
        String suffix = german ? IndexFields.DE : IndexFields.EN;
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        add(
                query,
                like(reader, indexAnalyzer, IndexFields.BODY + suffix, text(practice), new String[] {
                    IndexFields.TITLE + suffix,
                    IndexFields.SUMMARY + suffix,
                    IndexFields.BODY + suffix,
                    IndexFields.KEYWORDS + suffix
                }),
                1f);
        String taxonomy = taxonomy(practice);
        add(
                query,
                like(reader, indexAnalyzer, de(IndexFields.TAXONOMY), taxonomy, new String[] {de(IndexFields.TAXONOMY)
                }),
                TAXONOMY_WEIGHT);
        add(
                query,
                like(reader, indexAnalyzer, en(IndexFields.TAXONOMY), taxonomy, new String[] {en(IndexFields.TAXONOMY)
                }),
                TAXONOMY_WEIGHT);
        return query.build();
    }

    /** The entry's own words that "like" it: title, summary, keywords, description and approach. */
    static String text(Practice practice) {
        return new StringBuilder()
                .append(practice.getTitle())
                .append('\n')
                .append(practice.getSummary())
                .append('\n')
                .append(String.join(", ", practice.getKeywords()))
                .append('\n')
                .append(Markdown.toPlainText(practice.getDescription()))
                .append('\n')
                .append(Markdown.toPlainText(practice.getApproach()))
                .toString();
    }

    /** The labels of the entry's concepts, in both languages. */
    static String taxonomy(Practice practice) {
        List<String> labels = new ArrayList<>();
        for (Concept concept : practice.getConcepts()) {
            labels.add(concept.getLabelDe());
            labels.add(concept.getLabelEn());
        }
        return String.join(", ", labels);
    }

    private static Query like(IndexReader reader, Analyzer analyzer, String field, String text, String[] fields) {
        try {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(fields);
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(3);
            mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
            return mlt.like(field, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the similarity query for field " + field, e);
        }
    }

    private static void add(BooleanQuery.Builder query, Query clause, float weight) {
        query.add(weight == 1f ? clause : new BoostQuery(clause, weight), BooleanClause.Occur.SHOULD);
    }
}
