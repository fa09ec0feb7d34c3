package de.smilecity.exchange.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/** One change set of the version history: when, and who made it (a user name, or "system" for seed and crawl). */
@Entity
@Table(name = "revinfo")
@RevisionEntity(CatalogueRevisionListener.class)
class CatalogueRevision {

    public static final int USERNAME_MAX_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    @Column(name = "rev")
    private int id;

    /** Milliseconds since the epoch. */
    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(length = USERNAME_MAX_LENGTH)
    private @Nullable String username;

    public int getId() {
        return id;
    }

    public long getTimestamp() {
        return timestamp;
    }

    public @Nullable String getUsername() {
        return username;
    }

    void setUsername(@Nullable String username) {
        this.username = username;
    }
}
