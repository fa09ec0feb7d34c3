package de.smilecity.exchange.contribute;

import de.smilecity.exchange.catalogue.PracticeState;
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

/** One step taken in the workflow: who, when, from which state to which, and why. */
@Entity
@Table(name = "practice_transition")
public class Transition {

    public static final int COMMENT_MAX_LENGTH = 4_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "practice_id", nullable = false)
    private long practiceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkflowAction action = WorkflowAction.SUBMIT;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 20)
    private PracticeState fromState = PracticeState.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private PracticeState toState = PracticeState.IN_REVIEW;

    @Column(nullable = false, length = 80)
    private String actor = "";

    @Column(nullable = false)
    private Instant at = Instant.EPOCH;

    @Lob
    @Column(length = COMMENT_MAX_LENGTH)
    private @Nullable String comment;

    protected Transition() {}

    Transition(
            long practiceId,
            WorkflowAction action,
            PracticeState fromState,
            String actor,
            Instant at,
            @Nullable String comment) {
        this.practiceId = practiceId;
        this.action = action;
        this.fromState = fromState;
        this.toState = action.to();
        this.actor = actor;
        this.at = at;
        this.comment = comment;
    }

    public long getPracticeId() {
        return practiceId;
    }

    public WorkflowAction getAction() {
        return action;
    }

    public PracticeState getFromState() {
        return fromState;
    }

    public PracticeState getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public @Nullable String getComment() {
        return comment;
    }
}
