package de.smilecity.exchange.accessibility;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.testsupport.Acting;
import de.smilecity.exchange.testsupport.BrowserTest;
import de.smilecity.exchange.testsupport.PageChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The main journeys with the keyboard alone — Tab, Enter, Space, Escape and the arrow keys, never
 * the mouse — checking at every stop that the focus can be seen, that it lands on the new page's
 * heading after a navigation and on what changed after a dialog, that the skip link comes first,
 * and that live regions say what happened. Signing in is setup and uses the form as is.
 */
class KeyboardJourneyIT extends BrowserTest {

    /** How many Tab presses a test allows to reach a control before it calls the page unreachable. */
    private static final int MAX_TABS = 60;

    @Autowired
    ApplicationContext spring;

    /** Stops whose focus could not be seen, reported together at the end of each journey. */
    private final List<String> unseenFocus = new ArrayList<>();

    @AfterEach
    void everyStopShowedItsFocus() {
        assertThat(unseenFocus)
                .as("tab stops without a visible focus indicator of 3:1:\n%s", String.join("\n", unseenFocus))
                .isEmpty();
    }

    @Test
    void searchFilterOpenAnEntryAndDownloadTheKit() {
        page.navigate(url("?lang=de"));
        page.locator("#fields .field-count").first().waitFor();

        // The skip link comes first and jumps to the content.
        page.keyboard().press("Tab");
        assertFocusOn("a.skip-link");
        page.keyboard().press("Enter");
        assertFocusOn("#main");

        tabTo("#start-search");
        page.keyboard().type("Lastenrad");
        page.keyboard().press("Enter");
        page.waitForURL("**/practices?q=Lastenrad**");
        page.locator(".result-card").first().waitFor();
        assertFocusOn("#main h1");

        // A filter: the count in the live region changes, and the focus stays on the check box.
        String countBefore = page.locator("#result-count").textContent();
        tabTo("#facet-phase vaadin-checkbox");
        page.keyboard().press("Space");
        assertThat(page.locator("#result-count")).not().hasText(countBefore);
        assertThat(page.locator("#result-count")).hasAttribute("role", "status");
        assertFocusOn("#facet-phase vaadin-checkbox[checked]");

        tabTo(".result-card h3 a");
        page.keyboard().press("Enter");
        page.waitForURL("**/practices/*");
        page.locator("#kit-links").waitFor();
        assertFocusOn("#main h1");

        // The link carries "download", so Enter saves the file instead of opening a viewer.
        tabTo("#kit-pdf");
        Download kit = page.waitForDownload(() -> page.keyboard().press("Enter"));
        assertThat(kit.failure()).isNull();
        assertThat(kit.suggestedFilename()).endsWith(".pdf");
    }

    @Test
    void contributeSaveAndSubmit() {
        String title = "Tastatur-Eintrag " + UUID.randomUUID().toString().substring(0, 6);
        page.navigate(url("?lang=de"));
        signIn("partner", "partner");
        page.navigate(url("my-entries"));
        page.locator("#new-entry").waitFor();

        tabTo("#new-entry");
        page.keyboard().press("Enter");
        page.locator("#title input").waitFor();
        assertFocusOn("#main h1");

        tabTo("#title");
        page.keyboard().type(title);
        tabTo("#summary");
        page.keyboard().type("Ein Eintrag, allein mit der Tastatur geschrieben.");
        tabTo("#innovationFields");
        page.keyboard().type("Verwaltung");
        page.locator("vaadin-multi-select-combo-box-item").first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.keyboard().press("Escape");

        tabTo("vaadin-button#save");
        page.keyboard().press("Enter");
        page.waitForURL("**/entries/*");
        assertThat(page.locator("#entry-state")).hasText("Entwurf");
        assertFocusOn("#main h1");

        String announced = page.locator("#entry-announcement").textContent();
        tabTo("vaadin-button#step-submit");
        page.keyboard().press("Enter");
        page.locator("vaadin-button#confirm-step").waitFor();
        assertFocusOn("vaadin-dialog, vaadin-dialog-overlay, [role=dialog]");
        tabTo("vaadin-button#confirm-step");
        page.keyboard().press("Enter");
        assertThat(page.locator("#entry-state")).hasText("In Prüfung");
        assertThat(page.locator("#entry-announcement")).not().hasText(announced);
        assertThat(page.locator("#entry-announcement")).containsText(title);
        assertFocusOn("#entry-status");
    }

    @Test
    void reviewAndRequestChangesWithAComment() {
        String title = submittedByUlm();
        page.navigate(url("?lang=de"));
        signIn("editor", "editor");
        // The queue filtered to Ulm by its address, as a bookmark would open it.
        page.navigate(url("review?organisation=ulm"));
        page.locator("#review-queue").waitFor();
        openRowByKeyboard(title);
        page.waitForURL("**/entries/*");
        page.locator("#entry-state").waitFor();
        assertFocusOn("#main h1");

        // Escape closes the dialog and gives the focus back to the button that opened it.
        tabTo("vaadin-button#step-requestChanges");
        page.keyboard().press("Enter");
        page.locator("#step-comment").waitFor();
        page.keyboard().press("Escape");
        assertThat(page.locator("#step-comment")).hasCount(0);
        assertFocusOn("vaadin-button#step-requestChanges");

        // Confirming without a comment puts the focus into the comment field, which says why.
        page.keyboard().press("Enter");
        page.locator("#step-comment").waitFor();
        tabTo("vaadin-button#confirm-step");
        page.keyboard().press("Enter");
        assertThat(page.locator("#step-comment")).hasAttribute("invalid", "");
        assertFocusOn("#step-comment");
        page.keyboard().type("Bitte ergänzen Sie, wie viele Formulare schon barrierefrei sind.");
        tabTo("vaadin-button#confirm-step");
        String announced = page.locator("#entry-announcement").textContent();
        page.keyboard().press("Enter");

        assertThat(page.locator("#entry-state")).hasText("Änderungen erbeten");
        assertThat(page.locator("#entry-announcement")).not().hasText(announced);
        assertThat(page.locator("#entry-timeline")).containsText("wie viele Formulare");
        assertFocusOn("#entry-status");
    }

    @Test
    void adaptAnEntry() {
        page.navigate(url("?lang=de"));
        signIn("partner", "partner");
        page.navigate(url("practices/rostock-beteiligungsplattform-mein-rostock"));
        page.locator("#adapt-practice").waitFor();

        tabTo("vaadin-button#adapt-practice");
        page.keyboard().press("Enter");
        page.locator("#adaptation-section").waitFor();
        assertFocusOn("#main h1");

        tabTo("#adaptation-scope");
        page.keyboard().type("Zuerst nur für zwei Stadtteile, mit dem Beirat für Menschen mit Behinderung.");
        tabTo("vaadin-button#save-submit");
        page.keyboard().press("Enter");
        page.waitForURL("**/entries/*");
        assertThat(page.locator("#entry-state")).hasText("In Prüfung");
        assertFocusOn("#main h1");
    }

    /** An entry of Ulm in review, made by Ulm's contributor through the service. */
    private String submittedByUlm() {
        Acting acting = new Acting(spring);
        CatalogueService catalogue = spring.getBean(CatalogueService.class);
        acting.ensureOtherContributor(catalogue.getOrganisation("ulm").getId());
        String title =
                "Leichte Sprache im Bürgerbüro " + UUID.randomUUID().toString().substring(0, 6);
        acting.run(Acting.OTHER_CONTRIBUTOR, () -> {
            ContributionService contributions = spring.getBean(ContributionService.class);
            Practice p = contributions.newDraft();
            p.setTitle(title);
            p.setSummary("Bescheide und Formulare zusätzlich in Leichter Sprache.");
            p.setLanguage("de");
            p.setConcepts(
                    ConceptScheme.INNOVATION_FIELD,
                    Set.of(catalogue.conceptsByKey().get("innovation-field:administration")));
            contributions.saveAndSubmit(p);
        });
        return title;
    }

    /**
     * In the queue's table: Tab from link to link until the one with the title has the focus, then
     * follow it with Enter, as a keyboard user would.
     */
    private void openRowByKeyboard(String title) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            checkFocusVisible();
            String text = (String) page.evaluate("() => document.activeElement && document.activeElement.textContent");
            if (text != null && text.contains(title) && isFocused("#review-queue a")) {
                page.keyboard().press("Enter");
                return;
            }
        }
        throw new AssertionError("no link in #review-queue to '" + title + "' reached with " + MAX_TABS
                + " presses of Tab; focus is on " + PageChecks.focused(page));
    }

    /** Presses Tab until the focus is on (or inside) what the selector names, checking every stop. */
    private void tabTo(String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            checkFocusVisible();
            if (isFocused(selector)) return;
        }
        throw new AssertionError(selector + " not reached with " + MAX_TABS + " presses of Tab; focus is on "
                + PageChecks.focused(page));
    }

    private void assertFocusOn(String selector) {
        // Focus moves with the server's answer; give it the time an assertion gets.
        long until = System.currentTimeMillis() + 10_000;
        while (!isFocused(selector) && System.currentTimeMillis() < until) {
            page.waitForTimeout(100);
        }
        assertThat(isFocused(selector))
                .as("focus on %s, but it is on %s", selector, PageChecks.focused(page))
                .isTrue();
        checkFocusVisible();
    }

    private void checkFocusVisible() {
        PageChecks.Focus focus = PageChecks.focus(page);
        if (!focus.sufficient()) {
            unseenFocus.add(page.url().replaceFirst("https?://[^/]+", "") + ": " + focus);
        }
    }

    /** Whether the focused element, looked for into shadow roots, is or is inside what the selector names. */
    private boolean isFocused(String selector) {
        return (Boolean) page.evaluate("""
                sel => {
                  let el = document.activeElement;
                  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
                  for (let c = el; c; c = c.parentElement || (c.getRootNode() && c.getRootNode().host)) {
                    if (c.matches && c.matches(sel)) return true;
                  }
                  return false;
                }""", selector);
    }
}
