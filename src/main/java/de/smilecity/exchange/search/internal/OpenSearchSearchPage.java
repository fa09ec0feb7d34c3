package de.smilecity.exchange.search.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.SearchSort;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;

/**
 * One page of a search on OpenSearch as the two searches of one {@code _msearch}, which the node runs
 * side by side, as the embedded engine counts and then ranks ({@link FacetCounter}, {@link Ranking}):
 *
 * <ol>
 *   <li>the <b>page</b>: the ranked question with the facet filters as filters ({@link
 *       OpenSearchQueries#filtered}), so that only the hits are scored, and without an exact total,
 *       so that the node may skip entries that cannot reach the page;
 *   <li>the <b>counts</b>: the question unranked ({@link OpenSearchQueries#counted}, nothing scored)
 *       with one aggregation per facet, each without its own filter (disjunctive counts), and one for
 *       the total, {@code size: 0}.
 * </ol>
 *
 * In one search, the facet filters had to be a {@code post_filter} for the aggregations to see past
 * them, and the aggregations made the node collect every match of the widened question with its
 * score: at 100 000 entries that scoring was most of the time of a faceted search. Split, the scores
 * are computed for the filtered hits only (often a few hundred entries), and the counting reads
 * postings without scores. Hits and scores stay those of the single search; the total and the
 * counts are now those of the question's matching half, as {@link FacetCounter} counts them.
 */
final class OpenSearchSearchPage {

    /**
     * A hit's stored values in the form {@link HitProjection} reads, its score, and the named queries
     * (translation checks) it matched.
     */
    record Hit(Document document, float score, Set<String> matched) {}

    /**
     * @param total the entries that pass every filter
     * @param counts per facet, value → entries, disjunctive
     */
    record Answer(long total, List<Hit> hits, Map<Facet, Map<String, Long>> counts) {}

    /** The aggregation that counts the hits: every filter, over the counted entries. */
    static final String TOTAL = "total";

    private OpenSearchSearchPage() {}

    /**
     * The page's search.
     *
     * @param ranked the question with its ranking, exclusions and boosts ({@link OpenSearchQueries#practices})
     * @param filters index field → accepted values
     * @param checks named queries to tell of each hit whether it matches them, scoring nothing; or empty
     * @param source the {@code _source} fields a hit needs
     */
    static JsonObject page(
            JsonObject ranked,
            Map<String, List<String>> filters,
            JsonArray checks,
            JsonArray sort,
            int from,
            int size,
            JsonArray source) {
        JsonObject body = new JsonObject();
        body.add("query", filters.isEmpty() ? ranked : OpenSearchQueries.filtered(ranked, filters));
        body.addProperty("from", from);
        body.addProperty("size", size);
        body.add("sort", sort);
        // Scores for the hits of a field sort too; with the score first in the order they are there.
        body.addProperty("track_scores", true);
        // The total comes from the counts: counting here would make the node score every hit.
        body.addProperty("track_total_hits", false);
        body.add("_source", source);
        if (!checks.isEmpty()) {
            // Optional clauses beside a required one remove nothing and, unscored, are not run while
            // matching; the node runs them in its fetch phase on the page's hits only and lists per
            // hit which matched ("matched_queries").
            JsonObject bool = new JsonObject();
            bool.add("filter", OpenSearchQueries.array(OpenSearchQueries.object("match_all", new JsonObject())));
            bool.add("should", checks);
            body.add("post_filter", OpenSearchQueries.object("bool", bool));
        }
        return body;
    }

    /**
     * The counting search: per facet its values among the counted entries that pass every other
     * facet's filter, and the total.
     *
     * @param counted the entries some facet counts ({@link OpenSearchQueries#counted})
     */
    static JsonObject counts(JsonObject counted, Map<String, List<String>> filters, int maxValues) {
        JsonObject aggregations = new JsonObject();
        for (Facet facet : Facet.values()) {
            aggregations.add(facet.indexField(), OpenSearchQueries.facetCounts(facet.indexField(), filters, maxValues));
        }
        aggregations.add(TOTAL, OpenSearchQueries.object("filter", OpenSearchQueries.filters(filters, null)));
        JsonObject body = new JsonObject();
        body.addProperty("size", 0);
        body.addProperty("track_total_hits", false);
        body.add("query", counted);
        body.add("aggregations", aggregations);
        return body;
    }

    /**
     * The request's order as OpenSearch writes it, the orders of the engine's export scroll: without
     * words every entry scores the same, so relevance means newest first; ties keep the order of the
     * score, then the index.
     */
    static JsonArray sort(SearchSort sort, boolean noWords) {
        SearchSort effective = sort == SearchSort.RELEVANCE && noWords ? SearchSort.NEWEST : sort;
        JsonArray order = new JsonArray();
        switch (effective) {
            case RELEVANCE -> {
                order.add(by("_score", "desc"));
                order.add(by(IndexFields.PUBLISHED, "desc"));
            }
            case NEWEST -> {
                order.add(by(IndexFields.PUBLISHED, "desc"));
                order.add(by("_score", "desc"));
            }
            case TITLE -> order.add(by(IndexFields.SORT_TITLE, "asc"));
            case ADAPTATIONS -> {
                order.add(by(IndexFields.ADAPTATION_COUNT, "desc"));
                order.add(by("_score", "desc"));
            }
        }
        return order;
    }

    private static JsonObject by(String field, String direction) {
        return OpenSearchQueries.object(field, OpenSearchQueries.object("order", direction));
    }

    /** The body of an {@code _msearch} on one index: the page's search, then the counting one. */
    static String multiSearch(JsonObject page, JsonObject counts) {
        return "{}\n" + page + "\n{}\n" + counts + "\n";
    }

    /**
     * The page, the total and the counts from the answer to {@link #multiSearch}.
     *
     * @param document a hit's {@code _source} as stored fields
     * @throws IllegalStateException when the node refused either search, with its reason
     */
    static Answer read(JsonObject answer, Function<JsonObject, Document> document) {
        JsonArray responses = answer.getAsJsonArray("responses");
        if (responses == null || responses.size() != 2) {
            throw new IllegalStateException(
                    "OpenSearch answered the search with " + answer.keySet() + " where two responses were expected");
        }
        JsonObject page = checked(responses.get(0).getAsJsonObject(), "page");
        JsonObject counted = checked(responses.get(1).getAsJsonObject(), "facet counts");
        List<Hit> hits = new ArrayList<>();
        for (JsonElement element : page.getAsJsonObject("hits").getAsJsonArray("hits")) {
            JsonObject hit = element.getAsJsonObject();
            JsonElement score = hit.get("_score");
            Set<String> matched = new HashSet<>();
            if (hit.has("matched_queries")) {
                hit.getAsJsonArray("matched_queries").forEach(name -> matched.add(name.getAsString()));
            }
            hits.add(new Hit(
                    document.apply(hit.getAsJsonObject("_source")),
                    score == null || score.isJsonNull() ? 0f : score.getAsFloat(),
                    matched));
        }
        JsonObject aggregations = counted.getAsJsonObject("aggregations");
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Long> values = new LinkedHashMap<>();
            JsonObject buckets =
                    aggregations.getAsJsonObject(facet.indexField()).getAsJsonObject(OpenSearchQueries.VALUES);
            for (JsonElement bucket : buckets.getAsJsonArray("buckets")) {
                JsonObject b = bucket.getAsJsonObject();
                values.put(b.get("key").getAsString(), b.get("doc_count").getAsLong());
            }
            counts.put(facet, values);
        }
        long total = aggregations.getAsJsonObject(TOTAL).get("doc_count").getAsLong();
        return new Answer(total, hits, counts);
    }

    /** A response of the multi-search, or the node's reason for refusing it. */
    private static JsonObject checked(JsonObject response, String which) {
        JsonElement error = response.get("error");
        if (error != null && !error.isJsonNull()) {
            throw new Refused(which, reason(error));
        }
        return response;
    }

    /** The node's reason, with the root causes it names. */
    private static String reason(JsonElement error) {
        if (!error.isJsonObject()) return error.toString();
        JsonObject e = error.getAsJsonObject();
        StringBuilder reason = new StringBuilder(text(e, "type")).append(": ").append(text(e, "reason"));
        JsonArray causes = e.getAsJsonArray("root_cause");
        if (causes != null) {
            for (JsonElement cause : causes) {
                JsonObject c = cause.getAsJsonObject();
                reason.append("; ").append(text(c, "type")).append(": ").append(text(c, "reason"));
            }
        }
        JsonObject caused = e.getAsJsonObject("caused_by");
        if (caused != null) reason.append("; caused by ").append(reason(caused));
        return reason.toString();
    }

    private static String text(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }

    /** The node refused one of the two searches. */
    static final class Refused extends IllegalStateException {

        Refused(String which, String reason) {
            super("OpenSearch refused the " + which + " search of a page: " + reason);
        }
    }
}
