package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

/**
 * The service's text query written directly against Lucene, for the benchmark's lower bound: the same
 * weighted fields ({@link TextPredicates#FIELDS}), the same "all words first" boost and the same
 * spelling retry, analysed by the backend's own search analyzer. It lives in this package so that it
 * reads the weights instead of copying them.
 */
public final class LowerBoundQuery {

    private final IndexReader reader;
    private final QueryBuilder builder;

    /**
     * @param searchAnalyzer the backend's per-field search analyzer ({@code LuceneIndexManager#searchAnalyzer})
     */
    public LowerBoundQuery(IndexReader reader, Analyzer searchAnalyzer) {
        this.reader = reader;
        this.builder = new QueryBuilder(searchAnalyzer);
    }

    /** The query for the text; words the index does not know are widened with their spelling neighbours. */
    public Query of(String text) throws IOException {
        ParsedQuery parsed = ParsedQuery.parse(text);
        Map<String, List<String>> alternatives = alternatives(parsed.words());
        if (!alternatives.isEmpty()) parsed = ParsedQuery.parse(text, alternatives);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (List<Unit> group : parsed.groups()) {
            any.add(group(group), Occur.SHOULD);
            all.add(group(group), Occur.MUST);
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(all.build(), TextPredicates.ALL_WORDS), Occur.SHOULD)
                .add(any.build(), Occur.SHOULD)
                .build();
    }

    private Query group(List<Unit> group) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        group.forEach(unit -> either.add(unit(unit), Occur.SHOULD));
        return either.build();
    }

    /** One unit over every weighted field; a field whose analysis leaves nothing is skipped. */
    private Query unit(Unit unit) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        for (TextPredicates.Weighted w : TextPredicates.FIELDS) {
            Query q = unit.phrase()
                    ? builder.createPhraseQuery(w.field(), unit.text())
                    : builder.createBooleanQuery(w.field(), unit.text());
            if (q != null) fields.add(new BoostQuery(q, w.boost()), Occur.SHOULD);
        }
        return fields.build();
    }

    private Map<String, List<String>> alternatives(List<String> words) throws IOException {
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(SpellingCorrector.MAX_EDITS);
        for (String word : words) {
            Term term = new Term(IndexFields.SPELL, word.toLowerCase(Locale.ROOT));
            if (reader.docFreq(term) > 0) continue;
            SuggestWord[] similar = checker.suggestSimilar(
                    term, SpellingCorrector.ALTERNATIVES, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            List<String> choices =
                    new ArrayList<>(Arrays.stream(similar).map(s -> s.string).toList());
            if (!choices.isEmpty()) alternatives.put(word, choices);
        }
        return alternatives;
    }
}
