package de.smilecity.exchange.security;

import de.smilecity.exchange.testsupport.MariaDb;
import de.smilecity.exchange.testsupport.MariaDbTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Which account a typed name signs in as, on MariaDB, the production database. */
@MariaDb
class AccountLookupMariaDbTest extends AccountLookupContract {

    @DynamicPropertySource
    static void mariaDb(DynamicPropertyRegistry registry) {
        MariaDbTestDatabase.register(registry);
    }
}
