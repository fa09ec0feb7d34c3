package de.smilecity.exchange.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import de.smilecity.exchange.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * "Adapt for my city" in a real browser: the partner (Kiel) adapts Ulm's LoRaWAN template, says
 * what changes, and submits; the editor publishes; both entries then show the lineage. Afterwards
 * the comparison of the two, chosen in the URL.
 */
class AdaptationJourneyIT extends BrowserTest {

    static final String ORIGINAL = "vorlage-lorawan-sensornetz-aufbauen";
    static final String ORIGINAL_TITLE = "Vorlage: Ein kommunales LoRaWAN-Sensornetz aufbauen";
    static final String ADAPTATION_TITLE = ORIGINAL_TITLE + " (Landeshauptstadt Kiel)";

    @Test
    void thePartnerAdaptsTheEditorPublishesAndBothEntriesShowTheLineage() {
        page.navigate(url("?lang=de"));
        signIn("partner", "partner");

        // The partner adapts Ulm's template and lands in a pre-filled draft that asks what changes.
        page.navigate(url("practices/" + ORIGINAL));
        page.locator("vaadin-button#adapt-practice").click();
        assertThat(page.locator("#adaptation-section")).isVisible();
        assertThat(page.locator("#title input")).hasValue(ADAPTATION_TITLE);
        page.locator("#adaptation-scope textarea")
                .fill("Zuerst nur der Hafen und zwei Schulen statt des ganzen Stadtgebiets.");
        page.locator("#adaptation-governance textarea")
                .fill("Betrieb durch die Stadtwerke, die Stadt legt die Datennutzung fest.");
        screenshot("adapt-01-draft");
        page.locator("vaadin-button#save-submit").click();
        assertThat(page.locator("#entry-state")).hasText("In Prüfung");
        page.locator("#logout").click();
        page.locator("#login-link").waitFor();

        // The editor publishes it.
        signIn("editor", "editor");
        page.navigate(url("review"));
        page.getByText(ADAPTATION_TITLE).click();
        page.locator("vaadin-button#step-approve").click();
        page.locator("vaadin-button#confirm-step").click();
        assertThat(page.locator("#entry-state")).hasText("Veröffentlicht");
        page.locator("#entry-public").click();

        // The adaptation names its original, with what changed, and sits in the lineage tree under it.
        assertThat(page.locator("h1")).hasText(ADAPTATION_TITLE);
        assertThat(page.locator("#adapted-from")).containsText(ORIGINAL_TITLE);
        assertThat(page.locator("#adaptation-changes")).containsText("Zuerst nur der Hafen");
        assertThat(page.locator("#lineage-tree a").first()).hasText(ORIGINAL_TITLE);
        assertThat(page.locator("#lineage-tree [aria-current=page]")).hasText(ADAPTATION_TITLE);
        screenshot("adapt-02-adaptation");

        // The original counts Kiel among the cities that adapted it, with size class and state.
        page.locator("#lineage-tree a").first().click();
        assertThat(page.locator("h1")).hasText(ORIGINAL_TITLE);
        assertThat(page.locator("#lineage-count")).containsText("Angepasst von");
        assertThat(page.locator("#lineage-adopters")).containsText("Landeshauptstadt Kiel");
        assertThat(page.locator("#lineage-adopters")).containsText("Schleswig-Holstein");
        assertThat(page.locator("#lineage-tree")).containsText(ADAPTATION_TITLE);
        screenshot("adapt-03-original-lineage");

        // Both side by side, from the link on the page plus the chooser; the URL holds the choice.
        page.locator("#compare-practice").click();
        page.locator("#compare-choose input").fill("kommunales LoRaWAN");
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Landeshauptstadt Kiel"))
                .first()
                .click();
        page.keyboard().press("Escape");
        assertThat(page.locator("#compare-table")).isVisible();
        assertThat(page)
                .hasURL(java.util.regex.Pattern.compile(
                        ".*compare\\?ids=" + ORIGINAL + "(,|%2C)vorlage-ein-kommunales.*"));
        assertThat(page.locator("#compare-table tr[data-aspect=organisation]")).hasClass("differs");
        assertThat(page.locator("#compare-table tr[data-aspect=lineage]")).containsText("Angepasst von");
        screenshot("adapt-04-compare");
    }
}
