package de.smilecity.exchange.opendata;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the open data ({@code smile.opendata.*}).
 *
 * @param feedSize entries in the Atom feed, newest first (default 50, at most 100)
 * @param rateLimit how much anonymous use of the API one address may make
 */
@ConfigurationProperties("smile.opendata")
public record OpenDataProperties(
        @DefaultValue("50") int feedSize, @DefaultValue RateLimit rateLimit) {

    public OpenDataProperties {
        if (feedSize < 1 || feedSize > 100) {
            throw new IllegalArgumentException("smile.opendata.feed-size must be between 1 and 100, was " + feedSize);
        }
    }

    /**
     * A token bucket per client address for calls without a session, password or token: up to
     * {@code capacity} calls at once, refilled with {@code capacity} calls per {@code period}.
     *
     * @param enabled switch the limit off altogether (default on)
     * @param capacity calls one address may make in a burst (default 300)
     * @param period how long an empty bucket takes to fill again (default 1 minute)
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("300") int capacity,
            @DefaultValue("1m") Duration period) {

        public RateLimit {
            if (capacity < 1) {
                throw new IllegalArgumentException(
                        "smile.opendata.rate-limit.capacity must be 1 or more, was " + capacity);
            }
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("smile.opendata.rate-limit.period must be positive, was " + period);
            }
        }
    }
}
