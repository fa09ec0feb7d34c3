package de.smilecity.exchange.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fixed-window counters in the database ({@code throttle_window}), so that every app node on one
 * database counts toward the same limit: the throttles use them with {@value #STORE}={@value
 * #DATABASE}. A window is a stretch of {@code window} aligned to the epoch; a count belongs to one
 * (scope, subject, window) row, which {@link #increment} creates or raises with one atomic upsert.
 * Rows of ended windows are deleted every {@value #CLEANUP_MINUTES} minutes by whichever nodes run.
 *
 * <p>A fixed window lets up to twice the limit through around a window's end (the end of one window
 * and the start of the next); what it gains is one row and one statement per counted call, whatever
 * the limit.
 */
public class WindowCounters {

    /** The setting that chooses where the throttles count: {@value #MEMORY} (default) or {@value #DATABASE}. */
    public static final String STORE = "smile.throttle.store";

    /** The value of {@link #STORE} that counts on each node for itself, in memory: the default. */
    public static final String MEMORY = "memory";

    /** The value of {@link #STORE} that shares the counts between app nodes through the database. */
    public static final String DATABASE = "database";

    /** Longest scope name (the column's length). */
    public static final int MAX_SCOPE_LENGTH = 32;

    /** Longest subject kept as it is; a longer one is counted under its SHA-256 digest. */
    public static final int MAX_SUBJECT_LENGTH = 128;

    static final int CLEANUP_MINUTES = 5;

    /** Tries of one increment that meets a lock conflict (two nodes creating the same row at once). */
    static final int ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(WindowCounters.class);

    /**
     * The count of one subject in the window that holds now.
     *
     * @param hits calls counted in this window, the caller's own included after {@link #increment}
     * @param windowEnds when the window ends and the count starts from zero again
     */
    public record Count(long hits, Instant windowEnds) {

        /** How long until the window ends, at least a millisecond. */
        public Duration until(Instant now) {
            Duration left = Duration.between(now, windowEnds);
            return left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public WindowCounters(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        // Its own short transaction, also when the caller is in one: the row lock of the upsert is
        // held until commit, and no caller's work should hold every other node's count of the subject.
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Counts one call of {@code subject} in the current window of {@code window} and returns the count. */
    public Count increment(String scope, String subject, Duration window) {
        Instant now = clock.instant();
        long start = windowStart(now, window);
        long end = start + window.toMillis();
        String key = subjectKey(scope, subject);
        for (int attempt = 1; ; attempt++) {
            try {
                // Upsert and read in one transaction: the upsert locks the row until commit, so the
                // read sees this call's count, not one raised meanwhile by another node.
                Long hits = transactions.execute(status -> {
                    jdbc.update(
                            "insert into throttle_window (scope, subject, window_start, hits, expires_at)"
                                    + " values (?, ?, ?, 1, ?) on duplicate key update hits = hits + 1",
                            scope,
                            key,
                            start,
                            end);
                    return jdbc.queryForObject(
                            "select hits from throttle_window where scope = ? and subject = ? and window_start = ?",
                            Long.class,
                            scope,
                            key,
                            start);
                });
                return new Count(Objects.requireNonNull(hits), Instant.ofEpochMilli(end));
            } catch (ConcurrencyFailureException | DuplicateKeyException conflict) {
                // Two nodes creating the same row at once: InnoDB may pick one as a deadlock victim,
                // H2 may refuse the second insert before it turns into the update. Once more finds the row.
                if (attempt >= ATTEMPTS) throw conflict;
            }
        }
    }

    /** The count of {@code subject} in the current window, without counting; zero when there is none. */
    public Count current(String scope, String subject, Duration window) {
        Instant now = clock.instant();
        long start = windowStart(now, window);
        Long hits = jdbc.query(
                "select hits from throttle_window where scope = ? and subject = ? and window_start = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L,
                scope,
                subjectKey(scope, subject),
                start);
        return new Count(hits == null ? 0 : hits, Instant.ofEpochMilli(start + window.toMillis()));
    }

    /** Forgets every count of {@code subject}, in every window. */
    public void clear(String scope, String subject) {
        jdbc.update("delete from throttle_window where scope = ? and subject = ?", scope, subjectKey(scope, subject));
    }

    /** Deletes the rows of ended windows; on every node, as deleting twice does no harm. */
    @Scheduled(
            fixedDelay = CLEANUP_MINUTES,
            initialDelay = CLEANUP_MINUTES,
            timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    public void deleteEnded() {
        int deleted = jdbc.update("delete from throttle_window where expires_at <= ?", clock.millis());
        if (deleted > 0) log.debug("Deleted {} throttle counts of ended windows", deleted);
    }

    static long windowStart(Instant now, Duration window) {
        long millis = window.toMillis();
        if (millis <= 0) throw new IllegalArgumentException("A counting window must be positive, was " + window);
        return Math.floorDiv(now.toEpochMilli(), millis) * millis;
    }

    private static String subjectKey(String scope, String subject) {
        if (scope.isEmpty() || scope.length() > MAX_SCOPE_LENGTH) {
            throw new IllegalArgumentException(
                    "A counter scope must have 1 to " + MAX_SCOPE_LENGTH + " characters, was '" + scope + "'");
        }
        return subject.length() <= MAX_SUBJECT_LENGTH ? subject : "sha256:" + sha256(subject);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
