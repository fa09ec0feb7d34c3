package de.smilecity.exchange.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import de.smilecity.exchange.testsupport.BrowserTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Searching as a person does: typing with a typo, taking the correction, filtering, going back. */
class SearchJourneyIT extends BrowserTest {

    @Test
    void searchesAsYouTypeCorrectsFiltersAndGoesBack() {
        page.navigate(url("practices"));
        Locator query = page.locator("#search-query input");
        query.pressSequentially("Bürgerbeteilgung", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator correction = page.locator("#did-you-mean");
        assertThat(correction).hasText("Bürgerbeteiligung");
        assertThat(page).hasURL(Pattern.compile(".*q=B%C3%BCrgerbeteilgung.*"));
        screenshot("10-search-typo");

        correction.click();
        assertThat(page).hasURL(Pattern.compile(".*q=B%C3%BCrgerbeteiligung.*"));
        assertThat(page.locator(".result-card mark").first()).isVisible();
        String unfiltered = page.locator("#result-count").textContent().replaceFirst(" ·.*", "");

        page.locator("#facet-field vaadin-checkbox").first().locator("label").click();
        assertThat(page).hasURL(Pattern.compile(".*field=.*"));
        assertThat(page.locator("#result-count")).not().containsText(unfiltered + " ·");
        screenshot("11-search-facet");

        page.goBack();
        assertThat(page).not().hasURL(Pattern.compile(".*field=.*"));
        assertThat(page.locator("#result-count")).containsText(unfiltered + " ·");
        assertThat(page.locator("#facet-field vaadin-checkbox[checked]")).hasCount(0);
    }

    @Test
    void aSharedSearchLinkOpensTheSameSearch() {
        page.navigate(url("practices?q=Lastenrad&phase=discontinued&sort=title"));
        assertThat(page.locator("#search-query input")).hasValue("Lastenrad");
        assertThat(page.locator(".result-card h3 a").first()).containsText("Lastenrad");
        assertThat(page.locator("#facet-phase vaadin-checkbox[checked]")).hasCount(1);
        String count = page.locator("#result-count").textContent();
        int expected = count.startsWith("Ein ") ? 1 : Integer.parseInt(count.replaceFirst("\\D.*", ""));
        assertThat(page.locator(".result-card")).hasCount(Math.min(expected, 10));
    }

    @Test
    void emptySearchesSayWhatToTry() {
        page.navigate(url("practices?q=Quokkabeobachtung"));
        assertThat(page.locator(".empty-state")).containsText("Schreibweise");
        assertThat(page.locator("#result-count")).containsText("Keine Einträge");
    }
}
