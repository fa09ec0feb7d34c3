package de.smilecity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.TestStates;
import de.smilecity.exchange.testsupport.MariaDb;
import de.smilecity.exchange.testsupport.MariaDbTestDatabase;
import de.smilecity.exchange.testsupport.OpenSearch;
import de.smilecity.exchange.testsupport.TestPractices;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The coordination of several app nodes, on one node for now: with outbox polling on MariaDB a save
 * writes an outbox event in its transaction, and the node's background agent indexes it into
 * OpenSearch a moment later; the outbox then is empty again. How long "a moment" is gets logged.
 */
@SpringBootTest(properties = "smile.search.coordination=outbox-polling")
@ActiveProfiles({"demo", "test"})
@MariaDb
@OpenSearch
class OutboxPollingOnOpenSearchTest {

    private static final Logger log = LoggerFactory.getLogger(OutboxPollingOnOpenSearchTest.class);

    static final Duration PATIENCE = Duration.ofMinutes(2);

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
    JdbcTemplate jdbc;

    @Test
    void aSavedEntryIsIndexedThroughTheOutboxAndTheOutboxEmpties() {
        awaitTrue("the seed content indexed", () -> index.health().healthy());

        Practice entry = TestPractices.rostockBeteiligungsplattform(catalogue, "outbox-" + System.nanoTime());
        entry.setTitle("Wombatzählung am Stadthafen");
        TestStates.in(entry, PracticeState.PUBLISHED);
        long before = System.nanoTime();
        catalogue.save(entry);
        awaitTrue("the saved entry findable", () -> find("Wombatzählung") == 1);
        long millis = (System.nanoTime() - before) / 1_000_000;
        log.info("Outbox polling: saved entry findable after {} ms", millis);

        Practice archived = catalogue.getForEdit(entry.getSlug());
        TestStates.in(archived, PracticeState.ARCHIVED);
        catalogue.save(archived);
        awaitTrue("the archived entry gone", () -> find("Wombatzählung") == 0);
        awaitTrue("the outbox empty", () -> outboxEvents() == 0);
        assertThat(index.health().healthy()).isTrue();
    }

    private long find(String query) {
        return search.search(SearchRequest.of(query)).total();
    }

    private long outboxEvents() {
        Long count = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
        return count == null ? 0 : count;
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }
}
