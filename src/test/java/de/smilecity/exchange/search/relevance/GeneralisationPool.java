package de.smilecity.exchange.search.relevance;

import de.smilecity.exchange.search.relevance.GeneralisationSet.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The judging pool of the generalisation set: for every question the union of the top ten of the
 * three rankers, sorted by slug and without saying which ranker found an entry, so that the judge
 * cannot favour one. Also writes every published entry's texts, to judge from. A tool, not a test:
 * not part of {@code verify} (the class name matches no test pattern), and it needs MariaDB. Run:
 * {@code ./mvnw test -Dtest=GeneralisationPool -Dsurefire.failIfNoSpecifiedTests=false}; writes
 * {@code target/bench/generalisation-pool.yaml} and {@code target/bench/generalisation-entries.md}; with
 * {@code -Dgeneralisation.set=second} the same for the second held-out set ({@link GeneralisationEdition}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "smile.crawl.schedule-tick=-",
            "logging.level.de.smilecity.exchange=WARN",
            "logging.level.org.hibernate.search=WARN"
        })
@ActiveProfiles({"demo", "test"})
class GeneralisationPool {

    private static final Logger log = LoggerFactory.getLogger(GeneralisationPool.class);

    @Autowired
    ApplicationContext spring;

    @Autowired
    DataSource dataSource;

    @LocalServerPort
    int port;

    @Test
    void writesThePoolOfEveryQuestion() throws Exception {
        GeneralisationEdition edition = GeneralisationEdition.chosen();
        List<Question> questions = edition.questions();
        StringBuilder pool =
                new StringBuilder("# Judging pool: per question the union of the top " + GeneralisationRankers.TOP
                        + " of the service, plain BM25 and MariaDB FULLTEXT,\n"
                        + "# sorted by slug; which ranker found an entry is deliberately not recorded.\n"
                        + "pool:\n");
        int pooled = 0;
        edition.prepare(spring);
        try (GeneralisationRankers rankers = GeneralisationRankers.open(spring, port)) {
            if (rankers.fulltextProblem() != null) {
                throw new IllegalStateException("The pool needs all three rankers, but " + rankers.fulltextProblem());
            }
            for (Question q : questions) {
                TreeSet<String> slugs = new TreeSet<>();
                rankers.rankers().values().forEach(r -> slugs.addAll(r.top(q)));
                pooled += slugs.size();
                pool.append("  ").append(q.id()).append(":\n");
                pool.append("    query: ").append(quoted(q.query())).append('\n');
                if (q.filters() != null && !q.filters().isEmpty()) {
                    pool.append("    filters: {")
                            .append(q.filters().entrySet().stream()
                                    .map(f -> f.getKey() + ": [" + String.join(", ", f.getValue()) + "]")
                                    .collect(Collectors.joining(", ")))
                            .append("}\n");
                }
                pool.append("    need: ").append(quoted(q.need())).append('\n');
                pool.append("    entries:").append(slugs.isEmpty() ? " []\n" : "\n");
                slugs.forEach(s -> pool.append("      - ").append(s).append('\n'));
            }
            log.warn(
                    "Pooled {} entries for {} questions over {} published entries",
                    pooled,
                    questions.size(),
                    rankers.entries());
        }
        Files.createDirectories(edition.pool.getParent());
        Files.writeString(edition.pool, pool, StandardCharsets.UTF_8);
        Files.writeString(edition.entries, entries(), StandardCharsets.UTF_8);
    }

    /** Every published entry with what a judge reads: title, summary, keywords, fields, place and texts. */
    private String entries() throws Exception {
        StringBuilder out = new StringBuilder("# Published entries of the generalisation catalogue\n");
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            Map<Long, String> keywords = group(s, "select practice_id, keyword from practice_keyword");
            Map<Long, String> fields = group(
                    s,
                    "select pc.practice_id, c.code from practice_concept pc join concept c on c.id = pc.concept_id"
                            + " where c.scheme = 'INNOVATION_FIELD'");
            try (ResultSet rs = s.executeQuery("select p.id, p.slug, p.title, p.summary, p.language, p.kind,"
                    + " p.phase, o.name, o.state, p.description, p.challenge, p.approach, p.results,"
                    + " p.lessons_learned from practice p join organisation o on o.id = p.organisation_id"
                    + " where p.state = 'PUBLISHED' order by p.slug")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.append("\n## ").append(rs.getString(2)).append("\n\n");
                    out.append(rs.getString(3)).append("  \n");
                    out.append(rs.getString(5))
                            .append(", ")
                            .append(rs.getString(6))
                            .append(", ")
                            .append(rs.getString(7))
                            .append(", ")
                            .append(rs.getString(8))
                            .append(" (")
                            .append(rs.getString(9))
                            .append("); fields: ")
                            .append(fields.getOrDefault(id, ""))
                            .append("; keywords: ")
                            .append(keywords.getOrDefault(id, ""))
                            .append("\n\n");
                    out.append(rs.getString(4)).append("\n\n");
                    List<String> texts = new ArrayList<>();
                    for (int i = 10; i <= 14; i++) {
                        String t = rs.getString(i);
                        if (t != null && !t.isBlank()) texts.add(t.strip().replaceAll("\\s+", " "));
                    }
                    out.append(String.join(" / ", texts)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static Map<Long, String> group(Statement s, String sql) throws Exception {
        Map<Long, List<String>> values = new java.util.TreeMap<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next())
                values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
        return values.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(", ", e.getValue())));
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
