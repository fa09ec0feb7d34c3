package de.smilecity.exchange.testsupport;

import de.smilecity.exchange.security.Role;
import de.smilecity.exchange.security.TestAccounts;
import de.smilecity.exchange.security.UserAccount;
import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Runs service calls as a given account, the way a signed-in request would: the account goes into
 * the security context of the Spring context under test (see {@link SignedInBrowserlessTest} for
 * why that is not simply the JVM-wide holder), and whoever was signed in before is restored afterwards.
 */
public final class Acting {

    /** A contributor of another organisation than the demo partner's, for the "not yours" cases. */
    public static final String OTHER_CONTRIBUTOR = "partner-ulm";

    /** The password of the test-only accounts. */
    public static final String OTHER_PASSWORD = "ulm-secret-1234";

    private final ApplicationContext spring;

    public Acting(ApplicationContext spring) {
        this.spring = spring;
    }

    /** Runs the action as the account, or as a visitor when {@code username} is null. */
    public <T> T as(@Nullable String username, Supplier<T> action) {
        SecurityContextHolderStrategy strategy = strategy();
        SecurityContext previous = strategy.getContext();
        strategy.setContext(contextOf(strategy, username));
        try {
            return action.get();
        } finally {
            // Back to whoever was signed in before (a browserless test's user), or to nobody.
            strategy.setContext(previous);
        }
    }

    /**
     * Signs the account in until the test signs it out ({@code SecurityContextHolder.clearContext()}),
     * e.g. in a {@code @BeforeEach} for work that runs on to other threads.
     */
    public void signIn(String username) {
        SecurityContextHolderStrategy strategy = strategy();
        strategy.setContext(contextOf(strategy, username));
    }

    /** This context's strategy, which the JVM-wide holder is pointed at (Vaadin keeps one per context). */
    private SecurityContextHolderStrategy strategy() {
        SecurityContextHolderStrategy strategy = spring.getBean(SecurityContextHolderStrategy.class);
        SecurityContextHolder.setContextHolderStrategy(strategy);
        return strategy;
    }

    private SecurityContext contextOf(SecurityContextHolderStrategy strategy, @Nullable String username) {
        SecurityContext context = strategy.createEmptyContext();
        if (username != null) {
            UserDetails user = spring.getBean(UserDetailsService.class).loadUserByUsername(username);
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, user.getPassword(), user.getAuthorities()));
        }
        return context;
    }

    public void run(@Nullable String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** Creates {@link #OTHER_CONTRIBUTOR}, a contributor of Ulm, unless it exists. */
    public void ensureOtherContributor(long ulmId) {
        TestAccounts accounts = new TestAccounts(spring);
        if (accounts.exists(OTHER_CONTRIBUTOR)) return;
        PasswordEncoder encoder = spring.getBean(PasswordEncoder.class);
        accounts.save(new UserAccount(
                OTHER_CONTRIBUTOR,
                "Test-Partner Ulm",
                Role.CONTRIBUTOR,
                ulmId,
                encoder.encode(OTHER_PASSWORD),
                Instant.now()));
    }
}
