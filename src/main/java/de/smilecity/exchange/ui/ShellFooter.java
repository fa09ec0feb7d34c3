package de.smilecity.exchange.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;

/**
 * The foot of every page (the {@code contentinfo} landmark): the link to the accessibility
 * statement, which BITV 2.0 asks to be reachable from every page. Public because the sign-in page,
 * which stands outside the shell, carries it too.
 */
public class ShellFooter extends Footer {

    public ShellFooter() {
        addClassName("shell-footer");
        Anchor statement = new Anchor(AccessibilityStatementView.ROUTE, getTranslation("statement.footer"));
        statement.setId("footer-accessibility");
        add(statement);
    }
}
