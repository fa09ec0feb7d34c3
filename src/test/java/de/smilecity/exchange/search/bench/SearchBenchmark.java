package de.smilecity.exchange.search.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.IndexMaintenance;
import de.smilecity.exchange.search.IndexStatus;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchResult;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.search.SearchSort;
import de.smilecity.exchange.search.internal.CatalogueGlossary;
import de.smilecity.exchange.search.internal.IndexFields;
import de.smilecity.exchange.search.internal.LowerBoundQuery;
import de.smilecity.exchange.search.internal.RankingWeights;
import de.smilecity.exchange.search.internal.SpellingCorrector;
import de.smilecity.exchange.search.relevance.JudgedQueries;
import de.smilecity.exchange.testsupport.MariaDb;
import de.smilecity.exchange.testsupport.MariaDbTestDatabase;
import de.smilecity.exchange.testsupport.TestPractices;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.index.LuceneIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Search latency, rebuild speed and relevance at 10 000 and 100 000 entries; not part of
 * {@code verify} (the class name matches no test pattern). Run:
 * {@code ./mvnw test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DenableAssertions=false
 * -Dbench.sizes=10000,100000}.
 *
 * <p>Runs on a throw-away MariaDB database (the production database; the server must answer on
 * 127.0.0.1:3306). After the seed content is loaded, nDCG@10 over the judged set is computed for the
 * service and for MariaDB FULLTEXT. Then, for each size, generated entries are added with JDBC
 * ({@link SyntheticPractices}), the index is rebuilt in full and timed, and the query mix
 * ({@link BenchQuery#MIX}) runs against (a) {@link SearchService}, (b) plain Lucene on the same index
 * with the same analyzers ({@link LowerBoundQuery}) and (c) MariaDB FULLTEXT ({@link MariaDbFulltext}),
 * each first warmed up, then measured over several rounds by one client; (a) and (b) take turns round by
 * round. Last, a few entries are saved
 * through the catalogue and the search is polled until it finds them.
 *
 * <p>Properties: {@code bench.sizes} (default 10000,100000), {@code bench.rounds} (measured rounds of
 * the mix, default 30), {@code bench.warmup} (default 5), {@code bench.fulltext-rounds} (measured rounds for
 * MariaDB, default 5, after one warm-up round), {@code bench.engines} (what runs besides (a) and (b):
 * {@code mariadb} for (c), {@code opensearch} for (d), the service on an OpenSearch node of its own
 * ({@link OpenSearchSide}), taking turns with (a) and (b); default {@code lucene,mariadb}), {@code
 * bench.rebuilds-together} (rebuild both engines at once), {@code bench.kinds} (only these kinds of the mix, by
 * {@link BenchQuery.Kind} name, e.g. {@code FACETS}: a profile of one kind of query, in less time), {@code bench.per-question} (also log
 * latency, CPU, allocation and the garbage collections met per question, {@link QuestionBreakdown}), {@code
 * bench.opensearch-probe} (the HTTP requests of each question on OpenSearch and the node's own times for
 * them, {@link OpenSearchProbe}), {@code bench.opensearch-request-cache} (keep the node's request
 * cache on, {@link OpenSearchSide#withoutRequestCache}). Writes {@code target/bench/search.md}.
 */
@SpringBootTest(properties = {SearchBenchmark.QUIET_APP, SearchBenchmark.QUIET_SEARCH, SearchBenchmark.JDBC_BATCHES})
@ActiveProfiles({"demo", "test"})
@MariaDb
class SearchBenchmark {

    static final int HITS = SearchRequest.DEFAULT_SIZE;

    /** The engines {@code bench.engines} may name; the embedded engine and raw Lucene always run. */
    static final Set<String> ENGINES = Set.of(BenchReport.LUCENE, BenchReport.MARIADB, BenchReport.OPENSEARCH);

    static final String ENGINES_DEFAULT = BenchReport.LUCENE + "," + BenchReport.MARIADB;

    static final String QUIET_APP = "logging.level.de.smilecity.exchange=WARN";
    static final String QUIET_SEARCH = "logging.level.org.hibernate.search=WARN";
    static final String JDBC_BATCHES = "spring.jpa.properties.hibernate.jdbc.batch_size=100";

    /** The properties of this test's context, for the app on OpenSearch beside it. */
    static final List<String> CONTEXT_PROPERTIES = List.of(QUIET_APP, QUIET_SEARCH, JDBC_BATCHES);

    static final int FINDABLE_TRIES = 5;
    static final long FINDABLE_TIMEOUT_MS = 10_000;

    private static final Logger log = LoggerFactory.getLogger(SearchBenchmark.class);
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }

    @Autowired
    SearchService search;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    IndexMaintenance index;

    @Autowired
    SpellingCorrector spelling;

    @Autowired
    RankingWeights weights;

    @Autowired
    CatalogueGlossary glossary;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    Environment environment;

    /** The figures of one size, for the table. */
    record SizeResult(
            int size,
            long documents,
            double rebuildSeconds,
            double rebuildCpuSeconds,
            Map<String, Map<String, Latencies>> latencies,
            Latencies findable,
            @Nullable OpenSearchResult openSearch) {}

    /**
     * The OpenSearch engine's rebuild and saved → findable at one size. The rebuild's CPU time is the
     * app's only: the node works in a process of its own.
     */
    record OpenSearchResult(long documents, double rebuildSeconds, double rebuildCpuSeconds, Latencies findable) {}

    @Test
    void measuresSearchAtEachSize() throws Exception {
        // Surefire turns Java assertions on; Lucene's own then check sorted buffers and more on every
        // search, which costs the raw Lucene lower bound and the service alike but no production system.
        if (IndexSearcher.class.desiredAssertionStatus()) {
            throw new IllegalStateException(
                    "Java assertions are on: they slow Lucene down as in no production system. Run the benchmark"
                            + " with -DenableAssertions=false (see docs/performance.md).");
        }
        List<Integer> sizes = Arrays.stream(
                        System.getProperty("bench.sizes", "10000,100000").split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .sorted()
                .toList();
        int rounds = Integer.getInteger("bench.rounds", 30);
        int warmup = Integer.getInteger("bench.warmup", 5);
        // FULLTEXT takes up to seconds per query at 100 000 entries: fewer rounds keep the run short.
        int fulltextRounds = Math.min(rounds, Integer.getInteger("bench.fulltext-rounds", 5));
        Set<String> engines = Set.copyOf(Arrays.stream(
                        System.getProperty("bench.engines", ENGINES_DEFAULT).split(","))
                .map(String::strip)
                .toList());
        if (!ENGINES.containsAll(engines)) {
            throw new IllegalArgumentException("bench.engines=" + engines + " names an engine other than " + ENGINES);
        }
        awaitIndexReady();
        List<SizeResult> results = new ArrayList<>();
        double ndcgService;
        double ndcgFulltext = Double.NaN;
        try (MariaDbFulltext fulltext = engines.contains(BenchReport.MARIADB) ? new MariaDbFulltext(dataSource) : null;
                OpenSearchSide openSearch = engines.contains(BenchReport.OPENSEARCH)
                        ? OpenSearchSide.start(environment, CONTEXT_PROPERTIES)
                        : null) {
            ndcgService =
                    JudgedQueries.mean(JudgedQueries.evaluate(q -> search.search(SearchRequest.of(q)).hits().stream()
                            .map(SearchHit::slug)
                            .toList()));
            if (fulltext != null) {
                fulltext.rebuild();
                ndcgFulltext = JudgedQueries.mean(JudgedQueries.evaluate(q -> {
                    try {
                        return fulltext.search(BenchQuery.of(BenchQuery.Kind.WORDS, q), JudgedQueries.CUTOFF);
                    } catch (SQLException e) {
                        throw new IllegalStateException("FULLTEXT query '" + q + "' failed: " + e.getMessage(), e);
                    }
                }));
            }
            log.warn("nDCG@10 over the judged set: service {}, MariaDB FULLTEXT {}", ndcgService, ndcgFulltext);
            if (openSearch != null) log.warn("OpenSearch node for the benchmark at {}", openSearch.url());

            SyntheticPractices generator = SyntheticPractices.fromSeed(dataSource);
            int generated = 0;
            for (int size : sizes) {
                long start = System.nanoTime();
                generated += generator.insert(dataSource, generated, size);
                log.warn("{} generated entries in the database ({} s)", generated, seconds(start));
                if (fulltext != null) {
                    start = System.nanoTime();
                    fulltext.rebuild();
                    log.warn("FULLTEXT index built ({} s)", seconds(start));
                }
                results.add(measure(size, fulltext, openSearch, rounds, warmup, fulltextRounds));
            }
        }
        String report = BenchReport.render(results, ndcgService, ndcgFulltext, rounds, warmup, fulltextRounds);
        Path out = Path.of("target", "bench", "search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        log.warn("Search benchmark written to {}:\n{}", out.toAbsolutePath(), report);
    }

    private SizeResult measure(
            int size,
            @Nullable MariaDbFulltext fulltext,
            @Nullable OpenSearchSide openSearch,
            int rounds,
            int warmup,
            int fulltextRounds)
            throws Exception {
        // Both rebuilds at once when asked: on a loaded machine that halves the wait for the
        // measurements, but each rebuild then competes with the other and their times overlap.
        boolean together = openSearch != null && Boolean.getBoolean("bench.rebuilds-together");
        long cpu = OS.getProcessCpuTime();
        long start = System.nanoTime();
        CompletableFuture<IndexStatus> openSearchRebuild =
                together ? openSearch.index().rebuild("benchmark") : null;
        IndexStatus status = index.rebuild("benchmark").get(60, TimeUnit.MINUTES);
        double rebuildSeconds = (System.nanoTime() - start) / 1e9;
        double rebuildCpuSeconds = (OS.getProcessCpuTime() - cpu) / 1e9;
        if (status.state() != IndexStatus.State.READY) {
            throw new IllegalStateException("Rebuild at " + size + " entries ended " + status);
        }
        OpenSearchResult openSearchResult = null;
        if (openSearch != null) {
            if (!together) {
                cpu = OS.getProcessCpuTime();
                start = System.nanoTime();
            }
            status = together ? openSearchRebuild.get(60, TimeUnit.MINUTES) : openSearch.rebuild();
            double seconds = (System.nanoTime() - start) / 1e9;
            // Together, the process's CPU time is both rebuilds': not the OpenSearch one's.
            double cpuSeconds = together ? Double.NaN : (OS.getProcessCpuTime() - cpu) / 1e9;
            if (status.state() != IndexStatus.State.READY) {
                throw new IllegalStateException("OpenSearch rebuild at " + size + " entries ended " + status);
            }
            long indexed = openSearch.documents();
            log.warn("OpenSearch index rebuilt: {} published entries in {} s", indexed, String.format("%.1f", seconds));
            log.warn("OpenSearch indexes after the rebuild:\n{}", openSearch.layout());
            if (!Boolean.getBoolean(OpenSearchSide.REQUEST_CACHE)) openSearch.withoutRequestCache();
            openSearchResult = new OpenSearchResult(indexed, seconds, cpuSeconds, new Latencies());
            if (OpenSearchProbe.wanted())
                OpenSearchProbe.probe(openSearch.search(), openSearch.url(), BenchQuery.mix());
            compareEngines(search, openSearch.search());
        }
        Map<String, Map<String, Latencies>> latencies = new LinkedHashMap<>();
        long documents;
        var scope = Search.mapping(entityManagerFactory).scope(Practice.class).extension(LuceneExtension.get());
        var analyzer = Search.mapping(entityManagerFactory)
                .indexedEntity(Practice.class)
                .indexManager()
                .unwrap(LuceneIndexManager.class)
                .searchAnalyzer();
        try (IndexReader reader = scope.openIndexReader()) {
            documents = reader.numDocs();
            log.warn(
                    "Index rebuilt: {} documents in {} s, {} segments",
                    documents,
                    String.format("%.1f", rebuildSeconds),
                    reader.leaves().size());
            IndexSearcher searcher = new IndexSearcher(reader);
            LowerBoundQuery lowerBound = new LowerBoundQuery(reader, analyzer, spelling, weights, glossary);
            // The service and its lower bound take turns round by round, so that both meet the same
            // machine: on two shared cores the speed drifts within minutes, and measured one after the
            // other their ratio moved by a quarter between runs.
            Map<String, Runner> turns = new LinkedHashMap<>();
            turns.put(BenchReport.SERVICE, q -> service(search, q));
            turns.put(BenchReport.LUCENE, q -> lucene(searcher, lowerBound, q));
            if (openSearch != null) {
                SearchService onOpenSearch = openSearch.search();
                turns.put(BenchReport.OPENSEARCH, q -> service(onOpenSearch, q));
            }
            if (QuestionBreakdown.wanted()) {
                for (BenchQuery q : BenchQuery.mix())
                    log.warn("Matches of {}: {}", q, search.search(request(q)).total());
            }
            latencies.putAll(runInTurns(rounds, warmup, turns));
            if (openSearch != null) log.warn("OpenSearch indexes after the measured rounds:\n{}", openSearch.layout());
            if (fulltext != null) {
                latencies.put(
                        BenchReport.MARIADB,
                        run(
                                fulltextRounds,
                                Math.min(warmup, 1),
                                q -> fulltext.search(q, HITS).size()));
            }
        }
        Latencies findable = savedToFindable(size, catalogue, search, BenchReport.LUCENE);
        if (openSearchResult != null) {
            openSearchResult = new OpenSearchResult(
                    openSearchResult.documents(),
                    openSearchResult.rebuildSeconds(),
                    openSearchResult.rebuildCpuSeconds(),
                    savedToFindable(size, openSearch.catalogue(), openSearch.search(), BenchReport.OPENSEARCH));
        }
        return new SizeResult(
                size, documents, rebuildSeconds, rebuildCpuSeconds, latencies, findable, openSearchResult);
    }

    /**
     * Whether both engines answer each question of the mix alike at this size: the same total and
     * facet counts (which must be equal), and how many of the first ten hits they share (which may
     * differ a little: the term statistics of two indexes are not the same to the last bit).
     */
    private static void compareEngines(SearchService embedded, SearchService onOpenSearch) {
        StringBuilder report = new StringBuilder();
        for (BenchQuery q : BenchQuery.mix()) {
            SearchResult a = embedded.search(request(q));
            SearchResult d = onOpenSearch.search(request(q));
            List<String> topA = a.hits().stream().limit(10).map(SearchHit::slug).toList();
            List<String> topD = d.hits().stream().limit(10).map(SearchHit::slug).toList();
            long shared = topA.stream().filter(topD::contains).count();
            report.append(String.format(
                    "%n- %s: total %d / %d, facet counts %s, first ten %d of %d shared, %s",
                    q,
                    a.total(),
                    d.total(),
                    a.facets().equals(d.facets()) ? "equal" : "DIFFER " + a.facets() + " / " + d.facets(),
                    shared,
                    topA.size(),
                    topA.equals(topD) ? "and order equal" : "order differs"));
        }
        log.warn("Embedded engine / OpenSearch, question by question:{}", report);
    }

    private static int service(SearchService search, BenchQuery q) {
        return search.search(request(q)).hits().size();
    }

    static SearchRequest request(BenchQuery q) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        if (q.field() != null) filters.put(Facet.FIELD, List.of(q.field()));
        if (q.state() != null) filters.put(Facet.STATE, List.of(q.state()));
        return new SearchRequest(q.text(), filters, SearchSort.RELEVANCE, 0, HITS, null);
    }

    /** Top hits with their slug and title read from the stored fields: what a hit list needs at least. */
    private static int lucene(IndexSearcher searcher, LowerBoundQuery lowerBound, BenchQuery q) throws Exception {
        Query text = lowerBound.of(q.text());
        Query query = text;
        if (q.filtered()) {
            query = new BooleanQuery.Builder()
                    .add(text, Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.FIELD, q.field())), Occur.FILTER)
                    .add(new TermQuery(new Term(IndexFields.STATE, q.state())), Occur.FILTER)
                    .build();
        }
        TopDocs top = searcher.search(query, HITS);
        var stored = searcher.storedFields();
        int found = 0;
        for (ScoreDoc hit : top.scoreDocs) {
            if (stored.document(hit.doc, Set.of(IndexFields.SLUG, IndexFields.DISPLAY_TITLE))
                            .get(IndexFields.SLUG)
                    != null) found++;
        }
        return found;
    }

    interface Runner {
        int run(BenchQuery query) throws Exception;
    }

    /** Latencies per kind of query and for the whole mix ({@link BenchReport#MIX}). */
    private static Map<String, Latencies> run(int rounds, int warmup, Runner runner) throws Exception {
        return runInTurns(rounds, warmup, Map.of("", runner)).get("");
    }

    /**
     * Latencies of each system per kind of query and for the whole mix, the systems taking turns: each
     * round runs the whole mix on every system, one after the other.
     */
    private static Map<String, Map<String, Latencies>> runInTurns(int rounds, int warmup, Map<String, Runner> systems)
            throws Exception {
        for (int r = 0; r < warmup; r++) {
            for (Runner runner : systems.values()) {
                for (BenchQuery q : BenchQuery.mix()) runner.run(q);
            }
        }
        QuestionBreakdown breakdown = QuestionBreakdown.wanted() ? new QuestionBreakdown() : null;
        Map<String, Map<String, Latencies>> bySystem = new LinkedHashMap<>();
        systems.keySet()
                .forEach(system -> bySystem.put(system, new LinkedHashMap<>(Map.of(BenchReport.MIX, new Latencies()))));
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Runner> system : systems.entrySet()) {
                Map<String, Latencies> byKind = bySystem.get(system.getKey());
                for (BenchQuery q : BenchQuery.mix()) {
                    long[] gc = breakdown == null ? null : QuestionBreakdown.collections();
                    long allocated = THREADS.getCurrentThreadAllocatedBytes();
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    system.getValue().run(q);
                    long elapsed = System.nanoTime() - start;
                    cpu = THREADS.getCurrentThreadCpuTime() - cpu;
                    allocated = THREADS.getCurrentThreadAllocatedBytes() - allocated;
                    byKind.get(BenchReport.MIX).add(elapsed, cpu, allocated);
                    byKind.computeIfAbsent(q.kind().label, k -> new Latencies()).add(elapsed, cpu, allocated);
                    if (breakdown != null) breakdown.add(system.getKey(), q, elapsed, cpu, allocated, gc);
                }
            }
        }
        if (breakdown != null) log.warn("Per question ({}):\n{}", QuestionBreakdown.PROPERTY, breakdown.render());
        return bySystem;
    }

    /** Saves entries through the catalogue and polls the search until each is found. */
    private static Latencies savedToFindable(int size, CatalogueService catalogue, SearchService search, String engine)
            throws InterruptedException {
        Latencies findable = new Latencies();
        for (int i = 0; i < FINDABLE_TRIES; i++) {
            String word = "Findbarkeitsprobe" + engine + (char) ('a' + i) + size;
            Practice p = TestPractices.rostockBeteiligungsplattform(
                    catalogue, "bench-findable-" + engine + "-" + size + "-" + i);
            p.setTitle(word + " im Quartier");
            long start = System.nanoTime();
            catalogue.save(p);
            while (search.search(SearchRequest.of(word)).hits().stream()
                    .noneMatch(hit -> hit.slug().equals(p.getSlug()))) {
                if (System.nanoTime() - start > FINDABLE_TIMEOUT_MS * 1_000_000) {
                    throw new IllegalStateException(
                            "Saved entry '" + p.getSlug() + "' not findable after " + FINDABLE_TIMEOUT_MS + " ms");
                }
                Thread.sleep(2);
            }
            findable.add(System.nanoTime() - start);
        }
        return findable;
    }

    private void awaitIndexReady() throws InterruptedException {
        while (index.status().state() == IndexStatus.State.REBUILDING) Thread.sleep(50);
    }

    private static String seconds(long start) {
        return String.format("%.1f", (System.nanoTime() - start) / 1e9);
    }
}
