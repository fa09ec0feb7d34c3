package de.smilecity.exchange.search.relevance;

import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.search.SearchSort;
import de.smilecity.exchange.search.relevance.GeneralisationSet.Question;
import de.smilecity.exchange.testsupport.MariaDbTestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * The three rankers of the generalisation set over one catalogue (seed content plus the demo partner
 * site's imports): the search service, plain BM25 on its index ({@link PlainBm25}) and MariaDB
 * FULLTEXT over a copy ({@link FulltextCopy}). FULLTEXT is left out, with the reason, when no MariaDB
 * server answers.
 */
final class GeneralisationRankers implements AutoCloseable {

    static final String SERVICE = "service";
    static final String BM25 = "plain BM25";
    static final String FULLTEXT = "MariaDB FULLTEXT";

    static final int TOP = JudgedQueries.CUTOFF;

    interface Ranker {
        /** Slugs of the best {@link #TOP} entries for the question, best first. */
        List<String> top(Question question);
    }

    private final Map<String, Ranker> rankers = new LinkedHashMap<>();
    private final IndexReader reader;
    private final @Nullable Connection mariaDb;
    private final @Nullable String fulltextProblem;
    private final int entries;
    private final List<String> imported;

    private GeneralisationRankers(
            IndexReader reader,
            @Nullable Connection mariaDb,
            @Nullable String fulltextProblem,
            int entries,
            List<String> imported) {
        this.reader = reader;
        this.mariaDb = mariaDb;
        this.fulltextProblem = fulltextProblem;
        this.entries = entries;
        this.imported = imported;
    }

    /** Imports the demo partner site (once per application), then opens the three rankers. */
    static GeneralisationRankers open(ApplicationContext spring, int port) throws SQLException, InterruptedException {
        List<String> imported = DemoPartnerImport.intoCatalogue(spring, port);
        DataSource dataSource = spring.getBean(DataSource.class);
        int published = publishedEntries(dataSource);
        IndexReader reader = readerWith(spring.getBean(EntityManagerFactory.class), published);
        String problem = MariaDbTestDatabase.problem();
        Connection mariaDb = problem == null ? MariaDbTestDatabase.openThrowAway("smile_generalisation") : null;
        GeneralisationRankers r = new GeneralisationRankers(reader, mariaDb, problem, published, imported);
        SearchService search = spring.getBean(SearchService.class);
        r.rankers.put(
                SERVICE,
                q ->
                        search
                                .search(new SearchRequest(q.query(), q.facets(), SearchSort.RELEVANCE, 0, TOP, null))
                                .hits()
                                .stream()
                                .map(SearchHit::slug)
                                .toList());
        PlainBm25 plain = new PlainBm25(reader);
        r.rankers.put(BM25, q -> plain.search(q.query(), q.facets(), TOP));
        if (mariaDb != null) {
            FulltextCopy fulltext = FulltextCopy.of(dataSource, mariaDb);
            r.rankers.put(FULLTEXT, q -> fulltext.search(q.query(), q.facets(), TOP));
        }
        return r;
    }

    /** The rankers that could be opened, in the order of the report. */
    Map<String, Ranker> rankers() {
        return rankers;
    }

    /** Why FULLTEXT is missing, or null when it runs. */
    @Nullable
    String fulltextProblem() {
        return fulltextProblem;
    }

    /** Published entries of the catalogue the rankers search. */
    int entries() {
        return entries;
    }

    /** Slugs the demo partner import accepted in this run (empty when an earlier class imported them). */
    List<String> imported() {
        return imported;
    }

    @Override
    public void close() throws IOException, SQLException {
        try {
            reader.close();
        } finally {
            if (mariaDb != null) mariaDb.close();
        }
    }

    private static int publishedEntries(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from practice where state = 'PUBLISHED'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A reader that sees every published entry: the accepted imports are indexed after their commit. */
    private static IndexReader readerWith(EntityManagerFactory emf, int published) throws InterruptedException {
        var scope = Search.mapping(emf).scope(Practice.class).extension(LuceneExtension.get());
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            IndexReader reader = scope.openIndexReader();
            if (reader.numDocs() >= published || System.nanoTime() > deadline) return reader;
            try {
                reader.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Thread.sleep(200);
        }
    }
}
