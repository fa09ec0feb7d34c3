package de.smilecity.exchange.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A person who can sign in. The password is stored only as a delegating-encoder hash. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    public static final int USERNAME_MAX_LENGTH = 80;
    public static final String USERNAME_PATTERN = "^[a-z0-9._-]{2,80}$";

    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile(USERNAME_PATTERN);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank
    @Pattern(regexp = USERNAME_PATTERN, message = "{user.username.invalid}")
    @Column(nullable = false, unique = true, length = USERNAME_MAX_LENGTH)
    private String username = "";

    @NotBlank
    @Size(max = 120)
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName = "";

    @Email
    @Size(max = 200)
    @Column(length = 200)
    private @Nullable String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Role role = Role.CONTRIBUTOR;

    /**
     * The organisation a contributor works for. An id, not an entity: accounts sit below the
     * catalogue in the dependency graph.
     */
    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    /** The admin who created the account, or null for demo and bootstrap accounts. */
    @Column(name = "created_by", length = USERNAME_MAX_LENGTH)
    private @Nullable String createdBy;

    @Version
    private long version;

    protected UserAccount() {}

    /**
     * The account name a typed name stands for: without surrounding spaces and in small letters, if
     * it then has the form of {@link #USERNAME_PATTERN}; empty for anything else. Every lookup by a
     * typed name goes through here, so that the database's own comparison never decides: MariaDB's
     * {@code utf8mb4_unicode_ci} would find {@code admin} for {@code Ädmin}, H2 would not. Only ASCII
     * letters are folded ({@code K}, the Kelvin sign, would otherwise become {@code k}).
     */
    public static Optional<String> canonicalUsername(String typed) {
        String stripped = typed.strip();
        if (stripped.length() > USERNAME_MAX_LENGTH || !stripped.chars().allMatch(c -> c < 0x80)) {
            return Optional.empty();
        }
        String name = stripped.toLowerCase(Locale.ROOT);
        return USERNAME.matcher(name).matches() ? Optional.of(name) : Optional.empty();
    }

    public UserAccount(
            String username,
            String displayName,
            Role role,
            @Nullable Long organisationId,
            String passwordHash,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(@Nullable Long organisationId) {
        this.organisationId = organisationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(@Nullable String createdBy) {
        this.createdBy = createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
