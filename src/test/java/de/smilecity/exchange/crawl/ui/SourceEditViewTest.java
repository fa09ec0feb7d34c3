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

/** The source form without a browser: every problem beside its field, a warning for local addresses. */
@SignedInAs("editor")
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
    void warnsWhenAStartUrlPointsIntoTheLocalNetwork() {
        navigate("admin/sources/new", SourceEditView.class);
        test($(TextArea.class).withId("startUrls").single()).setValue("http://127.0.0.1:8080/projekte/");
        Checkbox local = $(Checkbox.class).withId("localNetworkAllowed").single();
        test(local).click();
        test(local).click();
        Paragraph warning = $(Paragraph.class).withId("local-warning").single();
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("127.0.0.1 is a loopback address");
        test(local).click();
        assertThat(warning.isVisible()).isFalse();
    }
}
