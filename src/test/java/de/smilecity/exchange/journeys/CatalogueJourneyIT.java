package de.smilecity.exchange.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import de.smilecity.exchange.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

/** A city employee finds a practice, signs in as editor, corrects it and sees the correction. */
class CatalogueJourneyIT extends BrowserTest {

    @Test
    void findsAPracticeEditsItAndSeesTheChange() {
        page.navigate(url(""));
        assertThat(page.locator("h1")).containsText("Voneinander lernen");
        screenshot("01-start");

        Locator firstFeatured = page.locator("#featured .practice-card h3 a").first();
        String title = firstFeatured.textContent();
        firstFeatured.click();
        assertThat(page.locator("h1")).hasText(title);
        String slug = page.url().replaceFirst(".*/practices/", "");
        screenshot("02-detail");

        signIn("editor", "editor");
        page.navigate(url("practices/" + slug));
        page.locator("#edit-practice").click();
        Locator summary = page.locator("#summary textarea");
        assertThat(summary).not().isEmpty();
        String corrected = "Korrigiert im Browsertest: " + System.nanoTime();
        summary.fill(corrected);
        screenshot("03-edit");
        page.locator("vaadin-button#save-publish").click();

        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#summary")).hasText(corrected);
        screenshot("04-saved");
    }

    @Test
    void worksInEnglishAndByKeyboard() {
        page.navigate(url("?lang=en"));
        assertThat(page.locator("h1")).containsText("Learning from each other");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        // The first Tab reaches the skip link, which leads to the main content.
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        page.keyboard().press("Enter");
        page.locator("#start-search input").fill("Lastenrad");
        page.locator("#start-search input").press("Enter");
        assertThat(page.locator("#result-count")).containsText("entr");
        screenshot("05-search-en");
    }
}
