package de.smilecity.exchange.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.testsupport.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages a visitor sees without signing in, in both languages, checked with axe-core against
 * WCAG 2.1 A and AA (BITV 2.0). Serious and critical violations fail; moderate and minor ones are
 * logged, and the docs say why any of them stays.
 */
class VisitorPagesAccessibilityIT extends BrowserTest {

    /** A page to check: its name in the failure message, its address, and what shows it is rendered. */
    private record Visit(String name, String path, String renderedWhen) {}

    static final String GERMAN_ENTRY = "kiel-landstrom-hafen";
    static final String ENGLISH_ENTRY = "amsterdam-algorithm-register";
    static final String ENGLISH_ENTRY_LANGUAGE = "en";

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
        PageAudit audit = new PageAudit(page, this::url, language);
        for (Visit visit : VISITS) {
            audit.page(visit.name(), visit.path(), visit.renderedWhen());
        }
        audit.page("comparison", "compare?ids=" + GERMAN_ENTRY + "," + ENGLISH_ENTRY, "#compare-table");
        audit.page("organisations", "organisations", "#main h1");
        audit.page("printable kit", "api/v1/practices/" + GERMAN_ENTRY + "/kit.html", "h1", null);
        audit.state("search without results", p -> p.navigate(url("practices?q=Zzyzxquark")), ".empty-state");
        audit.assertClean();
    }

    /**
     * In the English UI a German entry keeps {@code lang="de"} on its text, on the detail page, on
     * result cards and in the comparison, so that a screen reader reads it in German.
     */
    @Test
    void entriesCarryTheirOwnLanguageInTheOtherUi() {
        page.navigate(url("?lang=en"));
        page.navigate(url("practices/" + GERMAN_ENTRY));
        page.locator("#main h1").waitFor();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(langOf("#main h1")).isEqualTo("de");
        assertThat(langOf("#summary")).isEqualTo("de");

        page.navigate(url("practices?q=Landstrom"));
        page.locator(".result-card").first().waitFor();
        assertThat(langOf(".result-card h3 a")).isEqualTo("de");

        page.navigate(url("compare?ids=" + GERMAN_ENTRY + "," + ENGLISH_ENTRY));
        page.locator("#compare-table").waitFor();
        assertThat(langOf("#compare-table thead th:nth-child(2) a")).isEqualTo("de");
        assertThat(langOf("#compare-table thead th:nth-child(3) a")).isEqualTo(ENGLISH_ENTRY_LANGUAGE);
        assertThat(langOf("#compare-table caption")).isEqualTo("en");
    }

    /** The language an element is read in: its own lang, or its nearest ancestor's. */
    private String langOf(String selector) {
        return (String)
                page.locator(selector)
                        .first()
                        .evaluate(
                                "el => { const owner = el.closest('[lang]'); return owner ? owner.getAttribute('lang') : ''; }");
    }
}
