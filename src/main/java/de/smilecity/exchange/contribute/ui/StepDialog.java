package de.smilecity.exchange.contribute.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import de.smilecity.exchange.contribute.Transition;
import de.smilecity.exchange.contribute.WorkflowAction;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Asks for the comment of a workflow step before it is taken: optional for most steps, required for
 * a request for changes (the contributor must learn what to change).
 */
class StepDialog extends Dialog {

    StepDialog(WorkflowAction action, String title, Consumer<@Nullable String> take) {
        setHeaderTitle(getTranslation("workflow." + action.name() + ".confirm", title));
        TextArea comment = new TextArea(
                getTranslation(action.needsComment() ? "workflow.comment.required" : "workflow.comment.optional"));
        comment.setRequiredIndicatorVisible(action.needsComment());
        comment.setMaxLength(Transition.COMMENT_MAX_LENGTH);
        comment.setWidthFull();
        comment.setMinHeight("8em");
        comment.setId("step-comment");
        add(new Paragraph(getTranslation("workflow." + action.name() + ".explain")), comment);
        Button confirm = new Button(getTranslation("workflow." + action.name()), e -> {
            String text = comment.getValue().strip();
            if (action.needsComment() && text.isEmpty()) {
                comment.setErrorMessage(getTranslation("workflow.comment.missing"));
                comment.setInvalid(true);
                comment.focus();
                return;
            }
            close();
            take.accept(text.isEmpty() ? null : text);
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (action == WorkflowAction.REJECT || action == WorkflowAction.ARCHIVE) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.setId("confirm-step");
        Button cancel = new Button(getTranslation("form.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
