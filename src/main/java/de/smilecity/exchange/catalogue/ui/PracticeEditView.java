package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Creates ({@code /practices/new}) and edits ({@code /practices/{slug}/edit}) entries. If saving
 * fails, nothing is stored and everything typed stays in the form with the reason beside it.
 */
@Route(Routes.CATALOGUE + "/:slug/edit")
@RouteAlias(Routes.CATALOGUE + "/new")
@RolesAllowed("EDITOR")
public class PracticeEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CatalogueService catalogue;
    private final PracticeForm form;
    private final H1 heading = new H1();
    private boolean creating;
    private @Nullable String currentSlug;

    public PracticeEditView(CatalogueService catalogue, CurrentUser user) {
        this.catalogue = catalogue;
        addClassName("page");
        List<Organisation> organisations = catalogue.organisations();
        form = new PracticeForm(new PracticeForm.Choices(
                organisations, catalogue::concepts, List.of(), List.of(), user.hasRole(Role.EDITOR)));
        form.addSaveListener(e -> save(e.practice()));
        form.addCancelListener(e -> leave(creating ? null : currentSlug));
        add(heading, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> slug = event.getRouteParameters().get("slug");
        creating = slug.isEmpty();
        Practice practice;
        if (creating) {
            practice = catalogue.newPractice(null);
            // Editors publish directly until the review workflow exists.
            practice.setState(PracticeState.PUBLISHED);
            heading.setText(getTranslation("form.heading.new"));
        } else {
            practice = catalogue.getForEdit(slug.get());
            currentSlug = practice.getSlug();
            heading.setText(getTranslation("form.heading.edit", practice.getTitle()));
        }
        form.setPractice(practice);
    }

    private void save(Practice practice) {
        // Service-side messages in the language of this UI, not of the server.
        LocaleContextHolder.setLocale(getLocale());
        try {
            Practice saved = catalogue.save(practice);
            Notification.show(getTranslation("form.saved", saved.getTitle()), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            leave(saved.getSlug());
        } catch (ConstraintViolationException e) {
            form.showViolations(e.getConstraintViolations());
        } catch (ObjectOptimisticLockingFailureException e) {
            form.showFormError(getTranslation("form.conflict"));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private void leave(@Nullable String slug) {
        if (slug != null) {
            getUI().ifPresent(ui -> ui.navigate(Routes.practice(slug)));
        } else {
            getUI().ifPresent(ui -> ui.getPage().getHistory().back());
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " – smile exchange";
    }
}
