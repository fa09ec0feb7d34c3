package de.smilecity.exchange.search.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Realistic entries made from the seed content: each generated entry takes its language,
 * organisation and taxonomy concepts from one seed entry and recombines titles, sentences and
 * keywords of the seed entries in that language. Entry {@code i} is the same in every run and at
 * every size (its random generator is seeded with {@code i}), so 10 000 is a prefix of 100 000.
 * Written with JDBC batches, past Hibernate: the index is then built by a full rebuild, which is what
 * the benchmark measures.
 */
final class SyntheticPractices {

    static final String SLUG_PREFIX = "bench-";
    static final long SEED = 20261126L;
    static final int BATCH = 500;
    static final List<String> PHASES = List.of("IDEA", "IMPLEMENTATION", "OPERATION", "SCALED");

    /** One seed entry: what a generated entry inherits from its template. */
    record Template(String language, long organisationId, String licence, List<Long> concepts) {}

    /** Sentences, title halves and keywords of the seed entries of one language. */
    record Vocabulary(
            List<String> titleHeads,
            List<String> titleTails,
            List<String> summaries,
            List<String> sentences,
            List<String> keywords) {}

    private final List<Template> templates;
    private final Map<String, Vocabulary> vocabularies;

    private SyntheticPractices(List<Template> templates, Map<String, Vocabulary> vocabularies) {
        this.templates = templates;
        this.vocabularies = vocabularies;
    }

    /** Reads the published seed entries from the database. */
    static SyntheticPractices fromSeed(DataSource dataSource) throws SQLException {
        Map<Long, List<Long>> concepts = new HashMap<>();
        Map<String, List<String>> keywords = new HashMap<>();
        Map<Long, String> languages = new HashMap<>();
        List<Template> templates = new ArrayList<>();
        Map<String, Parts> parts = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select practice_id, concept_id from practice_concept")) {
                while (rs.next())
                    concepts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
            }
            try (ResultSet rs = s.executeQuery("select id, title, summary, description, challenge, approach, results,"
                    + " lessons_learned, participation, language, organisation_id, licence from practice"
                    + " where state = 'PUBLISHED' and slug not like '" + SLUG_PREFIX + "%' order by id")) {
                while (rs.next()) {
                    String language = rs.getString("language");
                    languages.put(rs.getLong("id"), language);
                    Parts p = parts.computeIfAbsent(language, k -> new Parts());
                    String title = rs.getString("title");
                    int colon = title.indexOf(':');
                    if (colon > 0) {
                        p.heads.add(title.substring(0, colon).strip());
                        p.tails.add(title.substring(colon + 1).strip());
                    } else {
                        p.heads.add(title.strip());
                    }
                    p.summaries.addAll(sentences(rs.getString("summary")));
                    for (String column : List.of(
                            "description", "challenge", "approach", "results", "lessons_learned", "participation")) {
                        p.sentences.addAll(sentences(rs.getString(column)));
                    }
                    templates.add(new Template(
                            language,
                            rs.getLong("organisation_id"),
                            rs.getString("licence"),
                            concepts.getOrDefault(rs.getLong("id"), List.of())));
                }
            }
            try (ResultSet rs = s.executeQuery("select practice_id, keyword from practice_keyword")) {
                while (rs.next()) {
                    String language = languages.get(rs.getLong(1));
                    if (language != null)
                        keywords.computeIfAbsent(language, k -> new ArrayList<>())
                                .add(rs.getString(2));
                }
            }
        }
        if (templates.isEmpty()) throw new IllegalStateException("No published seed entries to generate from");
        Map<String, Vocabulary> vocabularies = new HashMap<>();
        parts.forEach((language, p) -> vocabularies.put(
                language,
                new Vocabulary(
                        List.copyOf(p.heads),
                        p.tails.isEmpty() ? List.copyOf(p.heads) : List.copyOf(p.tails),
                        List.copyOf(p.summaries),
                        List.copyOf(p.sentences),
                        List.copyOf(keywords.getOrDefault(language, List.of("Smart City"))))));
        return new SyntheticPractices(templates, vocabularies);
    }

    private static final class Parts {
        final List<String> heads = new ArrayList<>();
        final List<String> tails = new ArrayList<>();
        final List<String> summaries = new ArrayList<>();
        final List<String> sentences = new ArrayList<>();
    }

    /** Plain sentences of a Markdown text: headings and list marks dropped, very short fragments left out. */
    static List<String> sentences(String markdown) {
        List<String> out = new ArrayList<>();
        for (String line : markdown.split("\\n\\s*\\n")) {
            String text = line.replaceAll("(?m)^\\s*(#+|[-*]|\\d+\\.)\\s+", "")
                    .replaceAll("[*_`]", "")
                    .replaceAll("\\s+", " ")
                    .strip();
            for (String sentence : text.split("(?<=[.!?])\\s+(?=\\p{Lu})")) {
                if (sentence.length() >= 30) out.add(sentence);
            }
        }
        return out;
    }

    /**
     * Inserts entries {@code from} (inclusive) to {@code to} (exclusive) as published practices.
     *
     * @return how many were inserted
     */
    int insert(DataSource dataSource, int from, int to) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long firstId;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from practice")) {
                rs.next();
                firstId = rs.getLong(1);
            }
            try (PreparedStatement practice = c.prepareStatement("insert into practice (id, slug, kind, title, summary,"
                            + " description, language, organisation_id, phase, challenge, approach, results,"
                            + " lessons_learned, prerequisites, participation, adaptation_notes, state, featured, origin,"
                            + " licence, created_at, updated_at, published_at, version)"
                            + " values (?, ?, 'PRACTICE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', 'PUBLISHED', 0,"
                            + " 'API', ?, ?, ?, ?, 0)");
                    PreparedStatement keyword = c.prepareStatement(
                            "insert into practice_keyword (practice_id, position, keyword) values (?, ?, ?)");
                    PreparedStatement concept = c.prepareStatement(
                            "insert into practice_concept (practice_id, concept_id) values (?, ?)")) {
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                for (int i = from; i < to; i++) {
                    long id = firstId + (i - from);
                    Random random = new Random(SEED + i);
                    Template t = templates.get(random.nextInt(templates.size()));
                    Vocabulary v = vocabularies.get(t.language());
                    Timestamp published = Timestamp.from(now.minus(random.nextInt(3650), ChronoUnit.DAYS));
                    int p = 1;
                    practice.setLong(p++, id);
                    practice.setString(p++, SLUG_PREFIX + i);
                    practice.setString(p++, title(v, random));
                    practice.setString(p++, cut(text(v.summaries(), 1 + random.nextInt(2), random), 300));
                    practice.setString(p++, text(v.sentences(), 3 + random.nextInt(5), random));
                    practice.setString(p++, t.language());
                    practice.setLong(p++, t.organisationId());
                    practice.setString(p++, PHASES.get(random.nextInt(PHASES.size())));
                    practice.setString(p++, text(v.sentences(), 2 + random.nextInt(2), random));
                    practice.setString(p++, text(v.sentences(), 2 + random.nextInt(3), random));
                    practice.setString(p++, text(v.sentences(), 1 + random.nextInt(3), random));
                    practice.setString(p++, text(v.sentences(), 1 + random.nextInt(2), random));
                    practice.setString(p++, t.licence());
                    practice.setTimestamp(p++, published);
                    practice.setTimestamp(p++, published);
                    practice.setTimestamp(p, published);
                    practice.addBatch();
                    int position = 0;
                    for (String word : keywords(v, 3 + random.nextInt(4), random)) {
                        keyword.setLong(1, id);
                        keyword.setInt(2, position++);
                        keyword.setString(3, word);
                        keyword.addBatch();
                    }
                    for (long conceptId : t.concepts()) {
                        concept.setLong(1, id);
                        concept.setLong(2, conceptId);
                        concept.addBatch();
                    }
                    if ((i - from + 1) % BATCH == 0 || i == to - 1) {
                        practice.executeBatch();
                        keyword.executeBatch();
                        concept.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        return to - from;
    }

    private static String title(Vocabulary v, Random random) {
        String head = pick(v.titleHeads(), random);
        String tail = pick(v.titleTails(), random);
        return cut(head + ": " + tail, 120);
    }

    private static String text(List<String> pool, int sentences, Random random) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < sentences; i++) picked.add(pick(pool, random));
        return String.join(" ", picked);
    }

    private static Set<String> keywords(Vocabulary v, int howMany, Random random) {
        Set<String> picked = new LinkedHashSet<>();
        for (int i = 0; i < howMany; i++) picked.add(cut(pick(v.keywords(), random), 60));
        return picked;
    }

    private static String pick(List<String> pool, Random random) {
        return pool.get(random.nextInt(pool.size()));
    }

    /** At most {@code max} characters, cut at a word boundary. */
    static String cut(String text, int max) {
        if (text.length() <= max) return text;
        int space = text.lastIndexOf(' ', max - 1);
        return text.substring(0, space > max / 2 ? space : max).strip();
    }
}
