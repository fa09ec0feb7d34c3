package de.smilecity.exchange.crawl;

import de.smilecity.exchange.testsupport.MigratedDatabase;

/** The scheduled crawls' lock on H2. */
class ScheduleLockH2Test extends ScheduleLockContract {

    private static final MigratedDatabase DATABASE = MigratedDatabase.h2();

    @Override
    MigratedDatabase database() {
        return DATABASE;
    }
}
