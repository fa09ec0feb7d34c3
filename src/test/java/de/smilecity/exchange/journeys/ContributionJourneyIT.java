package de.smilecity.exchange.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import de.smilecity.exchange.testsupport.BrowserTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole review cycle in a real browser, in German and in English: a partner city submits an
 * entry, an editor requests changes, the partner reads the request in the inbox and revises, the
 * editor approves, and anybody finds the entry.
 */
class ContributionJourneyIT extends BrowserTest {

    /** The texts the test reads, per language. */
    static final Map<String, Map<String, String>> TEXT = Map.of(
            "de",
                    Map.of(
                            "inReview", "In Prüfung",
                            "changesRequested", "Änderungen erbeten",
                            "published", "Veröffentlicht",
                            "field", "Verwaltung & E-Government",
                            "found", "Eintr"),
            "en",
                    Map.of(
                            "inReview", "In review",
                            "changesRequested", "Changes requested",
                            "published", "Published",
                            "field", "Administration & e-government",
                            "found", "entr"));

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"de", "en"})
    void aPartnerSubmitsAnEditorRequestsChangesThePartnerRevisesAndTheEditorApproves(String language) {
        Map<String, String> text = TEXT.get(language);
        String marker = "Kompass" + UUID.randomUUID().toString().substring(0, 6);
        String title = "Digitaler Ehrenamts-" + marker;
        page.navigate(url("?lang=" + language));

        // The partner writes a draft for Kiel and submits it.
        signIn("partner", "partner");
        page.navigate(url("my-entries"));
        page.locator("#new-entry").click();
        page.locator("#title input").fill(title);
        page.locator("#summary textarea")
                .fill("Eine Plattform, auf der Vereine Ehrenamtliche für kurze Einsätze finden.");
        page.locator("#innovationFields input").fill(text.get("field").substring(0, 6));
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text.get("field")))
                .click();
        page.keyboard().press("Escape");
        screenshot("contribute-" + language + "-01-draft");
        page.locator("vaadin-button#save-submit").click();
        assertThat(page.locator("#entry-state")).hasText(text.get("inReview"));
        signOut();

        // The editor finds it in the review queue and asks for changes, with a comment.
        signIn("editor", "editor");
        page.navigate(url("review"));
        page.getByText(title).click();
        assertThat(page.locator("h1")).hasText(title);
        page.locator("vaadin-button#step-requestChanges").click();
        page.locator("#step-comment textarea").fill("Bitte nennen Sie, wie viele Vereine mitmachen.");
        screenshot("contribute-" + language + "-02-request-changes");
        page.locator("vaadin-button#confirm-step").click();
        assertThat(page.locator("#entry-state")).hasText(text.get("changesRequested"));
        signOut();

        // The partner sees the request in the inbox, revises the entry and submits it again.
        signIn("partner", "partner");
        assertThat(page.locator("#badge-inbox")).isVisible();
        page.navigate(url("inbox"));
        assertThat(page.locator("#inbox")).containsText("Bitte nennen Sie, wie viele Vereine mitmachen.");
        screenshot("contribute-" + language + "-03-inbox");
        page.locator("#inbox a")
                .filter(new Locator.FilterOptions().setHasText(title))
                .first()
                .click();
        page.locator("#edit-entry").click();
        page.locator("#summary textarea")
                .fill("Eine Plattform, auf der 40 Vereine Ehrenamtliche für kurze Einsätze finden.");
        page.locator("vaadin-button#save-submit").click();
        assertThat(page.locator("#entry-state")).hasText(text.get("inReview"));
        signOut();

        // The editor approves; the entry is public at once.
        signIn("editor", "editor");
        page.navigate(url("review"));
        page.getByText(title).click();
        page.locator("vaadin-button#step-approve").click();
        page.locator("vaadin-button#confirm-step").click();
        assertThat(page.locator("#entry-state")).hasText(text.get("published"));
        page.locator("#entry-public").click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#summary")).containsText("40 Vereine");
        screenshot("contribute-" + language + "-04-published");
        signOut();

        // Anybody finds it.
        page.navigate(url("practices?q=" + marker));
        assertThat(page.locator("#result-count")).containsText(text.get("found"));
        assertThat(page.getByText(title)).isVisible();
    }

    /** Signs out and checks that the session really ended: the API no longer knows the caller. */
    private void signOut() {
        page.locator("#logout").click();
        page.locator("#login-link").waitFor();
        org.assertj.core.api.Assertions.assertThat(
                        page.request().get(url("api/v1/me")).status())
                .isEqualTo(401);
    }
}
