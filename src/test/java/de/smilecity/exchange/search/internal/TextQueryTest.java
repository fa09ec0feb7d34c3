package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class TextQueryTest {

    /** Cuts into words and counts how often a text is analysed. */
    private static final class CountingAnalyzer extends Analyzer {
        final AtomicInteger analysed = new AtomicInteger();

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }

        @Override
        protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
            analysed.incrementAndGet();
            return reader;
        }
    }

    /** A widened question: a one-word run, a phrase, a run of several words that must all occur, an alternative. */
    private static final ParsedQuery QUESTION = new ParsedQuery(
            List.of(
                    List.of(new Unit("Beteiligung", false)),
                    List.of(new Unit("urbane Datenplattform", true)),
                    List.of(new Unit("Lastenrad Verleih", false), new Unit("cargo bike", false, 0.5f, true))),
            List.of());

    private static final Set<String> BROAD = Set.of("verleih");

    @Test
    void theRankedQueryIsTheSameWhetherOrNotItSharesTheMatchingQuerysAnalysis() {
        TextQuery words = new TextQuery(new CountingAnalyzer());
        TextQuery.Question shared = words.question(QUESTION);
        Query matching = shared.matching();

        Query alone = words.question(QUESTION).ranked(BROAD);

        assertThat(shared.ranked(BROAD)).isEqualTo(alone);
        assertThat(words.matching(QUESTION)).isEqualTo(matching);
    }

    @Test
    void analysesEachRunOnceForMatchingAndRanking() {
        CountingAnalyzer separate = new CountingAnalyzer();
        TextQuery apart = new TextQuery(separate);
        apart.question(QUESTION).matching();
        apart.question(QUESTION).ranked(BROAD);
        CountingAnalyzer together = new CountingAnalyzer();
        TextQuery.Question once = new TextQuery(together).question(QUESTION);
        once.matching();
        once.ranked(BROAD);

        // Shared: everything the matching query analyses, which the ranked query holds as well: the
        // one-word run, the phrase, "Lastenrad Verleih" as a whole, and "cargo bike" (every word
        // either way: the run and its two words).
        int fields = TextQuery.fields(RankingWeights.defaults()).size();
        assertThat(separate.analysed.get() - together.analysed.get()).isEqualTo(6 * fields);
    }

    @Test
    void aPhraseStaysAPhraseInTheTitleAndIsEveryTermInTheConceptLabels() {
        ParsedQuery phrase = new ParsedQuery(List.of(List.of(new Unit("urbane Datenplattform", true))), List.of());

        Query ranked = new TextQuery(new CountingAnalyzer()).of(phrase);

        List<Query> clauses = ((BooleanQuery) ranked)
                .clauses().stream()
                        .map(BooleanClause::query)
                        .map(q -> q instanceof BoostQuery boosted ? boosted.getQuery() : q)
                        .toList();
        assertThat(clauses)
                .anySatisfy(q -> assertThat(q)
                        .isInstanceOfSatisfying(
                                PhraseQuery.class,
                                p -> assertThat(p.getField()).isEqualTo(IndexFields.de(IndexFields.TITLE))));
        String taxonomy = IndexFields.de(IndexFields.TAXONOMY);
        assertThat(clauses)
                .noneSatisfy(q -> assertThat(q)
                        .isInstanceOfSatisfying(
                                PhraseQuery.class, p -> assertThat(p.getField()).isEqualTo(taxonomy)));
        assertThat(clauses)
                .filteredOn(q -> q.toString().contains(taxonomy + ":"))
                .singleElement()
                .isInstanceOfSatisfying(
                        BooleanQuery.class,
                        every -> assertThat(every.getMinimumNumberShouldMatch()).isEqualTo(2));
    }

    @Test
    void anExclusionRemovesOnlyThePhraseInEveryField() {
        Query excluded = new TextQuery(new CountingAnalyzer()).excluded(new Unit("urbane Datenplattform", true));

        assertThat(excluded.toString()).contains(IndexFields.de(IndexFields.TAXONOMY) + ":\"urbane Datenplattform\"");
    }
}
