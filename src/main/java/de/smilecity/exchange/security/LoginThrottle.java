package de.smilecity.exchange.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #MAX_PER_ACCOUNT} failed sign-ins for one account, or
 * {@value #MAX_PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are refused
 * until the oldest failure has aged out of the window. Kept in memory: a restart forgives, which is
 * acceptable for a throttle (and several nodes each count on their own).
 */
@Component
public class LoginThrottle {

    public static final int MAX_PER_ACCOUNT = 5;
    public static final int MAX_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the account or address must wait before the next attempt, if at all. */
    public Optional<Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = wait(byAccount, key(username), MAX_PER_ACCOUNT, now);
        Optional<Duration> fromAddress = wait(byAddress, address, MAX_PER_ADDRESS, now);
        return account.isPresent() ? account : fromAddress;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        record(byAccount, key(username), now);
        record(byAddress, address, now);
    }

    /** A successful sign-in clears the account's failures (not the address's). */
    public void succeeded(String username) {
        byAccount.remove(key(username));
    }

    private static Optional<Duration> wait(Map<String, Deque<Instant>> failures, String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) return Optional.empty();
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) return Optional.empty();
            return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
        }
    }

    private static void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String key(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
