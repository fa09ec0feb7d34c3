package de.smilecity.exchange.search.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * What a team without Lucene would build: an InnoDB FULLTEXT index over a copy of the published
 * entries (title, summary, keywords and all long texts) and {@code MATCH … AGAINST … IN BOOLEAN MODE},
 * ranked by MariaDB's relevance; the facet filters are plain WHERE clauses. Words get a trailing
 * {@code *} (prefix search is the nearest thing to stemming that InnoDB offers), phrases and
 * {@code -exclusions} pass through, and any word may match (boolean mode ranks entries with more of
 * them higher).
 */
public final class MariaDbFulltext implements AutoCloseable {

    static final String TABLE = "bench_fulltext";
    static final String COLUMNS = "title, summary, keywords, description";

    private static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"?|\\S+");

    /** One connection for all queries, as a pooled application would hold one per request. */
    private final Connection connection;

    MariaDbFulltext(DataSource dataSource) throws SQLException {
        this.connection = dataSource.getConnection();
    }

    /** Copies the published entries into the bench table and builds its FULLTEXT index. */
    void rebuild() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("drop table if exists " + TABLE);
            s.execute("create table " + TABLE
                    + " (id bigint primary key, slug varchar(80) not null, title varchar(120) not null,"
                    + " summary varchar(300) not null, keywords text, description mediumtext not null,"
                    + " state varchar(80)) engine=InnoDB character set utf8mb4 collate utf8mb4_unicode_ci");
            s.execute("insert into " + TABLE
                    + " select p.id, p.slug, p.title, p.summary,"
                    + " (select group_concat(k.keyword separator ', ') from practice_keyword k where k.practice_id = p.id),"
                    + " concat_ws('\\n\\n', p.description, p.challenge, p.approach, p.results, p.lessons_learned,"
                    + " p.prerequisites, p.participation), o.state"
                    + " from practice p join organisation o on o.id = p.organisation_id where p.state = 'PUBLISHED'");
            s.execute("alter table " + TABLE + " add fulltext index ft_" + TABLE + " (" + COLUMNS + ")");
            s.execute("analyze table " + TABLE);
        }
    }

    /** Slugs of the best {@code limit} entries, best first. */
    List<String> search(BenchQuery query, int limit) throws SQLException {
        String against = booleanQuery(query.text());
        StringBuilder sql =
                new StringBuilder("select b.slug, match(" + COLUMNS + ") against (? in boolean mode) as score"
                        + " from " + TABLE + " b where match(" + COLUMNS + ") against (? in boolean mode)");
        if (query.state() != null) sql.append(" and b.state = ?");
        if (query.field() != null) {
            sql.append(" and exists (select 1 from practice_concept pc join concept c on c.id = pc.concept_id"
                    + " where pc.practice_id = b.id and c.scheme = 'INNOVATION_FIELD' and c.code = ?)");
        }
        sql.append(" order by score desc limit ?");
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            int i = 1;
            ps.setString(i++, against);
            ps.setString(i++, against);
            if (query.state() != null) ps.setString(i++, query.state());
            if (query.field() != null) ps.setString(i++, query.field());
            ps.setInt(i, limit);
            List<String> slugs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) slugs.add(rs.getString(1));
            }
            return slugs;
        }
    }

    /** The typed text in MariaDB's boolean syntax (see the class comment). */
    public static String booleanQuery(String text) {
        List<String> parts = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (token.equals("OR")) continue;
            if (token.startsWith("\"") || token.startsWith("-\"")) {
                parts.add(token.endsWith("\"") && token.length() > 2 ? token : token + "\"");
                continue;
            }
            boolean excluded = token.startsWith("-");
            String word = token.replaceAll("[^\\p{L}\\p{N}]", "");
            if (word.isEmpty()) continue;
            parts.add(excluded ? "-" + word : word + "*");
        }
        return String.join(" ", parts);
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("drop table if exists " + TABLE);
        } finally {
            connection.close();
        }
    }
}
