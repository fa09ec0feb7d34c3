package de.smilecity.exchange.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.smilecity.exchange.shared.WindowCounters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The sign-in throttle of one node, in memory (the default, {@code smile.throttle.store=memory}):
 * after {@value #MAX_PER_ACCOUNT} failed sign-ins for one account, or {@value #MAX_PER_ADDRESS} from
 * one address, within {@link #WINDOW}, further attempts are refused until the oldest failure has aged
 * out of the window. A restart forgives, which is acceptable for a throttle; several nodes would each
 * count on their own, so with several nodes the throttle counts in the database ({@link
 * SharedLoginThrottle}).
 *
 * <p>Failures for existing accounts are kept
 * apart from failures for names that are no account: the first are as many as there are accounts and
 * are only forgotten {@link #WINDOW} after their last failure, so no flood of made-up names can push
 * an account's failures out. The made-up names (at most {@value #MAX_TRACKED_UNKNOWN_NAMES}) are
 * counted only so that they get the same answer as an account would, which keeps the throttle from
 * telling which names exist; losing some of them to the bound costs nothing else. Addresses are
 * bounded the same way ({@value #MAX_TRACKED_ADDRESSES}); Caffeine drops the least used first.
 */
@Component
@ConditionalOnProperty(name = WindowCounters.STORE, havingValue = WindowCounters.MEMORY, matchIfMissing = true)
class MemoryLoginThrottle implements LoginThrottle {

    /** Names that are no account whose failures are remembered at once (some 200 bytes each). */
    static final int MAX_TRACKED_UNKNOWN_NAMES = 10_000;

    /** Client addresses whose failures are remembered at once. */
    static final int MAX_TRACKED_ADDRESSES = 10_000;

    private static final long NO_SIZE_BOUND = Long.MAX_VALUE;

    private final Clock clock;
    private final Cache<String, Deque<Instant>> byAccount;
    private final Cache<String, Deque<Instant>> byUnknownName;
    private final Cache<String, Deque<Instant>> byAddress;

    MemoryLoginThrottle(Clock clock) {
        this.clock = clock;
        // No size bound: only existing accounts get here (see failed), so there are as many entries
        // as accounts at most, and a bound would let other accounts' failures push one out.
        this.byAccount = failures(clock, NO_SIZE_BOUND);
        this.byUnknownName = failures(clock, MAX_TRACKED_UNKNOWN_NAMES);
        this.byAddress = failures(clock, MAX_TRACKED_ADDRESSES);
    }

    /**
     * How long the name or address must wait before the next attempt, if at all. Answers from memory
     * alone, the same way and as fast for a name that is no account.
     */
    @Override
    public Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        String key = LoginThrottle.key(username);
        Optional<Duration> account =
                wait(byAccount, key, MAX_PER_ACCOUNT, now).or(() -> wait(byUnknownName, key, MAX_PER_ACCOUNT, now));
        Optional<Duration> fromAddress = wait(byAddress, address, MAX_PER_ADDRESS, now);
        return account.isPresent() ? account : fromAddress;
    }

    /** A failed sign-in of the existing account {@code username}. Never call it for other names. */
    @Override
    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(byAccount, LoginThrottle.key(username), MAX_PER_ACCOUNT, now);
        record(byAddress, address, MAX_PER_ADDRESS, now);
    }

    /** A failed sign-in under a name that is no account. */
    @Override
    public void failedForUnknownName(String username, String address) {
        Instant now = clock.instant();
        record(byUnknownName, LoginThrottle.key(username), MAX_PER_ACCOUNT, now);
        record(byAddress, address, MAX_PER_ADDRESS, now);
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    @Override
    public void succeeded(String username) {
        String key = LoginThrottle.key(username);
        byAccount.invalidate(key);
        byUnknownName.invalidate(key);
    }

    /** Accounts with failures remembered now. */
    long trackedAccounts() {
        byAccount.cleanUp();
        return byAccount.estimatedSize();
    }

    /** Names that are no account remembered now; at most {@link #MAX_TRACKED_UNKNOWN_NAMES}. */
    long trackedUnknownNames() {
        byUnknownName.cleanUp();
        return byUnknownName.estimatedSize();
    }

    /** Addresses remembered now; at most {@link #MAX_TRACKED_ADDRESSES}. */
    long trackedAddresses() {
        byAddress.cleanUp();
        return byAddress.estimatedSize();
    }

    private static Cache<String, Deque<Instant>> failures(Clock clock, long maximumSize) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                // Counted from the last failure, as record() writes the entry anew each time.
                .expireAfterWrite(WINDOW)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                // Evict on the caller's thread: the bound holds when the call returns.
                .executor(Runnable::run);
        return (maximumSize == NO_SIZE_BOUND ? builder : builder.maximumSize(maximumSize)).build();
    }

    private static Optional<Duration> wait(Cache<String, Deque<Instant>> failures, String key, int max, Instant now) {
        Deque<Instant> times = failures.getIfPresent(key);
        if (times == null) return Optional.empty();
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) return Optional.empty();
            return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
        }
    }

    private static void record(Cache<String, Deque<Instant>> failures, String key, int max, Instant now) {
        failures.asMap().compute(key, (k, times) -> {
            Deque<Instant> recorded = times == null ? new ArrayDeque<>() : times;
            synchronized (recorded) {
                prune(recorded, now);
                recorded.addLast(now);
                // More than max failures block no longer than the latest max do: keep those only.
                while (recorded.size() > max) {
                    recorded.removeFirst();
                }
            }
            return recorded;
        });
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }
}
