package de.smilecity.exchange.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is calling, for services that decide by role or organisation. Reads the security context
 * through the application's own strategy (Vaadin's), the one the filter chain and the views sign
 * users into, rather than the JVM-wide holder, which several applications in one JVM would share.
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy contexts;

    CurrentUser(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    /** The signed-in user, or empty for a visitor. */
    public Optional<SignedInUser> find() {
        Authentication auth = contexts.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public boolean hasRole(Role role) {
        return find().map(u -> u.hasRole(role)).orElse(false);
    }
}
