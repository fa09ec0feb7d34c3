package de.smilecity.exchange.opendata;

import de.smilecity.exchange.testsupport.MariaDb;
import de.smilecity.exchange.testsupport.MariaDbTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The exports on MariaDB, the production database: keyset paging and batch loading must hold there too. */
@MariaDb
class ExportMariaDbTest extends ExportContract {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }
}
