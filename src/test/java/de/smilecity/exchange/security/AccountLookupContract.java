package de.smilecity.exchange.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;

/**
 * Which account a typed name signs in as, on every database we support: the same on H2
 * ({@link AccountLookupH2Test}) and on MariaDB ({@link AccountLookupMariaDbTest}), whose
 * {@code utf8mb4_unicode_ci} would take {@code Ädmin} for {@code admin} if it were asked.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
@Tag("hostile")
abstract class AccountLookupContract {

    /** The demo admin, whose password equals the name. */
    static final String ADMIN = "admin";

    @Autowired
    AccountUserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    /** Form login and HTTP Basic as the security configuration builds them, with a throttle of its own. */
    Authentication signIn(String username, String password) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        var provider = new ThrottledAuthenticationProvider(passwords, new MemoryLoginThrottle(clock));
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails("192.0.2.1", null));
        return provider.authenticate(attempt);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "ADMIN", " Admin ", "aDmIn"})
    void findsTheAccountInCapitalsAndBetweenSpaces(String typed) {
        assertThat(users.loadUserByUsername(typed).getUsername()).isEqualTo(ADMIN);
        assertThat(signIn(typed, ADMIN).getName()).isEqualTo(ADMIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ädmin", "ádmin", "ÀDMIN", "ＡＤＭＩＮ", "admın", "\u212Aadmin"})
    void aNameTheDatabaseWouldFoldOntoAnAccountIsNoAccount(String typed) {
        assertThatThrownBy(() -> users.loadUserByUsername(typed)).isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> signIn(typed, ADMIN)).isInstanceOf(BadCredentialsException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {81, 100_000})
    void aNameLongerThanAnyAccountNameIsNoAccount(int length) {
        String typed = "a".repeat(length);
        assertThatThrownBy(() -> users.loadUserByUsername(typed)).isInstanceOf(UsernameNotFoundException.class);
    }
}
