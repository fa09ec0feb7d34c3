package de.smilecity.exchange.crawl;

import de.smilecity.exchange.testsupport.MariaDb;
import de.smilecity.exchange.testsupport.MariaDbTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Crawl runs' owners and heartbeats on MariaDB, the database several nodes share: same tests, same Flyway scripts. */
@MariaDb
class RunOwnershipMariaDbTest extends RunOwnershipContract {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }
}
