package de.smilecity.exchange.opendata;

import de.smilecity.exchange.testsupport.MigratedDatabase;

/** The shared anonymous limit on H2, the database of a single node and of most tests. */
class SharedWindowLimitH2Test extends SharedWindowLimitContract {

    private static final MigratedDatabase DATABASE = MigratedDatabase.h2();

    @Override
    MigratedDatabase database() {
        return DATABASE;
    }
}
