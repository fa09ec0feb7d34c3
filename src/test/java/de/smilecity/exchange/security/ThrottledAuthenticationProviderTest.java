package de.smilecity.exchange.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import de.smilecity.exchange.security.LoginThrottleTest.ManualClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with the throttle in front, against an attacker who floods it with made-up names
 * or probes which names exist. The accounts sit in Spring's in-memory store with plain-text
 * passwords, so that a hundred thousand attempts take seconds; the database lookup itself is
 * {@link AccountLookupContract}'s subject.
 */
@Tag("hostile")
class ThrottledAuthenticationProviderTest {

    static final String PASSWORD = "correct horse";

    final ManualClock clock = new ManualClock();
    final MemoryLoginThrottle throttle = new MemoryLoginThrottle(clock);
    final ThrottledAuthenticationProvider provider = provider();

    ThrottledAuthenticationProvider provider() {
        // Plain text: the provider hashes the password against a dummy for every unknown name, and
        // a real hash would make the flood below take hours.
        @SuppressWarnings("deprecation")
        PasswordEncoder encoder = NoOpPasswordEncoder.getInstance();
        var users = new InMemoryUserDetailsManager(
                User.withUsername("admin").password(PASSWORD).build(),
                User.withUsername("editor").password(PASSWORD).build(),
                User.withUsername("former").password(PASSWORD).disabled(true).build());
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    Authentication signIn(String username, String password, String address) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        return provider.authenticate(attempt);
    }

    /** An address of its own for every {@code MAX_PER_ADDRESS - 1} attempts, so none is stopped. */
    static String address(int attempt) {
        int n = attempt / (LoginThrottle.MAX_PER_ADDRESS - 1);
        return "10." + (n >> 16) + "." + ((n >> 8) & 255) + "." + (n & 255);
    }

    @Test
    void aFloodOfMadeUpNamesDoesNotForgiveAnAccountsFailures() {
        for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT; i++) {
            int attempt = i;
            assertThatThrownBy(() -> signIn("admin", "guess-" + attempt, "192.0.2." + attempt))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn("admin", PASSWORD, "192.0.2.100")).isInstanceOf(LockedException.class);

        int flood = 100_000;
        for (int i = 0; i < flood; i++) {
            String name = "made-up-" + i;
            String address = address(i);
            Throwable refused = catchThrowable(() -> signIn(name, "guess", address));
            assertThat(refused).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn("admin", PASSWORD, "192.0.2.101")).isInstanceOf(LockedException.class);
        assertThat(throttle.trackedAccounts()).isEqualTo(1);
        assertThat(throttle.trackedUnknownNames()).isLessThanOrEqualTo(MemoryLoginThrottle.MAX_TRACKED_UNKNOWN_NAMES);
        assertThat(throttle.trackedAddresses()).isLessThanOrEqualTo(MemoryLoginThrottle.MAX_TRACKED_ADDRESSES);
    }

    @Test
    void aNameThatIsNoAccountGetsTheAnswersOfAWrongPassword() {
        Throwable wrongPassword = catchThrowable(() -> signIn("admin", "guess", "192.0.2.1"));
        Throwable noAccount = catchThrowable(() -> signIn("nobody", "guess", "192.0.2.2"));
        Throwable refusedName = catchThrowable(() -> signIn("Ädmin", "guess", "192.0.2.3"));
        Throwable disabled = catchThrowable(() -> signIn("former", "guess", "192.0.2.4"));

        assertThat(wrongPassword).isInstanceOf(BadCredentialsException.class);
        for (Throwable other : new Throwable[] {noAccount, refusedName}) {
            assertThat(other).isExactlyInstanceOf(BadCredentialsException.class).hasMessage(wrongPassword.getMessage());
        }
        assertThat(disabled).isNotNull();

        // After MAX_PER_ACCOUNT failures each from fresh addresses, every one of them is throttled alike.
        for (int i = 1; i < LoginThrottle.MAX_PER_ACCOUNT; i++) {
            for (String name : new String[] {"admin", "nobody", "Ädmin", "former"}) {
                catchThrowable(() -> signIn(name, "guess", "198.51.100." + name.length()));
            }
        }
        for (String name : new String[] {"admin", "nobody", "Ädmin", "former"}) {
            assertThatThrownBy(() -> signIn(name, "guess", "203.0.113.1"))
                    .as(name)
                    .isInstanceOf(LockedException.class)
                    .hasMessage("Too many failed sign-ins; try again in 15 minute(s)");
        }
    }

    @Test
    void theAddressLimitAnswersAlikeForEveryName() {
        for (int i = 0; i < LoginThrottle.MAX_PER_ADDRESS; i++) {
            catchThrowable(() -> signIn("made-up-" + System.nanoTime(), "guess", "192.0.2.9"));
        }
        for (String name : new String[] {"admin", "nobody", "Ädmin"}) {
            assertThatThrownBy(() -> signIn(name, PASSWORD, "192.0.2.9"))
                    .as(name)
                    .isInstanceOf(LockedException.class)
                    .hasMessage("Too many failed sign-ins; try again in 15 minute(s)");
        }
    }
}
