package de.smilecity.exchange.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.security.AccountProblem;
import de.smilecity.exchange.security.ApiToken;
import de.smilecity.exchange.security.ApiTokenService;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.OrganisationDirectory;
import de.smilecity.exchange.security.SignedInUser;
import de.smilecity.exchange.security.UserAdministration;
import jakarta.annotation.security.PermitAll;

/**
 * The signed-in person's own account: who they are, a new password, and the personal API tokens
 * with which their city's systems write to the catalogue.
 */
@Route("account")
@Menu(order = 80, title = "nav.account", icon = "vaadin:user")
@PermitAll
public class AccountView extends Div implements HasDynamicTitle {

    private final transient UserAdministration administration;
    private final transient ApiTokenService tokens;
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeatPassword = new PasswordField();
    private final TextField tokenName = new TextField();
    private final Div newToken = new Div();
    private final Grid<ApiToken> tokenGrid = new Grid<>();

    public AccountView(
            UserAdministration administration,
            ApiTokenService tokens,
            CurrentUser currentUser,
            OrganisationDirectory organisations) {
        this.administration = administration;
        this.tokens = tokens;
        addClassName("page");
        SignedInUser user = currentUser.find().orElseThrow();
        String organisation = user.organisationId() == null
                ? getTranslation("account.noOrganisation")
                : organisations
                        .byId(user.organisationId())
                        .map(OrganisationDirectory.OrganisationRef::name)
                        .orElse("–");
        Paragraph who = new Paragraph(getTranslation(
                "account.who",
                user.displayName(),
                user.username(),
                getTranslation("role." + user.role().name()),
                organisation));
        who.setId("account-who");
        add(new H1(getTranslation("account.title")), who, passwordSection(), tokenSection());
        refreshTokens();
    }

    private Component passwordSection() {
        currentPassword.setLabel(getTranslation("account.password.current"));
        currentPassword.setId("current-password");
        currentPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(getTranslation("account.password.rule", UserAdministration.MIN_PASSWORD_LENGTH));
        newPassword.setId("new-password");
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeatPassword.setLabel(getTranslation("account.password.repeat"));
        repeatPassword.setId("repeat-password");
        repeatPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        Button change = new Button(getTranslation("account.password.change"), e -> changePassword());
        change.setId("change-password");
        FormLayout form = new FormLayout(currentPassword, newPassword, repeatPassword);
        Div section = new Div(new H2(getTranslation("account.password.heading")), form, change);
        section.addClassName("section");
        return section;
    }

    private void changePassword() {
        for (PasswordField field : new PasswordField[] {currentPassword, newPassword, repeatPassword}) {
            field.setInvalid(false);
        }
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            repeatPassword.setErrorMessage(getTranslation("account.password.mismatch"));
            repeatPassword.setInvalid(true);
            return;
        }
        try {
            administration.changeOwnPassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            repeatPassword.clear();
            Notification.show(getTranslation("account.password.changed"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountProblem problem) {
            PasswordField field = "currentPassword".equals(problem.field()) ? currentPassword : newPassword;
            field.setErrorMessage(getTranslation("account.problem." + problem.code()));
            field.setInvalid(true);
        }
    }

    private Component tokenSection() {
        tokenName.setLabel(getTranslation("account.token.name"));
        tokenName.setHelperText(getTranslation("account.token.name.help"));
        tokenName.setMaxLength(ApiToken.NAME_MAX_LENGTH);
        tokenName.setId("token-name");
        Button create = new Button(getTranslation("account.token.create"), e -> createToken());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-token");
        HorizontalLayout row = new HorizontalLayout(tokenName, create);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        // At 320 px the button moves under the field instead of pushing the page sideways.
        row.setWrap(true);
        newToken.setId("new-token");
        tokenGrid
                .addColumn(ApiToken::getName)
                .setHeader(getTranslation("account.token.name"))
                .setAutoWidth(true);
        tokenGrid.addColumn(t -> t.getPrefix() + "…").setHeader(getTranslation("account.token.prefix"));
        tokenGrid
                .addColumn(t -> Moments.format(t.getCreatedAt(), getLocale(), "–"))
                .setHeader(getTranslation("account.token.created"));
        tokenGrid
                .addColumn(t -> Moments.format(t.getLastUsedAt(), getLocale(), getTranslation("account.token.never")))
                .setHeader(getTranslation("account.token.lastUsed"));
        tokenGrid
                .addComponentColumn(this::tokenState)
                .setHeader(getTranslation("account.token.state"))
                .setKey("state");
        tokenGrid.setAllRowsVisible(true);
        tokenGrid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        tokenGrid.setId("tokens");
        tokenGrid.setAriaLabel(getTranslation("account.token.heading"));
        Div section = new Div(
                new H2(getTranslation("account.token.heading")),
                new Paragraph(getTranslation("account.token.intro")),
                row,
                newToken,
                tokenGrid);
        section.addClassName("section");
        return section;
    }

    private void createToken() {
        tokenName.setInvalid(false);
        try {
            ApiTokenService.Created created = tokens.create(tokenName.getValue());
            tokenName.clear();
            newToken.removeAll();
            newToken.add(new OneTimeSecret(
                    getTranslation("account.token.secret", created.token().getName()),
                    created.secret(),
                    getTranslation("account.token.once")));
            refreshTokens();
        } catch (AccountProblem problem) {
            tokenName.setErrorMessage(getTranslation("account.problem." + problem.code()));
            tokenName.setInvalid(true);
        }
    }

    private Component tokenState(ApiToken token) {
        if (!token.isActive()) {
            return new com.vaadin.flow.component.html.Span(
                    getTranslation("account.token.revokedAt", Moments.format(token.getRevokedAt(), getLocale(), "–")));
        }
        Button revoke = new Button(getTranslation("account.token.revoke"), e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setAriaLabel(getTranslation("account.token.revokeNamed", token.getName()));
        revoke.setId("revoke-" + token.getId());
        return revoke;
    }

    private void confirmRevoke(ApiToken token) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("account.token.revoke.header", token.getName()));
        dialog.setText(getTranslation("account.token.revoke.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmText(getTranslation("account.token.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            tokens.revoke(java.util.Objects.requireNonNull(token.getId()));
            newToken.removeAll();
            refreshTokens();
        });
        dialog.open();
    }

    private void refreshTokens() {
        tokenGrid.setItems(tokens.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " – smile exchange";
    }
}
