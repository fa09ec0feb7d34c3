package de.smilecity.exchange.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The entries that the words of a question match, less its exclusions, as a bit per entry of a segment:
 * what the facet counting walks. Only the set counts here, not the scores, so the words' nested
 * disjunctions (groups of units of weighted fields, each boosted) are one "any of" in the end: their
 * terms are read straight from the postings and or-ed into the bits in bulk, each term once however
 * many units and fields ask for it. What is not a plain term (a phrase, "every word of the run") is
 * asked only for the entries that can still count. Deleted entries are not removed here: the counting
 * skips them.
 *
 * <p>Where the words match most of the catalogue, this reads each posting once at the speed of
 * decoding; iterating the nested disjunction would re-balance a heap of some dozen postings per entry.
 */
final class WordMatches {

    /** Every entry, for a search without words. */
    private final boolean all;
    /** Field → terms, sorted, for seeking in order. */
    private final Map<String, Set<BytesRef>> terms;

    private final List<Weight> others;
    private final List<Weight> exclusions;

    private WordMatches(boolean all, Map<String, Set<BytesRef>> terms, List<Weight> others, List<Weight> exclusions) {
        this.all = all;
        this.terms = terms;
        this.others = others;
        this.exclusions = exclusions;
    }

    /**
     * @param words what the words match, or null for every entry
     * @param exclusions what must not match
     */
    static WordMatches of(IndexSearcher searcher, @Nullable Query words, List<Query> exclusions) throws IOException {
        Map<String, Set<BytesRef>> terms = new TreeMap<>();
        List<Query> others = new ArrayList<>();
        if (words != null) split(searcher.rewrite(words), terms, others);
        return new WordMatches(words == null, terms, weights(searcher, others), weights(searcher, exclusions));
    }

    private static List<Weight> weights(IndexSearcher searcher, List<Query> queries) throws IOException {
        List<Weight> weights = new ArrayList<>();
        for (Query query : queries) {
            weights.add(searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
        return weights;
    }

    /**
     * Takes a query apart into plain terms and other parts such that it matches exactly the entries with
     * any of them: boosts do not change what matches, and a disjunction matches what any clause does.
     */
    private static void split(Query query, Map<String, Set<BytesRef>> terms, List<Query> others) {
        switch (query) {
            case BoostQuery boosted -> split(boosted.getQuery(), terms, others);
            case ConstantScoreQuery constant -> split(constant.getQuery(), terms, others);
            case DisjunctionMaxQuery max -> max.getDisjuncts().forEach(q -> split(q, terms, others));
            case BooleanQuery bool
            when isAnyOf(bool) -> bool.clauses().forEach(clause -> split(clause.query(), terms, others));
            case TermQuery term -> add(term.getTerm(), terms);
            case SynonymQuery synonyms -> synonyms.getTerms().forEach(term -> add(term, terms));
            case MatchNoDocsQuery nothing -> {
                // matches nothing, adds nothing
            }
            default -> {
                if (!others.contains(query)) others.add(query);
            }
        }
    }

    /** Only optional clauses and no minimum of them: matches what any clause matches (nothing if none). */
    private static boolean isAnyOf(BooleanQuery bool) {
        return bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().stream().map(BooleanClause::occur).allMatch(Occur.SHOULD::equals);
    }

    private static void add(Term term, Map<String, Set<BytesRef>> terms) {
        terms.computeIfAbsent(term.field(), f -> new TreeSet<>()).add(term.bytes());
    }

    /**
     * The matching entries of one segment of the searcher's reader, deleted ones included, among the
     * candidates: beyond them the bits may be set or not.
     *
     * @param candidates the entries that can count at all, or null for every entry. Terms are or-ed in
     *     whole (that is cheaper than asking), but a phrase or "every word" is checked only on candidates
     *     its terms did not match already, and an exclusion only on matches.
     */
    FixedBitSet in(LeafReaderContext leaf, @Nullable FixedBitSet candidates) throws IOException {
        int maxDoc = leaf.reader().maxDoc();
        FixedBitSet bits = new FixedBitSet(maxDoc);
        if (all) {
            bits.set(0, maxDoc);
        } else {
            PostingsEnum postings = null;
            for (Map.Entry<String, Set<BytesRef>> field : terms.entrySet()) {
                Terms inField = leaf.reader().terms(field.getKey());
                if (inField == null) continue;
                TermsEnum term = inField.iterator();
                for (BytesRef value : field.getValue()) {
                    if (term.seekExact(value)) {
                        postings = term.postings(postings, PostingsEnum.NONE);
                        bits.or(postings);
                    }
                }
            }
            if (!others.isEmpty()) {
                FixedBitSet open = new FixedBitSet(maxDoc);
                if (candidates == null) open.set(0, maxDoc);
                else open.or(candidates);
                open.andNot(bits);
                for (Weight other : others) {
                    forEachMatch(other, leaf, open, doc -> {
                        bits.set(doc);
                        open.clear(doc);
                    });
                }
            }
        }
        if (!exclusions.isEmpty()) {
            FixedBitSet matched = bits.clone();
            if (candidates != null) matched.and(candidates);
            for (Weight excluded : exclusions) forEachMatch(excluded, leaf, matched, bits::clear);
        }
        return bits;
    }

    private interface DocAction {
        void accept(int doc);
    }

    /**
     * The weight's matches among the given documents: its iterator is advanced to them (leap-frogging),
     * and only where it lands on one is the exact check (a phrase's positions) made.
     */
    private static void forEachMatch(Weight weight, LeafReaderContext leaf, FixedBitSet among, DocAction action)
            throws IOException {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) return;
        TwoPhaseIterator exact = scorer.twoPhaseIterator();
        DocIdSetIterator approximation = exact == null ? scorer.iterator() : exact.approximation();
        int maxDoc = among.length();
        int doc = maxDoc == 0 ? DocIdSetIterator.NO_MORE_DOCS : among.nextSetBit(0);
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            int at = approximation.docID() < doc ? approximation.advance(doc) : approximation.docID();
            if (at == DocIdSetIterator.NO_MORE_DOCS) return;
            if (at == doc && (exact == null || exact.matches())) action.accept(doc);
            int next = at == doc ? doc + 1 : at;
            doc = next >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : among.nextSetBit(next);
        }
    }
}
