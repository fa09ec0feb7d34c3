package de.smilecity.exchange.contribute.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.catalogue.ui.Labels;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.contribute.Notification;
import de.smilecity.exchange.contribute.NotificationService;
import de.smilecity.exchange.contribute.WorkflowAction;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The in-app inbox: every decision an editor took on the entries of the contributor's organisation,
 * newest first, with the editor's comment. Opening it marks the messages as read.
 */
@Route(ContributeRoutes.INBOX)
@Menu(order = 12, title = "nav.inbox", icon = "vaadin:envelope")
@RolesAllowed("CONTRIBUTOR")
public class InboxView extends Div implements HasDynamicTitle {

    public InboxView(NotificationService notifications) {
        addClassName("page");
        add(new H1(getTranslation("nav.inbox")));
        List<Notification> messages = notifications.inbox();
        if (messages.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("inbox.empty"));
            empty.setId("inbox-empty");
            add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("inbox");
        list.addClassName("inbox");
        for (Notification message : messages) {
            ListItem item = new ListItem();
            if (message.isUnread()) {
                item.addClassName("unread");
                Span marker = new Span(getTranslation("inbox.new") + " ");
                marker.addClassName("badge");
                item.add(marker);
            }
            item.add(
                    new Span(getTranslation(
                                    "inbox.message." + message.getAction().name(),
                                    message.getActor(),
                                    Labels.dateTime(this, message.getCreatedAt()))
                            + " "),
                    entryLink(message));
            if (message.getComment() != null) {
                Paragraph comment = new Paragraph(message.getComment());
                comment.addClassName("pre-wrap");
                item.add(comment);
            }
            list.add(item);
        }
        add(list);
        notifications.markAllRead();
    }

    /** A published entry is read at its public page, the others in their workspace, if it still exists. */
    private com.vaadin.flow.component.Component entryLink(Notification message) {
        if (message.getAction() == WorkflowAction.APPROVE) {
            return new Anchor(Routes.practice(message.getPracticeSlug()), message.getPracticeTitle());
        }
        Long id = message.getPracticeId();
        return id == null
                ? new Span(message.getPracticeTitle())
                : new Anchor(ContributeRoutes.entry(id), message.getPracticeTitle());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox") + " – smile exchange";
    }
}
