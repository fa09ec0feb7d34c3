package de.smilecity.exchange.security;

import de.smilecity.exchange.testsupport.MigratedDatabase;

/** The shared sign-in throttle on H2. */
class SharedLoginThrottleH2Test extends SharedLoginThrottleContract {

    private static final MigratedDatabase DATABASE = MigratedDatabase.h2();

    @Override
    MigratedDatabase database() {
        return DATABASE;
    }
}
