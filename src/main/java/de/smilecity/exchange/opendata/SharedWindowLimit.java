package de.smilecity.exchange.opendata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.smilecity.exchange.shared.WindowCounters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The anonymous limit shared by every app node on one database: {@code capacity} calls per address
 * in each fixed window of {@code period}, counted in {@link WindowCounters}. An address refused once
 * is refused by this node from memory until its window ends, without asking the database again: a
 * count only grows within its window, so the answer cannot change, and a client hammering the API
 * past its limit costs no database write per call.
 */
final class SharedWindowLimit implements ClientLimit {

    static final String SCOPE = "api-anonymous";

    private final WindowCounters counters;
    private final int capacity;
    private final Duration period;
    private final Clock clock;

    /** Addresses over the limit, each with the end of its window. */
    private final Cache<String, Instant> refused;

    SharedWindowLimit(WindowCounters counters, int capacity, Duration period, Clock clock) {
        this.counters = counters;
        this.capacity = capacity;
        this.period = period;
        this.clock = clock;
        this.refused = Caffeine.newBuilder()
                .maximumSize(TokenBuckets.MAX_KEYS)
                .expireAfterWrite(period)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public int capacity() {
        return capacity;
    }

    @Override
    public Decision take(String client) {
        Instant now = clock.instant();
        Instant refusedUntil = refused.getIfPresent(client);
        if (refusedUntil != null && refusedUntil.isAfter(now)) {
            return new Decision(false, 0, Duration.between(now, refusedUntil));
        }
        WindowCounters.Count count = counters.increment(SCOPE, client, period);
        if (count.hits() <= capacity) {
            return new Decision(true, capacity - count.hits(), Duration.ZERO);
        }
        refused.put(client, count.windowEnds());
        return new Decision(false, 0, count.until(now));
    }

    @Override
    public String describe() {
        return capacity + " calls per address in every " + period.toSeconds() + " s, counted on all app nodes together";
    }
}
