package de.smilecity.exchange.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts from the database for form login and HTTP Basic, by the name as
 * {@link UserAccount#canonicalUsername} reads it: the same account on every database.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // A name that cannot be an account never reaches the database, whose collation would
        // otherwise decide what matches (and a megabyte of "name" is no query worth running).
        return UserAccount.canonicalUsername(username)
                .flatMap(accounts::findByUsername)
                .map(SignedInUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No account '" + username + "'"));
    }
}
