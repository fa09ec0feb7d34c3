package de.smilecity.exchange.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling, for services that decide by role or organisation. */
@Component
public class CurrentUser {

    /** The signed-in user, or empty for a visitor. */
    public Optional<SignedInUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public boolean hasRole(Role role) {
        return find().map(u -> u.hasRole(role)).orElse(false);
    }
}
