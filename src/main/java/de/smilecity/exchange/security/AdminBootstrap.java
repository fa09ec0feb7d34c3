package de.smilecity.exchange.security;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile there are no demo accounts. The first admin comes from the environment:
 * without any admin account and without SMILE_ADMIN_PASSWORD the app refuses to start and says so.
 */
@Component
@Profile("!demo")
@Order(5)
class AdminBootstrap implements ApplicationRunner {

    static final String VARIABLE = "SMILE_ADMIN_PASSWORD";
    static final int MIN_PASSWORD_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final @Nullable String password;
    private final String username;

    AdminBootstrap(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            Clock clock,
            @Value("${smile.admin.password:#{null}}") @Nullable String password,
            @Value("${smile.admin.username:admin}") String username) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.password = password;
        this.username = username;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("No admin account exists yet, and " + VARIABLE + " is not set. Set the "
                    + "environment variable " + VARIABLE + " to the password of the first admin (user '" + username
                    + "', at least " + MIN_PASSWORD_LENGTH + " characters) and start again.");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(VARIABLE + " is too short: use at least " + MIN_PASSWORD_LENGTH
                    + " characters for the first admin's password.");
        }
        // Sign-in finds accounts by their canonical name only: a name stored any other way could
        // never sign in.
        String name = UserAccount.canonicalUsername(username)
                .orElseThrow(
                        () -> new IllegalStateException(
                                "smile.admin.username '" + username
                                        + "' is no valid account name: use 2 to 80 characters: small letters, digits, '.', '_' or '-'"));
        accounts.save(
                new UserAccount(name, "Administrator", Role.ADMIN, null, encoder.encode(password), clock.instant()));
        log.info("Created the first admin account '{}' from {}", name, VARIABLE);
    }
}
