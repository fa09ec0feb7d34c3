package de.smilecity.exchange.adapt;

import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project team's plan for carrying a practice over to their city: the steps of a template (or of
 * any practice), ticked off one by one. It belongs to one organisation and is never public.
 */
@Entity
@Table(name = "project_plan")
public class ProjectPlan {

    public static final int TITLE_MAX_LENGTH = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    /** Where the steps came from; kept as a link back, even after the practice changes. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_practice_id")
    private @Nullable Practice sourcePractice;

    @NotBlank(message = "{plan.title.required}")
    @Size(max = TITLE_MAX_LENGTH, message = "{plan.title.size}")
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Two people ticking the same plan: the second save is refused rather than silently winning. */
    @Version
    private long version;

    @Valid
    @ElementCollection
    @CollectionTable(name = "project_plan_step", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanStep> steps = new ArrayList<>();

    @SuppressWarnings("NullAway.Init") // JPA fills the organisation in
    protected ProjectPlan() {
        this.title = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    ProjectPlan(
            Organisation organisation,
            @Nullable Practice sourcePractice,
            String title,
            List<PlanStep> steps,
            String createdBy,
            Instant now) {
        this.organisation = organisation;
        this.sourcePractice = sourcePractice;
        this.title = title;
        this.steps = new ArrayList<>(steps);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public @Nullable Practice getSourcePractice() {
        return sourcePractice;
    }

    public String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    public long getVersion() {
        return version;
    }

    public List<PlanStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    PlanStep step(int index) {
        if (index < 0 || index >= steps.size()) {
            throw new IllegalArgumentException(
                    "Plan '" + title + "' has steps 1 to " + steps.size() + ", not " + (index + 1));
        }
        return steps.get(index);
    }

    public int doneCount() {
        return (int) steps.stream().filter(PlanStep::isDone).count();
    }

    /** Progress in whole percent; an empty plan has none. */
    public int percentDone() {
        return steps.isEmpty() ? 0 : doneCount() * 100 / steps.size();
    }
}
