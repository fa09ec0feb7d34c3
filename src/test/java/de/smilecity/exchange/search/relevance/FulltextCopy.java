package de.smilecity.exchange.search.relevance;

import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.bench.MariaDbFulltext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * MariaDB FULLTEXT over a copy of the published catalogue, as the benchmark's {@link MariaDbFulltext}
 * ranks it (the same columns, the same boolean-mode translation of the question), for an application
 * that runs on H2: the entries are read from the application's database and written into a
 * throw-away MariaDB database beside it. Filters on state, country, phase, kind, language and
 * innovation field are plain WHERE clauses.
 */
final class FulltextCopy {

    private static final String TABLE = "generalisation_fulltext";
    private static final String FIELDS = "generalisation_field";
    private static final String COLUMNS = "title, summary, keywords, description";
    private static final Map<Facet, String> COLUMN_OF = Map.of(
            Facet.STATE, "state",
            Facet.COUNTRY, "country",
            Facet.PHASE, "phase",
            Facet.KIND, "kind",
            Facet.LANGUAGE, "language");

    private final Connection mariaDb;

    private FulltextCopy(Connection mariaDb) {
        this.mariaDb = mariaDb;
    }

    /** Copies the published entries of the application's database into MariaDB and indexes them. */
    static FulltextCopy of(DataSource application, Connection mariaDb) throws SQLException {
        try (Statement s = mariaDb.createStatement()) {
            s.execute("create table " + TABLE
                    + " (id bigint primary key, slug varchar(80) not null, title varchar(300) not null,"
                    + " summary text not null, keywords text, description mediumtext not null,"
                    + " state varchar(80), country varchar(2), phase varchar(20), kind varchar(20),"
                    + " language varchar(2)) engine=InnoDB character set utf8mb4 collate utf8mb4_unicode_ci");
            s.execute("create table " + FIELDS + " (practice_id bigint not null, code varchar(80) not null)");
        }
        try (Connection app = application.getConnection();
                Statement read = app.createStatement()) {
            Map<Long, List<String>> keywords = new HashMap<>();
            try (ResultSet rs = read.executeQuery("select practice_id, keyword from practice_keyword")) {
                while (rs.next())
                    keywords.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
            }
            try (PreparedStatement insert = mariaDb.prepareStatement(
                            "insert into " + TABLE + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    ResultSet rs = read.executeQuery(
                            "select p.id, p.slug, p.title, p.summary, p.description, p.challenge, p.approach,"
                                    + " p.results, p.lessons_learned, p.prerequisites, p.participation, o.state,"
                                    + " o.country, p.phase, p.kind, p.language from practice p join organisation o"
                                    + " on o.id = p.organisation_id where p.state = 'PUBLISHED'")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    List<String> texts = new ArrayList<>();
                    for (int i = 5; i <= 11; i++) texts.add(rs.getString(i));
                    insert.setLong(1, id);
                    insert.setString(2, rs.getString(2));
                    insert.setString(3, rs.getString(3));
                    insert.setString(4, Objects.requireNonNullElse(rs.getString(4), ""));
                    insert.setString(5, String.join(", ", keywords.getOrDefault(id, List.of())));
                    insert.setString(6, texts.stream().filter(Objects::nonNull).collect(Collectors.joining("\n\n")));
                    for (int i = 12; i <= 16; i++) insert.setString(i - 5, rs.getString(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = mariaDb.prepareStatement("insert into " + FIELDS + " values (?, ?)");
                    ResultSet rs = read.executeQuery("select pc.practice_id, c.code from practice_concept pc"
                            + " join concept c on c.id = pc.concept_id where c.scheme = 'INNOVATION_FIELD'")) {
                while (rs.next()) {
                    insert.setLong(1, rs.getLong(1));
                    insert.setString(2, rs.getString(2));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        try (Statement s = mariaDb.createStatement()) {
            s.execute("alter table " + TABLE + " add fulltext index ft_" + TABLE + " (" + COLUMNS + ")");
            s.execute("analyze table " + TABLE);
        }
        return new FulltextCopy(mariaDb);
    }

    /** Slugs of the best {@code limit} entries, best first. */
    List<String> search(String text, Map<Facet, List<String>> filters, int limit) {
        String against = MariaDbFulltext.booleanQuery(text);
        if (against.isBlank()) return List.of();
        StringBuilder sql =
                new StringBuilder("select b.slug, match(" + COLUMNS + ") against (? in boolean mode) as score"
                        + " from " + TABLE + " b where match(" + COLUMNS + ") against (? in boolean mode)");
        List<String> parameters = new ArrayList<>(List.of(against, against));
        filters.forEach((facet, values) -> {
            String marks = String.join(", ", values.stream().map(v -> "?").toList());
            if (facet == Facet.FIELD) {
                sql.append(" and exists (select 1 from " + FIELDS + " f where f.practice_id = b.id and f.code in (")
                        .append(marks)
                        .append("))");
            } else if (COLUMN_OF.containsKey(facet)) {
                sql.append(" and b.")
                        .append(COLUMN_OF.get(facet))
                        .append(" in (")
                        .append(marks)
                        .append(")");
            } else {
                throw new IllegalArgumentException("The FULLTEXT baseline cannot filter by " + facet.parameter());
            }
            boolean upper = facet == Facet.PHASE || facet == Facet.KIND;
            values.forEach(v -> parameters.add(upper ? v.toUpperCase(Locale.ROOT) : v));
        });
        sql.append(" order by score desc, b.slug limit ").append(limit);
        try (PreparedStatement ps = mariaDb.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) ps.setString(i + 1, parameters.get(i));
            List<String> slugs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) slugs.add(rs.getString(1));
            }
            return slugs;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "MariaDB FULLTEXT failed on '" + text + "' (" + against + "): " + e.getMessage(), e);
        }
    }
}
