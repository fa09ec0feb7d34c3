package de.smilecity.exchange.catalogue;

import de.smilecity.exchange.testsupport.MariaDb;
import de.smilecity.exchange.testsupport.MariaDbTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The catalogue's storage on MariaDB, the production database: same tests, same Flyway scripts. */
@MariaDb
class CatalogueStoreMariaDbTest extends CatalogueStoreContract {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }
}
