package de.smilecity.exchange.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token. Only its SHA-256 hash is stored (the token itself is shown once, when it is
 * created); the prefix lets its owner recognise it in the list.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_MAX_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash = "";

    @Column(nullable = false, length = 12)
    private String prefix = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ApiToken() {}

    ApiToken(long userId, String name, String tokenHash, String prefix, Instant createdAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    void used(Instant when) {
        lastUsedAt = when;
    }

    void revoke(Instant when) {
        if (revokedAt == null) revokedAt = when;
    }
}
