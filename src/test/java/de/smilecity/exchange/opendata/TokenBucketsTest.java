package de.smilecity.exchange.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("hostile")
class TokenBucketsTest {

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

    @Test
    void refusesBeyondTheBurstAndRefillsEvenly() {
        ManualClock clock = new ManualClock();
        TokenBuckets buckets = new TokenBuckets(3, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 3; i++) assertThat(buckets.take("a").allowed()).isTrue();
        TokenBuckets.Decision refused = buckets.take("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(20));
        assertThat(buckets.take("b").allowed())
                .as("another address has its own bucket")
                .isTrue();
        clock.now = clock.now.plusSeconds(20);
        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isFalse();
    }

    @Test
    void dropsFullBucketsWhenHoldingManyKeys() {
        ManualClock clock = new ManualClock();
        TokenBuckets buckets = new TokenBuckets(1, Duration.ofSeconds(1), clock);
        for (int i = 0; i < TokenBuckets.MAX_KEYS + 5; i++) {
            buckets.take("10.0." + i);
            clock.now = clock.now.plusMillis(1);
        }
        clock.now = clock.now.plusSeconds(5);
        assertThat(buckets.take("fresh").allowed()).isTrue();
    }

    @Test
    void holdsAtMostMaxKeysAfterAHundredThousandAddresses() {
        TokenBuckets buckets = new TokenBuckets(3, Duration.ofMinutes(1), new ManualClock());
        for (int i = 0; i < 100_000; i++) {
            buckets.take("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
        }

        assertThat(buckets.size()).isLessThanOrEqualTo(TokenBuckets.MAX_KEYS);
    }
}
