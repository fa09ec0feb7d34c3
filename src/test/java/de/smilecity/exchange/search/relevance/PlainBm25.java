package de.smilecity.exchange.search.relevance;

import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.internal.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Plain BM25 on the service's own index, as a baseline that knows nothing the service was tuned
 * with: every analysed word of the question is an optional term in each text field of both
 * languages (title, summary, body, keywords), all fields weighted alike, a quoted phrase a phrase
 * query; no synonyms, no compound splitting on the question side, no spelling retry, no boosts.
 * Facet filters are exact filters on the facet fields, as in the service.
 *
 * <p>The analysis is written out here rather than taken from the service, so that a change of the
 * service's query analysis cannot move this baseline: lower case, German normalisation and light
 * stemming (the stems the German index holds, compounds aside) or possessive removal and Porter
 * stemming for English, then ASCII folding — as the index analysers do.
 */
final class PlainBm25 {

    private static final List<String> GERMAN_FIELDS = List.of(
            IndexFields.de(IndexFields.TITLE),
            IndexFields.de(IndexFields.SUMMARY),
            IndexFields.de(IndexFields.BODY),
            IndexFields.de(IndexFields.KEYWORDS));
    private static final List<String> ENGLISH_FIELDS = List.of(
            IndexFields.en(IndexFields.TITLE),
            IndexFields.en(IndexFields.SUMMARY),
            IndexFields.en(IndexFields.BODY),
            IndexFields.en(IndexFields.KEYWORDS));

    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"?|(\\S+)");

    private final IndexSearcher searcher;
    private final Analyzer german = analyzer(true);
    private final Analyzer english = analyzer(false);

    PlainBm25(IndexReader reader) {
        this.searcher = new IndexSearcher(reader);
    }

    /** Slugs of the best {@code limit} entries, best first. */
    List<String> search(String text, Map<Facet, List<String>> filters, int limit) {
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            boolean phrase = m.group(1) != null;
            String part = phrase ? m.group(1) : m.group(2);
            if (part.equals("OR") || part.startsWith("-")) continue;
            addPart(words, part, phrase, GERMAN_FIELDS, german);
            addPart(words, part, phrase, ENGLISH_FIELDS, english);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
        filters.forEach((facet, values) -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            facet.normalised(values)
                    .forEach(v -> any.add(new TermQuery(new Term(facet.indexField(), v)), Occur.SHOULD));
            query.add(any.build(), Occur.FILTER);
        });
        try {
            var stored = searcher.storedFields();
            List<String> slugs = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                slugs.add(stored.document(hit.doc, Set.of(IndexFields.SLUG)).get(IndexFields.SLUG));
            }
            return slugs;
        } catch (IOException e) {
            throw new UncheckedIOException("Plain BM25 failed on '" + text + "'", e);
        }
    }

    private static void addPart(
            BooleanQuery.Builder words, String part, boolean phrase, List<String> fields, Analyzer analyzer) {
        for (String field : fields) {
            List<String> terms = terms(analyzer, field, part);
            if (terms.isEmpty()) continue;
            if (phrase && terms.size() > 1) {
                words.add(new PhraseQuery(field, terms.toArray(String[]::new)), Occur.SHOULD);
            } else {
                terms.forEach(t -> words.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
            }
        }
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) terms.add(term.toString());
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Analyzer analyzer(boolean german) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = german
                        ? new GermanLightStemFilter(new GermanNormalizationFilter(new LowerCaseFilter(source)))
                        : new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
            }
        };
    }
}
