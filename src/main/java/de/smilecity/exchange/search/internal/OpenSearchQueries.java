package de.smilecity.exchange.search.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue and passage queries in OpenSearch's query language: the structure of {@link
 * TextQuery}, {@link PracticeQuery} and {@link PassagePlan} clause for clause, with the same fields
 * and weights, so that both engines rank by the same BM25 sums. Where the Lucene engine analyses a
 * run of words with the field's search analyzer ({@code QueryBuilder}), OpenSearch's {@code match}
 * does the same on the node, with the analyzers of {@link OpenSearchAnalysis}.
 *
 * <p>A search is two queries ({@link OpenSearchSearchPage}): the page's, where the facet filters
 * narrow the ranked question ({@link #filtered}), and the counting one, unranked ({@link #counted}),
 * whose aggregations count each facet without its own selection (disjunctive counts, {@link
 * #facetCounts}).
 */
final class OpenSearchQueries {

    private OpenSearchQueries() {}

    /**
     * Matches entries with any of the query's groups; those with all of them score higher ({@link
     * TextQuery#of}), each unit weighted by its {@link Unit#weight()}.
     *
     * @param broad words (lower case) that the "all words" boost does not require when their run has a
     *     rarer word ({@link QueryExpansion.Expanded#broad()})
     */
    static JsonObject text(ParsedQuery query, Set<String> broad, RankingWeights weights) {
        return text(query, broad, weights, SameAnalysis.NONE);
    }

    /**
     * As {@link #text(ParsedQuery, Set, RankingWeights)}, texts that the node would analyse alike
     * sent alike ({@link SameAnalysis}), so that {@link #flat} keeps their clause once.
     */
    static JsonObject text(ParsedQuery query, Set<String> broad, RankingWeights weights, SameAnalysis same) {
        List<TextQuery.Weighted> fields = TextQuery.fields(weights);
        JsonArray any = new JsonArray();
        JsonArray all = new JsonArray();
        for (List<Unit> group : query.groups()) {
            any.add(group(group, false, Set.of(), fields, same));
            all.add(group(group, true, broad, fields, same));
        }
        JsonObject allWords = bool("must", all);
        allWords.getAsJsonObject("bool").addProperty("boost", weights.allWords());
        return flat(bool("should", array(allWords, bool("should", any))));
    }

    /**
     * The entries {@link #text} matches, without its ranking: any of the groups, as {@link
     * TextQuery#matching}. Entries with all groups are among them, so the "all words" half adds
     * nothing to the set and is left out where only the set counts (the facet counts).
     */
    static JsonObject matching(ParsedQuery query, RankingWeights weights, SameAnalysis same) {
        List<TextQuery.Weighted> fields = TextQuery.fields(weights);
        JsonArray any = new JsonArray();
        for (List<Unit> group : query.groups()) any.add(group(group, false, Set.of(), fields, same));
        return flat(bool("should", any));
    }

    /**
     * The same sum as one {@code bool} of {@code should} clauses, as {@link TextQuery#flat}: nested
     * sums opened, their boosts multiplied into the clauses, and a clause met in both halves kept once
     * with the sum of its boosts.
     */
    static JsonObject flat(JsonObject query) {
        Map<JsonObject, Float> boosts = new LinkedHashMap<>();
        open(query, 1f, boosts);
        JsonArray sum = new JsonArray();
        boosts.forEach((clause, boost) -> sum.add(boosted(clause, boost)));
        return bool("should", sum);
    }

    private static void open(JsonObject query, float boost, Map<JsonObject, Float> boosts) {
        JsonObject bool = query.getAsJsonObject("bool");
        if (bool != null && isSum(bool)) {
            float inner = boost * (bool.has("boost") ? bool.get("boost").getAsFloat() : 1f);
            for (var clause : bool.getAsJsonArray(bool.has("should") ? "should" : "must")) {
                open(clause.getAsJsonObject(), inner, boosts);
            }
            return;
        }
        JsonObject holder = boostHolder(query);
        float own = holder.has("boost") ? holder.get("boost").getAsFloat() : 1f;
        boosts.merge(boosted(query, 1f), boost * own, Float::sum);
    }

    /** A {@code bool} that scores the sum of its matching clauses: only {@code should}, or one {@code must}. */
    private static boolean isSum(JsonObject bool) {
        for (String key : bool.keySet()) {
            if (!key.equals("should") && !key.equals("must") && !key.equals("boost")) return false;
        }
        if (bool.has("should") && bool.has("must")) return false;
        if (bool.has("must")) return bool.getAsJsonArray("must").size() == 1;
        return bool.has("should") && !bool.getAsJsonArray("should").isEmpty();
    }

    /** A copy of a clause with the boost given (none for 1). */
    private static JsonObject boosted(JsonObject clause, float boost) {
        JsonObject copy = clause.deepCopy();
        JsonObject holder = boostHolder(copy);
        holder.remove("boost");
        if (boost != 1f) holder.addProperty("boost", boost);
        return copy;
    }

    /**
     * Where a clause keeps its boost: in a {@code bool} itself (or a clause without a field, such as
     * {@code match_none}), in a {@code match}'s or {@code match_phrase}'s field.
     */
    private static JsonObject boostHolder(JsonObject clause) {
        String kind = clause.keySet().iterator().next();
        JsonObject body = clause.getAsJsonObject(kind);
        if (kind.equals("bool") || body.isEmpty()) return body;
        return body.getAsJsonObject(body.keySet().iterator().next());
    }

    /**
     * Entries whose own texts (not the concept labels nor the place) contain every word of the unit,
     * as {@link TextQuery#inTexts}: to tell which hits a translation found.
     */
    static JsonObject inTexts(Unit unit, RankingWeights weights) {
        JsonArray each = new JsonArray();
        for (String word : unit.words()) {
            JsonArray fields = new JsonArray();
            for (TextQuery.Weighted w : TextQuery.fields(weights)) {
                if (w.field().startsWith(IndexFields.TAXONOMY) || w.field().equals(IndexFields.PLACE)) continue;
                fields.add(match(w.field(), word, 1f, false));
            }
            each.add(bool("should", fields));
        }
        return bool("must", each);
    }

    /** What an exclusion removes: entries with all of its words, or its phrase. */
    static JsonObject excluded(Unit unit, RankingWeights weights) {
        return unit(unit, true, Set.of(), TextQuery.exact(TextQuery.fields(weights)), SameAnalysis.NONE);
    }

    /**
     * The words (every entry without them), less the exclusions, raised for the organisations of
     * "cities like mine" ({@link PracticeQuery#of} without the filters).
     *
     * @param organisationBoosts organisation slug → constant score added to its entries
     */
    static JsonObject practices(
            @Nullable JsonObject text, List<JsonObject> exclusions, Map<String, Float> organisationBoosts) {
        JsonObject bool = new JsonObject();
        bool.add("must", array(text == null ? object("match_all", new JsonObject()) : text));
        if (!exclusions.isEmpty()) bool.add("must_not", array(exclusions));
        if (!organisationBoosts.isEmpty()) {
            JsonArray boosts = new JsonArray();
            organisationBoosts.forEach((slug, boost) -> {
                JsonObject score = new JsonObject();
                score.add("filter", term(IndexFields.ORGANISATION, slug));
                score.addProperty("boost", boost);
                boosts.add(object("constant_score", score));
            });
            bool.add("should", boosts);
        }
        return object("bool", bool);
    }

    /**
     * The entries a search counts, in filter context (nothing scored): those the words match ({@link
     * #matching}, or every entry for null), less the exclusions, narrowed to those some facet counts
     * ({@link #countable}).
     */
    static JsonObject counted(
            @Nullable JsonObject matching, List<JsonObject> exclusions, Map<String, List<String>> filters) {
        JsonArray filter = new JsonArray();
        if (matching != null) filter.add(matching);
        JsonObject countable = countable(filters);
        if (countable != null) filter.add(countable);
        if (filter.isEmpty()) filter.add(object("match_all", new JsonObject()));
        JsonObject bool = new JsonObject();
        bool.add("filter", filter);
        if (!exclusions.isEmpty()) bool.add("must_not", array(exclusions));
        return object("bool", bool);
    }

    /**
     * The facet filters (index field → accepted values): values of one field combine with OR, fields
     * with AND; the field {@code except} is left out (its own counts).
     */
    static JsonObject filters(Map<String, List<String>> filters, @Nullable String except) {
        JsonArray all = new JsonArray();
        filters.forEach((field, values) -> {
            if (!field.equals(except)) all.add(anyOf(field, values));
        });
        return bool("filter", all);
    }

    /**
     * The entries some facet counts: those that pass every facet filter but at most one, since each
     * facet is counted without its own filter; null for fewer than two filters, where every match
     * counts for the filtered facet.
     */
    static @Nullable JsonObject countable(Map<String, List<String>> filters) {
        if (filters.size() < 2) return null;
        JsonArray each = new JsonArray();
        filters.forEach((field, values) -> each.add(anyOf(field, values)));
        JsonObject bool = new JsonObject();
        bool.add("should", each);
        bool.addProperty("minimum_should_match", filters.size() - 1);
        return object("bool", bool);
    }

    /**
     * The query and the filters in one: the hits of a page, which the filters narrow before anything
     * is scored, and the id scroll of an export.
     */
    static JsonObject filtered(JsonObject query, Map<String, List<String>> filters) {
        JsonObject bool = new JsonObject();
        bool.add("must", array(query));
        bool.add("filter", array(filters(filters, null)));
        return object("bool", bool);
    }

    /**
     * The counts of one facet: its values among the entries that pass every other facet's filter,
     * most frequent first, ties by value (as {@code FacetCounter} orders them).
     */
    static JsonObject facetCounts(String field, Map<String, List<String>> filters, int maxValues) {
        JsonObject terms = new JsonObject();
        terms.addProperty("field", field);
        terms.addProperty("size", maxValues);
        JsonArray order = new JsonArray();
        order.add(object("_count", "desc"));
        order.add(object("_key", "asc"));
        terms.add("order", order);
        JsonObject aggregation = object("filter", filters(filters, field));
        aggregation.add("aggs", object(VALUES, object("terms", terms)));
        return aggregation;
    }

    /** The name of the terms aggregation inside {@link #facetCounts}. */
    static final String VALUES = "values";

    /**
     * A {@link PassagePlan} in OpenSearch's query language, clause for clause as {@link PassageQuery}
     * writes it for Lucene: the clauses a {@code bool} of which {@code minimum_should_match} must
     * hold, each a disjunction of its matches; the amounts optional; the page's own words, its number
     * and its entries as filters.
     */
    static JsonObject passages(PassagePlan plan) {
        JsonObject bool = new JsonObject();
        if (plan.clauses().isEmpty()) {
            bool.add("must", array(object("match_all", new JsonObject())));
        } else {
            JsonArray clauses = new JsonArray();
            plan.clauses().forEach(clause -> clauses.add(best(clause.either())));
            JsonObject words = new JsonObject();
            words.add("should", clauses);
            words.addProperty("minimum_should_match", plan.minimumShouldMatch());
            bool.add("must", array(object("bool", words)));
        }
        if (!plan.amounts().isEmpty()) {
            JsonArray amounts = new JsonArray();
            plan.amounts().forEach(amount -> amounts.add(match(amount)));
            bool.add("should", amounts);
        }
        JsonArray filter = new JsonArray();
        if (plan.pageMustHoldAWord()) {
            filter.add(anyOf(plan.clauses().stream()
                    .flatMap(clause -> clause.inPage().stream())
                    .toList()));
        }
        Integer number = plan.page();
        if (number != null) {
            JsonObject term = new JsonObject();
            term.addProperty(ReportPageFields.NUMBER, number);
            filter.add(object("term", term));
        }
        filter.add(anyEntry(plan.entryIds()));
        bool.add("filter", filter);
        if (!plan.exclusions().isEmpty()) {
            JsonArray not = new JsonArray();
            plan.exclusions().forEach(clause -> not.add(anyOf(clause.inPage())));
            bool.add("must_not", not);
        }
        return object("bool", bool);
    }

    /**
     * Values OpenSearch takes in one {@code terms} query: its default {@code index.max_terms_count}.
     * Lucene's {@code TermInSetQuery}, on the embedded engine, has no such limit.
     */
    static final int MAX_TERMS = 65_536;

    /**
     * Pages of any of the entries: one {@code terms} query, or several of at most {@link #MAX_TERMS}
     * each, for a catalogue with more published entries with reports than one query takes.
     */
    static JsonObject anyEntry(List<String> entryIds) {
        if (entryIds.isEmpty()) return object("match_none", new JsonObject());
        JsonArray chunks = new JsonArray();
        for (int from = 0; from < entryIds.size(); from += MAX_TERMS) {
            JsonArray chunk = new JsonArray();
            entryIds.subList(from, Math.min(entryIds.size(), from + MAX_TERMS)).forEach(chunk::add);
            chunks.add(object("terms", object(ReportPageFields.ENTRY, chunk)));
        }
        return chunks.size() == 1 ? chunks.get(0).getAsJsonObject() : bool("should", chunks);
    }

    /**
     * Pages any of a clause's matches finds, scored by the best of them and {@link
     * PassagePlan#TIE_BREAKER} of the others, as {@link PassageQuery} scores a clause; none for no matches.
     */
    private static JsonObject best(List<PassagePlan.Match> matches) {
        if (matches.isEmpty()) return object("match_none", new JsonObject());
        JsonArray queries = new JsonArray();
        matches.forEach(m -> queries.add(match(m)));
        JsonObject disMax = new JsonObject();
        disMax.add("queries", queries);
        disMax.addProperty("tie_breaker", PassagePlan.TIE_BREAKER);
        return object("dis_max", disMax);
    }

    /** Pages any of the matches finds, their scores added; none for no matches (an empty {@code should} finds all). */
    private static JsonObject anyOf(List<PassagePlan.Match> matches) {
        if (matches.isEmpty()) return object("match_none", new JsonObject());
        JsonArray either = new JsonArray();
        matches.forEach(m -> either.add(match(m)));
        return bool("should", either);
    }

    private static JsonObject match(PassagePlan.Match m) {
        return switch (m.kind()) {
            case EVERY_WORD -> match(m.field(), m.text(), m.boost(), true);
            case ANY_WORD -> match(m.field(), m.text(), m.boost(), false);
            case PHRASE -> phrase(m.field(), m.text(), m.boost());
        };
    }

    private static JsonObject group(
            List<Unit> group, boolean allWords, Set<String> broad, List<TextQuery.Weighted> fields, SameAnalysis same) {
        if (group.size() == 1) return unit(group.getFirst(), allWords, broad, fields, same);
        JsonArray either = new JsonArray();
        group.forEach(unit -> either.add(unit(unit, allWords, broad, fields, same)));
        return bool("should", either);
    }

    private static JsonObject unit(
            Unit unit, boolean allWords, Set<String> broad, List<TextQuery.Weighted> fields, SameAnalysis same) {
        float weight = unit.weight();
        if (unit.phrase()) return fields(unit.text(), Kind.PHRASE, fields, weight, same);
        List<String> words = unit.words();
        if (!(allWords || unit.everyWord()) || words.size() <= 1) {
            return fields(unit.text(), Kind.ANY_TERM, fields, weight, same);
        }
        // All words: the whole run in one field, or every word in some field, a broad word beside a
        // rarer one only adding its score (as TextQuery#unit).
        boolean someNarrow = words.stream().anyMatch(word -> !broad.contains(word.toLowerCase(Locale.ROOT)));
        JsonArray required = new JsonArray();
        JsonArray optional = new JsonArray();
        for (String word : words) {
            boolean loose = someNarrow && broad.contains(word.toLowerCase(Locale.ROOT));
            (loose ? optional : required).add(fields(word, Kind.ANY_TERM, fields, weight, same));
        }
        JsonObject each = new JsonObject();
        each.add("must", required);
        if (!optional.isEmpty()) each.add("should", optional);
        return bool("should", array(fields(unit.text(), Kind.EVERY_TERM, fields, weight, same), object("bool", each)));
    }

    private enum Kind {
        ANY_TERM,
        EVERY_TERM,
        PHRASE
    }

    /** The text in every weighted field; a field where analysis leaves nothing matches nothing. */
    private static JsonObject fields(
            String text, Kind kind, List<TextQuery.Weighted> weighted, float weight, SameAnalysis same) {
        JsonArray fields = new JsonArray();
        for (TextQuery.Weighted w : weighted) {
            float boost = w.boost() * weight;
            // Where the field does not take phrases (TextQuery.Weighted#phrases), a phrase is asked and
            // keyed as every term, so it merges with the "all words" half's clause.
            Kind asked = kind == Kind.PHRASE && !w.phrases() ? Kind.EVERY_TERM : kind;
            SameAnalysis.Sent sent = same.of(w.field(), text, asked);
            // One position makes the same query as a term, as every term and as a phrase.
            Kind as = sent.onePosition() ? Kind.ANY_TERM : asked;
            fields.add(
                    as == Kind.PHRASE
                            ? phrase(w.field(), sent.text(), boost)
                            : match(w.field(), sent.text(), boost, as == Kind.EVERY_TERM));
        }
        return bool("should", fields);
    }

    private static JsonObject match(String field, String text, float boost, boolean everyTerm) {
        JsonObject match = new JsonObject();
        match.addProperty("query", text);
        if (boost != 1f) match.addProperty("boost", boost);
        if (everyTerm) match.addProperty("operator", "and");
        // Lucene's QueryBuilder, which the embedded engine uses, keeps a multi-word synonym as loose
        // words; OpenSearch would make it a phrase.
        match.addProperty("auto_generate_synonyms_phrase_query", false);
        match.addProperty("zero_terms_query", "none");
        return object("match", object(field, match));
    }

    private static JsonObject phrase(String field, String text, float boost) {
        JsonObject phrase = new JsonObject();
        phrase.addProperty("query", text);
        if (boost != 1f) phrase.addProperty("boost", boost);
        return object("match_phrase", object(field, phrase));
    }

    private static JsonObject anyOf(String field, List<String> values) {
        if (values.size() == 1) return term(field, values.getFirst());
        JsonArray any = new JsonArray();
        values.forEach(any::add);
        return object("terms", object(field, any));
    }

    static JsonObject term(String field, String value) {
        return object("term", object(field, value));
    }

    static JsonObject bool(String occur, JsonArray clauses) {
        JsonObject bool = new JsonObject();
        bool.add(occur, clauses);
        return object("bool", bool);
    }

    static JsonArray array(JsonObject... items) {
        JsonArray array = new JsonArray();
        for (JsonObject item : items) array.add(item);
        return array;
    }

    private static JsonArray array(List<JsonObject> items) {
        JsonArray array = new JsonArray();
        items.forEach(array::add);
        return array;
    }

    static JsonObject object(String name, com.google.gson.JsonElement value) {
        JsonObject object = new JsonObject();
        object.add(name, value);
        return object;
    }

    static JsonObject object(String name, String value) {
        JsonObject object = new JsonObject();
        object.addProperty(name, value);
        return object;
    }
}
