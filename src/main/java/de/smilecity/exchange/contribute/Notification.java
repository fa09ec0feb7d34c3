package de.smilecity.exchange.contribute;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message in a contributor's inbox: a decision on one of their organisation's entries. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(name = "practice_id")
    private @Nullable Long practiceId;

    @Column(name = "practice_slug", nullable = false, length = 80)
    private String practiceSlug = "";

    @Column(name = "practice_title", nullable = false, length = 120)
    private String practiceTitle = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkflowAction action = WorkflowAction.APPROVE;

    @Column(nullable = false, length = 80)
    private String actor = "";

    @Lob
    @Column(length = Transition.COMMENT_MAX_LENGTH)
    private @Nullable String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {}

    Notification(
            long recipientId,
            long practiceId,
            String practiceSlug,
            String practiceTitle,
            WorkflowAction action,
            String actor,
            @Nullable String comment,
            Instant createdAt) {
        this.recipientId = recipientId;
        this.practiceId = practiceId;
        this.practiceSlug = practiceSlug;
        this.practiceTitle = practiceTitle;
        this.action = action;
        this.actor = actor;
        this.comment = comment;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public @Nullable Long getPracticeId() {
        return practiceId;
    }

    public String getPracticeSlug() {
        return practiceSlug;
    }

    public String getPracticeTitle() {
        return practiceTitle;
    }

    public WorkflowAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public @Nullable String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }

    void markRead(Instant when) {
        if (readAt == null) readAt = when;
    }
}
