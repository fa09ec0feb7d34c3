package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.testsupport.Acting;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An installation that does not allow the local network, as in production: a source pointing at
 * this machine is stored with a warning, and its run refuses every URL before any connection.
 */
@SpringBootTest(properties = {"smile.crawl.schedule-tick=-", "smile.crawl.local-network-allowed=false"})
@ActiveProfiles({"demo", "test"})
@Tag("hostile")
class CrawlLocalNetworkTest {

    @Autowired
    PartnerSourceService sources;

    @Autowired
    CrawlService crawls;

    @Autowired
    ApplicationContext spring;

    @Test
    void refusesEveryUrlOfALocalSiteBeforeAnyConnection() {
        new Acting(spring).run("editor", this::crawlTheLocalSite);
    }

    private void crawlTheLocalSite() {
        try (FixtureServer server = FixtureServer.serving("profile-site")) {
            PartnerSource source = Fixtures.source("profile-site", server);
            // Also by name: localhost is this machine, with or without the final dot.
            source.setStartUrls(List.of(
                    server.url("/index.html"), server.base().replace("127.0.0.1", "localhost.") + "/index.html"));
            source.setAllowedHosts(List.of()); // the hosts of the start URLs and the sitemap
            PartnerSource saved = sources.save(source);
            assertThat(sources.addressWarnings(saved))
                    .anySatisfy(w -> assertThat(w).contains("127.0.0.1 is a loopback address"))
                    .anySatisfy(w -> assertThat(w).contains("localhost. is a name of this machine"));

            CrawlRun run = awaitEnd(crawls.start(saved.getId(), "test"));
            assertThat(run.getState()).isEqualTo(RunState.FAILED);
            // Both hosts are crawled at once, so either refusal may be the first the reason names.
            assertThat(run.getReason())
                    .contains("no page could be read")
                    .containsAnyOf("loopback", "a name of this machine");
            assertThat(sources.get(saved.getId()).lastRunFailed()).isTrue();
            assertThat(run.getImported()).isZero();
            assertThat(crawls.outcomes(run.id())).isNotEmpty().allSatisfy(o -> {
                assertThat(o.getOutcome()).isEqualTo(Outcome.FAILED);
                assertThat(o.getReason()).contains("refused: ").contains("smile.crawl.local-network-allowed");
            });
            assertThat(server.requests()).isEmpty();
        }
    }

    private CrawlRun awaitEnd(CrawlRun run) {
        return Fixtures.awaitEnd(crawls, run, Fixtures.RUN_TIMEOUT);
    }
}
