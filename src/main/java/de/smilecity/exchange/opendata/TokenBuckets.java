package de.smilecity.exchange.opendata;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One token bucket per client key, in memory: a key may make {@code capacity} calls in a burst, and
 * gets back {@code capacity} calls per {@code period}, evenly. A bucket not used for a whole period
 * is full again and is forgotten; at most {@link #MAX_KEYS} are held, the least used going first
 * when more keys call within a period (a client with that many addresses is not slowed down by a
 * limit per address anyway). Each node limits on its own: the default for one node; several nodes
 * share one limit through the database instead ({@link SharedWindowLimit}).
 */
final class TokenBuckets implements ClientLimit {

    /** Buckets held at most (a few dozen bytes each). */
    static final int MAX_KEYS = 10_000;

    private final int capacity;
    private final double tokensPerMilli;
    private final Clock clock;
    private final Cache<String, Bucket> buckets;

    TokenBuckets(int capacity, Duration period, Clock clock) {
        this.capacity = capacity;
        this.tokensPerMilli = capacity / (double) period.toMillis();
        this.clock = clock;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .expireAfterAccess(period)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                // Evict on the caller's thread: the bound holds when the call returns.
                .executor(Runnable::run)
                .build();
    }

    @Override
    public int capacity() {
        return capacity;
    }

    @Override
    public String describe() {
        return capacity + " calls per address in a burst";
    }

    @Override
    public Decision take(String key) {
        long now = clock.millis();
        return buckets.get(key, k -> new Bucket(now)).take(now);
    }

    /** Buckets held now; at most {@link #MAX_KEYS}. */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private final class Bucket {
        private double tokens = capacity;
        private long refilledAt;

        Bucket(long now) {
            this.refilledAt = now;
        }

        synchronized Decision take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, (long) tokens, Duration.ZERO);
            }
            long wait = (long) Math.ceil((1 - tokens) / tokensPerMilli);
            return new Decision(false, 0, Duration.ofMillis(Math.max(wait, 1)));
        }

        private void refill(long now) {
            if (now > refilledAt) {
                tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerMilli);
                refilledAt = now;
            }
        }
    }
}
