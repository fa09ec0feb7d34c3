package de.smilecity.exchange.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The standard sign-in page; Spring Security checks the form, this view only shows it. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        H1 brand = new H1("smile exchange");
        // The main landmark and, after it, the footer: a footer inside main would be no landmark.
        VerticalLayout main = new VerticalLayout(brand, form, new Anchor(".", getTranslation("login.back")));
        main.setAlignItems(FlexComponent.Alignment.CENTER);
        main.setPadding(false);
        main.getElement().setAttribute("role", "main");
        add(main, statementLink());
    }

    /**
     * The link to the accessibility statement that the shell's footer shows on every other page.
     * The sign-in page stands outside the shell, and this module may not use the shell's classes,
     * so it names the route itself; the footer browser test follows the link from here too.
     */
    private Footer statementLink() {
        Anchor statement = new Anchor("accessibility", getTranslation("statement.footer"));
        statement.setId("footer-accessibility");
        Footer footer = new Footer(statement);
        footer.addClassName("shell-footer");
        return footer;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("locked")) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message"));
            form.setI18n(i18n);
        }
        form.setError(params.containsKey("error") || params.containsKey("locked"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – smile exchange";
    }
}
