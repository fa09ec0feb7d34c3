package de.smilecity.exchange.security;

import java.util.Optional;
import org.springframework.context.ApplicationContext;

/**
 * For tests outside the security package: reads and stores accounts directly, which production
 * code outside the module cannot (the repository is the module's own).
 */
public final class TestAccounts {

    private final UserAccountRepository accounts;

    public TestAccounts(ApplicationContext spring) {
        this.accounts = spring.getBean(UserAccountRepository.class);
    }

    public Optional<UserAccount> find(String username) {
        return accounts.findByUsername(username);
    }

    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    public UserAccount save(UserAccount account) {
        return accounts.save(account);
    }
}
