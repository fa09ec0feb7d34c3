package de.smilecity.exchange.search.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ReportPage;
import de.smilecity.exchange.search.Closeness;
import de.smilecity.exchange.search.MatchedTranslation;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchLimitException;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchSort;
import de.smilecity.exchange.search.Suggestion;
import de.smilecity.exchange.shared.Language;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The search engine on an OpenSearch cluster, through Hibernate Search's Elasticsearch backend: the
 * second engine behind {@link SearchEngine}, for several app nodes. Queries are written in
 * OpenSearch's query language ({@link OpenSearchQueries}) where Hibernate Search's DSL has no words
 * for them (the "all words" boost, disjunctive facet counts, the spelling suggester, "more like
 * this"); a page of a search is sent by hand as one {@code _msearch} ({@link OpenSearchSearchPage}),
 * which the DSL cannot send; the export scroll and suggestions use the DSL.
 *
 * <p>Hits are read from each document's {@code _source} and shaped by {@link HitProjection}, snippets
 * marked by {@link Snippets} with the same analyzers as on the embedded engine, so that hits look the
 * same on both engines. Each call opens its own Hibernate Search session on an entity manager that
 * never touches the database (no entity is loaded), so a search needs no database transaction.
 */
@Component
@ConditionalOnProperty(name = SearchConfiguration.ENGINE, havingValue = SearchConfiguration.OPENSEARCH)
class OpenSearchEngine implements SearchEngine {

    private static final JsonArray SOURCE_FIELDS = jsonArray(List.copyOf(HitProjection.FIELDS_WITH_TEXTS));

    private final EntityManagerFactory entityManagerFactory;
    private final SearchAnalysis analysis;
    private final RankingWeights weights;
    private final CharArraySet compoundParts = SearchResources.compoundParts();
    private final QueryExpansion expansion;
    private final CatalogueGlossary glossary;
    private final PassageTranslations passageTranslations = new PassageTranslations();

    private static final Logger log = LoggerFactory.getLogger(OpenSearchEngine.class);

    OpenSearchEngine(
            EntityManagerFactory entityManagerFactory,
            SearchAnalysis analysis,
            RankingWeights weights,
            SpellingCorrector spelling,
            CatalogueGlossary glossary) {
        this.entityManagerFactory = entityManagerFactory;
        this.analysis = analysis;
        this.weights = weights;
        this.expansion = new QueryExpansion(spelling, weights);
        this.glossary = glossary;
    }

    /**
     * The question is widened as on the embedded engine ({@link QueryExpansion}: corrections,
     * compounds, translations, broad words), its index statistics asked of OpenSearch ({@link
     * OpenSearchStatistics}); should the widened form be more than OpenSearch takes in one query, the
     * words are searched as typed.
     */
    @Override
    public Found search(SearchRequest request, Map<String, Closeness> closeness) {
        return inSession(session -> {
            ParsedQuery typed = ParsedQuery.parse(request.query());
            List<String> marked = typed.words();
            String didYouMean = null;
            boolean fuzzy = false;
            List<QueryExpansion.Translation> translations = List.of();
            OpenSearchSearchPage.Answer page;
            if (typed.isEmpty()) {
                page = run(request, typed, Set.of(), closeness, List.of());
            } else {
                OpenSearchStatistics statistics = new OpenSearchStatistics(this::statisticsSearch, compoundParts);
                QueryExpansion.Expanded expanded = expansion.expand(request.query(), statistics, glossary.current());
                log.debug("'{}' widened with {} requests for index statistics", request.query(), statistics.requests());
                didYouMean = expanded.didYouMean();
                try {
                    page = run(request, expanded.query(), expanded.broad(), closeness, expanded.translations());
                    marked = expanded.wordsToMark();
                    fuzzy = expanded.corrected();
                    translations = expanded.translations();
                } catch (SearchLimitException e) {
                    // Too many variants: search the words as typed, and still say what was meant.
                    page = run(request, typed, Set.of(), closeness, List.of());
                }
            }
            HitProjection.Marking marking = typed.isEmpty() ? null : HitProjection.Marking.of(marked, analysis);
            List<SearchHit> hits = new ArrayList<>();
            for (OpenSearchSearchPage.Hit hit : page.hits()) {
                Closeness close = closeness.get(hit.document().get(IndexFields.ORGANISATION));
                hits.add(HitProjection.toHit(
                        hit.document(),
                        hit.score(),
                        close == null ? List.of() : close.reasons(),
                        marking,
                        translated(hit.matched(), translations)));
            }
            return new Found(page.total(), hits, page.counts(), didYouMean, fuzzy);
        });
    }

    /**
     * The checks of which translation found a hit, each a named query: the translated term in the
     * hit's own texts ({@code to_i}), and the question's own words there ({@code from_i}).
     */
    private JsonArray translationChecks(List<QueryExpansion.Translation> translations) {
        JsonArray checks = new JsonArray();
        for (int i = 0; i < translations.size(); i++) {
            QueryExpansion.Translation translation = translations.get(i);
            checks.add(named(OpenSearchQueries.inTexts(translation.unit(), weights), TO + i));
            checks.add(named(
                    OpenSearchQueries.inTexts(new ParsedQuery.Unit(translation.from(), false), weights), FROM + i));
        }
        return checks;
    }

    /**
     * The translations that found a hit: those whose translated term its texts contain while the
     * question's own words they do not, told by the checks it matched.
     */
    private static List<MatchedTranslation> translated(
            Set<String> matched, List<QueryExpansion.Translation> translations) {
        List<MatchedTranslation> reasons = new ArrayList<>();
        for (int i = 0; i < translations.size(); i++) {
            if (!matched.contains(TO + i) || matched.contains(FROM + i)) continue;
            QueryExpansion.Translation translation = translations.get(i);
            MatchedTranslation reason = new MatchedTranslation(translation.from(), translation.to());
            if (!reasons.contains(reason)) reasons.add(reason);
        }
        return reasons;
    }

    private static final String TO = "to_";
    private static final String FROM = "from_";

    /** The query under a name, so that each hit lists whether it matched; scoring nothing. */
    private static JsonObject named(JsonObject query, String name) {
        JsonObject bool = new JsonObject();
        bool.add("filter", OpenSearchQueries.array(query));
        bool.addProperty("_name", name);
        return OpenSearchQueries.object("bool", bool);
    }

    /**
     * One request, an {@code _msearch} of two searches the node runs side by side ({@link
     * OpenSearchSearchPage}): the page of hits, ranked among the entries that pass every filter only,
     * and the total and per facet its counts without its own filter, unranked. The translation checks
     * ride along with the page's search, run on its hits only.
     */
    private OpenSearchSearchPage.Answer run(
            SearchRequest request,
            ParsedQuery text,
            Set<String> broad,
            Map<String, Closeness> closeness,
            List<QueryExpansion.Translation> translations) {
        Map<String, List<String>> filters = filters(request);
        List<JsonObject> exclusions = exclusions(text);
        SameAnalysis same = new SameAnalysis(analysis);
        JsonObject page = OpenSearchSearchPage.page(
                query(text, broad, closeness, same),
                filters,
                translationChecks(translations),
                OpenSearchSearchPage.sort(request.sort(), text.isEmpty()),
                request.page() * request.size(),
                request.size(),
                SOURCE_FIELDS.deepCopy());
        JsonObject counts = OpenSearchSearchPage.counts(
                OpenSearchQueries.counted(
                        text.isEmpty() ? null : OpenSearchQueries.matching(text, weights, same), exclusions, filters),
                filters,
                LuceneSearchEngine.FACET_VALUES);
        JsonObject answer = multiSearch(OpenSearchSearchPage.multiSearch(page, counts), text);
        return OpenSearchSearchPage.read(answer, OpenSearchEngine::document);
    }

    /**
     * Sends an {@code _msearch} to the entries' index through the backend's own client (its address,
     * credentials and timeouts); Hibernate Search's query DSL sends one search per request. A refusal
     * for too many clauses becomes the same limit error as on the embedded engine.
     */
    private JsonObject multiSearch(String body, ParsedQuery text) {
        try {
            return postMultiSearch(body, 4);
        } catch (ResponseException e) {
            throw refusedOrLimit(new IllegalStateException("OpenSearch refused a search: " + e.getMessage(), e), text);
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not be asked for a search", e);
        } catch (OpenSearchSearchPage.Refused e) {
            throw refusedOrLimit(e, text);
        }
    }

    /** An {@code _msearch} of {@link OpenSearchStatistics} on the entries' index. */
    private JsonObject statisticsSearch(String body) {
        try {
            return postMultiSearch(
                    body, (int) body.chars().filter(c -> c == '\n').count());
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not be asked for the index statistics of a search", e);
        }
    }

    /** Posts an {@code _msearch} body of {@code lines} lines to the entries' index; the node's answer. */
    private JsonObject postMultiSearch(String body, int lines) throws IOException {
        Request search = new Request("POST", "/" + catalogueIndex() + "/_msearch");
        search.setEntity(new StringEntity(body, NDJSON));
        long started = System.nanoTime();
        Response response = client().performRequest(search);
        try (Reader reader = new InputStreamReader(response.getEntity().getContent(), StandardCharsets.UTF_8)) {
            JsonObject answer = JsonParser.parseReader(reader).getAsJsonObject();
            if (log.isTraceEnabled()) {
                // Worded as the backend's own request log, so that what reads one reads both.
                log.trace(
                        "HTTP POST request to '{}' with path '{}', query parameters \\{} and {} objects in payload"
                                + " in {}ms. Request body: <{}>. Response body: <{}>",
                        response.getHost(),
                        search.getEndpoint(),
                        lines,
                        (System.nanoTime() - started) / 1_000_000,
                        body,
                        answer);
            }
            return answer;
        }
    }

    private static final ContentType NDJSON = ContentType.create("application/x-ndjson", StandardCharsets.UTF_8);

    /** The entries' index (its read alias), named once per engine. */
    private String catalogueIndex() {
        String name = catalogueIndex;
        if (name == null) {
            name = Search.mapping(entityManagerFactory)
                    .indexedEntity(Practice.class)
                    .indexManager()
                    .unwrap(ElasticsearchIndexManager.class)
                    .descriptor()
                    .readName();
            catalogueIndex = name;
        }
        return name;
    }

    private volatile @Nullable String catalogueIndex;

    private RestClient client() {
        return Search.mapping(entityManagerFactory)
                .backend()
                .unwrap(ElasticsearchBackend.class)
                .client(RestClient.class);
    }

    private List<JsonObject> exclusions(ParsedQuery text) {
        return text.exclusions().stream()
                .map(unit -> OpenSearchQueries.excluded(unit, weights))
                .toList();
    }

    private JsonObject query(ParsedQuery text, Set<String> broad, Map<String, Closeness> closeness, SameAnalysis same) {
        Map<String, Float> boosts = new LinkedHashMap<>();
        closeness.forEach((slug, close) -> {
            if (close.score() > 0) boosts.put(slug, (float) close.score() * LuceneSearchEngine.CLOSENESS_BOOST);
        });
        return OpenSearchQueries.practices(
                text.isEmpty() ? null : OpenSearchQueries.text(text, broad, weights, same), exclusions(text), boosts);
    }

    @Override
    public List<Suggestion> suggest(String text, int max) {
        return inSession(session -> TitleAndKeywordSuggestions.find(session, text, max));
    }

    @Override
    public void forEachMatchingId(
            SearchRequest request, Map<String, Closeness> closeness, int chunkSize, Consumer<List<Long>> chunks) {
        inSession(session -> {
            // The question widened as the search widens it, so that an export lists what the search shows.
            ParsedQuery typed = ParsedQuery.parse(request.query());
            QueryExpansion.Expanded expanded = typed.isEmpty()
                    ? new QueryExpansion.Expanded(typed, null, Set.of(), List.of())
                    : expansion.expand(
                            request.query(),
                            new OpenSearchStatistics(this::statisticsSearch, compoundParts),
                            glossary.current());
            JsonObject query = OpenSearchQueries.filtered(
                    query(expanded.query(), expanded.broad(), closeness, new SameAnalysis(analysis)), filters(request));
            try (SearchScroll<Long> scroll = session.search(Practice.class)
                    .extension(ElasticsearchExtension.get())
                    .select(f -> f.id(Long.class))
                    .where(f -> f.fromJson(query))
                    .sort(f -> sort(f, request.sort(), false))
                    .scroll(chunkSize)) {
                for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                    chunks.accept(chunk.hits());
                }
            }
            return null;
        });
    }

    /**
     * OpenSearch's "more like this" on the same text and fields as {@link SimilarQuery}: the entry's
     * words in the body field of its language, its labels in both taxonomy fields, each analysed with
     * the index analyzer of the field.
     */
    @Override
    public List<SearchHit> similar(Practice practice, int max) {
        boolean english = Language.ofCode(practice.getLanguage()) == Language.EN;
        JsonArray should = new JsonArray();
        should.add(moreLikeThis(
                english ? IndexFields.en(IndexFields.BODY) : IndexFields.de(IndexFields.BODY),
                english ? SearchAnalysis.ENGLISH : SearchAnalysis.GERMAN,
                SimilarQuery.text(practice),
                1f));
        String taxonomy = SimilarQuery.taxonomy(practice);
        if (!taxonomy.isBlank()) {
            should.add(moreLikeThis(
                    IndexFields.de(IndexFields.TAXONOMY),
                    SearchAnalysis.GERMAN,
                    taxonomy,
                    SimilarQuery.TAXONOMY_WEIGHT));
            should.add(moreLikeThis(
                    IndexFields.en(IndexFields.TAXONOMY),
                    SearchAnalysis.ENGLISH,
                    taxonomy,
                    SimilarQuery.TAXONOMY_WEIGHT));
        }
        JsonObject bool = new JsonObject();
        bool.add("should", should);
        bool.add("must_not", OpenSearchQueries.array(OpenSearchQueries.term(IndexFields.SLUG, practice.getSlug())));
        bool.addProperty("minimum_should_match", 1);
        JsonObject like = OpenSearchQueries.object("bool", bool);
        return inSession(session -> session
                .search(Practice.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.composite().from(f.source(), f.score()).asList())
                .where(f -> f.fromJson(like))
                .fetchHits(max)
                .stream()
                .map(row -> HitProjection.toHit(document((JsonObject) row.get(0)), (Float) row.get(1), List.of(), null))
                .toList());
    }

    private static JsonObject moreLikeThis(String field, String analyzer, String text, float boost) {
        JsonObject mlt = new JsonObject();
        mlt.add("fields", jsonArray(List.of(field)));
        mlt.addProperty("like", text);
        mlt.addProperty("analyzer", analyzer);
        mlt.addProperty("min_term_freq", 1);
        mlt.addProperty("min_doc_freq", 1);
        mlt.addProperty("min_word_length", 3);
        mlt.addProperty("max_query_terms", SimilarQuery.MAX_QUERY_TERMS);
        // Lucene's MoreLikeThis asks for any of the terms; OpenSearch would ask for 30 % of them.
        mlt.addProperty("minimum_should_match", "1");
        if (boost != 1f) mlt.addProperty("boost", boost);
        return OpenSearchQueries.object("more_like_this", mlt);
    }

    @Override
    public List<PageHit> passages(String query, Collection<Long> entryIds, int max) {
        PassageQuestion asked = PassageQuestion.of(query);
        if (asked.isEmpty() || entryIds.isEmpty()) return List.of();
        // Reports are in the language of their entry, questions in the asker's: widen to both.
        PassageQuestion question = passageTranslations.widen(asked, glossary.current());
        return inSession(session -> PassagePlan.answer(
                        question,
                        entryIds,
                        max,
                        plan -> {
                            JsonObject pages = OpenSearchQueries.passages(plan);
                            return limited(
                                    () -> session.search(ReportPage.class)
                                            .extension(ElasticsearchExtension.get())
                                            .select(PassageHits::projection)
                                            .where(f -> f.fromJson(pages))
                                            .fetchHits(max),
                                    question.words());
                        },
                        PassageHits::page))
                .stream()
                .map(row -> PassageHits.toHit(row, question, analysis))
                .toList();
    }

    /**
     * Runs a request and turns OpenSearch's refusal of a query with too many clauses (its {@code
     * indices.query.bool.max_clause_count}) into the same limit error as on the embedded engine.
     */
    private static <T> T limited(java.util.function.Supplier<T> request, ParsedQuery text) {
        try {
            return request.get();
        } catch (SearchException e) {
            throw refusedOrLimit(e, text);
        }
    }

    /** The limit error for a refusal of too many clauses; other refusals as they came. */
    private static RuntimeException refusedOrLimit(RuntimeException refusal, ParsedQuery text) {
        String message = String.valueOf(refusal.getMessage()).toLowerCase(Locale.ROOT);
        if (!message.contains("too_many") && !message.contains("maxclausecount")) return refusal;
        return new SearchLimitException(
                SearchLimitException.Limit.QUERY_CLAUSES,
                SearchRequest.QUERY,
                SearchConfiguration.MAX_CLAUSES,
                text.words().size(),
                "q has too many words with their synonyms and variants to search at once; please use fewer words");
    }

    /**
     * The order of the export scroll, the same as a page's ({@link OpenSearchSearchPage#sort}).
     * Without words every entry scores the same, so relevance means newest first, as on the embedded
     * engine; ties keep the order of the score, then the index.
     */
    private static SortFinalStep sort(SearchSortFactory f, SearchSort sort, boolean noWords) {
        SearchSort effective = sort == SearchSort.RELEVANCE && noWords ? SearchSort.NEWEST : sort;
        return switch (effective) {
            case RELEVANCE -> f.score().then().field(IndexFields.PUBLISHED).desc();
            case NEWEST -> f.field(IndexFields.PUBLISHED).desc().then().score();
            case TITLE -> f.field(IndexFields.SORT_TITLE).asc();
            case ADAPTATIONS ->
                f.field(IndexFields.ADAPTATION_COUNT).desc().then().score();
        };
    }

    /** The request's facet filters by index field, values normalised as indexed. */
    private static Map<String, List<String>> filters(SearchRequest request) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        request.filters().forEach((facet, values) -> filters.put(facet.indexField(), facet.normalised(values)));
        return filters;
    }

    /**
     * A hit's {@code _source} as the stored fields {@link HitProjection} reads: every value of every
     * field, numbers as numbers.
     */
    static Document document(JsonObject source) {
        Document doc = new Document();
        source.entrySet().forEach(field -> {
            JsonElement value = field.getValue();
            if (value.isJsonArray()) {
                value.getAsJsonArray().forEach(item -> add(doc, field.getKey(), item));
            } else {
                add(doc, field.getKey(), value);
            }
        });
        return doc;
    }

    private static void add(Document doc, String name, JsonElement value) {
        if (value.isJsonNull() || !value.isJsonPrimitive()) return;
        var primitive = value.getAsJsonPrimitive();
        if (primitive.isNumber() && (name.equals(IndexFields.ENTITY_ID))) {
            doc.add(new StoredField(name, primitive.getAsLong()));
        } else if (primitive.isNumber() && name.equals(IndexFields.ADAPTATION_COUNT)) {
            doc.add(new StoredField(name, primitive.getAsInt()));
        } else {
            doc.add(new StoredField(name, primitive.getAsString()));
        }
    }

    private static JsonArray jsonArray(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    /** A Hibernate Search session on an entity manager of its own, closed after the call. */
    private <T> T inSession(Function<SearchSession, T> work) {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            return work.apply(Search.session(entityManager));
        }
    }
}
