package de.smilecity.exchange.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.security.AccountProblem;
import de.smilecity.exchange.security.OrganisationDirectory;
import de.smilecity.exchange.security.OrganisationDirectory.OrganisationRef;
import de.smilecity.exchange.security.Role;
import de.smilecity.exchange.security.UserAccount;
import de.smilecity.exchange.security.UserAdministration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * For admins: every account, and a dialog to create one (an invitation: the admin passes on the
 * one-time password shown once), change its role and organisation, disable it or reset its password.
 */
@Route("admin/users")
@Menu(order = 91, title = "nav.users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UserAdminView extends Div implements HasDynamicTitle {

    private final transient UserAdministration administration;
    private final List<OrganisationRef> organisations;
    private final Map<Long, OrganisationRef> organisationsById;
    private final Grid<UserAccount> grid = new Grid<>();

    public UserAdminView(UserAdministration administration, OrganisationDirectory directory) {
        this.administration = administration;
        this.organisations = directory.all();
        this.organisationsById =
                organisations.stream().collect(Collectors.toMap(OrganisationRef::id, Function.identity()));
        addClassName("page");
        Button create = new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-user");
        grid.addColumn(UserAccount::getUsername)
                .setHeader(getTranslation("users.username"))
                .setAutoWidth(true);
        grid.addColumn(UserAccount::getDisplayName)
                .setHeader(getTranslation("users.displayName"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("role." + a.getRole().name())).setHeader(getTranslation("users.role"));
        grid.addColumn(a -> organisationName(a.getOrganisationId()))
                .setHeader(getTranslation("users.organisation"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.isEnabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.state"));
        grid.addComponentColumn(a -> {
                    Button edit = new Button(getTranslation("users.edit"), e -> openEditor(a));
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    edit.setAriaLabel(getTranslation("users.editNamed", a.getUsername()));
                    edit.setId("edit-" + a.getUsername());
                    return edit;
                })
                .setHeader(getTranslation("users.actions"))
                .setKey("actions");
        grid.setAllRowsVisible(true);
        grid.setId("users");
        grid.setAriaLabel(getTranslation("users.title"));
        add(new H1(getTranslation("users.title")), new Paragraph(getTranslation("users.intro")), create, grid);
        refresh();
    }

    private String organisationName(@Nullable Long id) {
        return id == null
                ? "–"
                : organisationsById.containsKey(id) ? organisationsById.get(id).name() : "?";
    }

    private void refresh() {
        grid.setItems(administration.all());
    }

    /** Creates an account when {@code account} is null, otherwise edits it. */
    private void openEditor(@Nullable UserAccount account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                account == null
                        ? getTranslation("users.create")
                        : getTranslation("users.editNamed", account.getUsername()));
        TextField username = new TextField(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.username.help"));
        username.setId("user-username");
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("user-display-name");
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setId("user-email");
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setId("user-role");
        ComboBox<OrganisationRef> organisation = new ComboBox<>(getTranslation("users.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationRef::name);
        organisation.setClearButtonVisible(true);
        organisation.setHelperText(getTranslation("users.organisation.help"));
        organisation.setId("user-organisation");
        Map<String, HasValidation> fields = Map.of(
                "username",
                username,
                "displayName",
                displayName,
                "email",
                email,
                "organisation",
                organisation,
                "role",
                role);
        Div result = new Div();
        result.setId("user-result");
        if (account == null) {
            role.setValue(Role.CONTRIBUTOR);
        } else {
            username.setValue(account.getUsername());
            username.setReadOnly(true);
            displayName.setValue(account.getDisplayName());
            email.setValue(Objects.requireNonNullElse(account.getEmail(), ""));
            role.setValue(account.getRole());
            if (account.getOrganisationId() != null) {
                organisation.setValue(organisationsById.get(account.getOrganisationId()));
            }
        }
        dialog.add(new FormLayout(username, displayName, email, role, organisation), result);

        Button save = new Button(getTranslation(account == null ? "users.create.submit" : "users.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        save.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            Long organisationId = organisation.getValue() == null
                    ? null
                    : organisation.getValue().id();
            try {
                if (account == null) {
                    UserAdministration.WithPassword created = administration.create(new UserAdministration.NewAccount(
                            username.getValue(),
                            displayName.getValue(),
                            email.getValue(),
                            role.getValue(),
                            organisationId));
                    showPassword(result, created, save);
                } else {
                    administration.update(
                            Objects.requireNonNull(account.getId()),
                            displayName.getValue(),
                            email.getValue(),
                            role.getValue(),
                            organisationId);
                    dialog.close();
                }
                refresh();
            } catch (AccountProblem problem) {
                showProblem(fields, result, problem);
            }
        });
        Button cancel = new Button(getTranslation("form.close"), e -> dialog.close());
        cancel.setId("close-user");
        dialog.getFooter().add(cancel);
        if (account != null) {
            dialog.getFooter().add(accountActions(account, result, fields));
        }
        dialog.getFooter().add(save);
        dialog.open();
    }

    private Component accountActions(UserAccount account, Div result, Map<String, HasValidation> fields) {
        long id = Objects.requireNonNull(account.getId());
        Button reset = new Button(getTranslation("users.resetPassword"));
        reset.setId("reset-password");
        reset.addClickListener(e -> {
            try {
                showPassword(result, administration.resetPassword(id), reset);
            } catch (AccountProblem problem) {
                showProblem(fields, result, problem);
            }
        });
        Button toggle = new Button(getTranslation(account.isEnabled() ? "users.disable" : "users.enable"));
        toggle.addThemeVariants(account.isEnabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        toggle.setId("toggle-enabled");
        toggle.addClickListener(e -> {
            try {
                UserAccount changed = administration.setEnabled(id, !account.isEnabled());
                account.setEnabled(changed.isEnabled());
                toggle.setText(getTranslation(changed.isEnabled() ? "users.disable" : "users.enable"));
                result.removeAll();
                result.add(new Paragraph(getTranslation(
                        changed.isEnabled() ? "users.nowEnabled" : "users.nowDisabled", changed.getUsername())));
                refresh();
            } catch (AccountProblem problem) {
                showProblem(fields, result, problem);
            }
        });
        Div actions = new Div(reset, toggle);
        actions.addClassName("dialog-actions");
        return actions;
    }

    private void showPassword(Div result, UserAdministration.WithPassword withPassword, Button done) {
        result.removeAll();
        result.add(new OneTimeSecret(
                getTranslation("users.oneTimePassword", withPassword.account().getUsername()),
                withPassword.password(),
                getTranslation("users.oneTimePassword.once")));
        done.setEnabled(false);
    }

    private void showProblem(Map<String, HasValidation> fields, Div result, AccountProblem problem) {
        String message = getTranslation("account.problem." + problem.code());
        HasValidation field = fields.get(problem.field());
        result.removeAll();
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else {
            Span error = new Span(message);
            error.addClassName("form-error");
            error.getElement().setAttribute("role", "alert");
            result.add(error);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " – smile exchange";
    }
}
