package de.smilecity.exchange.seed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Remembers that one item of the seed content was loaded, so that it is never loaded twice. */
@Entity
@Table(name = "seed_record")
class SeedRecord {

    enum Kind {
        CONCEPT,
        ORGANISATION,
        PRACTICE,
        SOURCE,
        SYNONYMS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind = Kind.PRACTICE;

    @Column(name = "seed_key", nullable = false, length = 160)
    private String key = "";

    @Column(nullable = false, length = 300)
    private String file = "";

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash = "";

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt = Instant.EPOCH;

    protected SeedRecord() {}

    SeedRecord(Kind kind, String key, String file, String contentHash, Instant loadedAt) {
        this.kind = kind;
        this.key = key;
        this.file = file;
        this.contentHash = contentHash;
        this.loadedAt = loadedAt;
    }

    String getContentHash() {
        return contentHash;
    }
}
