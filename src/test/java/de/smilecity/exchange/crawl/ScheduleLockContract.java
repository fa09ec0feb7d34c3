package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.shared.NodeId;
import de.smilecity.exchange.testsupport.MigratedDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;

/**
 * The lock of scheduled crawls, as {@link CrawlConfiguration} makes it, held in the database: of two
 * app nodes on one database only one gets it, and the other gets it once it is released. Run on H2
 * and on MariaDB by the subclasses.
 */
abstract class ScheduleLockContract {

    abstract MigratedDatabase database();

    /** One node's lock provider: connections of its own, the shared database. */
    LockProvider node() {
        return new CrawlConfiguration()
                .crawlLockProvider(database().newNode(), new NodeId("node-" + UUID.randomUUID()));
    }

    @Test
    void ofTwoNodesOnlyOneStartsTheScheduledCrawlsAtATime() {
        LockProvider a = node();
        LockProvider b = node();
        String task = "crawl-schedule-" + UUID.randomUUID();
        LockConfiguration lock = new LockConfiguration(Instant.now(), task, Duration.ofMinutes(5), Duration.ZERO);

        Optional<SimpleLock> held = a.lock(lock);
        assertThat(held).as("the first node").isPresent();
        assertThat(b.lock(lock))
                .as("the second node while the first holds the lock")
                .isEmpty();
        assertThat(a.lock(lock))
                .as("the first node again while it holds the lock")
                .isEmpty();

        held.orElseThrow().unlock();
        Optional<SimpleLock> next =
                b.lock(new LockConfiguration(Instant.now(), task, Duration.ofMinutes(5), Duration.ZERO));
        assertThat(next).as("the second node after the release").isPresent();
        next.orElseThrow().unlock();
    }
}
