package de.smilecity.exchange.crawl;

import de.smilecity.exchange.testsupport.MariaDb;
import de.smilecity.exchange.testsupport.MigratedDatabase;

/** The scheduled crawls' lock on MariaDB, the database that several app nodes share. */
@MariaDb
class ScheduleLockMariaDbTest extends ScheduleLockContract {

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
