package de.smilecity.exchange.security;

import de.smilecity.exchange.shared.WindowCounters;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The sign-in throttle shared by every app node on one database: failed sign-ins are counted in
 * {@link WindowCounters}, per name and per address, in fixed windows of {@link #WINDOW}. A name or an
 * address with {@value #MAX_PER_ACCOUNT} or {@value #MAX_PER_ADDRESS} failures in the current window
 * waits until the window ends; so a guesser gets at most twice the limit around a window's end, and
 * no more by spreading the guesses over nodes.
 *
 * <p>Names that are no account count under the same kind of key as accounts (see {@link
 * LoginThrottle#key}), in the same table and with the same queries, so that neither the answer nor
 * its time tells which names exist. Their rows are deleted with the window, like every other.
 */
@Component
@ConditionalOnProperty(name = WindowCounters.STORE, havingValue = WindowCounters.DATABASE)
class SharedLoginThrottle implements LoginThrottle {

    static final String NAMES = "sign-in-name";
    static final String ADDRESSES = "sign-in-address";

    private final WindowCounters counters;
    private final Clock clock;

    SharedLoginThrottle(WindowCounters counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    public Optional<java.time.Duration> blockedFor(String username, String address) {
        Instant now = clock.instant();
        WindowCounters.Count name = counters.current(NAMES, LoginThrottle.key(username), WINDOW);
        if (name.hits() >= MAX_PER_ACCOUNT) return Optional.of(name.until(now));
        WindowCounters.Count from = counters.current(ADDRESSES, address, WINDOW);
        if (from.hits() >= MAX_PER_ADDRESS) return Optional.of(from.until(now));
        return Optional.empty();
    }

    @Override
    public void failed(String username, String address) {
        counters.increment(NAMES, LoginThrottle.key(username), WINDOW);
        counters.increment(ADDRESSES, address, WINDOW);
    }

    @Override
    public void failedForUnknownName(String username, String address) {
        failed(username, address);
    }

    @Override
    public void succeeded(String username) {
        counters.clear(NAMES, LoginThrottle.key(username));
    }
}
