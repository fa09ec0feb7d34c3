package de.smilecity.exchange.opendata;

import de.smilecity.exchange.testsupport.MariaDb;
import de.smilecity.exchange.testsupport.MigratedDatabase;

/** The shared anonymous limit on MariaDB, the database that several app nodes share in production. */
@MariaDb
class SharedWindowLimitMariaDbTest extends SharedWindowLimitContract {

    private static MigratedDatabase database;

    @Override
    MigratedDatabase database() {
        return created();
    }

    /** Created at the first test, not at class loading: without MariaDB the class is skipped. */
    private static synchronized MigratedDatabase created() {
        if (database == null) database = MigratedDatabase.mariaDb();
        return database;
    }
}
