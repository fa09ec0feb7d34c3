package de.smilecity.exchange.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import de.smilecity.exchange.crawl.PartnerSource;
import de.smilecity.exchange.crawl.PartnerSourceService;
import de.smilecity.exchange.testsupport.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An editor crawls the demo partner site, watches the run finish and publishes one of its candidates. */
class CrawlJourneyIT extends BrowserTest {

    static final String DEMO_SOURCE = "Netzwerk Smarte Küstenstädte (Demo)";

    @Autowired
    PartnerSourceService sources;

    // The demo robots.txt asks for Crawl-delay: 1, so the ~20 requests take 20 s or more on a busy machine.
    @Test
    void crawlsTheDemoSiteAndPublishesACandidate() {
        PartnerSource demo = pointDemoSourceAtThisServer();

        signIn("editor", "editor");
        page.navigate(url("admin/sources"));
        assertThat(page.locator("vaadin-side-nav-item")
                        .filter(new Locator.FilterOptions().setHasText("Partnerquellen")))
                .isVisible();
        page.locator("#start-crawl-" + demo.getId()).click();

        assertThat(page.locator("#run-state"))
                .hasText("beendet", new LocatorAssertions.HasTextOptions().setTimeout(180_000));
        // Eight project pages and the parking sensors' report, which a run imports as one item of its own.
        assertThat(page.locator("#run-counts")).containsText("9 importiert");
        assertThat(page.locator("#run-outcomes")).containsText("robots");
        screenshot("crawl-01-run-finished");

        page.locator("#run-candidates").click();
        page.locator(
                        "#candidates a",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Parksensoren am Stadthafen"))
                .click();
        assertThat(page.locator("#unknown-labels")).containsText("Hafenlogistik");
        assertThat(page.locator("#candidate-title input"))
                .hasValue("Parksensoren am Stadthafen: weniger Suchverkehr an der Kaikante");
        screenshot("crawl-02-candidate");
        page.locator("#accept-candidate").click();

        assertThat(page.locator("h1")).hasText("Parksensoren am Stadthafen: weniger Suchverkehr an der Kaikante");
        assertThat(page.locator("main, [role=main]").first()).containsText("Hafenstedt");
        screenshot("crawl-03-published");
    }

    /** The seeded demo source names port 8080; this test's server runs on a random port. */
    private PartnerSource pointDemoSourceAtThisServer() {
        PartnerSource demo = sources.all().stream()
                .filter(s -> s.getName().equals(DEMO_SOURCE))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the seed content has no source '" + DEMO_SOURCE + "'"));
        String base = "http://localhost:" + port;
        demo.setStartUrls(List.of(base + "/demo-partner-site/projekte/index.html"));
        demo.setSitemapUrl(base + "/demo-partner-site/sitemap.xml");
        demo.setDelayMs(0);
        return sources.save(demo);
    }
}
