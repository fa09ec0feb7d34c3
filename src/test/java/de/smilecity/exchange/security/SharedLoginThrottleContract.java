package de.smilecity.exchange.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.shared.WindowCounters;
import de.smilecity.exchange.testsupport.ManualClock;
import de.smilecity.exchange.testsupport.MigratedDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Two app nodes' sign-in throttles on one database count the failures together: guesses spread over
 * both nodes are refused after the one limit. Run on H2 and on MariaDB by the subclasses.
 */
abstract class SharedLoginThrottleContract {

    final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T10:05:00Z"));
    final String address = "192.0.2." + UUID.randomUUID();

    abstract MigratedDatabase database();

    SharedLoginThrottle node() {
        DataSource connections = database().newNode();
        return new SharedLoginThrottle(
                new WindowCounters(new JdbcTemplate(connections), new DataSourceTransactionManager(connections), clock),
                clock);
    }

    /** An account name of its own per test, as the tests share the database. */
    static String account() {
        return "guessed" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void failuresOnBothNodesCountTowardOneLimitPerAccount() {
        SharedLoginThrottle a = node();
        SharedLoginThrottle b = node();
        String name = account();
        for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT; i++) {
            SharedLoginThrottle where = i % 2 == 0 ? a : b;
            assertThat(where.blockedFor(name, address + i))
                    .as("attempt %d", i + 1)
                    .isEmpty();
            where.failed(name, address + i);
        }
        // 10:05 is the start of the window 10:00-10:15: ten minutes to wait.
        assertThat(a.blockedFor(name, "192.0.2.200")).contains(Duration.ofMinutes(10));
        assertThat(b.blockedFor(name.toUpperCase(java.util.Locale.ROOT), "192.0.2.201"))
                .as("the same account in another spelling")
                .contains(Duration.ofMinutes(10));
        assertThat(b.blockedFor(account(), "192.0.2.202")).as("another account").isEmpty();

        clock.advance(Duration.ofMinutes(10));
        assertThat(a.blockedFor(name, address)).isEmpty();
    }

    @Test
    void anAddressGuessingManyNamesOnBothNodesIsRefusedAfterTheOneLimit() {
        SharedLoginThrottle a = node();
        SharedLoginThrottle b = node();
        for (int i = 0; i < LoginThrottle.MAX_PER_ADDRESS; i++) {
            (i % 2 == 0 ? a : b).failedForUnknownName("nobody-" + UUID.randomUUID(), address);
        }
        assertThat(a.blockedFor(account(), address)).isPresent();
        assertThat(b.blockedFor("nobody-" + UUID.randomUUID(), address)).isPresent();
        assertThat(b.blockedFor(account(), address + "-other")).isEmpty();
    }

    @Test
    void aSuccessOnOneNodeForgivesTheAccountOnTheOther() {
        SharedLoginThrottle a = node();
        SharedLoginThrottle b = node();
        String name = account();
        for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT - 1; i++) a.failed(name, address);
        b.succeeded(name);
        a.failed(name, address);
        assertThat(b.blockedFor(name, "192.0.2.203")).isEmpty();
    }
}
