package de.smilecity.exchange.search.internal;

import java.util.List;
import java.util.Map;

/**
 * What {@link QueryExpansion} needs to know of the index to widen a question: how many entries there
 * are, how many contain a term, and which words of the question are misspelt. One instance serves one
 * search and keeps what it has learnt, so each term is asked once.
 *
 * <p>The embedded engine answers from its index reader at once ({@link ReaderStatistics}). OpenSearch
 * answers over HTTP ({@link OpenSearchStatistics}); asking term by term would cost a request each, so
 * it answers an unknown term with 0, remembers it, and fetches all remembered terms in one request on
 * {@link #fetchMissing()} — the expansion then widens again with the answers.
 */
interface IndexStatistics {

    /** Entries in the index. */
    int entries();

    /**
     * Entries whose {@code field} holds {@code term}, already analysed as the field's search analyzer
     * leaves it; 0 for a term not (yet) known.
     */
    long entriesWith(String field, String term);

    /**
     * The words of the question the catalogue does not know, each with its closest known words, best
     * first (as {@link SpellingCorrector#alternatives} tells them).
     */
    Map<String, List<String>> misspelt(String question);

    /**
     * Fetches the terms asked since the last fetch whose answer was not known.
     *
     * @return whether any answer was fetched, so that a widening built on the guesses is out of date
     */
    boolean fetchMissing();
}
