package de.smilecity.exchange.search;

import static de.smilecity.exchange.search.internal.IndexFields.de;

import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.OrganisationRepository;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.search.SearchResult.FacetCount;
import de.smilecity.exchange.search.internal.HitProjection;
import de.smilecity.exchange.search.internal.IndexFields;
import de.smilecity.exchange.search.internal.ParsedQuery;
import de.smilecity.exchange.search.internal.Prefixes;
import de.smilecity.exchange.search.internal.SearchAnalysis;
import de.smilecity.exchange.search.internal.SimilarQuery;
import de.smilecity.exchange.search.internal.SpellingCorrector;
import de.smilecity.exchange.search.internal.TextPredicates;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue search over the Lucene index. Words are matched in the entry's language fields with
 * field weights (see {@link TextPredicates}); entries with all words come first. Words the catalogue
 * does not know trigger a typo-tolerant retry and a "did you mean". Facet counts are disjunctive: a
 * facet's own selection does not shrink its own counts.
 */
@Service
public class SearchService {

    /** Fewer hits than this make the search retry with typo tolerance and suggest a correction. */
    public static final int FEW_HITS = 3;

    /** Autocomplete starts with the second character. */
    public static final int MIN_SUGGEST_LENGTH = 2;

    static final int FACET_VALUES = 100;
    static final float CLOSENESS_BOOST = 20f;

    private final EntityManager entityManager;
    private final OrganisationRepository organisations;
    private final SpellingCorrector spelling;
    private final SearchAnalysis analysis;

    SearchService(
            EntityManager entityManager,
            OrganisationRepository organisations,
            SpellingCorrector spelling,
            SearchAnalysis analysis) {
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.spelling = spelling;
        this.analysis = analysis;
    }

    @Transactional(readOnly = true)
    public de.smilecity.exchange.search.SearchResult search(SearchRequest request) {
        long start = System.nanoTime();
        SearchSession session = Search.session(entityManager);
        Map<String, Closeness> closeness = closeness(request.likeOrganisation());
        ParsedQuery text = ParsedQuery.parse(request.query());
        String didYouMean = null;
        boolean fuzzy = false;
        Map<String, List<String>> alternatives =
                text.isEmpty() ? Map.of() : spelling.alternatives(session, request.query());
        Page page;
        if (alternatives.isEmpty()) {
            page = run(session, request, text, closeness);
        } else {
            // Words the catalogue does not know are searched together with their known neighbours;
            // the tolerant query contains the original, so it finds at least as much.
            ParsedQuery tolerant = ParsedQuery.parse(request.query(), alternatives);
            didYouMean =
                    SpellingCorrector.didYouMean(request.query(), alternatives).orElse(null);
            try {
                page = run(session, request, tolerant, closeness);
                text = tolerant;
                fuzzy = true;
            } catch (IndexSearcher.TooManyNestedClauses e) {
                // Too many variants: search the words as typed, and still say what was meant.
                page = run(session, request, text, closeness);
            }
        }
        Map<Facet, List<FacetCount>> facets = facets(session, request, text, page.counts());
        HitProjection.Marking marking = text.isEmpty() ? null : HitProjection.Marking.of(text.words(), analysis);
        List<SearchHit> hits = page.rows().stream()
                .map(row ->
                        HitProjection.toHit(row, reasons(closeness.get(HitProjection.organisationOf(row))), marking))
                .toList();
        long took = (System.nanoTime() - start) / 1_000_000;
        return new de.smilecity.exchange.search.SearchResult(page.total(), took, hits, facets, didYouMean, fuzzy);
    }

    /**
     * Autocomplete from the second character on: titles, keywords and organisations whose words start
     * with what was typed (the last word may be incomplete).
     *
     * @return at most {@code max} proposals of each type, titles first
     */
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(String typed, int max) {
        String text = typed.strip();
        if (text.length() < MIN_SUGGEST_LENGTH) {
            return List.of();
        }
        SearchSession session = Search.session(entityManager);
        List<Suggestion> suggestions = new ArrayList<>();
        session.search(Practice.class)
                .select(f -> f.composite()
                        .from(f.field(IndexFields.SLUG, String.class), f.field(IndexFields.DISPLAY_TITLE, String.class))
                        .asList())
                .where(f -> f.simpleQueryString()
                        .field(IndexFields.SUGGEST_TITLE)
                        .matching(text)
                        .defaultOperator(BooleanOperator.AND))
                .fetchHits(max)
                .forEach(row -> suggestions.add(
                        new Suggestion((String) row.get(1), Suggestion.Type.TITLE, (String) row.get(0))));
        Prefixes prefixes = Prefixes.of(text);
        AggregationKey<Map<String, Long>> keywords = AggregationKey.of("keywords");
        session
                .search(Practice.class)
                .where(f -> f.simpleQueryString()
                        .field(IndexFields.SUGGEST_KEYWORD)
                        .matching(text)
                        .defaultOperator(BooleanOperator.AND))
                .aggregation(
                        keywords,
                        f -> f.terms().field(IndexFields.KEYWORD, String.class).maxTermCount(50))
                .fetch(0)
                .aggregation(keywords)
                .keySet()
                .stream()
                .filter(prefixes::matches)
                .limit(max)
                .forEach(keyword -> suggestions.add(new Suggestion(keyword, Suggestion.Type.KEYWORD, "")));
        organisations.findAllByOrderByName().stream()
                .filter(o -> prefixes.matches(o.getName()))
                .limit(max)
                .forEach(o -> suggestions.add(new Suggestion(o.getName(), Suggestion.Type.ORGANISATION, o.getSlug())));
        return suggestions;
    }

    /**
     * The ids of every published entry that the request's words and filters select, in the request's
     * order, handed over in chunks so that a caller can stream a catalogue of any size in constant
     * memory. Words are taken as typed: no typo-tolerant retry. Page and size of the request are ignored.
     *
     * @param chunkSize ids per call of {@code chunks}
     */
    @Transactional(readOnly = true)
    public void forEachMatchingId(SearchRequest request, int chunkSize, Consumer<List<Long>> chunks) {
        SearchSession session = Search.session(entityManager);
        Map<String, Closeness> closeness = closeness(request.likeOrganisation());
        ParsedQuery text = ParsedQuery.parse(request.query());
        try (SearchScroll<Long> scroll = session.search(Practice.class)
                .select(f -> f.id(Long.class))
                .where(f -> predicate(f, request, text, null, closeness))
                .sort(f -> sort(f, request))
                .scroll(chunkSize)) {
            for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                chunks.accept(chunk.hits());
            }
        }
    }

    /** Published entries most like the given one, the entry itself excluded. */
    @Transactional(readOnly = true)
    public List<SearchHit> similar(Practice practice, int max) {
        SearchSession session = Search.session(entityManager);
        var indexManager = Search.mapping(entityManager.getEntityManagerFactory())
                .indexedEntity(Practice.class)
                .indexManager()
                .unwrap(LuceneIndexManager.class);
        org.apache.lucene.search.Query like;
        try (IndexReader reader =
                session.scope(Practice.class).extension(LuceneExtension.get()).openIndexReader()) {
            like = SimilarQuery.of(practice, reader, indexManager.indexingAnalyzer());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read the search index for similar practices", e);
        }
        long self = practice.getId() == null ? -1 : practice.getId();
        return session
                .search(Practice.class)
                .select(f -> HitProjection.projection(f, false))
                .where(f -> f.bool()
                        .must(f.extension(LuceneExtension.get()).fromLuceneQuery(like))
                        .mustNot(f.id().matching(self)))
                .fetchHits(max)
                .stream()
                .map(row -> HitProjection.toHit(row, List.of(), null))
                .toList();
    }

    private record Page(long total, List<List<?>> rows, Map<Facet, Map<String, Long>> counts) {}

    /**
     * @throws QueryTooLongException when the query has more words (with their synonyms) than Lucene
     *     takes in one query
     */
    private Page run(SearchSession session, SearchRequest request, ParsedQuery text, Map<String, Closeness> closeness) {
        try {
            return runUnchecked(session, request, text, closeness);
        } catch (IndexSearcher.TooManyNestedClauses e) {
            if (text.words().size() <= 1) throw e;
            throw new QueryTooLongException(request.query(), e);
        }
    }

    private Page runUnchecked(
            SearchSession session, SearchRequest request, ParsedQuery text, Map<String, Closeness> closeness) {
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        var query = session.search(Practice.class)
                .select(f -> HitProjection.projection(f, !text.isEmpty()))
                .where(f -> predicate(f, request, text, null, closeness))
                .sort(f -> sort(f, request));
        for (Facet facet : Facet.values()) {
            // Facets without a selection count on the main query; the others need one query each.
            if (request.selected(facet).isEmpty()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.parameter());
                keys.put(facet, key);
                query.aggregation(
                        key,
                        f -> f.terms().field(facet.indexField(), String.class).maxTermCount(FACET_VALUES));
            }
        }
        SearchResult<List<?>> result = query.fetch(request.page() * request.size(), request.size());
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        keys.forEach((facet, key) -> counts.put(facet, result.aggregation(key)));
        return new Page(result.total().hitCount(), result.hits(), counts);
    }

    private Map<Facet, List<FacetCount>> facets(
            SearchSession session,
            SearchRequest request,
            ParsedQuery text,
            Map<Facet, Map<String, Long>> fromMainQuery) {
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = fromMainQuery.get(facet);
            if (counts == null) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.parameter());
                counts = session.search(Practice.class)
                        .where(f -> predicate(f, request, text, facet, Map.of()))
                        .aggregation(
                                key,
                                f -> f.terms()
                                        .field(facet.indexField(), String.class)
                                        .maxTermCount(FACET_VALUES))
                        .fetch(0)
                        .aggregation(key);
            }
            List<String> selected = normalised(facet, request.selected(facet));
            Map<String, Long> withSelected = new LinkedHashMap<>(counts);
            selected.forEach(value -> withSelected.putIfAbsent(value, 0L));
            List<FacetCount> values = new ArrayList<>();
            withSelected.forEach((value, count) -> values.add(new FacetCount(value, count, selected.contains(value))));
            facets.put(facet, values);
        }
        return facets;
    }

    /**
     * The whole predicate: the words, every facet filter except {@code without} (for disjunctive
     * counts), and the boosts of "cities like mine".
     */
    private PredicateFinalStep predicate(
            SearchPredicateFactory f,
            SearchRequest request,
            ParsedQuery text,
            @Nullable Facet without,
            Map<String, Closeness> closeness) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.must(text.isEmpty() ? f.matchAll() : TextPredicates.of(f, text));
        text.exclusions().forEach(excluded -> bool.mustNot(TextPredicates.excluded(f, excluded)));
        for (Map.Entry<Facet, List<String>> filter : request.filters().entrySet()) {
            if (filter.getKey() == without) continue;
            bool.filter(f.terms()
                    .field(filter.getKey().indexField())
                    .matchingAny(normalised(filter.getKey(), filter.getValue())));
        }
        closeness.forEach((slug, close) -> {
            if (close.score() > 0) {
                bool.should(f.match()
                        .field(IndexFields.ORGANISATION)
                        .matching(slug)
                        .constantScore()
                        .boost((float) close.score() * CLOSENESS_BOOST));
            }
        });
        return bool;
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchRequest request) {
        return switch (request.sort()) {
            case RELEVANCE -> f.score().then().field(IndexFields.PUBLISHED).desc();
            case NEWEST -> f.field(IndexFields.PUBLISHED).desc().then().score();
            case TITLE -> f.field(IndexFields.SORT_TITLE).asc();
            case ADAPTATIONS ->
                f.field(IndexFields.ADAPTATION_COUNT).desc().then().score();
        };
    }

    private static List<String> normalised(Facet facet, List<String> values) {
        return facet.lowerCaseValues()
                ? values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList()
                : values;
    }

    private Map<String, Closeness> closeness(@Nullable String likeOrganisation) {
        if (likeOrganisation == null || likeOrganisation.isBlank()) {
            return Map.of();
        }
        Optional<Organisation> mine = organisations.findBySlug(likeOrganisation);
        if (mine.isEmpty()) {
            throw new IllegalArgumentException("No organisation '" + likeOrganisation + "' to compare with");
        }
        Map<String, Closeness> result = new LinkedHashMap<>();
        for (Organisation other : organisations.findAll()) {
            if (!other.equals(mine.get())) {
                result.put(other.getSlug(), Closeness.between(mine.get(), other));
            }
        }
        return result;
    }

    private static List<Closeness.Reason> reasons(@Nullable Closeness closeness) {
        return closeness == null ? List.of() : closeness.reasons();
    }
}
