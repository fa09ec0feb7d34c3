package de.smilecity.exchange.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The sign-in throttle against an attacker who varies the spelling, or floods it with names. */
@Tag("hostile")
class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();
    final MemoryLoginThrottle throttle = new MemoryLoginThrottle(clock);

    @Test
    void spellingsThatFindTheSameAccountCountTowardOneAccount() {
        // The account lookup reads each of these as 'admin'.
        String[] spellings = {"ADMIN", "admin ", " Admin", "aDmIn", "\tadmin"};
        for (int i = 0; i < spellings.length; i++) {
            assertThat(throttle.blockedFor(spellings[i], "10.0.0." + i)).isEmpty();
            throttle.failed(spellings[i], "10.0.0." + i);
        }

        assertThat(throttle.blockedFor("admin", "10.0.1.1")).isPresent();
        assertThat(throttle.blockedFor("editor", "10.0.1.1")).isEmpty();
        assertThat(throttle.blockedFor("admin2", "10.0.1.1")).isEmpty();
    }

    @Test
    void namesThatAreNoAccountNameCountApartFromTheAccount() {
        // MariaDB's collation would take these for 'admin'; the lookup refuses them, so must the key.
        for (String name : new String[] {"Ädmin", "ádmin", "ＡＤＭＩＮ", "\u212Admin"}) {
            assertThat(LoginThrottle.key(name)).isNotEqualTo(LoginThrottle.key("admin"));
        }
        assertThat(LoginThrottle.key("x".repeat(1_000_000))).hasSizeLessThan(100);
    }

    @Test
    void failuresAgeOutOfTheWindow() {
        for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT; i++) throttle.failed("editor", "10.0.0.1");
        assertThat(throttle.blockedFor("editor", "10.0.0.2")).isPresent();

        clock.now = clock.now.plus(LoginThrottle.WINDOW);

        assertThat(throttle.blockedFor("editor", "10.0.0.2")).isEmpty();
        assertThat(throttle.trackedAccounts()).isZero();
    }

    @Test
    void theMemoryStaysBoundedAfterAHundredThousandNamesAndAddresses() {
        for (int i = 0; i < 100_000; i++) {
            throttle.failedForUnknownName("name-" + i, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }

        assertThat(throttle.trackedUnknownNames()).isLessThanOrEqualTo(MemoryLoginThrottle.MAX_TRACKED_UNKNOWN_NAMES);
        assertThat(throttle.trackedAddresses()).isLessThanOrEqualTo(MemoryLoginThrottle.MAX_TRACKED_ADDRESSES);
    }
}
