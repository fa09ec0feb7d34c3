package de.smilecity.exchange.adapt.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.adapt.PlanService;
import de.smilecity.exchange.adapt.PlanStep;
import de.smilecity.exchange.adapt.ProjectPlan;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ui.Labels;
import de.smilecity.exchange.catalogue.ui.MarkdownView;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.ConflictException;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One project plan as a checklist: tick a step off, give it a due date and a note. Every change is
 * stored at once, and a polite live region says so; nothing waits for a save button.
 */
@Route(AdaptRoutes.PLANS + "/:id")
@RolesAllowed("CONTRIBUTOR")
public class PlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PlanService plans;
    private final Paragraph status = new Paragraph();
    private final ProgressBar bar = new ProgressBar();
    private final Span progress = new Span();
    private @Nullable ProjectPlan plan;

    public PlanView(PlanService plans) {
        this.plans = plans;
        addClassName("page");
        status.setId("plan-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        progress.setId("plan-progress");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        plan = plans.get(id);
        render(plan);
    }

    private void render(ProjectPlan current) {
        removeAll();
        add(new Anchor(AdaptRoutes.PLANS, getTranslation("plan.back")));
        add(new H1(current.getTitle()));
        Practice source = current.getSourcePractice();
        if (source != null) {
            Paragraph from = new Paragraph(getTranslation("plan.from") + " ");
            from.add(new Anchor(Routes.practice(source.getSlug()), source.getTitle()));
            add(from);
        }
        bar.setMin(0);
        bar.setMax(Math.max(1, current.getSteps().size()));
        bar.getElement().setAttribute("aria-labelledby", "plan-progress");
        updateProgress(current);
        add(bar, progress, status);
        OrderedList steps = new OrderedList();
        steps.setId("plan-steps");
        steps.addClassName("plan-steps");
        for (int i = 0; i < current.getSteps().size(); i++) {
            steps.add(step(i, current.getSteps().get(i)));
        }
        add(steps);
        Button delete = new Button(getTranslation("plan.delete"), e -> confirmDelete());
        delete.setId("plan-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        add(delete);
    }

    private ListItem step(int index, PlanStep step) {
        ListItem item = new ListItem();
        item.addClassName("plan-step");
        Checkbox done = new Checkbox(step.getTitle(), step.isDone());
        done.setId("plan-step-" + (index + 1) + "-done");
        done.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        item.add(done);
        if (!step.getDescription().isBlank()) item.add(MarkdownView.of(step.getDescription()));
        Span who = new Span(doneText(step));
        who.addClassName("meta");
        item.add(who);
        DatePicker due = new DatePicker(getTranslation("plan.due"), step.getDueOn());
        due.setId("plan-step-" + (index + 1) + "-due");
        TextArea note = new TextArea(getTranslation("plan.note"), step.getNote(), "");
        note.setId("plan-step-" + (index + 1) + "-note");
        note.setMaxLength(PlanStep.NOTE_MAX_LENGTH);
        note.setWidthFull();
        note.setValueChangeMode(ValueChangeMode.ON_BLUR);
        // Every step has these two fields: a screen reader hears which step they belong to.
        due.setAriaLabel(getTranslation("plan.due") + " – " + step.getTitle());
        note.setAriaLabel(getTranslation("plan.note") + " – " + step.getTitle());
        Runnable store = () -> store(index, done.getValue(), due.getValue(), note.getValue(), who);
        done.addValueChangeListener(e -> {
            if (e.isFromClient()) store.run();
        });
        due.addValueChangeListener(e -> {
            if (e.isFromClient()) store.run();
        });
        note.addValueChangeListener(e -> {
            if (e.isFromClient()) store.run();
        });
        Div fields = new Div(due, note);
        fields.addClassName("plan-step-fields");
        item.add(fields);
        return item;
    }

    private void store(int index, boolean done, @Nullable LocalDate due, String note, Span who) {
        ProjectPlan current = Objects.requireNonNull(plan);
        try {
            plan = plans.updateStep(
                    Objects.requireNonNull(current.getId()), current.getVersion(), index, done, due, note);
            who.setText(doneText(plan.getSteps().get(index)));
            updateProgress(plan);
            status.setText(
                    getTranslation("plan.saved", plan.getSteps().get(index).getTitle()));
            status.removeClassName(LumoUtility.TextColor.ERROR);
        } catch (ConflictException | BadRequestException e) {
            // Say what happened and keep what the person typed on the screen; nothing was stored.
            status.setText(e.getMessage());
            status.addClassName(LumoUtility.TextColor.ERROR);
        }
    }

    private String doneText(PlanStep step) {
        return step.isDone() && step.getDoneAt() != null
                ? getTranslation("plan.doneBy", step.getDoneBy(), Labels.dateTime(this, step.getDoneAt()))
                : "";
    }

    private void updateProgress(ProjectPlan current) {
        bar.setValue(current.doneCount());
        progress.setText(getTranslation(
                        "plan.progress", current.doneCount(), current.getSteps().size()) + " (" + current.percentDone()
                + " %)");
    }

    private void confirmDelete() {
        ProjectPlan current = Objects.requireNonNull(plan);
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("plan.delete.title"),
                getTranslation("plan.delete.text", current.getTitle()),
                getTranslation("plan.delete"),
                e -> {
                    plans.delete(Objects.requireNonNull(current.getId()));
                    getUI().ifPresent(ui -> ui.navigate(AdaptRoutes.PLANS));
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (plan == null ? "" : plan.getTitle() + " – ") + getTranslation("nav.plans") + " – smile exchange";
    }
}
