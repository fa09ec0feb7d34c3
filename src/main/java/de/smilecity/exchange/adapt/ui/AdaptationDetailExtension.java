package de.smilecity.exchange.adapt.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import de.smilecity.exchange.adapt.AdaptationService;
import de.smilecity.exchange.adapt.LineageService;
import de.smilecity.exchange.adapt.PlanService;
import de.smilecity.exchange.adapt.ProjectPlan;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ui.PracticeDetailExtension;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.Role;
import de.smilecity.exchange.security.SignedInUser;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;

/**
 * What adaptation adds to every entry's page: "adapt for my city", "start a project plan", the kit
 * downloads and "compare", and the lineage section.
 */
@org.springframework.stereotype.Component
@Order(5)
class AdaptationDetailExtension implements PracticeDetailExtension {

    private final AdaptationService adaptations;
    private final LineageService lineages;
    private final PlanService plans;
    private final CatalogueService catalogue;
    private final CurrentUser user;

    AdaptationDetailExtension(
            AdaptationService adaptations,
            LineageService lineages,
            PlanService plans,
            CatalogueService catalogue,
            CurrentUser user) {
        this.adaptations = adaptations;
        this.lineages = lineages;
        this.plans = plans;
        this.catalogue = catalogue;
        this.user = user;
    }

    @Override
    public Optional<Component> section(Practice practice) {
        return Optional.of(LineageSection.of(lineages.of(Objects.requireNonNull(practice.getId()))));
    }

    @Override
    public List<Component> actions(Practice practice) {
        List<Component> actions = new ArrayList<>();
        Optional<SignedInUser> signedIn = user.find();
        if (signedIn.map(u -> mayAdapt(u, practice)).orElse(false)) {
            Button adapt = action("adapt.action", () -> {});
            adapt.addClickListener(e -> adapt(practice, signedIn.orElseThrow(), adapt));
            adapt.setId("adapt-practice");
            actions.add(adapt);
        }
        if (plans.mayPlan() && !practice.getProcessSteps().isEmpty()) {
            Button plan = action("plan.start", () -> startPlan(practice));
            plan.setId("start-plan");
            actions.add(plan);
        }
        actions.add(kitLinks(practice));
        Anchor compare = new Anchor(AdaptRoutes.compare(practice.getSlug()), t("compare.action"));
        compare.setId("compare-practice");
        actions.add(compare);
        return actions;
    }

    /** Editors adapt for any organisation; a contributor for their own, if it is not the owner. */
    private static boolean mayAdapt(SignedInUser u, Practice practice) {
        return u.hasRole(Role.EDITOR)
                || (u.organisationId() != null
                        && !u.organisationId().equals(practice.owner().getId()));
    }

    private void adapt(Practice practice, SignedInUser u, Button opener) {
        if (u.hasRole(Role.EDITOR)) {
            AdaptDialog dialog = new AdaptDialog(
                    catalogue.organisations(), practice.owner(), u.organisationId(), slug -> create(practice, slug));
            // Cancelled: the focus goes back to the button; created: the draft's page takes it.
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened() && opener.isAttached()) opener.focus();
            });
            dialog.open();
        } else {
            create(practice, null);
        }
    }

    /** @return whether the draft was created (the dialog stays open otherwise) */
    private boolean create(Practice practice, @Nullable String organisationSlug) {
        return attempt(() -> adaptations.adapt(practice.getSlug(), organisationSlug))
                .map(draft -> {
                    Notification.show(t("adapt.created", draft.getTitle()), 6000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    UI.getCurrent().navigate(Routes.editPractice(draft.getSlug()));
                    return true;
                })
                .orElse(false);
    }

    private void startPlan(Practice practice) {
        attempt(() -> plans.start(practice.getSlug()))
                .map(ProjectPlan::getId)
                .ifPresent(id -> UI.getCurrent().navigate(AdaptRoutes.plan(id)));
    }

    /** Runs a step; a refusal is shown to the person as its message, and nothing has changed. */
    private static <T> Optional<T> attempt(Supplier<T> step) {
        try {
            return Optional.of(step.get());
        } catch (ConflictException | BadRequestException | AccessDeniedException e) {
            Notification shown = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return Optional.empty();
        }
    }

    private static Component kitLinks(Practice practice) {
        Span kit = new Span(t("kit.links") + " ");
        kit.setId("kit-links");
        Anchor pdf = download(AdaptRoutes.kit(practice.getSlug(), "pdf"), "PDF", "kit-pdf");
        Anchor md = download(AdaptRoutes.kit(practice.getSlug(), "md"), "Markdown", "kit-md");
        // The files are saved, as their links say; the printable page opens in the browser.
        pdf.getElement().setAttribute("download", "");
        md.getElement().setAttribute("download", "");
        Anchor html = download(AdaptRoutes.kit(practice.getSlug(), "html"), t("kit.print"), "kit-html");
        kit.add(pdf, new Span(", "), md, new Span(", "), html);
        return kit;
    }

    private static Anchor download(String href, String text, String id) {
        Anchor link = new Anchor(href, text);
        link.setId(id);
        // A file from the API, not a view: the browser loads it, Vaadin's router stays out.
        link.setRouterIgnore(true);
        return link;
    }

    private static Button action(String key, Runnable onClick) {
        Button button = new Button(t(key), e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return button;
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
