package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.testsupport.Acting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole run over a site whose source names neither a title selector nor include patterns: the
 * pages' own signals decide which are project reports, and every spelling of one page is fetched once.
 */
@SpringBootTest(properties = "smile.crawl.schedule-tick=-")
@ActiveProfiles({"demo", "test"})
class CrawlWithoutProfileTest {

    static final String SITE = "no-profile-site";

    @Autowired
    PartnerSourceService sources;

    @Autowired
    CrawlService crawls;

    @Autowired
    CandidateService candidates;

    @Autowired
    ApplicationContext spring;

    @Test
    void makesCandidatesOfTheProjectPagesOnlyAndSaysWhyEveryOtherPageIsNone() {
        new Acting(spring).run("editor", () -> {
            try (FixtureServer server = FixtureServer.serving(SITE)) {
                CrawlRun run = Fixtures.runToEnd(crawls, sources.save(Fixtures.source(SITE, server)));
                assertThat(run.getState()).isEqualTo(RunState.FINISHED);
                List<CrawlOutcome> outcomes = crawls.outcomes(run.id());
                assertThat(outcomes).hasSize(run.total());

                Map<String, String> expectedTitles = Fixtures.pages(SITE).stream()
                        .collect(Collectors.toMap(p -> (String) p.get("path"), p -> (String) p.get("title")));
                Map<String, String> titles = candidates.ofRun(run.id()).stream()
                        .collect(Collectors.toMap(
                                c -> c.getSourceUrl().substring(server.base().length()), ImportCandidate::getTitle));
                assertThat(titles).isEqualTo(expectedTitles);
                // The run says per field where its candidates took it from.
                Map<String, Integer> titleOrigins =
                        crawls.getRun(run.id()).fieldOrigins().counts().get("title");
                assertThat(titleOrigins.values().stream()
                                .mapToInt(Integer::intValue)
                                .sum())
                        .isEqualTo(expectedTitles.size());
                assertThat(titleOrigins).containsKey("JSON_LD");
                // The region comes from the members table of the about page, read after the projects.
                Map<String, String> regions = candidates.ofRun(run.id()).stream()
                        .filter(c -> c.getRegion() != null)
                        .collect(Collectors.toMap(ImportCandidate::getTitle, ImportCandidate::getRegion));
                assertThat(regions)
                        .containsEntry("Eine App für alle Vereine", "Hessen")
                        .containsEntry("Glasfaser in Bürgerhand", "Thüringen")
                        .containsEntry("Repair-Café mit Online-Terminbuchung", "Thüringen")
                        .doesNotContainKey("Gemeindeschwester mit Tablet");

                assertThat(outcomes)
                        .filteredOn(o -> !expectedTitles.containsKey(pathOf(o.getUrl(), server)))
                        .isNotEmpty()
                        .allSatisfy(o -> {
                            assertThat(o.getOutcome()).as(o.getUrl()).isEqualTo(Outcome.SKIPPED);
                            assertThat(o.getReason()).as(o.getUrl()).isNotBlank();
                        });
                Map<String, CrawlOutcome> byUrl =
                        outcomes.stream().collect(Collectors.toMap(CrawlOutcome::getUrl, Function.identity()));
                skipped(server).forEach((url, reason) -> {
                    assertThat(byUrl).as("an outcome for " + url).containsKey(url);
                    assertThat(byUrl.get(url).getReason()).as(url).startsWith(reason);
                });
                assertThat(outcomes)
                        .filteredOn(o ->
                                o.getUrl().contains("/suche/?q=") && !o.getUrl().contains("#"))
                        .hasSizeGreaterThanOrEqualTo(5)
                        .allSatisfy(o -> assertThat(o.getReason())
                                .as(o.getUrl())
                                .startsWith("not a project page: ")
                                .contains("search page"));
            }
        });
    }

    @Test
    void fetchesEveryPageOfTheSiteOnceUnderOneSpelling() {
        new Acting(spring).run("editor", () -> {
            try (FixtureServer server = FixtureServer.serving(SITE)) {
                Fixtures.runToEnd(crawls, sources.save(Fixtures.source(SITE, server)));
                List<String> pages = server.requestedPaths().stream()
                        .filter(p -> !p.equals("/robots.txt") && !p.startsWith("/suche/"))
                        .toList();
                assertThat(pages).doesNotHaveDuplicates().doesNotContain("/", "/faelle/index.html");
                assertThat(pages.stream().map(CrawlWithoutProfileTest::file).sorted())
                        .containsExactlyElementsOf(htmlFilesOfTheSite()
                                .filter(f -> !f.startsWith("suche/"))
                                .sorted()
                                .toList());
            }
        });
    }

    @Test
    void takesAPageThatMatchesAnIncludePatternAsAProjectWhateverItLooksLike() {
        new Acting(spring).run("editor", () -> {
            try (FixtureServer server = FixtureServer.serving(SITE)) {
                PartnerSource source = Fixtures.source(SITE, server);
                source.setInclude(List.of("^/ueber-uns\\.html$"));
                CrawlRun run = Fixtures.runToEnd(crawls, sources.save(source));
                List<CrawlOutcome> outcomes = crawls.outcomes(run.id());
                CrawlOutcome about = outcomes.stream()
                        .filter(o -> o.getUrl().equals(server.url("/ueber-uns.html")))
                        .findFirst()
                        .orElseThrow();
                assertThat(about.getOutcome()).isEqualTo(Outcome.IMPORTED);
                assertThat(candidates.ofRun(run.id()))
                        .extracting(ImportCandidate::getTitle)
                        .containsExactly("Über uns");
            }
        });
    }

    @Test
    void readsTheLegalNoticeOutsideTheIncludePatternsForTheRegionOfTheSitesProjects() {
        new Acting(spring).run("editor", () -> {
            try (FixtureServer server = FixtureServer.serving("legal-notice-site")) {
                server.override(
                                "/start.html",
                                "<html lang=de><body><main><h1>Gemeinde Ohlfeld</h1><ul>"
                                        + "<li><a href=/vorhaben/dorfladen.html>Dorfladen</a></li></ul></main>"
                                        + "<footer><a href=/impressum.html>Impressum</a></footer></body></html>")
                        .override(
                                "/vorhaben/dorfladen.html",
                                "<html lang=de><body><main><h1>Dorfladen Ohlfeld</h1><p>Seit dem Frühjahr hat Ohlfeld"
                                        + " wieder einen Laden, den ein Verein mit vierzig Mitgliedern betreibt.</p>"
                                        + "<p>Einwohner: 1.240</p></main><footer><a href=/impressum.html>Impressum</a>"
                                        + "</footer></body></html>")
                        .override(
                                "/impressum.html",
                                "<html lang=de><body><main><h1>Impressum</h1><p>Gemeinde Ohlfeld<br>Am Anger 3<br>"
                                        + "31999 Ohlfeld<br>Niedersachsen</p></main></body></html>");
                PartnerSource source = new PartnerSource();
                source.setName("legal notice " + System.nanoTime());
                source.setStartUrls(List.of(server.url("/start.html")));
                source.setAllowedHosts(List.of("127.0.0.1"));
                source.setInclude(List.of("^/vorhaben/"));
                source.setMaxPages(20);
                source.setMaxDepth(3);
                source.setDelayMs(0);
                source.setLanguage("de");
                CrawlRun run = Fixtures.runToEnd(crawls, sources.save(source));

                assertThat(candidates.ofRun(run.id()))
                        .extracting(ImportCandidate::getTitle, ImportCandidate::getRegion)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("Dorfladen Ohlfeld", "Niedersachsen"));
                assertThat(crawls.outcomes(run.id()))
                        .filteredOn(o -> o.getUrl().endsWith("/impressum.html"))
                        .singleElement()
                        .satisfies(o -> assertThat(o.getReason()).contains("the site's legal notice"));
            }
        });
    }

    @Test
    void comparesAPressReleaseWithTheProjectsAndKeepsItOnlyWhereItRetellsOne() {
        String story = "<p>Seit dem Frühjahr hat Ohlfeld wieder einen Laden. Ein Verein mit vierzig Mitgliedern"
                + " betreibt ihn in der alten Schmiede am Anger, mit Brot vom Bäcker aus Velde, Gemüse vom Hof"
                + " Brandes und einem Café in der ehemaligen Werkstatt.</p><p>Die Ehrenamtlichen öffnen den Laden"
                + " an fünf Tagen in der Woche; für ältere Leute bringt ein Fahrdienst die Einkäufe nach Hause.</p>";
        new Acting(spring).run("editor", () -> {
            try (FixtureServer server = FixtureServer.serving("retold-news-site")) {
                server.override(
                                "/start.html",
                                "<html lang=de><body><main><h1>Gemeinde Ohlfeld</h1><ul>"
                                        + "<li><a href=/projekte/dorfladen.html>Dorfladen</a></li>"
                                        + "<li><a href=/presse/laden-eroeffnet.html>Laden eröffnet</a></li>"
                                        + "<li><a href=/presse/winterdienst.html>Winterdienst</a></li></ul></main>"
                                        + "</body></html>")
                        .override(
                                "/projekte/dorfladen.html",
                                "<html lang=de><body><main><h1>Dorfladen Ohlfeld</h1>" + story
                                        + "<ul><li>Einwohner: 1.240</li><li>Kosten: 84.000 Euro</li></ul></main>"
                                        + "</body></html>")
                        .override(
                                "/presse/laden-eroeffnet.html",
                                "<html lang=de><body><main><h1>Ohlfeld kauft wieder im Dorf ein</h1>"
                                        + "<p>Pressemitteilung vom 2. April.</p>" + story + "</main></body></html>")
                        .override(
                                "/presse/winterdienst.html",
                                "<html lang=de><body><main><h1>Winterdienst beginnt</h1><p>Ab dem ersten Dezember"
                                        + " räumt der Bauhof die Straßen der Gemeinde ab fünf Uhr früh, zuerst die"
                                        + " Busstrecken und die Wege zur Schule, danach die Nebenstraßen.</p><p>Bitte"
                                        + " parken Sie so, dass das Räumfahrzeug vorbeikommt, und halten Sie die"
                                        + " Gehwege vor Ihrem Haus frei.</p></main></body></html>");
                PartnerSource source = new PartnerSource();
                source.setName("retold news " + System.nanoTime());
                source.setStartUrls(List.of(server.url("/start.html")));
                source.setAllowedHosts(List.of("127.0.0.1"));
                source.setMaxPages(20);
                source.setMaxDepth(3);
                source.setDelayMs(0);
                source.setLanguage("de");
                CrawlRun run = Fixtures.runToEnd(crawls, sources.save(source));

                Map<String, CrawlOutcome> byUrl = crawls.outcomes(run.id()).stream()
                        .collect(Collectors.toMap(CrawlOutcome::getUrl, Function.identity(), (a, b) -> a));
                assertThat(byUrl.get(server.url("/presse/laden-eroeffnet.html")).getOutcome())
                        .isNotEqualTo(Outcome.SKIPPED);
                assertThat(byUrl.get(server.url("/presse/winterdienst.html")).getOutcome())
                        .isEqualTo(Outcome.SKIPPED);
                assertThat(byUrl.get(server.url("/presse/winterdienst.html")).getReason())
                        .contains("folder 'presse'");
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> skipped(FixtureServer server) {
        Map<String, String> expected =
                (Map<String, String>) Fixtures.expected(SITE).get("skipped");
        return expected.entrySet().stream()
                .collect(Collectors.toMap(
                        e -> e.getKey().startsWith("/") ? server.url(e.getKey()) : e.getKey(),
                        e -> e.getValue().replace("{{BASE}}", server.base())));
    }

    private static String pathOf(String url, FixtureServer server) {
        return url.startsWith(server.base()) ? url.substring(server.base().length()) : url;
    }

    /** The fixture file a requested path is served from. */
    private static String file(String path) {
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        p = p.substring(1);
        Path local = FixtureServer.FIXTURES.resolve(SITE).resolve(p);
        return Files.isDirectory(local) ? (p.endsWith("/") || p.isEmpty() ? p : p + "/") + "index.html" : p;
    }

    private static Stream<String> htmlFilesOfTheSite() {
        Path root = FixtureServer.FIXTURES.resolve(SITE);
        try (Stream<Path> files = Files.walk(root)) {
            return files
                    .filter(f -> f.toString().endsWith(".html"))
                    .map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
