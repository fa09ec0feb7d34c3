package de.smilecity.exchange.crawl;

import de.smilecity.exchange.testsupport.MariaDb;
import de.smilecity.exchange.testsupport.MariaDbTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The crawler's storage on MariaDB, the production database: same tests, same Flyway scripts. */
@MariaDb
class CrawlStoreMariaDbTest extends CrawlStoreContract {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }
}
