package de.smilecity.exchange.search.internal;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The hits the facet counting found — the entries that the words match and that pass every facet
 * filter — as a filter for the ranking of the same search over the same reader. In place of the facet
 * filters' own clauses, it lets the ranking visit exactly the hits: the filters' postings led it to
 * every entry with the selected values, and the words' disjunction was advanced to each of them,
 * matching or not.
 *
 * <p>Valid for the reader it was counted on only; not cached (it changes with every search).
 */
final class CountedHits extends Query {

    private final IndexReader reader;
    /** By leaf ({@link LeafReaderContext#ord}): the hits, live ones only. */
    private final List<FixedBitSet> byLeaf;

    CountedHits(IndexReader reader, List<FixedBitSet> byLeaf) {
        this.reader = reader;
        this.byLeaf = byLeaf;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        if (searcher.getIndexReader() != reader) {
            throw new IllegalArgumentException("Hits counted on another reader than the one searched");
        }
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext leaf) throws IOException {
                FixedBitSet hits = byLeaf.get(leaf.ord);
                int count = hits.cardinality();
                if (count == 0) return null;
                var scorer = new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(hits, count));
                return new DefaultScorerSupplier(scorer);
            }

            @Override
            public boolean isCacheable(LeafReaderContext leaf) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "counted hits";
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
