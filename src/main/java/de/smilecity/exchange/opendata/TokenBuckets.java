package de.smilecity.exchange.opendata;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One token bucket per client key, in memory: a key may make {@code capacity} calls in a burst, and
 * gets back {@code capacity} calls per {@code period}, evenly. Buckets that have filled up again are
 * dropped when many keys are held, so the map stays small under a scan of many addresses. In a
 * cluster each node limits on its own (the limit is then per node, which is good enough against a
 * runaway script; a shared limit would need a shared store).
 */
final class TokenBuckets {

    /** Keys held before full buckets are dropped. */
    static final int MAX_KEYS = 10_000;

    /** What one call got: allowed or not, the calls left, and how long to wait when not. */
    record Decision(boolean allowed, long remaining, Duration retryAfter) {}

    private final int capacity;
    private final double tokensPerMilli;
    private final Clock clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int capacity, Duration period, Clock clock) {
        this.capacity = capacity;
        this.tokensPerMilli = capacity / (double) period.toMillis();
        this.clock = clock;
    }

    int capacity() {
        return capacity;
    }

    Decision take(String key) {
        long now = clock.millis();
        if (buckets.size() >= MAX_KEYS) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
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

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > refilledAt) {
                tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerMilli);
                refilledAt = now;
            }
        }
    }
}
