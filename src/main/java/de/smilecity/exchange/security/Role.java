package de.smilecity.exchange.security;

/**
 * What a signed-in person may do. Visitors have no account and no role. Each role includes what the
 * ones before it may do, except that a contributor is bound to one organisation.
 */
public enum Role {
    /** Staff of a partner city: writes entries of their own organisation and submits them. */
    CONTRIBUTOR,
    /** The smile exchange team: reviews, publishes, curates every organisation's entries. */
    EDITOR,
    /** Users, organisations, tokens and index maintenance. */
    ADMIN;

    /** The Spring Security authority, as used in {@code @RolesAllowed}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }
}
