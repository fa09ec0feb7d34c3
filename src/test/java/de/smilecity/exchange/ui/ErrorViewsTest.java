package de.smilecity.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import de.smilecity.exchange.testsupport.SignedInAs;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A page that fails on a mangled address says so in plain words, not with the exception's text. */
@Tag("hostile")
@SignedInAs("editor")
class ErrorViewsTest extends SignedInBrowserlessTest {

    @Test
    void aMangledNumberInAPageAddressShowsANeutralPage() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("admin/runs", QueryParameters.of("source", "abc"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ErrorViews.Unexpected.class);
        String page = UI.getCurrent().getCurrentView().getElement().getTextRecursively();
        assertThat(page)
                .contains("This page could not be opened")
                .doesNotContain("abc")
                .doesNotContain("NumberFormat")
                .doesNotContain("For input string");
    }
}
