package de.smilecity.exchange.contribute;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeDiff;
import de.smilecity.exchange.catalogue.PracticeLifecycle;
import de.smilecity.exchange.catalogue.PracticeNotFoundException;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.Role;
import de.smilecity.exchange.security.SignedInUser;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.ConcurrentChangeException;
import de.smilecity.exchange.shared.ConflictException;
import de.smilecity.exchange.shared.PreconditionFailedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication workflow, with its rules enforced here and not only in the views: contributors
 * write entries of their own organisation and submit them; editors may do everything and are the
 * only ones who approve, request changes, reject, archive or feature. Editing a published entry
 * works on a copy; the published entry stays visible until the copy is approved.
 *
 * <p>Refusals: {@link AccessDeniedException} for a role or organisation that may not (API 403),
 * {@link ConflictException} for a state that does not allow the step (API 409).
 */
@Service
public class ContributionService {

    private final CatalogueService catalogue;
    private final PracticeLifecycle lifecycle;
    private final Entries entries;
    private final TransitionRepository transitions;
    private final CommentRepository comments;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContributionService(
            CatalogueService catalogue,
            PracticeLifecycle lifecycle,
            Entries entries,
            TransitionRepository transitions,
            CommentRepository comments,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.catalogue = catalogue;
        this.lifecycle = lifecycle;
        this.entries = entries;
        this.transitions = transitions;
        this.comments = comments;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A new, unsaved draft; a contributor's own organisation is already filled in. */
    @Transactional(readOnly = true)
    public Practice newDraft() {
        SignedInUser user = signedIn();
        Organisation owner = null;
        if (!user.hasRole(Role.EDITOR)) {
            Long own = user.organisationId();
            owner = (own == null ? Optional.<Organisation>empty() : catalogue.findOrganisation(own))
                    .orElseThrow(() -> new AccessDeniedException(
                            "Account '" + user.username() + "' belongs to no organisation and cannot write entries"));
        }
        return catalogue.newPractice(owner);
    }

    /**
     * What the caller edits when they open an entry: the entry itself, or, for a published entry,
     * its working copy (the existing one, or a new unsaved one).
     */
    @Transactional(readOnly = true)
    public Practice editable(String slug) {
        SignedInUser user = signedIn();
        Practice practice = entries.find(slug).orElseThrow(() -> new PracticeNotFoundException(slug));
        requireMayActFor(user, practice);
        ContentEditing editing = ContentEditing.of(practice.getState(), user.hasRole(Role.EDITOR));
        return switch (editing) {
            case NEW_VERSION ->
                entries.newVersionOf(practice)
                        .map(copy -> catalogue.getForEdit(copy.getSlug()))
                        .orElseGet(() -> catalogue.getForEdit(slug).workingCopy());
            case IN_PLACE -> catalogue.getForEdit(slug);
            case WAITS_FOR_REVIEW, CLOSED -> throw editing.refusal(slug);
        };
    }

    /**
     * Saves a draft, a working copy, or (for editors) an entry in review. A rejected entry becomes a
     * draft again when its owners rework it.
     */
    @Transactional
    public Practice save(Practice practice) {
        SignedInUser user = signedIn();
        if (practice.getOrganisation() != null) {
            requireMayActFor(user, practice.getOrganisation());
        }
        if (practice.getId() != null) {
            Practice stored = entries.find(practice.getId())
                    .orElseThrow(() -> new PracticeNotFoundException(String.valueOf(practice.getId())));
            requireMayActFor(user, stored);
            ContentEditing editing = ContentEditing.of(stored.getState(), user.hasRole(Role.EDITOR));
            if (editing != ContentEditing.IN_PLACE) {
                throw editing.refusal(stored.getSlug());
            }
            if (!user.hasRole(Role.EDITOR) && stored.isFeatured() != practice.isFeatured()) {
                throw new AccessDeniedException("Only editors feature entries");
            }
            if (stored.getState() == PracticeState.REJECTED) {
                lifecycle.moveTo(practice, PracticeState.DRAFT, clock.instant());
            }
        } else {
            if (!user.hasRole(Role.EDITOR) && practice.isFeatured()) {
                throw new AccessDeniedException("Only editors feature entries");
            }
            if (practice.getState() != PracticeState.DRAFT) {
                lifecycle.moveTo(practice, PracticeState.DRAFT, clock.instant());
            }
            Practice original = practice.getDraftOf();
            if (original != null) {
                if (entries.newVersionOf(original).isPresent()) {
                    throw newVersionStartedMeanwhile(original);
                }
                practice.setSlug(catalogue.uniqueSlug("neue-fassung " + original.getSlug()));
            }
        }
        try {
            return catalogue.save(practice);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            // The database keeps one working copy per entry (a unique draft_of_id) and the entry's
            // version; whoever comes second in a race is refused here, never with a second copy.
            Practice original = practice.getDraftOf();
            if (practice.getId() == null && original != null) {
                throw newVersionStartedMeanwhile(original);
            }
            if (e instanceof DataIntegrityViolationException) throw e;
            throw changedMeanwhile(practice);
        }
    }

    private static ConcurrentChangeException newVersionStartedMeanwhile(Practice original) {
        return new ConcurrentChangeException("Practice '" + original.getSlug() + "' already has a new version "
                + "in progress, started by someone else while you were editing it, so yours was not saved. Load "
                + "the entry again: your change belongs into that new version.");
    }

    private static ConcurrentChangeException changedMeanwhile(Practice practice) {
        return new ConcurrentChangeException("Practice '" + practice.getSlug()
                + "' was changed by someone else after you loaded it, so your change was not saved. Load it "
                + "again and apply your change to what is there now.");
    }

    /** Saves and sends the entry to review, in one transaction: both happen or neither. */
    @Transactional
    public Practice saveAndSubmit(Practice practice) {
        Practice saved = save(practice);
        return transition(Objects.requireNonNull(saved.getId()), WorkflowAction.SUBMIT, null);
    }

    /**
     * For editors: saves and publishes at once. The steps are recorded as they are (submitted, then
     * approved), so the history tells the truth. Returns the published entry.
     */
    @Transactional
    public Practice saveAndPublish(Practice practice) {
        return saveAndPublish(practice, null);
    }

    /**
     * For editors: saves and publishes at once, with a note on the approval (e.g. which import it
     * took). A new version of a published entry goes into the published entry, as any approval does.
     */
    @Transactional
    public Practice saveAndPublish(Practice practice, @Nullable String note) {
        if (!signedIn().hasRole(Role.EDITOR)) {
            throw new AccessDeniedException("Only editors publish entries");
        }
        Practice saved = save(practice);
        long id = Objects.requireNonNull(saved.getId());
        if (saved.getState() != PracticeState.IN_REVIEW) {
            saved = transition(id, WorkflowAction.SUBMIT, null);
        }
        return transition(id, WorkflowAction.APPROVE, note);
    }

    /** The steps the signed-in user may take on the entry now. */
    public List<WorkflowAction> possibleSteps(Practice practice) {
        return actingFor(practice)
                .map(u -> java.util.Arrays.stream(WorkflowAction.values())
                        .filter(a -> a.allowedFrom(practice.getState()))
                        .filter(a -> !a.editorsOnly() || u.hasRole(Role.EDITOR))
                        .toList())
                .orElse(List.of());
    }

    /** Whether the signed-in user may change the entry's content in its present state. */
    public boolean mayChangeContent(Practice practice) {
        return actingFor(practice)
                .map(u -> ContentEditing.of(practice.getState(), u.hasRole(Role.EDITOR))
                        .possible())
                .orElse(false);
    }

    /**
     * Takes a workflow step.
     *
     * @throws AccessDeniedException when the caller's role or organisation does not allow it
     * @throws ConflictException when the entry's state does not allow it, naming state and step
     */
    @Transactional
    public Practice transition(long id, WorkflowAction action, @Nullable String comment) {
        return transition(id, action, comment, null);
    }

    /**
     * Takes a workflow step if the entry is still at the version the caller read.
     *
     * @param expectedVersion the entry's version the caller decided on, or null for whatever it is now
     * @throws PreconditionFailedException when the entry's version is no longer the expected one
     */
    @Transactional
    public Practice transition(
            long id, WorkflowAction action, @Nullable String comment, @Nullable Long expectedVersion) {
        SignedInUser user = signedIn();
        Practice practice = entries.find(id).orElseThrow(() -> new PracticeNotFoundException(String.valueOf(id)));
        requireMayActFor(user, practice);
        if (expectedVersion != null && practice.getVersion() != expectedVersion) {
            throw new PreconditionFailedException("Practice '" + practice.getSlug() + "' is at version "
                    + practice.getVersion() + ", not at version " + expectedVersion + " that you read; nothing "
                    + "was done. Read it again (its ETag names the version) and decide on what is there now.");
        }
        if (action.editorsOnly() && !user.hasRole(Role.EDITOR)) {
            throw new AccessDeniedException("Only editors may " + action.apiName() + " entries");
        }
        if (!action.allowedFrom(practice.getState())) {
            throw new ConflictException("Practice '" + practice.getSlug() + "' is " + state(practice.getState())
                    + "; '" + action.apiName() + "' is possible only when it is "
                    + action.from().stream()
                            .map(ContributionService::state)
                            .sorted()
                            .toList());
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (action.needsComment() && note == null) {
            throw new BadRequestException("comment", "A request for changes needs a comment that says what to change");
        }
        if (note != null && note.length() > Transition.COMMENT_MAX_LENGTH) {
            throw new BadRequestException(
                    "comment",
                    "The comment may be at most " + Transition.COMMENT_MAX_LENGTH + " characters long (" + note.length()
                            + " given)");
        }
        PracticeState from = practice.getState();
        Instant now = clock.instant();
        Practice result;
        if (action == WorkflowAction.APPROVE
                && practice.isWorkingCopy()
                && !Objects.requireNonNull(practice.getDraftOf()).isPublished()) {
            throw new ConflictException("Practice '" + practice.getDraftOf().getSlug() + "', of which '"
                    + practice.getSlug() + "' is a new version, is no longer published; the new version cannot "
                    + "replace it");
        }
        try {
            if (action == WorkflowAction.APPROVE && practice.isWorkingCopy()) {
                result = lifecycle.approveNewVersion(practice);
            } else {
                lifecycle.moveTo(practice, action.to(), now);
                result = catalogue.save(practice);
            }
        } catch (ConcurrencyFailureException e) {
            throw new ConcurrentChangeException("Practice '" + practice.getSlug() + "' was changed by someone "
                    + "else at the same moment, so '" + action.apiName() + "' was not done. Load it again and "
                    + "decide on what is there now.");
        }
        long entryId = entryId(practice);
        transitions.save(new Transition(entryId, action, from, user.username(), now, note));
        events.publishEvent(new WorkflowStepTaken(
                Objects.requireNonNull(result.getId()),
                result.getSlug(),
                result.getTitle(),
                Objects.requireNonNull(result.owner().getId()),
                action,
                user.username(),
                note));
        return result;
    }

    /** Entries of the caller's organisation (all of them for editors), newest first. */
    @Transactional(readOnly = true)
    public List<EntryRow> mine() {
        SignedInUser user = signedIn();
        return catalogue.organisations().stream()
                .filter(o -> Objects.equals(o.getId(), user.organisationId()))
                .flatMap(o -> entries.of(o).stream())
                .map(EntryRow::of)
                .toList();
    }

    /**
     * Entries waiting for a decision, oldest submission first.
     *
     * @param organisationSlug only this organisation's, or all when null
     * @param olderThan only those waiting at least this long, or all when null
     */
    @Transactional(readOnly = true)
    public List<EntryRow> reviewQueue(@Nullable String organisationSlug, @Nullable Duration olderThan) {
        SignedInUser user = signedIn();
        if (!user.hasRole(Role.EDITOR)) {
            throw new AccessDeniedException("Only editors see the review queue");
        }
        Instant cutoff = olderThan == null ? null : clock.instant().minus(olderThan);
        return entries.in(PracticeState.IN_REVIEW).stream()
                .filter(p -> organisationSlug == null || p.owner().getSlug().equals(organisationSlug))
                .filter(p -> cutoff == null
                        || (p.getSubmittedAt() != null && p.getSubmittedAt().isBefore(cutoff)))
                .map(EntryRow::of)
                .toList();
    }

    /** The entry with every field, for someone who may see it in any state. */
    @Transactional(readOnly = true)
    public Practice get(long id) {
        SignedInUser user = signedIn();
        Practice practice = catalogue.getForEdit(entries.find(id)
                .orElseThrow(() -> new PracticeNotFoundException(String.valueOf(id)))
                .getSlug());
        requireMayActFor(user, practice);
        Hibernate.initialize(practice.getDraftOf());
        return practice;
    }

    /**
     * What the published entry says now, field by field, for the diff against its new version.
     *
     * @param workingCopy a new version of a published entry
     */
    @Transactional(readOnly = true)
    public Map<String, String> publishedText(Practice workingCopy, Locale locale) {
        requireMayActFor(signedIn(), workingCopy);
        Practice original = Objects.requireNonNull(workingCopy.getDraftOf(), "not a new version of a published entry");
        return PracticeDiff.text(catalogue.getForEdit(original.getSlug()), locale);
    }

    /** An entry by slug that the caller may act for, in any state. */
    @Transactional(readOnly = true)
    public Practice editableOrViewable(String slug) {
        SignedInUser user = signedIn();
        Practice practice = entries.find(slug).orElseThrow(() -> new PracticeNotFoundException(slug));
        requireMayActFor(user, practice);
        return catalogue.getForEdit(slug);
    }

    /** Every step taken on an entry (and on its working copies), oldest first. */
    @Transactional(readOnly = true)
    public List<Transition> steps(Practice practice) {
        return transitions.findByPracticeIdOrderByAtAsc(entryId(practice));
    }

    @Transactional
    public Comment comment(Practice practice, String text) {
        SignedInUser user = signedIn();
        requireMayActFor(user, practice);
        String body = text.strip();
        if (body.isEmpty()) throw new BadRequestException("text", "A comment needs some text");
        if (body.length() > Comment.TEXT_MAX_LENGTH) {
            throw new BadRequestException(
                    "text", "A comment may be at most " + Comment.TEXT_MAX_LENGTH + " characters long");
        }
        return comments.save(new Comment(entryId(practice), user.username(), body, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Comment> comments(Practice practice) {
        return comments.findByPracticeIdOrderByCreatedAtAsc(entryId(practice));
    }

    /** Whether the signed-in user may edit entries of this organisation at all. */
    public boolean mayEdit(Practice practice) {
        return actingFor(practice).isPresent();
    }

    private static long entryId(Practice practice) {
        Practice original = practice.getDraftOf();
        return Objects.requireNonNull(original != null ? original.getId() : practice.getId());
    }

    /** The signed-in user, if they may act for the entry's organisation. */
    private Optional<SignedInUser> actingFor(Practice practice) {
        return currentUser
                .find()
                .filter(u -> practice.getOrganisation() != null
                        && u.mayActFor(Objects.requireNonNull(practice.owner().getId())));
    }

    private SignedInUser signedIn() {
        return currentUser.find().orElseThrow(() -> new AccessDeniedException("Please sign in first"));
    }

    private static void requireMayActFor(SignedInUser user, Practice practice) {
        requireMayActFor(user, practice.owner());
    }

    private static void requireMayActFor(SignedInUser user, Organisation organisation) {
        if (organisation.getId() == null || !user.mayActFor(organisation.getId())) {
            throw new AccessDeniedException(
                    "Account '" + user.username() + "' may not write entries of " + organisation.getName());
        }
    }

    private static String state(PracticeState state) {
        return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** Finds the working copy of a published entry, if one is in progress. */
    @Transactional(readOnly = true)
    public Optional<EntryRow> newVersionOf(Practice published) {
        return entries.newVersionOf(published).map(EntryRow::of);
    }
}
