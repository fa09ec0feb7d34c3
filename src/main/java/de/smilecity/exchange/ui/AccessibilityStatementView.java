package de.smilecity.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The accessibility statement BITV 2.0 requires ("Erklärung zur Barrierefreiheit"), in the order of
 * the EU model statement: state of conformance, what does not conform and why, how the statement
 * was prepared, where to report barriers, and the enforcement procedure. The list of known
 * limitations is {@link KnownLimitations}; the operator's details come from
 * {@link AccessibilityProperties}.
 */
@Route(AccessibilityStatementView.ROUTE)
// The address German public websites customarily use, so that it is found where it is expected.
@RouteAlias("barrierefreiheit")
@AnonymousAllowed
public class AccessibilityStatementView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "accessibility";

    public AccessibilityStatementView(AccessibilityProperties properties) {
        addClassNames("page", "statement");
        add(new H1(getTranslation("statement.title")));
        add(new Paragraph(getTranslation("statement.intro", properties.operator())));
        add(new Paragraph(getTranslation("statement.scope")));
        section("statement.conformance.heading", new Paragraph(getTranslation("statement.conformance.text")));
        section("statement.limitations.heading", new Paragraph(getTranslation("statement.limitations.intro")));
        add(limitations());
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(getLocale())
                .format(properties.preparedOn());
        section(
                "statement.method.heading",
                new Paragraph(getTranslation("statement.method.prepared", date)),
                new Paragraph(getTranslation("statement.method.text")));
        section("statement.feedback.heading", new Paragraph(getTranslation("statement.feedback.text")));
        add(contact(properties));
        Anchor enforcement = new Anchor(
                properties.enforcementUrl().toString(),
                properties.enforcementUrl().toString());
        enforcement.setId("statement-enforcement");
        section(
                "statement.enforcement.heading",
                new Paragraph(getTranslation("statement.enforcement.text", properties.enforcementBody())),
                new Paragraph(new Span(getTranslation("statement.enforcement.web") + " "), enforcement));
    }

    private void section(String headingKey, Component... content) {
        add(new H2(getTranslation(headingKey)));
        add(content);
    }

    private UnorderedList limitations() {
        UnorderedList list = new UnorderedList();
        list.setId("statement-limitations");
        for (String id : KnownLimitations.ids()) {
            Paragraph what = new Paragraph(getTranslation(KnownLimitations.textKey(id)));
            Paragraph why = new Paragraph(getTranslation(KnownLimitations.reasonKey(id)));
            why.addClassName("reason");
            ListItem item = new ListItem(what, why);
            item.setId("limitation-" + id);
            list.add(item);
        }
        return list;
    }

    private Div contact(AccessibilityProperties properties) {
        Anchor mail = new Anchor("mailto:" + properties.contactEmail(), properties.contactEmail());
        mail.setId("statement-email");
        Paragraph email = new Paragraph(new Span(getTranslation("statement.feedback.email") + " "), mail);
        // Lines of an address, not paragraphs: one block per line.
        Div post = new Div(new Div(getTranslation("statement.feedback.post")));
        for (String line : properties.postalAddressLines()) {
            post.add(new Div(line));
        }
        post.setId("statement-address");
        Div contact = new Div(email, post);
        contact.addClassName("statement-contact");
        return contact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement.title") + " – smile exchange";
    }
}
