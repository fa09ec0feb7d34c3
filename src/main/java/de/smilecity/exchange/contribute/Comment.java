package de.smilecity.exchange.contribute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A remark on an entry between its owners and the editors, outside the entry itself. */
@Entity
@Table(name = "practice_comment")
public class Comment {

    public static final int TEXT_MAX_LENGTH = 4_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Column(nullable = false, length = 80)
    private String author = "";

    @Lob
    @Column(nullable = false, length = TEXT_MAX_LENGTH)
    private String text = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected Comment() {}

    Comment(long practiceId, String author, String text, Instant createdAt) {
        this.practiceId = practiceId;
        this.author = author;
        this.text = text;
        this.createdAt = createdAt;
    }

    public long getPracticeId() {
        return practiceId;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
