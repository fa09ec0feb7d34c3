package de.smilecity.exchange.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.SpringSecurityMessageSource;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in (form and HTTP Basic) with the {@link LoginThrottle} in front of it. A name that
 * is no account gets the same answer as a wrong password, after the same work (the password
 * provider hashes the password against a dummy), and is throttled the same way, so that neither
 * answer nor time tells which names exist.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final MessageSourceAccessor messages = SpringSecurityMessageSource.getAccessor();

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        // Let "no such account" through to here, to count it apart from an account's failures; it
        // leaves as the same BadCredentialsException the provider would have made of it.
        passwords.setHideUserNotFoundExceptions(false);
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
        Optional<Duration> wait = throttle.blockedFor(username, address);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            throw new LockedException("Too many failed sign-ins; try again in " + minutes + " minute(s)");
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username);
            return result;
        } catch (UsernameNotFoundException e) {
            throttle.failedForUnknownName(username, address);
            throw new BadCredentialsException(
                    messages.getMessage("AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
        } catch (BadCredentialsException | AccountStatusException e) {
            // A disabled account counts too: it is an account, and left uncounted it would be the
            // one name that never gets the throttle's answer.
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
