package de.smilecity.exchange.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Slows down password guessing: after {@value #MAX_PER_ACCOUNT} failed sign-ins for one account, or
 * {@value #MAX_PER_ADDRESS} from one address, within {@link #WINDOW}, further attempts are refused for
 * a while. Counted per node in memory ({@link MemoryLoginThrottle}, the default) or, for several app
 * nodes, in the database that they share ({@link SharedLoginThrottle}, {@code
 * smile.throttle.store=database}).
 *
 * <p>Names count by {@link #key}, the same reading of a typed name that the account lookup uses, so
 * no spelling buys another {@value #MAX_PER_ACCOUNT} tries. A name that is no account is counted the
 * same way as an account, so that the throttle's answer never tells which names exist.
 */
public interface LoginThrottle {

    int MAX_PER_ACCOUNT = 5;
    int MAX_PER_ADDRESS = 20;
    Duration WINDOW = Duration.ofMinutes(15);

    /**
     * How long the name or address must wait before the next attempt, if at all; answered the same
     * way and as fast for a name that is no account.
     */
    Optional<Duration> blockedFor(String username, String address);

    /** A failed sign-in of the existing account {@code username}. Never call it for other names. */
    void failed(String username, String address);

    /** A failed sign-in under a name that is no account. */
    void failedForUnknownName(String username, String address);

    /** A successful sign-in clears the account's failures (not the address's). */
    void succeeded(String username);

    /**
     * The key under which the failures of a typed name count: the account name that
     * {@link UserAccount#canonicalUsername} reads from it (as the lookup does, so {@code ADMIN} and
     * {@code admin } count toward {@code admin}), else {@code #} and a digest of the name as typed,
     * whose length does not depend on what was typed ({@code #} is in no account name).
     */
    static String key(String username) {
        return UserAccount.canonicalUsername(username).orElseGet(() -> "#" + digest(username));
    }

    private static String digest(String username) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(username.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
