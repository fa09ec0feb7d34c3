package de.smilecity.exchange.contribute;

import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.Members;
import de.smilecity.exchange.security.SignedInUser;
import de.smilecity.exchange.security.UserAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contributors' inbox: every decision on an entry of their organisation (approved, changes
 * requested, rejected, archived) reaches each of its contributors, with the editor's comment.
 */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final Members members;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Members members, CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.members = members;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Runs in the transaction of the step: the step and its messages are stored together or not at all. */
    @EventListener
    void on(WorkflowStepTaken step) {
        if (step.action() == WorkflowAction.SUBMIT) {
            return; // a submission is the contributors' own act; editors see it in the review queue
        }
        Instant now = clock.instant();
        for (UserAccount contributor : members.activeContributorsOf(step.organisationId())) {
            if (contributor.getUsername().equals(step.actor()) || contributor.getId() == null) continue;
            notifications.save(new Notification(
                    contributor.getId(),
                    step.entryId(),
                    step.slug(),
                    step.title(),
                    step.action(),
                    step.actor(),
                    step.comment(),
                    now));
        }
    }

    /** The signed-in user's messages, newest first; none for visitors. */
    @Transactional(readOnly = true)
    public List<Notification> inbox() {
        return currentUser
                .find()
                .map(u -> notifications.findByRecipientIdOrderByCreatedAtDesc(u.id()))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return currentUser
                .find()
                .map(u -> notifications.countByRecipientIdAndReadAtIsNull(u.id()))
                .orElse(0L);
    }

    /** Marks all of the signed-in user's messages as read. */
    @Transactional
    public void markAllRead() {
        currentUser.find().map(SignedInUser::id).ifPresent(id -> {
            Instant now = clock.instant();
            notifications.findByRecipientIdOrderByCreatedAtDesc(id).forEach(n -> n.markRead(now));
        });
    }
}
