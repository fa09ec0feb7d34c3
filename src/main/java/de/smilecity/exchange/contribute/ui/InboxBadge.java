package de.smilecity.exchange.contribute.ui;

import de.smilecity.exchange.contribute.NotificationService;
import de.smilecity.exchange.ui.MenuBadge;
import org.springframework.stereotype.Component;

/** The number of unread decisions, beside "Inbox" in the navigation. */
@Component
class InboxBadge implements MenuBadge {

    private final NotificationService notifications;

    InboxBadge(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public String route() {
        return ContributeRoutes.INBOX;
    }

    @Override
    public long count() {
        return notifications.unreadCount();
    }

    @Override
    public String labelKey() {
        return "inbox.unread";
    }
}
