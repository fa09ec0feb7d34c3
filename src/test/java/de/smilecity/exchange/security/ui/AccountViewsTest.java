package de.smilecity.exchange.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import de.smilecity.exchange.security.ApiToken;
import de.smilecity.exchange.security.ApiTokenService;
import de.smilecity.exchange.security.Role;
import de.smilecity.exchange.security.TestAccounts;
import de.smilecity.exchange.security.UserAccount;
import de.smilecity.exchange.testsupport.SignedInAs;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** "My account" and the user administration without a browser. */
class AccountViewsTest extends SignedInBrowserlessTest {

    @Autowired
    ApplicationContext spring;

    TestAccounts accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void german() {
        accounts = new TestAccounts(spring);
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    UserAccount account(String username) {
        return accounts.find(username).orElseThrow();
    }

    /** The button in a grid's component column, in the row the predicate picks. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Button cellButton(Grid grid, java.util.function.Predicate<Object> row, String column) {
        GridTester tester = test(grid);
        for (int i = 0; i < tester.size(); i++) {
            if (row.test(tester.getRow(i))) return (Button) tester.getCellComponent(i, column);
        }
        throw new AssertionError("No such row in grid " + grid.getId().orElse("?"));
    }

    Button editButton(String username) {
        return cellButton(
                $(Grid.class).withId("users").single(),
                a -> ((UserAccount) a).getUsername().equals(username),
                "actions");
    }

    @Test
    @SignedInAs("partner")
    void aTokenIsShownOnceAndCanBeRevoked() {
        navigate(AccountView.class);
        TextField name = $(TextField.class).withId("token-name").single();
        test($(Button.class).withId("create-token").single()).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("Namen");

        test(name).setValue("CMS Kiel");
        test($(Button.class).withId("create-token").single()).click();
        String secret = $(TextField.class).withId("one-time-secret").single().getValue();
        assertThat(secret).startsWith("smx_").hasSizeGreaterThan(40);

        // The test runs as the partner: these are the partner's tokens.
        List<ApiToken> mine = tokens.mine();
        ApiToken created = mine.getFirst();
        assertThat(created.getName()).isEqualTo("CMS Kiel");
        assertThat(created.isActive()).isTrue();
        assertThat(secret).startsWith(created.getPrefix());

        test(cellButton(
                        $(Grid.class).withId("tokens").single(),
                        t -> ((ApiToken) t).getId().equals(created.getId()),
                        "state"))
                .click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(tokens.mine())
                .filteredOn(t -> t.getId().equals(created.getId()))
                .singleElement()
                .satisfies(t -> assertThat(t.isActive()).isFalse());
        assertThat($(TextField.class).withId("one-time-secret").exists()).isFalse();
    }

    @Test
    @SignedInAs("partner")
    void aPasswordChangeNeedsTheCurrentPasswordAndTheSameNewOneTwice() {
        navigate(AccountView.class);
        PasswordField current =
                $(PasswordField.class).withId("current-password").single();
        PasswordField next = $(PasswordField.class).withId("new-password").single();
        PasswordField repeat = $(PasswordField.class).withId("repeat-password").single();
        Button change = $(Button.class).withId("change-password").single();

        test(current).setValue("falsch");
        test(next).setValue("ein-neues-langes-passwort");
        test(repeat).setValue("ein-neues-langes-passwort");
        test(change).click();
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Das ist nicht Ihr aktuelles Passwort.");

        test(current).setValue("partner");
        test(repeat).setValue("ein-anderes-passwort");
        test(change).click();
        assertThat(repeat.isInvalid()).isTrue();

        test(next).setValue("kurz");
        test(repeat).setValue("kurz");
        test(change).click();
        assertThat(next.isInvalid()).isTrue();
        assertThat(next.getErrorMessage()).contains("12 Zeichen");
        assertThat(encoder.matches("partner", account("partner").getPasswordHash()))
                .isTrue();

        try {
            test(next).setValue("ein-neues-langes-passwort");
            test(repeat).setValue("ein-neues-langes-passwort");
            test(change).click();
            assertThat(encoder.matches(
                            "ein-neues-langes-passwort", account("partner").getPasswordHash()))
                    .isTrue();
        } finally {
            UserAccount partner = account("partner");
            partner.setPasswordHash(encoder.encode("partner"));
            accounts.save(partner);
        }
    }

    @Test
    @SignedInAs("admin")
    @SuppressWarnings("unchecked")
    void anAdminCreatesAContributorWithAOneTimePasswordAndCanDisableIt() {
        navigate(UserAdminView.class);
        test($(Button.class).withId("create-user").single()).click();
        TextField username = $(TextField.class).withId("user-username").single();
        test(username).setValue("Nicht Erlaubt!");
        test($(TextField.class).withId("user-display-name").single()).setValue("Stadt Jena, Digitalisierung");
        test($(Button.class).withId("save-user").single()).click();
        assertThat(username.isInvalid()).isTrue();

        test(username).setValue("jena-digital");
        Select<Role> role = $(Select.class).withId("user-role").single();
        test(role).selectItem("Beitragende");
        test($(Button.class).withId("save-user").single()).click();
        ComboBox<?> organisation = $(ComboBox.class).withId("user-organisation").single();
        assertThat(organisation.isInvalid()).isTrue();
        assertThat(organisation.getErrorMessage()).contains("Organisation");
        assertThat(accounts.exists("jena-digital")).isFalse();

        test((ComboBox<Object>) organisation).selectItem("Stadt Jena");
        test($(Button.class).withId("save-user").single()).click();
        String password = $(TextField.class).withId("one-time-secret").single().getValue();
        UserAccount created = account("jena-digital");
        assertThat(created.getRole()).isEqualTo(Role.CONTRIBUTOR);
        assertThat(created.getCreatedBy()).isEqualTo("admin");
        assertThat(encoder.matches(password, created.getPasswordHash())).isTrue();

        test($(Button.class).withId("close-user").single()).click();
        test(editButton("jena-digital")).click();
        test($(Button.class).withId("toggle-enabled").single()).click();
        assertThat(account("jena-digital").isEnabled()).isFalse();
    }

    @Test
    @SignedInAs("admin")
    void theLastAdminCannotBeDisabled() {
        navigate(UserAdminView.class);
        test(editButton("admin")).click();
        test($(Button.class).withId("toggle-enabled").single()).click();
        assertThat(account("admin").isEnabled()).isTrue();
        assertThat($(com.vaadin.flow.component.html.Span.class)
                        .withClassName("form-error")
                        .single()
                        .getText())
                .isEqualTo("Sie können Ihr eigenes Konto nicht sperren.");
    }
}
