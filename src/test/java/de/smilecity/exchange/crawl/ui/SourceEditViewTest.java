package de.smilecity.exchange.crawl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.smilecity.exchange.crawl.PartnerSourceService;
import de.smilecity.exchange.testsupport.SignedInAs;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The source form without a browser: every problem beside its field, a warning for local addresses
 * in an installation that does not allow the local network (the demo profile does).
 */
@SignedInAs("editor")
@TestPropertySource(properties = "smile.crawl.local-network-allowed=false")
class SourceEditViewTest extends SignedInBrowserlessTest {

    @Autowired
    PartnerSourceService sources;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void showsEachProblemBesideItsFieldAndSavesNothing() {
        int before = sources.all().size();
        navigate("admin/sources/new", SourceEditView.class);
        test($(TextField.class).withId("name").single()).setValue("Kaputte Quelle");
        TextArea startUrls = $(TextArea.class).withId("startUrls").single();
        test(startUrls).setValue("ftp://partner.example/");
        TextArea include = $(TextArea.class).withId("include").single();
        test(include).setValue("^/projekte/(");
        TextField title = $(TextField.class).withId("fields-title").single();
        test(title).setValue("h1[");
        IntegerField maxPages = $(IntegerField.class).withId("maxPages").single();
        maxPages.setValue(0); // below the field's minimum: the tester would refuse to type it
        test($(Button.class).withId("save-source").single()).click();

        assertThat(startUrls.isInvalid()).isTrue();
        assertThat(startUrls.getErrorMessage())
                .contains("ftp://partner.example/")
                .contains("keine absolute");
        assertThat(include.isInvalid()).isTrue();
        assertThat(include.getErrorMessage()).contains("kein gültiger regulärer Ausdruck");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).contains("kein gültiger CSS-Selektor");
        assertThat(maxPages.isInvalid()).isTrue();
        assertThat(sources.all()).hasSize(before);
    }

    @Test
    void warnsWhenAStartUrlPointsIntoTheLocalNetworkAndOffersNoWayToAllowIt() {
        navigate("admin/sources/new", SourceEditView.class);
        assertThat($(Checkbox.class).all()).isEmpty();
        TextArea startUrls = $(TextArea.class).withId("startUrls").single();
        test(startUrls).setValue("http://127.0.0.1:8080/projekte/");
        Paragraph warning = $(Paragraph.class).withId("local-warning").single();
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText())
                .contains("127.0.0.1 is a loopback address")
                .contains("smile.crawl.local-network-allowed");
        // A public address written as an IP address: checked without asking DNS.
        test(startUrls).setValue("http://93.184.215.14/projekte/");
        assertThat(warning.isVisible()).isFalse();
    }
}
