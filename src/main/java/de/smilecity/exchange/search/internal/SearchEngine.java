package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.search.Closeness;
import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchLimitException;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.Suggestion;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What {@code SearchService} asks of an index: everything that reads it. The service checks the
 * request, finds the organisations of "cities like mine" and shapes the answer; an engine owns the
 * index reader, the counting, the ranking and the projection of hits. Requests arrive already
 * within their limits ({@link SearchRequest}'s constructor refuses the rest).
 */
public interface SearchEngine {

    /**
     * One page of a search.
     *
     * @param total every entry the request selects, not only the page's
     * @param hits the page in the request's order, closeness reasons attached
     * @param counts per facet, value → entries; disjunctive: a facet's own selection does not shrink
     *     its own counts
     * @param didYouMean the query with unknown words replaced by known ones, or null
     * @param fuzzy whether the hits come from the typo-tolerant retry
     */
    record Found(
            long total,
            List<SearchHit> hits,
            Map<Facet, Map<String, Long>> counts,
            @Nullable String didYouMean,
            boolean fuzzy) {}

    /**
     * @param closeness organisation slug → how close it is to the organisation of "cities like mine"
     *     (empty otherwise): raises its entries and gives their hits the reasons
     * @throws SearchLimitException when the query, with its synonyms and variants, is more than the
     *     engine takes in one query
     */
    Found search(SearchRequest request, Map<String, Closeness> closeness);

    /**
     * Titles and then keywords whose words start with {@code text} (the last word may be incomplete),
     * at most {@code max} of each.
     */
    List<Suggestion> suggest(String text, int max);

    /**
     * The ids of every entry the request's words and filters select, in the request's order, in chunks
     * of {@code chunkSize}. The question is widened as for a search; page and size are ignored.
     */
    void forEachMatchingId(
            SearchRequest request, Map<String, Closeness> closeness, int chunkSize, Consumer<List<Long>> chunks);

    /** At most {@code max} published entries most like {@code practice}, the entry itself excluded. */
    List<SearchHit> similar(Practice practice, int max);

    /**
     * A report page that answers a query.
     *
     * @param snippet the page's text around the first match, HTML-escaped, the matching words in
     *     {@code <mark>}
     */
    record PageHit(long reportId, int page, String snippet, float score) {}

    /**
     * The report pages of the given entries that answer the query, best first, ranked as {@link
     * PassagePlan} plans it on either engine.
     *
     * @param entryIds the entries whose reports may answer (the published ones); empty finds nothing
     * @throws SearchLimitException when the query is more than the engine takes in one query
     */
    List<PageHit> passages(String query, Collection<Long> entryIds, int max);
}
