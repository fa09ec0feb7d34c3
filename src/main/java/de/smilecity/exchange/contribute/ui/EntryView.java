package de.smilecity.exchange.contribute.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeDiff;
import de.smilecity.exchange.catalogue.PracticeNotFoundException;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.ui.DiffTable;
import de.smilecity.exchange.catalogue.ui.Labels;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.catalogue.ui.Tag;
import de.smilecity.exchange.contribute.Comment;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.Transition;
import de.smilecity.exchange.contribute.WorkflowAction;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.Role;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * An entry's workspace at {@code /entries/{id}}, for its organisation's contributors and the
 * editors: its state, what changed against the published version, the steps it went through, the
 * comments, and the workflow actions the signed-in person may take now.
 */
@Route(ContributeRoutes.ENTRY + "/:id")
@RolesAllowed("CONTRIBUTOR")
public class EntryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ContributionService contributions;
    private final transient CurrentUser user;
    private final Div body = new Div();
    private final Paragraph announcement = new Paragraph();
    private String title = "";
    private long id;

    public EntryView(ContributionService contributions, CurrentUser user) {
        this.contributions = contributions;
        this.user = user;
        addClassName("page");
        // One live region for the whole visit: screen readers announce changes of a region that was
        // already there, not of one drawn anew with the page, so it stays while the body is redrawn.
        announcement.setId("entry-announcement");
        announcement.getElement().setAttribute("role", "status");
        announcement.addClassName("visually-hidden");
        add(announcement, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new PracticeNotFoundException(raw);
        }
        render();
    }

    private void render() {
        body.removeAll();
        Practice entry;
        try {
            entry = contributions.get(id);
        } catch (AccessDeniedException e) {
            body.add(new H1(getTranslation("edit.heading.denied")), new Paragraph(getTranslation("edit.denied")));
            return;
        }
        title = entry.getTitle();
        body.add(breadcrumb(), new H1(entry.getTitle()), status(entry), actions(entry));
        Practice original = entry.getDraftOf();
        if (original != null) {
            body.add(new H2(getTranslation("entry.changes")));
            body.add(new Paragraph(
                    new Span(getTranslation("entry.versionOf") + " "),
                    new Anchor(Routes.practice(original.getSlug()), original.getTitle())));
            Map<String, String> published = contributions.publishedText(entry, getLocale());
            DiffTable diff = new DiffTable(
                    PracticeDiff.changes(published, PracticeDiff.text(entry, getLocale())),
                    getTranslation("entry.changes.caption", original.getTitle()),
                    getTranslation("entry.changes.published"),
                    getTranslation("entry.changes.new"));
            diff.setId("entry-diff");
            body.add(diff);
        } else if (!entry.isPublished()) {
            body.add(new H2(getTranslation("entry.content")), content(entry));
        }
        body.add(new H2(getTranslation("entry.timeline")), timeline(entry), commentForm(entry));
    }

    private Component breadcrumb() {
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", getTranslation("detail.breadcrumb"));
        nav.add(new Anchor(ContributeRoutes.MY_ENTRIES, getTranslation("nav.myEntries")));
        if (user.hasRole(Role.EDITOR)) {
            nav.add(new Span(" · "), new Anchor(ContributeRoutes.REVIEW, getTranslation("nav.review")));
        }
        return nav;
    }

    private Component status(Practice entry) {
        Div status = new Div();
        status.setId("entry-status");
        Span state = Tag.of(Labels.state(this, entry.getState()));
        state.setId("entry-state");
        status.add(state, new Span(" " + entry.owner().getName()));
        if (entry.getSubmittedAt() != null && entry.getState() == PracticeState.IN_REVIEW) {
            status.add(new Span(
                    " · " + getTranslation("entry.submittedAt", Labels.dateTime(this, entry.getSubmittedAt()))));
        }
        Paragraph explain =
                new Paragraph(getTranslation("entry.explain." + entry.getState().name()));
        explain.getElement().setAttribute("role", "status");
        status.add(explain);
        return status;
    }

    private Component actions(Practice entry) {
        Div actions = new Div();
        actions.addClassName("entry-actions");
        actions.setId("entry-actions");
        if (contributions.mayChangeContent(entry)) {
            Anchor edit = new Anchor(
                    Routes.editPractice(entry.getSlug()),
                    getTranslation(entry.isPublished() ? "entry.editNewVersion" : "entry.edit"));
            edit.setId("edit-entry");
            edit.addClassName("button-link");
            actions.add(edit);
        }
        for (WorkflowAction action : contributions.possibleSteps(entry)) {
            Button step = new Button(getTranslation("workflow." + action.name()));
            step.addClickListener(e -> {
                StepDialog dialog = new StepDialog(action, entry.getTitle(), comment -> take(action, comment));
                // Cancelled or closed with Escape: the focus goes back to the button, where the person was.
                dialog.addOpenedChangeListener(opened -> {
                    if (!opened.isOpened() && step.isAttached()) step.focus();
                });
                dialog.open();
            });
            step.setId("step-" + action.apiName());
            if (action == WorkflowAction.APPROVE || action == WorkflowAction.SUBMIT) {
                step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            if (action == WorkflowAction.REJECT || action == WorkflowAction.ARCHIVE) {
                step.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            actions.add(step);
        }
        if (entry.isPublished()) {
            Anchor publicPage = new Anchor(Routes.practice(entry.getSlug()), getTranslation("entry.public"));
            publicPage.setId("entry-public");
            actions.add(publicPage, new Anchor(Routes.history(entry.getSlug()), getTranslation("detail.history")));
        }
        return actions;
    }

    private void take(WorkflowAction action, @Nullable String comment) {
        try {
            Practice result = contributions.transition(id, action, comment);
            String done = getTranslation("workflow." + action.name() + ".done", result.getTitle());
            Notification.show(done, 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (action == WorkflowAction.APPROVE && !Objects.equals(result.getId(), id)) {
                // An approved new version went into the published entry; this copy is gone.
                getUI().ifPresent(ui -> ui.navigate(Routes.practice(result.getSlug())));
                return;
            }
            render();
            announce(done);
        } catch (ConflictException | BadRequestException | AccessDeniedException e) {
            Notification.show(getTranslation("workflow.failed"), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            render();
            announce(getTranslation("workflow.failed"));
        }
    }

    /**
     * Says what happened in the live region and puts the focus on the entry's state: the button
     * that opened the dialog is gone with the redrawn page, and the state is what changed.
     */
    private void announce(String text) {
        announcement.setText(text);
        body.getChildren()
                .filter(c -> c.getId().filter("entry-status"::equals).isPresent())
                .findFirst()
                .ifPresent(
                        status -> status.getElement().executeJs("this.setAttribute('tabindex', '-1'); this.focus();"));
    }

    /** Every filled field of an entry that has no published version yet, for the reviewer to read. */
    private Component content(Practice entry) {
        Div content = new Div();
        content.setId("entry-content");
        content.getElement().setAttribute("lang", entry.getLanguage());
        PracticeDiff.text(entry, getLocale()).forEach((field, text) -> {
            if (text.isBlank()) return;
            Paragraph value = new Paragraph(Labels.diffValue(this, field, text));
            value.addClassName("pre-wrap");
            content.add(new H3(getTranslation("diff.field." + field)), value);
        });
        return content;
    }

    private record Event(Instant at, Component item) {}

    private Component timeline(Practice entry) {
        List<Event> events = new ArrayList<>();
        for (Transition step : contributions.steps(entry)) {
            ListItem item = new ListItem();
            item.add(new Span(getTranslation(
                    "timeline.step",
                    Labels.dateTime(this, step.getAt()),
                    step.getActor(),
                    getTranslation("workflow." + step.getAction().name() + ".past"))));
            if (step.getComment() != null) {
                Paragraph comment = new Paragraph(step.getComment());
                comment.addClassName("pre-wrap");
                item.add(comment);
            }
            events.add(new Event(step.getAt(), item));
        }
        for (Comment comment : contributions.comments(entry)) {
            ListItem item = new ListItem(new Span(getTranslation(
                    "timeline.comment", Labels.dateTime(this, comment.getCreatedAt()), comment.getAuthor())));
            Paragraph text = new Paragraph(comment.getText());
            text.addClassName("pre-wrap");
            item.add(text);
            events.add(new Event(comment.getCreatedAt(), item));
        }
        if (events.isEmpty()) {
            return new Paragraph(getTranslation("timeline.empty"));
        }
        UnorderedList list = new UnorderedList();
        list.setId("entry-timeline");
        list.addClassName("timeline");
        events.stream().sorted(Comparator.comparing(Event::at)).forEach(e -> list.add(e.item()));
        return list;
    }

    private Component commentForm(Practice entry) {
        TextArea text = new TextArea(getTranslation("comment.label"));
        text.setHelperText(getTranslation("comment.help"));
        text.setMaxLength(Comment.TEXT_MAX_LENGTH);
        text.setWidthFull();
        text.setId("comment-text");
        Button add = new Button(getTranslation("comment.add"), e -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("comment.empty"));
                text.setInvalid(true);
                return;
            }
            contributions.comment(entry, text.getValue());
            render();
            announce(getTranslation("comment.added"));
        });
        add.setId("add-comment");
        return new Div(text, add);
    }

    @Override
    public String getPageTitle() {
        return title + " – smile exchange";
    }
}
