package de.smilecity.exchange.search.internal;

import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ReportPage;
import de.smilecity.exchange.search.Closeness;
import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.MatchedTranslation;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchLimitException;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchSort;
import de.smilecity.exchange.search.Suggestion;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search engine on the Lucene index that Hibernate Search maintains. Searches and similar
 * entries run on raw Lucene over one index reader; suggestions and the id scroll go through Hibernate
 * Search's query DSL, which needs a session and so a transaction.
 */
@Component
@ConditionalOnProperty(
        name = SearchConfiguration.ENGINE,
        havingValue = SearchConfiguration.LUCENE,
        matchIfMissing = true)
class LuceneSearchEngine implements SearchEngine {

    static final int FACET_VALUES = 100;
    private static final List<String> FACET_FIELDS =
            Arrays.stream(Facet.values()).map(Facet::indexField).toList();
    static final float CLOSENESS_BOOST = 20f;

    private final EntityManager entityManager;
    private final SpellingCorrector spelling;
    private final SearchAnalysis analysis;
    private final FacetCounter counter;
    private volatile RankingWeights weights;
    private final CatalogueGlossary glossary;
    private final PassageTranslations passageTranslations = new PassageTranslations();
    private volatile @Nullable TextQuery textQuery;
    private volatile @Nullable QueryExpansion expansion;
    private volatile @Nullable PassageQuery passageQuery;

    LuceneSearchEngine(
            EntityManager entityManager,
            SpellingCorrector spelling,
            SearchAnalysis analysis,
            FacetCounter counter,
            RankingWeights weights,
            CatalogueGlossary glossary) {
        this.entityManager = entityManager;
        this.spelling = spelling;
        this.analysis = analysis;
        this.counter = counter;
        this.weights = weights;
        this.glossary = glossary;
    }

    /**
     * Needs no database transaction: one index reader serves the spelling check, the counts and the
     * page, so that all three see the same state of the index. The question is widened first
     * ({@link QueryExpansion}: corrections, compounds, translations); should the widened form be more
     * than Lucene takes in one query, the words are searched as typed.
     */
    @Override
    public Found search(SearchRequest request, Map<String, Closeness> closeness) {
        ParsedQuery typed = ParsedQuery.parse(request.query());
        List<String> marked = typed.words();
        String didYouMean = null;
        boolean fuzzy = false;
        Page page;
        Map<Integer, List<MatchedTranslation>> translated = Map.of();
        try (IndexReader reader = indexScope().openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            if (typed.isEmpty()) {
                page = run(searcher, request, typed, Set.of(), closeness);
            } else {
                QueryExpansion.Expanded expanded =
                        expansion().expand(request.query(), reader, glossary.current(reader));
                didYouMean = expanded.didYouMean();
                try {
                    page = runUnchecked(searcher, request, expanded.query(), expanded.broad(), closeness);
                    marked = expanded.wordsToMark();
                    fuzzy = expanded.corrected();
                    translated = translations(searcher, page.hits(), expanded.translations());
                } catch (IndexSearcher.TooManyClauses e) {
                    // Too many variants: search the words as typed, and still say what was meant.
                    page = run(searcher, request, typed, Set.of(), closeness);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
        HitProjection.Marking marking = typed.isEmpty() ? null : HitProjection.Marking.of(marked, analysis);
        List<SearchHit> hits = new ArrayList<>();
        for (Ranking.Ranked hit : page.hits()) {
            String owner = HitProjection.organisationOf(hit.document());
            hits.add(HitProjection.toHit(
                    hit.document(),
                    hit.score(),
                    reasons(closeness.get(owner)),
                    marking,
                    translated.getOrDefault(hit.doc(), List.of())));
        }
        return new Found(page.total(), hits, page.counts(), didYouMean, fuzzy);
    }

    /**
     * Which translations found which hits of the page: those whose translated term a hit's texts
     * contain while the question's own words they do not. A few translations, a page of hits: each check
     * advances the small query's iterator to the hit, the page's hits taken in index order, which costs
     * less than asking the query where in the document it matches.
     */
    private Map<Integer, List<MatchedTranslation>> translations(
            IndexSearcher searcher, List<Ranking.Ranked> hits, List<QueryExpansion.Translation> translations)
            throws IOException {
        if (translations.isEmpty() || hits.isEmpty()) return Map.of();
        Map<Integer, List<MatchedTranslation>> found = new java.util.HashMap<>();
        int[] docs =
                hits.stream().mapToInt(Ranking.Ranked::doc).sorted().distinct().toArray();
        for (QueryExpansion.Translation translation : translations) {
            DocMatches to = new DocMatches(searcher, textQuery().inTexts(translation.unit()));
            DocMatches from =
                    new DocMatches(searcher, textQuery().inTexts(new ParsedQuery.Unit(translation.from(), false)));
            MatchedTranslation reason = new MatchedTranslation(translation.from(), translation.to());
            for (int doc : docs) {
                if (to.matches(doc) && !from.matches(doc)) {
                    List<MatchedTranslation> reasons = found.computeIfAbsent(doc, d -> new ArrayList<>());
                    if (!reasons.contains(reason)) reasons.add(reason);
                }
            }
        }
        return found;
    }

    /** Whether a query matches documents asked for in increasing order, leaf by leaf. */
    private static final class DocMatches {

        private final Weight weight;
        private final List<LeafReaderContext> leaves;
        private @Nullable LeafReaderContext leaf;
        /** In the current leaf: the iterator to advance, and the exact check behind it, if any. */
        private @Nullable DocIdSetIterator approximation;

        private @Nullable TwoPhaseIterator exact;

        DocMatches(IndexSearcher searcher, Query query) throws IOException {
            // Without the query cache: it would match the small query over the whole index to keep a
            // bit set of it, where only the page's hits are asked.
            IndexSearcher uncached = new IndexSearcher(searcher.getIndexReader());
            uncached.setQueryCache(null);
            this.weight = uncached.createWeight(uncached.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            this.leaves = searcher.getIndexReader().leaves();
        }

        /** @param doc a document of the whole index, greater than the one asked before */
        boolean matches(int doc) throws IOException {
            LeafReaderContext at = leaves.get(ReaderUtil.subIndex(doc, leaves));
            if (at != leaf) {
                leaf = at;
                Scorer scorer = weight.scorer(at);
                exact = scorer == null ? null : scorer.twoPhaseIterator();
                approximation = scorer == null ? null : exact == null ? scorer.iterator() : exact.approximation();
            }
            if (approximation == null) return false;
            int inLeaf = doc - at.docBase;
            int current = approximation.docID();
            if (current < inLeaf) current = approximation.advance(inLeaf);
            return current == inLeaf && (exact == null || exact.matches());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(String text, int max) {
        return TitleAndKeywordSuggestions.find(Search.session(entityManager), text, max);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachMatchingId(
            SearchRequest request, Map<String, Closeness> closeness, int chunkSize, Consumer<List<Long>> chunks) {
        SearchSession session = Search.session(entityManager);
        // The question widened as the search widens it, so that an export lists what the search shows.
        ParsedQuery typed = ParsedQuery.parse(request.query());
        QueryExpansion.Expanded expanded;
        try (IndexReader reader = indexScope().openIndexReader()) {
            expanded = typed.isEmpty()
                    ? new QueryExpansion.Expanded(typed, null, Set.of(), List.of())
                    : expansion().expand(request.query(), reader, glossary.current(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
        Query query = query(expanded.query(), expanded.broad(), filters(request), closeness);
        try (SearchScroll<Long> scroll = session.search(Practice.class)
                .select(f -> f.id(Long.class))
                .where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(query))
                .sort(f -> sort(f, request.sort()))
                .scroll(chunkSize)) {
            for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                chunks.accept(chunk.hits());
            }
        }
    }

    @Override
    public List<SearchHit> similar(Practice practice, int max) {
        try (IndexReader reader = indexScope().openIndexReader()) {
            Query like = new BooleanQuery.Builder()
                    .add(SimilarQuery.of(practice, reader, luceneIndex().indexingAnalyzer()), Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.SLUG, practice.getSlug())), Occur.MUST_NOT)
                    .build();
            return Ranking.page(new IndexSearcher(reader), like, null, 0, max, false).stream()
                    .map(hit -> HitProjection.toHit(hit.document(), hit.score(), List.of(), null))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index for similar practices", e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PageHit> passages(String query, Collection<Long> entryIds, int max) {
        PassageQuestion asked = PassageQuestion.of(query);
        if (asked.isEmpty() || entryIds.isEmpty()) return List.of();
        PassageQuestion question;
        try (IndexReader reader = indexScope().openIndexReader()) {
            // Reports are in the language of their entry, questions in the asker's: widen to both.
            question = passageTranslations.widen(asked, glossary.current(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index for the glossary", e);
        }
        return PassagePlan.answer(question, entryIds, max, plan -> pageRows(plan, question, max), PassageHits::page)
                .stream()
                .map(row -> PassageHits.toHit(row, question, analysis))
                .toList();
    }

    /** The report pages the plan finds, best first, as {@link PassageHits#projection} reads them. */
    private List<List<?>> pageRows(PassagePlan plan, PassageQuestion question, int max) {
        Query pages = passageQuery().of(plan);
        try {
            return Search.session(entityManager)
                    .search(ReportPage.class)
                    .select(PassageHits::projection)
                    .where(f -> f.extension(LuceneExtension.get()).fromLuceneQuery(pages))
                    .fetchHits(max);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchLimitException(
                    SearchLimitException.Limit.QUERY_CLAUSES,
                    SearchRequest.QUERY,
                    IndexSearcher.getMaxClauseCount(),
                    question.words().words().size(),
                    "q has too many words with their synonyms to search the reports at once; please use fewer"
                            + " words");
        }
    }

    /** Built on first use, like {@link #textQuery()}. */
    private PassageQuery passageQuery() {
        PassageQuery pages = passageQuery;
        if (pages == null) {
            pages = new PassageQuery(Search.mapping(entityManager.getEntityManagerFactory())
                    .indexedEntity(ReportPage.class)
                    .indexManager()
                    .unwrap(LuceneIndexManager.class)
                    .searchAnalyzer());
            passageQuery = pages;
        }
        return pages;
    }

    /** One page of hits in ranking order, the total, and the facet counts. */
    private record Page(long total, List<Ranking.Ranked> hits, Map<Facet, Map<String, Long>> counts) {}

    /**
     * @throws SearchLimitException when the query has more words (with their synonyms) than Lucene
     *     takes in one query
     */
    private Page run(
            IndexSearcher searcher,
            SearchRequest request,
            ParsedQuery text,
            Set<String> broad,
            Map<String, Closeness> closeness)
            throws IOException {
        try {
            return runUnchecked(searcher, request, text, broad, closeness);
        } catch (IndexSearcher.TooManyClauses e) {
            if (text.words().size() <= 1) throw e;
            throw new SearchLimitException(
                    SearchLimitException.Limit.QUERY_CLAUSES,
                    SearchRequest.QUERY,
                    IndexSearcher.getMaxClauseCount(),
                    text.words().size(),
                    "q has too many words with their synonyms and variants to search at once; please use fewer"
                            + " words");
        }
    }

    /**
     * Counts, then ranks. The counting pass over every match (without scores) yields the exact total
     * and the facet counts; so the ranking only has to find the entries of one page and may skip the
     * others (Lucene's block-max WAND), and reads only their stored fields. (Counting on a second
     * thread beside the ranking was tried and was slower on two cores.)
     */
    private Page runUnchecked(
            IndexSearcher searcher,
            SearchRequest request,
            ParsedQuery text,
            Set<String> broad,
            Map<String, Closeness> closeness)
            throws IOException {
        Map<String, List<String>> filters = filters(request);
        // Within SearchRequest.MAX_PAGED_HITS: no int overflow.
        int offset = request.page() * request.size();
        // Analysed once: the ranking query is the counting query's words and the "all words" half
        // as one flat sum (TextQuery#flat), built from the same analysis.
        TextQuery.Question question = text.isEmpty() ? null : textQuery().question(text);
        Query matching = question == null ? null : searcher.rewrite(question.matching());
        List<Query> exclusions = exclusions(text);
        FacetCounter.Counts counted =
                counter.count(searcher, matching, exclusions, FACET_FIELDS, filters, FACET_VALUES);
        // With facet filters, the ranking visits the hits the counting found rather than every entry
        // with a selected value: the same entries, the same scores.
        List<Ranking.Ranked> ranked = counted.total() <= offset
                ? List.of()
                : Ranking.page(
                        searcher,
                        filters.isEmpty()
                                ? PracticeQuery.of(
                                        question == null ? null : question.ranked(broad),
                                        exclusions,
                                        filters,
                                        boosts(closeness))
                                : PracticeQuery.ofHits(
                                        question == null ? null : question.ranked(broad),
                                        counted.hits(),
                                        boosts(closeness)),
                        luceneSort(request.sort(), text.isEmpty()),
                        offset,
                        request.size(),
                        !text.isEmpty());
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) counts.put(facet, counted.counts().get(facet.indexField()));
        return new Page(counted.total(), ranked, counts);
    }

    /**
     * The Lucene form of the request's order, or null for relevance, which ranks by score alone.
     * Without words every entry scores the same, so relevance means newest first. The orders are those
     * of {@link #sort(SearchSortFactory, SearchSort)}, which the export scroll uses, written on the doc
     * values Hibernate Search keeps for the sortable fields (dates as epoch milliseconds); entries
     * without a value come last, as there.
     */
    private static @Nullable Sort luceneSort(SearchSort sort, boolean noWords) {
        SearchSort effective = sort == SearchSort.RELEVANCE && noWords ? SearchSort.NEWEST : sort;
        return switch (effective) {
            case RELEVANCE -> null;
            case NEWEST -> NEWEST_FIRST;
            case TITLE -> BY_TITLE;
            case ADAPTATIONS -> MOST_ADAPTED_FIRST;
        };
    }

    private static final Sort NEWEST_FIRST =
            new Sort(descending(IndexFields.PUBLISHED, SortField.Type.LONG, Long.MIN_VALUE), SortField.FIELD_SCORE);
    private static final Sort MOST_ADAPTED_FIRST = new Sort(
            descending(IndexFields.ADAPTATION_COUNT, SortField.Type.INT, Integer.MIN_VALUE), SortField.FIELD_SCORE);
    private static final Sort BY_TITLE = new Sort(titleAscending());

    private static SortField descending(String field, SortField.Type type, Object missing) {
        SortField sort = new SortedNumericSortField(field, type, true);
        sort.setMissingValue(missing);
        return sort;
    }

    private static SortField titleAscending() {
        SortField sort = new SortedSetSortField(IndexFields.SORT_TITLE, false);
        sort.setMissingValue(SortField.STRING_LAST);
        return sort;
    }

    private LuceneIndexManager luceneIndex() {
        return Search.mapping(entityManager.getEntityManagerFactory())
                .indexedEntity(Practice.class)
                .indexManager()
                .unwrap(LuceneIndexManager.class);
    }

    private LuceneIndexScope indexScope() {
        return Search.mapping(entityManager.getEntityManagerFactory())
                .scope(Practice.class)
                .extension(LuceneExtension.get());
    }

    /**
     * The whole query: the words, the facet filters (index field → normalised values) and the boosts of
     * "cities like mine".
     */
    private Query query(
            ParsedQuery text, Set<String> broad, Map<String, List<String>> filters, Map<String, Closeness> closeness) {
        Query words = text.isEmpty() ? null : textQuery().of(text, broad);
        return PracticeQuery.of(words, exclusions(text), filters, boosts(closeness));
    }

    /** Organisation slug → boost of its entries, for "cities like mine". */
    private static Map<String, Float> boosts(Map<String, Closeness> closeness) {
        Map<String, Float> boosts = new LinkedHashMap<>();
        closeness.forEach((slug, close) -> {
            if (close.score() > 0) boosts.put(slug, (float) close.score() * CLOSENESS_BOOST);
        });
        return boosts;
    }

    private List<Query> exclusions(ParsedQuery text) {
        return text.exclusions().stream().map(textQuery()::excluded).toList();
    }

    /** The request's facet filters by index field, values normalised as indexed. */
    private static Map<String, List<String>> filters(SearchRequest request) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        request.filters().forEach((facet, values) -> filters.put(facet.indexField(), facet.normalised(values)));
        return filters;
    }

    /**
     * Ranks the searches from now on with other weights: for choosing the weights on a judged question
     * set, many settings in one start of the app. The app itself keeps the weights it started with.
     */
    public void reweigh(RankingWeights weights) {
        this.weights = weights;
        textQuery = null;
        expansion = null;
    }

    /** Built on first use: the index's analyzers exist only once Hibernate Search has started. */
    private TextQuery textQuery() {
        TextQuery words = textQuery;
        if (words == null) {
            words = new TextQuery(luceneIndex().searchAnalyzer(), weights);
            textQuery = words;
        }
        return words;
    }

    /** Built on first use, like {@link #textQuery()}; holds analyzers, so one for every search. */
    private QueryExpansion expansion() {
        QueryExpansion widening = expansion;
        if (widening == null) {
            widening = new QueryExpansion(spelling, weights);
            expansion = widening;
        }
        return widening;
    }

    private static SortFinalStep sort(SearchSortFactory f, SearchSort sort) {
        return switch (sort) {
            case RELEVANCE -> f.score().then().field(IndexFields.PUBLISHED).desc();
            case NEWEST -> f.field(IndexFields.PUBLISHED).desc().then().score();
            case TITLE -> f.field(IndexFields.SORT_TITLE).asc();
            case ADAPTATIONS ->
                f.field(IndexFields.ADAPTATION_COUNT).desc().then().score();
        };
    }

    private static List<Closeness.Reason> reasons(@Nullable Closeness closeness) {
        return closeness == null ? List.of() : closeness.reasons();
    }
}
