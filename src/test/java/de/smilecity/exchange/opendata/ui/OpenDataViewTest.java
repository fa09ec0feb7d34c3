package de.smilecity.exchange.opendata.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Visitors find the exports, the feed and the API description on one page, in their language. */
class OpenDataViewTest extends SignedInBrowserlessTest {

    @Test
    void linksEveryExportTheFeedAndTheApiDescription() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("open-data", OpenDataView.class);
        assertThat($(Anchor.class).all())
                .extracting(Anchor::getHref)
                .contains(
                        "api/v1/export.csv",
                        "api/v1/export.json",
                        "api/v1/export.jsonld",
                        "feed.atom",
                        "swagger-ui.html",
                        "v3/api-docs");
        assertThat($(Anchor.class)
                        .withId("opendata-csv")
                        .single()
                        .getParent()
                        .orElseThrow()
                        .getElement()
                        .getTextRecursively())
                .as("the CSV's list separator is named")
                .contains("|");
    }
}
