package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ReportSummary;
import de.smilecity.exchange.catalogue.Reports;
import de.smilecity.exchange.search.Passage;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.testsupport.Acting;
import de.smilecity.exchange.testsupport.TestReports;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Reports (PDF) of partner sites, crawled from a real local HTTP server: read page by page after the
 * pages, each with one recorded outcome, linked from the candidates of the pages that link them and
 * attached to the entry on acceptance.
 */
@SpringBootTest(properties = "smile.crawl.schedule-tick=-")
@ActiveProfiles({"demo", "test"})
class CrawlReportsTest {

    static final String EVALUATION = "/berichte/parksensoren-evaluation.pdf";

    @Autowired
    PartnerSourceService sources;

    @Autowired
    CrawlService crawls;

    @Autowired
    CandidateService candidates;

    @Autowired
    Reports reports;

    @Autowired
    SearchService search;

    @Autowired
    ApplicationContext spring;

    /**
     * Each test crawls the report site under a new address, so its pages copy those an earlier test
     * left behind; here they are projects of their own.
     */
    static final DuplicateChoice OWN_PROJECT = DuplicateChoice.KEEP_BOTH;

    @BeforeEach
    void signInAsEditor() {
        new Acting(spring).signIn("editor");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void readsTheReportsOfProjectPagesPageByPageWithOneOutcomeEachAndAttachesThemOnAcceptance() {
        try (FixtureServer server = reportSite()) {
            byte[] evaluation = TestReports.parkingSensorReport("Evaluation Parksensoren am Hafen");
            server.on(EVALUATION, ex -> FixtureServer.sendBytes(ex, 200, "application/pdf", evaluation));
            server.on(
                    "/berichte/hafenbecken-plan-scan.pdf",
                    ex -> FixtureServer.sendBytes(ex, 200, "application/pdf", TestReports.scanned(4)));
            server.on("/berichte/gutachten-gross.pdf", FixtureServerAnswers::announcesThirtyMegabytes);
            server.on(
                    "/berichte/protokoll-geschuetzt.pdf",
                    ex -> FixtureServer.sendBytes(ex, 200, "application/pdf", TestReports.encrypted()));
            server.on("/berichte/umfrage.pdf", ex -> FixtureServer.send(ex, 200, "text/html", "<p>Umfrage folgt</p>"));
            server.on(
                    "/download",
                    ex -> FixtureServer.sendBytes(
                            ex, 200, "application/pdf", TestReports.withText("Haushaltsplan 2025", 3, Map.of())));
            PartnerSource source = source(server);
            source.setStartUrls(List.of(server.url("/index.html"), server.url("/download?datei=7")));
            CrawlRun run = Fixtures.runToEnd(crawls, sources.save(source));

            assertThat(run.getState()).isEqualTo(RunState.FINISHED);
            List<CrawlOutcome> outcomes = crawls.outcomes(run.id());
            assertThat(outcomes).extracting(CrawlOutcome::getUrl).doesNotHaveDuplicates();
            assertThat(outcomes).hasSize(run.total());
            // Fetched once, though two project pages and a newsletter variant link it.
            assertThat(server.requestedPaths()).filteredOn(EVALUATION::equals).hasSize(1);

            CrawlOutcome read = outcome(outcomes, EVALUATION);
            assertThat(read.getOutcome()).isEqualTo(Outcome.IMPORTED);
            assertThat(read.getReason()).contains("20 pages, 'Evaluation Parksensoren am Hafen'");
            assertThat(read.getContentHash()).hasSize(64);
            assertThat(outcome(outcomes, EVALUATION + "?utm_source=newsletter").getReason())
                    .startsWith("duplicate");
            assertThat(outcome(outcomes, "/berichte/intern/entwurf.pdf").getReason())
                    .startsWith("robots");
            assertThat(server.requestedPaths()).noneMatch(p -> p.startsWith("/berichte/intern/"));
            assertThat(outcome(outcomes, "/berichte/jahresbericht.pdf").getReason())
                    .as("a listing's report is a link like any other")
                    .startsWith("pattern");

            CrawlOutcome scan = outcome(outcomes, "/berichte/hafenbecken-plan-scan.pdf");
            assertThat(scan.getOutcome()).isEqualTo(Outcome.IMPORTED);
            assertThat(scan.getReason()).contains("4 pages").contains("no text layer — not searchable; no OCR");
            CrawlOutcome large = outcome(outcomes, "/berichte/gutachten-gross.pdf");
            assertThat(large.getOutcome()).isEqualTo(Outcome.FAILED);
            assertThat(large.getReason()).startsWith("report too large: a PDF may have at most 26214400 bytes");
            CrawlOutcome encrypted = outcome(outcomes, "/berichte/protokoll-geschuetzt.pdf");
            assertThat(encrypted.getOutcome()).isEqualTo(Outcome.FAILED);
            assertThat(encrypted.getReason()).startsWith("report: encrypted: the PDF needs a password");
            assertThat(outcome(outcomes, "/berichte/umfrage.pdf").getReason()).startsWith("not a report (text/html");
            assertThat(outcome(outcomes, "/download?datei=7").getReason()).contains("3 pages, 'Haushaltsplan 2025'");

            ReportSummary stored = reports.find(server.url(EVALUATION)).orElseThrow();
            assertThat(stored.pageCount()).isEqualTo(20);
            assertThat(stored.textLayer()).isTrue();
            assertThat(stored.practiceId()).isNull();
            assertThat(reports.find(server.url("/berichte/hafenbecken-plan-scan.pdf")))
                    .hasValueSatisfying(r -> assertThat(r.textLayer()).isFalse());
            assertThat(reports.find(server.url("/berichte/gutachten-gross.pdf")))
                    .isEmpty();

            ImportCandidate parking = candidate(run, server, "/projekte/parksensoren.html");
            assertThat(parking.getReportUrls())
                    .containsExactly(server.url("/berichte/intern/entwurf.pdf"), server.url(EVALUATION));
            List<CandidateService.LinkedReport> linked = candidates.reports(parking.id());
            assertThat(linked.getFirst().stored())
                    .as("refused by robots.txt: never read")
                    .isEmpty();
            assertThat(linked.get(1).stored())
                    .hasValueSatisfying(r -> assertThat(r.pageCount()).isEqualTo(20));

            assertThat(passages(server, "Kosten Parksensoren"))
                    .as("a report of no entry is not searchable")
                    .isEmpty();
            Practice entry = candidates.accept(parking.id(), withField("mobility"), null, OWN_PROJECT);
            assertThat(reports.of(Objects.requireNonNull(entry.getId())))
                    .extracting(ReportSummary::title)
                    .containsExactly("Evaluation Parksensoren am Hafen");
            List<Passage> passages = passages(server, "Kosten Parksensoren");
            assertThat(passages).isNotEmpty();
            assertThat(passages.getFirst().page()).isEqualTo(TestReports.COST_PAGE);
            assertThat(passages.getFirst().entrySlug()).isEqualTo(entry.getSlug());
            assertThat(passages.getFirst().reportTitle()).isEqualTo("Evaluation Parksensoren am Hafen");
            assertThat(passages.getFirst().snippet())
                    .contains("<mark>Kosten</mark>")
                    .contains("<mark>Parksensoren</mark>");
            assertThat(passages.getFirst().link()).isEqualTo(server.url(EVALUATION) + "#page=14");

            // The other page that links the evaluation does not take it away from the first entry.
            ImportCandidate harbour = candidate(run, server, "/projekte/hafenbecken.html");
            Practice second = candidates.accept(harbour.id(), withField("urban-development"), null, OWN_PROJECT);
            assertThat(reports.of(Objects.requireNonNull(second.getId())))
                    .extracting(ReportSummary::sourceUrl)
                    .containsExactly(server.url("/berichte/hafenbecken-plan-scan.pdf"));
            assertThat(reports.find(server.url(EVALUATION)).orElseThrow().practiceId())
                    .isEqualTo(entry.getId());
        }
    }

    @Test
    void storesAnUnchangedReportOnceAndAChangedOneAsTheNewStateOfTheSameReport() {
        try (FixtureServer server = reportSite()) {
            AtomicReference<byte[]> file =
                    new AtomicReference<>(TestReports.parkingSensorReport("Evaluation Parksensoren am Hafen"));
            server.on(EVALUATION, ex -> FixtureServer.sendBytes(ex, 200, "application/pdf", file.get()));
            PartnerSource source = source(server);
            source.setStartUrls(List.of(server.url("/projekte/parksensoren.html")));
            PartnerSource saved = sources.save(source);

            CrawlRun first = Fixtures.runToEnd(crawls, saved);
            ImportCandidate parking = candidate(first, server, "/projekte/parksensoren.html");
            Practice entry = candidates.accept(parking.id(), withField("mobility"), null, OWN_PROJECT);
            ReportSummary before = reports.find(server.url(EVALUATION)).orElseThrow();

            CrawlRun second = Fixtures.runToEnd(crawls, saved);
            assertThat(second.getImported()).isZero();
            CrawlOutcome unchanged = outcome(crawls.outcomes(second.id()), EVALUATION);
            assertThat(unchanged.getOutcome()).isEqualTo(Outcome.UNCHANGED);
            assertThat(unchanged.getReason()).startsWith("report " + before.id() + " unchanged since");
            assertThat(reports.find(server.url(EVALUATION))).contains(before);

            file.set(TestReports.withText(
                    "Evaluation Parksensoren am Hafen, zweite Fassung", 5, Map.of(3, "Nachtrag zu den Kosten.")));
            CrawlRun third = Fixtures.runToEnd(crawls, saved);
            CrawlOutcome changed = outcome(crawls.outcomes(third.id()), EVALUATION);
            assertThat(changed.getOutcome()).isEqualTo(Outcome.IMPORTED);
            assertThat(changed.getReason())
                    .isEqualTo("report changed: report " + before.id()
                            + ", 5 pages, 'Evaluation Parksensoren am Hafen, zweite Fassung'");
            assertThat(outcome(crawls.outcomes(third.id()), "/projekte/parksensoren.html")
                            .getOutcome())
                    .as("the page itself did not change")
                    .isEqualTo(Outcome.UNCHANGED);
            ReportSummary after = reports.find(server.url(EVALUATION)).orElseThrow();
            assertThat(after.id()).isEqualTo(before.id());
            assertThat(after.pageCount()).isEqualTo(5);
            assertThat(after.contentHash()).isNotEqualTo(before.contentHash());
            assertThat(reports.of(Objects.requireNonNull(entry.getId())))
                    .extracting(ReportSummary::pageCount)
                    .containsExactly(5);
            // The index follows the new pages: the old passage is gone, the new one found.
            assertThat(passages(server, "Kosten Parksensoren"))
                    .extracting(Passage::page)
                    .doesNotContain(TestReports.COST_PAGE);
            assertThat(passages(server, "Nachtrag Kosten"))
                    .extracting(Passage::page)
                    .containsExactly(3);
        }
    }

    @Test
    void attachesAReportReadInALaterRunToTheEntryOfTheAcceptedPageThatLinksIt() {
        try (FixtureServer server = reportSite()) {
            AtomicReference<byte[]> file = new AtomicReference<>();
            server.on(EVALUATION, ex -> {
                if (file.get() == null) FixtureServer.send(ex, 503, "text/plain", "gleich wieder da");
                else FixtureServer.sendBytes(ex, 200, "application/pdf", file.get());
            });
            PartnerSource source = source(server);
            source.setStartUrls(List.of(server.url("/projekte/parksensoren.html")));
            PartnerSource saved = sources.save(source);
            CrawlRun first = Fixtures.runToEnd(crawls, saved);
            assertThat(outcome(crawls.outcomes(first.id()), EVALUATION).getReason())
                    .startsWith("HTTP 503");
            Practice entry = candidates.accept(
                    candidate(first, server, "/projekte/parksensoren.html").id(),
                    withField("mobility"),
                    null,
                    OWN_PROJECT);
            assertThat(reports.of(Objects.requireNonNull(entry.getId()))).isEmpty();

            file.set(TestReports.parkingSensorReport("Evaluation Parksensoren am Hafen"));
            Fixtures.runToEnd(crawls, saved);
            assertThat(reports.of(entry.getId()))
                    .extracting(ReportSummary::sourceUrl)
                    .containsExactly(server.url(EVALUATION));
        }
    }

    /** Answers that the fixture server's files cannot give. */
    static final class FixtureServerAnswers {
        private FixtureServerAnswers() {}

        /** A PDF that announces 30 MB and sends a few bytes: the crawler must not wait for the rest. */
        static void announcesThirtyMegabytes(com.sun.net.httpserver.HttpExchange ex) throws IOException {
            ex.getResponseHeaders().set("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, 30L * 1024 * 1024);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // The crawler hung up at once: what the test wants.
                return;
            }
        }
    }

    /** The passages from this test's reports: the tests of the class share one database and index. */
    private List<Passage> passages(FixtureServer server, String query) {
        return search.passages(query, SearchService.MAX_PASSAGES).stream()
                .filter(p -> p.link().startsWith(server.base() + "/"))
                .toList();
    }

    private static FixtureServer reportSite() {
        return FixtureServer.serving("report-site");
    }

    private static PartnerSource source(FixtureServer server) {
        PartnerSource source = new PartnerSource();
        source.setName("report-site " + System.nanoTime());
        source.setStartUrls(List.of(server.url("/index.html")));
        source.setInclude(List.of("^/projekte/"));
        source.setDelayMs(0);
        source.setLanguage("de");
        return source;
    }

    static CandidateEdit withField(String innovationField) {
        return new CandidateEdit(
                null, null, null, null, null, null, null, null, null, List.of(innovationField), null, null);
    }

    private ImportCandidate candidate(CrawlRun run, FixtureServer server, String path) {
        return candidates.ofRun(run.id()).stream()
                .filter(c -> c.getSourceUrl().equals(server.url(path)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no candidate for " + path));
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
}
