package de.smilecity.exchange.adapt;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.SignedInUser;
import de.smilecity.exchange.shared.ConflictException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project plans: started from the steps of a template or any published practice, owned by the
 * caller's organisation, seen and changed only by its members. Another organisation's plan does not
 * exist for a caller ({@link PlanNotFoundException}), so that its id reveals nothing.
 */
@Service
public class PlanService {

    private final ProjectPlanRepository plans;
    private final CatalogueService catalogue;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanService(ProjectPlanRepository plans, CatalogueService catalogue, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.catalogue = catalogue;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the caller belongs to an organisation, and so can keep plans. */
    public boolean mayPlan() {
        return currentUser.find().map(u -> u.organisationId() != null).orElse(false);
    }

    /**
     * @throws ConflictException when the practice has no steps to work through
     */
    @Transactional
    public ProjectPlan start(String practiceIdOrSlug) {
        Organisation team = organisation();
        Practice source = catalogue.getPublished(practiceIdOrSlug);
        if (source.getProcessSteps().isEmpty()) {
            throw new ConflictException(
                    "Practice '" + source.getTitle() + "' lists no process steps, so there is nothing to plan from");
        }
        List<PlanStep> steps = source.getProcessSteps().stream()
                .map(s -> new PlanStep(s.getTitle(), s.getDescription()))
                .toList();
        String title = source.getTitle().length() > ProjectPlan.TITLE_MAX_LENGTH
                ? source.getTitle().substring(0, ProjectPlan.TITLE_MAX_LENGTH)
                : source.getTitle();
        return plans.save(new ProjectPlan(team, source, title, steps, user().username(), clock.instant()));
    }

    /** The plans of the caller's organisation, most recently changed first. */
    @Transactional(readOnly = true)
    public List<ProjectPlan> mine() {
        if (!mayPlan()) return List.of();
        List<ProjectPlan> found = plans.findByOrganisationOrderByUpdatedAtDesc(organisation());
        // The views read steps after the transaction: load them now (through the read-only view
        // that getSteps returns, so Hibernate.initialize would not reach the collection).
        found.forEach(p -> p.getSteps().size());
        return found;
    }

    @Transactional(readOnly = true)
    public ProjectPlan get(long id) {
        ProjectPlan plan = owned(id);
        plan.getSteps().size();
        Hibernate.initialize(plan.getSourcePractice());
        return plan;
    }

    /**
     * Changes one step: done or not, its due date and its note. Each change is stored at once.
     *
     * @param index zero-based
     * @param expectedVersion the version the caller saw; a plan changed meanwhile is refused
     */
    @Transactional
    public ProjectPlan updateStep(
            long id, long expectedVersion, int index, boolean done, @Nullable LocalDate dueOn, String note) {
        ProjectPlan plan = owned(id);
        if (plan.getVersion() != expectedVersion) {
            throw new ConflictException("Plan '" + plan.getTitle() + "' was changed by someone else meanwhile; "
                    + "reload it to see their changes, then make yours again");
        }
        if (note.length() > PlanStep.NOTE_MAX_LENGTH) {
            throw new de.smilecity.exchange.shared.BadRequestException(
                    "note",
                    "A note has at most " + PlanStep.NOTE_MAX_LENGTH + " characters, this one " + note.length());
        }
        PlanStep step = plan.step(index);
        step.markDone(done, user().username(), clock.instant());
        step.setDueOn(dueOn);
        step.setNote(note);
        plan.touch(clock.instant());
        ProjectPlan saved = plans.saveAndFlush(plan);
        saved.getSteps().size();
        return saved;
    }

    @Transactional
    public void delete(long id) {
        plans.delete(owned(id));
    }

    private ProjectPlan owned(long id) {
        Long team = user().organisationId();
        return plans.findById(id)
                .filter(p -> team != null && Objects.equals(p.getOrganisation().getId(), team))
                .orElseThrow(() -> new PlanNotFoundException(id));
    }

    private Organisation organisation() {
        SignedInUser user = user();
        Long id = user.organisationId();
        if (id == null) {
            throw new AccessDeniedException("Account '" + user.username()
                    + "' belongs to no organisation; project plans belong to an organisation's team");
        }
        return catalogue
                .findOrganisation(id)
                .orElseThrow(() ->
                        new AccessDeniedException("Organisation " + id + " of '" + user.username() + "' is gone"));
    }

    private SignedInUser user() {
        return currentUser.find().orElseThrow(() -> new AccessDeniedException("Sign in to keep project plans"));
    }
}
