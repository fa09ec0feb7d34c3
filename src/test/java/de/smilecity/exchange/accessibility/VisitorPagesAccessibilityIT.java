package de.smilecity.exchange.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.LoadState;
import de.smilecity.exchange.testsupport.Axe;
import de.smilecity.exchange.testsupport.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages a visitor sees without signing in, in both languages, checked with axe-core against
 * WCAG 2.1 A and AA (BITV 2.0). Serious and critical violations fail; moderate and minor ones are
 * logged, and the docs say why any of them stays.
 */
class VisitorPagesAccessibilityIT extends BrowserTest {

    private static final Logger log = LoggerFactory.getLogger(VisitorPagesAccessibilityIT.class);

    /** A page to check: its name in the failure message, its address, and what shows it is rendered. */
    private record Visit(String name, String path, String renderedWhen) {}

    private static final List<Visit> VISITS = List.of(
            new Visit("start page", "", "#fields .field-count"),
            new Visit("catalogue search", "practices?q=B%C3%BCrgerbeteiligung", ".result-card"),
            new Visit("catalogue filtered", "practices?q=Lastenrad&phase=discontinued", ".result-card"),
            new Visit("entry detail", "practices/kiel-landstrom-hafen", "h1"),
            new Visit("organisation", "organisations/kiel", "h1"),
            new Visit("open data", "open-data", "h1"),
            new Visit("login", "login", "vaadin-login-form input[name=username]"),
            new Visit("accessibility statement", "accessibility", "#statement-limitations"),
            new Visit("page not found", "practices/no-such-entry", "h1"));

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"de", "en"})
    void visitorPagesHaveNoSeriousOrCriticalViolations(String language) {
        // The parameter stores the language in a cookie, so every following page opens in it.
        page.navigate(url("?lang=" + language));
        List<String> failures = new ArrayList<>();
        for (Visit visit : VISITS) {
            page.navigate(url(visit.path()));
            page.locator(visit.renderedWhen()).first().waitFor();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("html").getAttribute("lang"))
                    .as("<html lang> on the %s in %s", visit.name(), language)
                    .isEqualTo(language);
            List<Axe.Violation> violations = Axe.check(page);
            String where = visit.name() + " (/" + visit.path() + ", " + language + ")";
            if (!violations.isEmpty()) {
                log.info("axe-core findings on {}", Axe.format(where, violations));
            }
            List<Axe.Violation> blocking = violations.stream()
                    .filter(v -> Axe.BLOCKING.contains(v.impact()))
                    .toList();
            if (!blocking.isEmpty()) {
                failures.add(Axe.format(where, blocking));
            }
        }
        assertThat(failures)
                .as("serious or critical WCAG 2.1 A/AA violations found by axe-core:\n%s", String.join("\n", failures))
                .isEmpty();
    }
}
