package de.smilecity.exchange.adapt;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One step of a project plan: what to do, whether it is done, by when, and the team's note on it. */
@Embeddable
public class PlanStep {

    public static final int TITLE_MAX_LENGTH = 160;
    public static final int NOTE_MAX_LENGTH = 4_000;

    @NotBlank(message = "{plan.step.title.required}")
    @Size(max = TITLE_MAX_LENGTH, message = "{plan.step.title.size}")
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    // A length, so that Hibernate expects MariaDB's TEXT (as the migration creates it), not TINYTEXT.
    @Lob
    @Column(nullable = false, length = de.smilecity.exchange.catalogue.ProcessStep.DESCRIPTION_MAX_LENGTH)
    private String description = "";

    @Column(nullable = false)
    private boolean done;

    private @Nullable Instant doneAt;

    @Column(length = 80)
    private @Nullable String doneBy;

    private @Nullable LocalDate dueOn;

    @Size(max = NOTE_MAX_LENGTH, message = "{plan.note.size}")
    @Lob
    @Column(nullable = false, length = NOTE_MAX_LENGTH)
    private String note = "";

    protected PlanStep() {}

    public PlanStep(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isDone() {
        return done;
    }

    /** Ticks the step off (or on again), remembering who and when. */
    void markDone(boolean nowDone, String by, Instant at) {
        if (nowDone == done) return;
        done = nowDone;
        doneAt = nowDone ? at : null;
        doneBy = nowDone ? by : null;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    public @Nullable String getDoneBy() {
        return doneBy;
    }

    public @Nullable LocalDate getDueOn() {
        return dueOn;
    }

    void setDueOn(@Nullable LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }
}
