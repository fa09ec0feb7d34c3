package de.smilecity.exchange.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.shared.WindowCounters;
import de.smilecity.exchange.testsupport.ManualClock;
import de.smilecity.exchange.testsupport.MigratedDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Two app nodes' anonymous limits on one database enforce one limit between them, also when both
 * count the same address at the same moment. Run on H2 and on MariaDB by the subclasses.
 */
abstract class SharedWindowLimitContract {

    static final Duration PERIOD = Duration.ofMinutes(1);

    final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T10:00:10Z"));
    final String client = "203.0.113.7/" + UUID.randomUUID();

    abstract MigratedDatabase database();

    /** A node's limit: its own connections, its own memory of refused addresses, the shared table. */
    SharedWindowLimit node(int capacity) {
        DataSource connections = database().newNode();
        WindowCounters counters =
                new WindowCounters(new JdbcTemplate(connections), new DataSourceTransactionManager(connections), clock);
        return new SharedWindowLimit(counters, capacity, PERIOD, clock);
    }

    @Test
    void twoNodesCountingTheSameAddressAtOnceLetThroughTheLimitExactly() throws Exception {
        SharedWindowLimit a = node(40);
        SharedWindowLimit b = node(40);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                SharedWindowLimit limit = t % 2 == 0 ? a : b;
                done.add(callers.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        if (limit.take(client).allowed()) allowed.incrementAndGet();
                    }
                }));
            }
            for (Future<?> caller : done) caller.get();
        } finally {
            callers.shutdownNow();
        }
        // 160 calls, half on each node: per-node limits would have let 80 through.
        assertThat(allowed).hasValue(40);
    }

    @Test
    void whatOneNodeCountedTheOtherRefusesUntilTheWindowEnds() {
        SharedWindowLimit a = node(3);
        SharedWindowLimit b = node(3);
        assertThat(a.take(client).remaining()).isEqualTo(2);
        assertThat(a.take(client).remaining()).isEqualTo(1);
        ClientLimit.Decision last = b.take(client);
        assertThat(last.allowed()).isTrue();
        assertThat(last.remaining()).isZero();

        ClientLimit.Decision refused = a.take(client);
        assertThat(refused.allowed()).isFalse();
        // The window began at 10:00:00 and the clock says 10:00:10.
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(50));
        assertThat(b.take(client).allowed()).isFalse();
        assertThat(b.take("198.51.100.1/" + UUID.randomUUID()).allowed())
                .as("another address")
                .isTrue();

        clock.advance(PERIOD);
        assertThat(a.take(client).allowed()).isTrue();
        assertThat(b.take(client).remaining()).isEqualTo(1);
    }

    @Test
    void endedWindowsAreDeleted() {
        DataSource connections = database().newNode();
        WindowCounters counters =
                new WindowCounters(new JdbcTemplate(connections), new DataSourceTransactionManager(connections), clock);
        counters.increment("api-anonymous", client, PERIOD);
        JdbcTemplate sql = new JdbcTemplate(connections);
        String count = "select count(*) from throttle_window where subject = '" + client + "'";
        counters.deleteEnded();
        assertThat(sql.queryForObject(count, Integer.class)).isOne();
        clock.advance(PERIOD);
        counters.deleteEnded();
        assertThat(sql.queryForObject(count, Integer.class)).isZero();
    }
}
