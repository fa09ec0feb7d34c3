package de.smilecity.exchange.contribute.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeNotFoundException;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.ui.PracticeForm;
import de.smilecity.exchange.catalogue.ui.PracticeForm.Intent;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.Role;
import de.smilecity.exchange.security.SignedInUser;
import de.smilecity.exchange.shared.ConcurrentChangeException;
import de.smilecity.exchange.shared.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Creates ({@code /practices/new}) and edits ({@code /practices/{slug}/edit}) entries through the
 * workflow: contributors keep drafts of their own organisation and submit them; editors may also
 * publish at once. Editing a published entry edits a new version, while the published one stays
 * visible. If saving fails, nothing is stored and everything typed stays in the form.
 */
@Route(Routes.CATALOGUE + "/:slug/edit")
@RouteAlias(Routes.CATALOGUE + "/new")
@RolesAllowed("CONTRIBUTOR")
public class PracticeEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ContributionService contributions;
    private final transient CatalogueService catalogue;
    private final transient SignedInUser user;
    private final Div content = new Div();
    private final H1 heading = new H1();
    private @org.jspecify.annotations.Nullable PracticeForm form;

    public PracticeEditView(ContributionService contributions, CatalogueService catalogue, CurrentUser currentUser) {
        this.contributions = contributions;
        this.catalogue = catalogue;
        this.user = currentUser.find().orElseThrow(() -> new AccessDeniedException("Please sign in first"));
        addClassName("page");
        add(heading, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> slug = event.getRouteParameters().get("slug");
        content.removeAll();
        try {
            Practice practice = slug.isEmpty() ? contributions.newDraft() : contributions.editable(slug.get());
            show(practice);
        } catch (ConflictException e) {
            Practice practice = contributions.editableOrViewable(slug.orElseThrow());
            heading.setText(getTranslation("edit.heading.blocked", practice.getTitle()));
            content.add(
                    new Paragraph(
                            getTranslation("edit.blocked." + practice.getState().name())),
                    new Paragraph(new Anchor(
                            ContributeRoutes.entry(Objects.requireNonNull(practice.getId())),
                            getTranslation("edit.toEntry"))));
        } catch (AccessDeniedException e) {
            heading.setText(getTranslation("edit.heading.denied"));
            content.add(new Paragraph(getTranslation("edit.denied")));
        }
    }

    private void show(Practice practice) {
        if (practice.getId() == null && practice.getDraftOf() == null) {
            heading.setText(getTranslation("form.heading.new"));
        } else if (practice.isWorkingCopy()) {
            heading.setText(getTranslation("edit.heading.newVersion", practice.getTitle()));
            Paragraph note = new Paragraph(getTranslation("edit.newVersion.note"));
            note.addClassName("note");
            content.add(note);
        } else {
            heading.setText(getTranslation("form.heading.edit", practice.getTitle()));
        }
        List<Organisation> organisations = user.hasRole(Role.EDITOR)
                ? catalogue.organisations()
                : catalogue.organisations().stream()
                        .filter(o -> Objects.equals(o.getId(), user.organisationId()))
                        .toList();
        PracticeForm practiceForm = new PracticeForm(new PracticeForm.Choices(
                organisations, catalogue::concepts, List.of(), List.of(), user.hasRole(Role.EDITOR)));
        practiceForm.setIntents(intents(practice));
        practiceForm.setPractice(practice);
        practiceForm.addSaveListener(e -> save(e.practice(), e.intent()));
        practiceForm.addCancelListener(e -> leave(practice));
        form = practiceForm;
        content.add(practiceForm);
    }

    private List<Intent> intents(Practice practice) {
        if (user.hasRole(Role.EDITOR)) {
            return practice.getState() == PracticeState.IN_REVIEW
                    ? List.of(Intent.PUBLISH, Intent.SAVE)
                    : List.of(Intent.PUBLISH, Intent.SAVE, Intent.SUBMIT);
        }
        return List.of(Intent.SAVE, Intent.SUBMIT);
    }

    private void save(Practice practice, Intent intent) {
        PracticeForm practiceForm = Objects.requireNonNull(form);
        // Service-side messages in the language of this UI, not of the server.
        LocaleContextHolder.setLocale(getLocale());
        try {
            Practice saved = switch (intent) {
                case SAVE -> contributions.save(practice);
                case SUBMIT -> contributions.saveAndSubmit(practice);
                case PUBLISH -> contributions.saveAndPublish(practice);
            };
            Notification.show(
                            getTranslation("edit.saved." + intent.name(), saved.getTitle()),
                            5000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            String target = intent == Intent.PUBLISH
                    ? Routes.practice(saved.getSlug())
                    : ContributeRoutes.entry(Objects.requireNonNull(saved.getId()));
            getUI().ifPresent(ui -> ui.navigate(target));
        } catch (ConstraintViolationException e) {
            practiceForm.showViolations(e.getConstraintViolations());
        } catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException e) {
            // Lost a race with another save: what was typed stays in the form.
            practiceForm.showFormError(getTranslation("form.conflict"));
        } catch (ConflictException e) {
            practiceForm.showFormError(getTranslation("edit.conflict"));
        } catch (AccessDeniedException e) {
            practiceForm.showFormError(getTranslation("edit.denied"));
        } catch (PracticeNotFoundException e) {
            practiceForm.showFormError(getTranslation("edit.gone"));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private void leave(Practice practice) {
        String target;
        if (practice.getId() != null) {
            target = ContributeRoutes.entry(practice.getId());
        } else if (practice.getDraftOf() != null) {
            target = Routes.practice(practice.getDraftOf().getSlug());
        } else {
            target = ContributeRoutes.MY_ENTRIES;
        }
        getUI().ifPresent(ui -> ui.navigate(target));
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – smile exchange";
    }
}
