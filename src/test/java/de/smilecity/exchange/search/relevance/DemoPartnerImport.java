package de.smilecity.exchange.search.relevance;

import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.crawl.CandidateEdit;
import de.smilecity.exchange.crawl.CandidateService;
import de.smilecity.exchange.crawl.CandidateState;
import de.smilecity.exchange.crawl.CrawlRun;
import de.smilecity.exchange.crawl.CrawlService;
import de.smilecity.exchange.crawl.DuplicateChoice;
import de.smilecity.exchange.crawl.Fixtures;
import de.smilecity.exchange.crawl.ImportCandidate;
import de.smilecity.exchange.crawl.PartnerSource;
import de.smilecity.exchange.crawl.PartnerSourceService;
import de.smilecity.exchange.testsupport.Acting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationContext;

/**
 * Brings the demo partner site into the catalogue as an editor would: the seeded demo source is
 * crawled from this test's own server and every candidate is accepted, each as a project of its own.
 * The evaluation's catalogue thus holds entries written by another hand and taken in by the crawler,
 * not only the seed texts the search was tuned on.
 */
final class DemoPartnerImport {

    static final String DEMO_SOURCE = "Netzwerk Smarte Küstenstädte (Demo)";

    /** The demo robots.txt asks for a second between requests; about twenty pages. */
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);

    /** The reason an editor gives for an ended project whose page tells it only in the running text. */
    static final String ENDED_REASON = "Siehe Bericht des Partners";

    private DemoPartnerImport() {}

    /**
     * Crawls and accepts, once per application: when the source has run before (a second test class
     * on the same cached context), nothing is done.
     *
     * @return the slugs of the accepted entries (empty when imported before)
     */
    static List<String> intoCatalogue(ApplicationContext spring, int port) {
        PartnerSourceService sources = spring.getBean(PartnerSourceService.class);
        CrawlService crawls = spring.getBean(CrawlService.class);
        CandidateService candidates = spring.getBean(CandidateService.class);
        Acting acting = new Acting(spring);
        PartnerSource demo = sources.all().stream()
                .filter(s -> s.getName().equals(DEMO_SOURCE))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "The seed content has no partner source '" + DEMO_SOURCE + "' to import from"));
        if (!crawls.runsOf(Objects.requireNonNull(demo.getId())).isEmpty()) return List.of();
        // The seeded source names port 8080; this test's server runs on a random port.
        String base = "http://localhost:" + port;
        demo.setStartUrls(List.of(base + "/demo-partner-site/projekte/index.html"));
        demo.setSitemapUrl(base + "/demo-partner-site/sitemap.xml");
        demo.setDelayMs(0);
        long sourceId = Objects.requireNonNull(sources.save(demo).getId());
        CrawlRun run = Fixtures.awaitEnd(crawls, acting.as("editor", () -> crawls.start(sourceId)), RUN_TIMEOUT);
        List<String> accepted = new ArrayList<>();
        for (ImportCandidate c : candidates.ofRun(run.id())) {
            if (c.getState() != CandidateState.PENDING) continue;
            CandidateEdit edit = editFor(c);
            accepted.add(acting.as("editor", () -> candidates.accept(c.id(), edit, null, DuplicateChoice.KEEP_BOTH))
                    .getSlug());
        }
        if (accepted.isEmpty()) {
            throw new IllegalStateException("The crawl of the demo partner site (run " + run.id() + ", "
                    + run.getState() + ") gave no candidate to accept");
        }
        return accepted;
    }

    /**
     * What an editor adds before accepting: an ended project needs a reason, which the partner page
     * gives only in its text; the editor points there in words that add nothing to search for.
     */
    private static CandidateEdit editFor(ImportCandidate c) {
        if (c.getPhase() != Phase.DISCONTINUED || c.getDiscontinuedReason() != null) return CandidateEdit.NONE;
        return new CandidateEdit(null, null, null, null, null, null, null, null, ENDED_REASON, null, null, null);
    }
}
