package de.smilecity.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The statement follows the EU model: conformance, known limitations with reasons, how it was
 * prepared, a contact, and the enforcement procedure, in the visitor's language.
 */
class AccessibilityStatementViewTest extends SignedInBrowserlessTest {

    @Test
    void saysHowConformantTheServiceIsWhatFailsAndWhomToAsk() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(AccessibilityStatementView.ROUTE, AccessibilityStatementView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Erklärung zur Barrierefreiheit");
        assertThat($(H2.class).all())
                .extracting(H2::getText)
                .containsExactly(
                        "Wie barrierefrei ist das Angebot?",
                        "Welche Inhalte sind nicht barrierefrei?",
                        "Wie ist diese Erklärung entstanden?",
                        "Barriere melden",
                        "Schlichtungsverfahren");
        String text = UI.getCurrent().getCurrentView().getElement().getTextRecursively();
        assertThat(text)
                .contains("teilweise mit der BITV 2.0 vereinbar")
                .contains("WCAG 2.1")
                .contains("EN 301 549")
                .contains("7. Dezember 2026")
                .contains("axe-core")
                .contains("Musterstraße 1")
                .contains("Schlichtungsstelle nach § 16 BGG");
        assertThat($(ListItem.class).all())
                .extracting(item -> item.getId().orElseThrow())
                .containsExactlyElementsOf(KnownLimitations.ids().stream()
                        .map(id -> "limitation-" + id)
                        .toList());
        assertThat($(Anchor.class).withId("statement-email").single().getHref())
                .isEqualTo("mailto:barrierefreiheit@smile-exchange.example");
        assertThat($(Anchor.class).withId("statement-enforcement").single().getHref())
                .isEqualTo("https://www.schlichtungsstelle-bgg.de");
    }

    @Test
    void speaksEnglishUnderTheSameAddressAndTheGermanOne() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("barrierefreiheit", AccessibilityStatementView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Accessibility statement");
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively())
                .contains("partially conformant with BITV 2.0")
                .contains("December 7, 2026");
    }

    @Test
    void everyPageInTheShellEndsWithTheLinkToTheStatement() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("open-data", com.vaadin.flow.component.Component.class);
        Anchor link = $(Anchor.class).withId("footer-accessibility").single();
        assertThat(link.getHref()).isEqualTo(AccessibilityStatementView.ROUTE);
        assertThat(link.getText()).isEqualTo("Accessibility");
        assertThat(link.getParent().orElseThrow().getElement().getTag()).isEqualTo("footer");
    }
}
