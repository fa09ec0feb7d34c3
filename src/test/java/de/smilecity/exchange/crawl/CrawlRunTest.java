package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.testsupport.Acting;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** Whole runs against real local HTTP servers serving the fixture sites of src/test/resources/crawl-fixtures. */
// The minute tick of scheduled crawls is off here, so that only the test decides when it runs.
@SpringBootTest(properties = "smile.crawl.schedule-tick=-")
@ActiveProfiles({"demo", "test"})
class CrawlRunTest {

    @Autowired
    PartnerSourceService sources;

    @Autowired
    CrawlService crawls;

    @Autowired
    CandidateService candidates;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    ApplicationContext spring;

    /**
     * Signs in as the demo editor in the strategy of this context: Vaadin keeps its own strategy per
     * context, so the JVM-wide holder is pointed at it (as in SignedInBrowserlessTest).
     */
    @BeforeEach
    void signInAsEditor() {
        Fixtures.clearReviewQueue(spring);
        new Acting(spring).signIn("editor");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void extractsEveryProfilePageObeysRobotsAndRecordsOneOutcomePerUrl() {
        try (FixtureServer server = FixtureServer.serving("profile-site")) {
            PartnerSource source = sources.save(Fixtures.source("profile-site", server));
            CrawlRun run = runToEnd(source);

            assertThat(run.getState()).isEqualTo(RunState.FINISHED);
            assertThat(run.getImported()).isEqualTo(5);
            assertThat(run.getFailed()).isEqualTo(1);
            List<CrawlOutcome> outcomes = crawls.outcomes(run.id());
            assertThat(outcomes).extracting(CrawlOutcome::getUrl).doesNotHaveDuplicates();
            assertThat(outcomes.size()).isEqualTo(run.total());

            CrawlOutcome forbidden = outcome(outcomes, "/privat/entwurf.html");
            assertThat(forbidden.getOutcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(forbidden.getReason()).contains("robots");
            assertThat(server.requestedPaths()).noneMatch(p -> p.startsWith("/privat/"));

            CrawlOutcome broken = outcome(outcomes, "/projekte/gibt-es-nicht.html");
            assertThat(broken.getOutcome()).isEqualTo(Outcome.FAILED);
            assertThat(broken.getHttpStatus()).isEqualTo(404);
            assertThat(broken.getReason()).contains("404");

            assertThat(outcome(outcomes, "/projekte/auenbrunn-rufbus.html?utm_campaign=x&ref=y")
                            .getReason())
                    .startsWith("duplicate");
            assertThat(outcome(outcomes, "/projekte/auenbrunn-rufbus.html#top").getOutcome())
                    .isEqualTo(Outcome.SKIPPED);
            assertThat(server.requestedPaths().stream().filter(p -> p.startsWith("/projekte/auenbrunn")))
                    .hasSize(1);
            assertThat(outcome(outcomes, "/index.html").getReason()).startsWith("listing");
            assertThat(server.requests()).allMatch(r -> r.userAgent().startsWith("smile-exchange-crawler/1.0 (+"));

            assertCandidatesAsExpected(candidates.ofRun(run.id()), server);
        }
    }

    @Test
    void waitsForTheCrawlDelayBetweenRequestsToOneHost() {
        try (FixtureServer server = FixtureServer.serving("profile-site")) {
            PartnerSource source = Fixtures.source("profile-site", server);
            source.setMaxPages(3);
            source.setSitemapUrl(null);
            CrawlRun run = runToEnd(sources.save(source));
            assertThat(run.getState()).isEqualTo(RunState.FINISHED);
            List<FixtureServer.Request> requests = server.requests();
            assertThat(requests).hasSizeGreaterThanOrEqualTo(3);
            for (int i = 1; i < requests.size(); i++) {
                long gapMillis =
                        (requests.get(i).nanoTime() - requests.get(i - 1).nanoTime()) / 1_000_000;
                // robots.txt asks for Crawl-delay: 1 while the source asks for none.
                assertThat(gapMillis)
                        .as("gap before %s", requests.get(i).path())
                        .isGreaterThanOrEqualTo(950);
            }
            assertThat(crawls.outcomes(run.id()))
                    .filteredOn(o -> o.getReason() != null && o.getReason().startsWith("limit"))
                    .isNotEmpty();
        }
    }

    @Test
    void findsEveryPageUnchangedOnTheSecondRun() {
        try (FixtureServer server = FixtureServer.serving("jsonld-site")) {
            PartnerSource source = sources.save(Fixtures.source("jsonld-site", server));
            CrawlRun first = runToEnd(source);
            assertThat(first.getImported()).isEqualTo(5);
            CrawlRun second = runToEnd(source);
            assertThat(second.getState()).isEqualTo(RunState.FINISHED);
            assertThat(second.getImported()).isZero();
            assertThat(second.getUnchanged()).isEqualTo(5);
            assertThat(candidates.ofRun(second.id())).isEmpty();
        }
    }

    @Test
    void readsTitleAndDescriptionOfAnUnconfiguredSiteFromJsonLdOpenGraphAndMainText() {
        try (FixtureServer server = FixtureServer.serving("jsonld-site")) {
            CrawlRun run = runToEnd(sources.save(Fixtures.source("jsonld-site", server)));
            Map<String, ImportCandidate> byPath = byPath(candidates.ofRun(run.id()), server);
            for (Map<String, Object> page : Fixtures.pages("jsonld-site")) {
                ImportCandidate c = byPath.get((String) page.get("path"));
                assertThat(c).as(page.get("path").toString()).isNotNull();
                assertThat(c.getTitle()).isEqualTo(page.get("title"));
                if (page.get("description") != null)
                    assertThat(c.getDescription()).isEqualTo(page.get("description"));
                if (page.get("descriptionContains") != null) {
                    assertThat(c.getDescription())
                            .contains((String) page.get("descriptionContains"))
                            .contains((String) page.get("descriptionAlsoContains"));
                    strings(page.get("descriptionMustNotContain"))
                            .forEach(t -> assertThat(c.getDescription()).doesNotContain(t));
                }
                if (page.get("keywords") != null)
                    assertThat(c.getKeywords()).containsExactlyElementsOf(strings(page.get("keywords")));
                if (page.get("organisation") != null)
                    assertThat(c.getOrganisation()).isEqualTo(page.get("organisation"));
            }
        }
    }

    @Test
    void importsMalformedHtmlLeniently() {
        try (FixtureServer server = FixtureServer.serving("malformed")) {
            PartnerSource source = new PartnerSource();
            source.setName("malformed " + System.nanoTime());
            source.setStartUrls(List.of(server.url("/broken.html")));
            source.setDelayMs(0);
            CrawlRun run = runToEnd(sources.save(source));
            ImportCandidate c = candidates.ofRun(run.id()).getFirst();
            assertThat(c.getTitle()).isEqualTo("Ortsteilbüro mobil: das Rathaus kommt ins Dorf");
            assertThat(c.getDescription()).contains("Einmal im Monat fährt ein umgebauter Transporter");
            assertThat(outcome(crawls.outcomes(run.id()), "/broken.html").getOutcome())
                    .isEqualTo(Outcome.IMPORTED);
        }
    }

    @Test
    @Tag("hostile")
    void readsNoSitemapAndNoSitemapEntryOutsideTheAllowedHosts() {
        try (FixtureServer server = FixtureServer.serving("profile-site")) {
            // localhost is the fixture server too: only the allowed hosts keep the crawler away.
            String elsewhere = server.base().replace("127.0.0.1", "localhost");
            PartnerSource source = Fixtures.source("profile-site", server);
            source.setAllowedHosts(List.of("127.0.0.1"));
            source.setStartUrls(List.of(server.url("/robots.txt")));
            source.setSitemapUrl(elsewhere + "/sitemap.xml");
            PartnerSource saved = sources.save(source);
            CrawlRun run = runToEnd(saved);
            assertThat(run.getState()).isEqualTo(RunState.FINISHED);
            CrawlOutcome sitemap = outcome(crawls.outcomes(run.id()), "/sitemap.xml");
            assertThat(sitemap.getOutcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(sitemap.getReason())
                    .startsWith("sitemap: host localhost is not among the source's allowed hosts [127.0.0.1]");
            assertThat(server.requestedPaths()).doesNotContain("/sitemap.xml");

            server.override(
                    "/sitemap.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                            + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                            + "<url><loc>" + elsewhere + "/projekte/auenbrunn-rufbus.html</loc></url>"
                            + "<url><loc>" + server.url("/projekte/haselbrueck-waermeplanung.html") + "</loc></url>"
                            + "</urlset>");
            PartnerSource again = sources.get(saved.getId());
            again.setSitemapUrl(server.url("/sitemap.xml"));
            CrawlRun second = runToEnd(sources.save(again));
            List<CrawlOutcome> outcomes = crawls.outcomes(second.id());
            assertThat(outcome(outcomes, "/projekte/auenbrunn-rufbus.html").getReason())
                    .isEqualTo("host localhost is not among the source's allowed hosts [127.0.0.1]");
            assertThat(outcome(outcomes, "/projekte/haselbrueck-waermeplanung.html")
                            .getOutcome())
                    .isEqualTo(Outcome.IMPORTED);
            assertThat(server.requestedPaths()).doesNotContain("/projekte/auenbrunn-rufbus.html");
        }
    }

    @Test
    @Tag("hostile")
    void takesABoundedNumberOfLinksFromAPageWithEightyThousandAndSaysHowManyWereLeftOut() {
        int links = 80_000;
        StringBuilder page = new StringBuilder("<html><body><h1>Linkfarm</h1>");
        for (int i = 0; i < links; i++) page.append("<a href=/l/").append(i).append("></a>");
        String html = page.append("</body></html>").toString();
        assertThat(html.length()).isLessThan(2 * 1024 * 1024); // within the body cap: every link is read
        try (FixtureServer server = FixtureServer.serving("link-farm")) {
            server.on("/farm.html", ex -> FixtureServer.send(ex, 200, "text/html", html));
            PartnerSource source = new PartnerSource();
            source.setName("farm " + System.nanoTime());
            source.setStartUrls(List.of(server.url("/farm.html")));
            // The farm itself is a listing, read for its links only; its links are candidates.
            source.setInclude(List.of("^/l/"));
            source.setDelayMs(0);
            source.setMaxPages(10);
            long start = System.nanoTime();
            CrawlRun run = runToEnd(sources.save(source));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;

            assertThat(run.getState()).isEqualTo(RunState.FINISHED);
            assertThat(seconds).isLessThan(60);
            List<CrawlOutcome> outcomes = crawls.outcomes(run.id());
            assertThat(outcomes)
                    .hasSize(run.total())
                    .hasSizeLessThanOrEqualTo(CrawlProperties.DEFAULT_MAX_LINKS_PER_PAGE + 1);
            int leftOut = links - CrawlProperties.DEFAULT_MAX_LINKS_PER_PAGE;
            assertThat(outcome(outcomes, "/farm.html").getReason())
                    .contains(leftOut + " of its " + links + " links were left out");
            // The frontier holds the page limit of 10; the other 490 links taken are counted too.
            assertThat(run.getReason())
                    .contains(leftOut + " links of 1 page(s) with more than "
                            + CrawlProperties.DEFAULT_MAX_LINKS_PER_PAGE + " links")
                    .contains((CrawlProperties.DEFAULT_MAX_LINKS_PER_PAGE - 10)
                            + " URLs that found the run's queue full");
            assertThat(server.requestedPaths().stream().filter(p -> p.startsWith("/l/")))
                    .hasSizeLessThanOrEqualTo(10);
        }
    }

    @Test
    void stopsAtTheDepthLimit() {
        try (FixtureServer server = FixtureServer.serving("profile-site")) {
            PartnerSource source = Fixtures.source("profile-site", server);
            source.setSitemapUrl(null);
            source.setMaxDepth(0);
            CrawlRun run = runToEnd(sources.save(source));
            assertThat(run.getImported()).isZero();
            assertThat(crawls.outcomes(run.id()))
                    .filteredOn(o ->
                            o.getUrl().contains("/projekte/") && !o.getReason().startsWith("duplicate"))
                    .isNotEmpty()
                    .allSatisfy(o -> assertThat(o.getReason()).startsWith("limit"));
            assertThat(server.requestedPaths()).containsExactly("/robots.txt", "/index.html");
        }
    }

    @Test
    void keepsEditsMadeInTheAppAndOffersThePartnersChangesAsANewCandidate() {
        try (FixtureServer server = FixtureServer.serving("jsonld-site")) {
            PartnerSource source = sources.save(Fixtures.source("jsonld-site", server));
            CrawlRun first = runToEnd(source);
            ImportCandidate quartiersbus =
                    byPath(candidates.ofRun(first.id()), server).get("/beitraege/quartiersbus.html");
            Practice entry = candidates.accept(quartiersbus.id(), CandidateEdit.NONE, null);
            assertThat(entry.isPublished()).isTrue();
            assertThat(entry.getProvenance().getSourceUrl()).isEqualTo(quartiersbus.getSourceUrl());

            Practice edited = catalogue.getForEdit(entry.getSlug());
            edited.setTitle("Quartiersbus – in der Redaktion geändert");
            catalogue.save(edited);

            String page = server.url("/beitraege/quartiersbus.html");
            server.override(
                    "/beitraege/quartiersbus.html",
                    readFixture("jsonld-site/beitraege/quartiersbus.html")
                            .replace(
                                    "\"name\": \"Quartiersbus Sonnenfurt-Nord\"",
                                    "\"name\": \"Quartiersbus Sonnenfurt-Nord und -Süd\"")
                            .replace("zweimal pro Woche", "dreimal pro Woche"));
            CrawlRun second = runToEnd(source);
            assertThat(second.getImported()).isEqualTo(1);
            ImportCandidate update = candidates.ofRun(second.id()).getFirst();
            assertThat(update.getSourceUrl()).isEqualTo(page);
            List<FieldChange> diff = candidates.diff(update.id());
            FieldChange title = diff.stream()
                    .filter(d -> d.field().equals("title"))
                    .findFirst()
                    .orElseThrow();
            assertThat(title.editedInApp()).isTrue();
            assertThat(title.current()).isEqualTo("Quartiersbus – in der Redaktion geändert");
            FieldChange description = diff.stream()
                    .filter(d -> d.field().equals("description"))
                    .findFirst()
                    .orElseThrow();
            assertThat(description.editedInApp()).isFalse();

            Practice updated = candidates.accept(update.id(), CandidateEdit.NONE, null);
            assertThat(updated.getId()).isEqualTo(entry.getId());
            assertThat(updated.getTitle()).isEqualTo("Quartiersbus – in der Redaktion geändert");
            assertThat(updated.getDescription()).contains("dreimal pro Woche");
        }
    }

    @Test
    void cancelsARunAndStillGivesEveryUrlAnOutcome() throws InterruptedException {
        try (FixtureServer server = FixtureServer.serving("profile-site")) {
            PartnerSource source = Fixtures.source("profile-site", server);
            source.setDelayMs(1500);
            CrawlRun run = crawls.start(sources.save(source).getId(), "test");
            Thread.sleep(1000);
            crawls.cancel(run.id());
            CrawlRun ended = awaitEnd(run);
            assertThat(ended.getState()).isEqualTo(RunState.CANCELLED);
            List<CrawlOutcome> outcomes = crawls.outcomes(run.id());
            assertThat(outcomes).hasSize(ended.total());
            assertThat(outcomes).anySatisfy(o -> assertThat(o.getReason()).contains("cancelled"));
            assertThat(sources.get(source.getId()).getLastRunState()).isEqualTo(RunState.CANCELLED);
        }
    }

    @Test
    void recordsThatAnOversizedPageWasCut() {
        try (FixtureServer server = FixtureServer.serving("profile-site")) {
            String huge = "<html><body><h1>Riesig</h1><p>" + "Text ".repeat(600_000) + "</p></body></html>";
            server.on("/huge.html", ex -> FixtureServer.send(ex, 200, "text/html", huge));
            PartnerSource source = new PartnerSource();
            source.setName("huge " + System.nanoTime());
            source.setStartUrls(List.of(server.url("/huge.html")));
            source.setDelayMs(0);
            CrawlRun run = runToEnd(sources.save(source));
            CrawlOutcome outcome = outcome(crawls.outcomes(run.id()), "/huge.html");
            assertThat(outcome.isTruncated()).isTrue();
            assertThat(outcome.getOutcome()).isEqualTo(Outcome.IMPORTED);
            assertThat(outcome.getReason()).contains("was cut");
        }
    }

    @Test
    void startsDueScheduledCrawlsOnOneNodeAtATime(@Autowired ScheduledCrawls schedule) throws InterruptedException {
        PartnerSource source = new PartnerSource();
        source.setName("scheduled " + System.nanoTime());
        // Port 9 on loopback: nothing answers there, so the run ends at once.
        source.setStartUrls(List.of("http://127.0.0.1:9/"));
        source.setSchedule("* * * * * *");
        long id = sources.save(source).getId();
        Thread.sleep(1_100);
        schedule.startDueCrawls();
        schedule.startDueCrawls(); // within ShedLock's lockAtLeastFor: this call must not run
        List<CrawlRun> runs = crawls.runsOf(id);
        assertThat(runs).hasSize(1);
        assertThat(runs.getFirst().getTriggeredBy()).isEqualTo("schedule");
        assertThat(awaitEnd(runs.getFirst()).getState().isActive()).isFalse();
    }

    @Test
    void asksForTheReasonBeforePublishingADiscontinuedPractice() {
        try (FixtureServer server = FixtureServer.serving("profile-site")) {
            server.override(
                    "/projekte/erlenquell-baumsensoren.html",
                    readFixture("profile-site/projekte/erlenquell-baumsensoren.html")
                            .replace("<dd>Pilotphase</dd>", "<dd>Eingestellt</dd>"));
            PartnerSource source = Fixtures.source("profile-site", server);
            source.setStartUrls(List.of(server.url("/projekte/erlenquell-baumsensoren.html")));
            source.setSitemapUrl(null);
            source.setMaxDepth(0);
            CrawlRun run = runToEnd(sources.save(source));
            ImportCandidate c = candidates.ofRun(run.id()).getFirst();
            assertThat(c.getPhase()).hasToString("DISCONTINUED");
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> candidates.accept(c.id(), CandidateEdit.NONE, null))
                    .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                    .hasMessageContaining("not valid");
            CandidateEdit reason = new CandidateEdit(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "Die Sensoren hielten dem Frost nicht stand.",
                    null,
                    null,
                    null);
            Practice published = candidates.accept(c.id(), reason, null);
            assertThat(published.getDiscontinuedReason()).isEqualTo("Die Sensoren hielten dem Frost nicht stand.");
            assertThat(published.getInnovationFields())
                    .extracting(de.smilecity.exchange.catalogue.Concept::getCode)
                    .containsExactly("climate", "environment");
            assertThat(published.getKeywords()).contains("Ländlicher Raum");
        }
    }

    private void assertCandidatesAsExpected(List<ImportCandidate> found, FixtureServer server) {
        Map<String, ImportCandidate> byPath = byPath(found, server);
        List<Map<String, Object>> pages = Fixtures.pages("profile-site");
        assertThat(byPath).hasSize(pages.size());
        for (Map<String, Object> page : pages) {
            String path = (String) page.get("path");
            ImportCandidate c = byPath.get(path);
            assertThat(c).as(path).isNotNull();
            assertThat(c.getTitle()).as(path).isEqualTo(page.get("title"));
            assertThat(c.getSummary()).as(path).isEqualTo(page.get("summary"));
            assertThat(c.getOrganisation()).as(path).isEqualTo(page.get("organisation"));
            assertThat(c.getRegion()).as(path).isEqualTo(page.get("state"));
            assertThat(c.getPopulation()).as(path).isEqualTo(page.get("population"));
            assertThat(c.getAreaKm2())
                    .as(path)
                    .isEqualByComparingTo(new BigDecimal(page.get("areaKm2").toString()));
            assertThat(c.getPhase()).as(path).hasToString((String) page.get("phase"));
            assertThat(c.getInnovationFields())
                    .as(path)
                    .containsExactlyElementsOf(strings(page.get("innovationFields")));
            assertThat(c.getUnknownLabels()).as(path).containsExactlyElementsOf(strings(page.get("unknownLabels")));
            assertThat(c.getKeywords()).as(path).containsExactlyElementsOf(strings(page.get("keywords")));
            assertThat(c.getContact()).as(path).isEqualTo(page.get("contact"));
            assertThat(c.getDescription()).as(path).contains((String) page.get("descriptionContains"));
            strings(page.get("descriptionMustContain"))
                    .forEach(t -> assertThat(c.getDescription()).as(path).contains(t));
            strings(page.get("descriptionMustNotContain"))
                    .forEach(t -> assertThat(c.getDescription()).as(path).doesNotContain(t));
            for (String text :
                    List.of(c.getTitle(), c.getSummary(), c.getDescription(), String.valueOf(c.getContact()))) {
                assertThat(text.toLowerCase(java.util.Locale.ROOT))
                        .as(path)
                        .doesNotContain("<script", "onerror", "onclick", "onload", "javascript:", "<iframe", "<style");
            }
        }
    }

    private CrawlRun runToEnd(PartnerSource source) {
        return awaitEnd(crawls.start(source.getId(), "test"));
    }

    private CrawlRun awaitEnd(CrawlRun run) {
        return Fixtures.awaitEnd(crawls, run, Fixtures.RUN_TIMEOUT);
    }

    private static CrawlOutcome outcome(List<CrawlOutcome> outcomes, String pathAndQuery) {
        return outcomes.stream()
                .filter(o -> o.getUrl().endsWith(pathAndQuery))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for " + pathAndQuery + " in "
                        + outcomes.stream()
                                .map(o -> o.getUrl() + " " + o.getOutcome() + " " + o.getReason())
                                .toList()));
    }

    private static Map<String, ImportCandidate> byPath(List<ImportCandidate> found, FixtureServer server) {
        return found.stream()
                .collect(Collectors.toMap(
                        c -> c.getSourceUrl().substring(server.base().length()), c -> c));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    static String readFixture(String path) {
        try {
            return java.nio.file.Files.readString(FixtureServer.FIXTURES.resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
