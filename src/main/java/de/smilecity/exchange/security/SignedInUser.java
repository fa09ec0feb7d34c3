package de.smilecity.exchange.security;

import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a session or token: who, in which role, for which organisation. */
public record SignedInUser(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long organisationId,
        String passwordHash,
        boolean enabled)
        implements UserDetails {

    static SignedInUser of(UserAccount account) {
        if (account.getId() == null) {
            throw new IllegalArgumentException("Account '" + account.getUsername() + "' is not saved yet");
        }
        return new SignedInUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                account.getOrganisationId(),
                account.getPasswordHash(),
                account.isEnabled());
    }

    public boolean hasRole(Role wanted) {
        return role.includes(wanted);
    }

    /** Editors and admins act for every organisation; a contributor only for their own. */
    public boolean mayActFor(long organisationId) {
        return role.includes(Role.EDITOR) || Long.valueOf(organisationId).equals(this.organisationId);
    }

    /** Every role this one includes, so that {@code @RolesAllowed("CONTRIBUTOR")} admits editors too. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Arrays.stream(Role.values())
                .filter(role::includes)
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    // The hash stays on the server: it never appears in logs or toString output.
    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
