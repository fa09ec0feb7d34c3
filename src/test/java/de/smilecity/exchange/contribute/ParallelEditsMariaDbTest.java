package de.smilecity.exchange.contribute;

import de.smilecity.exchange.testsupport.MariaDb;
import de.smilecity.exchange.testsupport.MariaDbTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Parallel edits on MariaDB, the production database, where the race is decided by InnoDB's locks. */
@MariaDb
class ParallelEditsMariaDbTest extends ParallelEditsContract {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }
}
