package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Phase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * What must hold for the crawler's storage on every database we support; run on H2
 * ({@link CrawlStoreH2Test}) and MariaDB ({@link CrawlStoreMariaDbTest}) with the same Flyway scripts.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
abstract class CrawlStoreContract {

    @Autowired
    PartnerSourceService sources;

    @Autowired
    PartnerSourceRepository sourceRepository;

    @Autowired
    CrawlRunRepository runs;

    @Autowired
    CrawlOutcomeRepository outcomes;

    @Autowired
    ImportCandidateRepository candidates;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    de.smilecity.exchange.catalogue.Reports reports;

    @Autowired
    de.smilecity.exchange.catalogue.Entries entries;

    /** Whether the crawler may reach the local network is the installation's setting, not a column. */
    @Test
    void keepsNoLocalNetworkFlagOnASource() throws java.sql.SQLException {
        List<String> columns = new java.util.ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.ResultSet rs =
                        c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), "partner_source", "%")) {
            while (rs.next()) columns.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
        }
        assertThat(columns).contains("name", "start_urls", "allowed_hosts").doesNotContain("local_network_allowed");
    }

    @Test
    void storesASourceWithEveryListMapAndSelector() {
        PartnerSource source = new PartnerSource();
        source.setName("Städtebund Süd " + System.nanoTime());
        source.setStartUrls(List.of("https://partner.example/projekte/", "https://partner.example/ärger?x=1"));
        source.setSitemapUrl("https://partner.example/sitemap.xml");
        source.setAllowedHosts(List.of("partner.example", "www.partner.example"));
        source.setInclude(List.of("^/projekte/[a-z-]+\\.html$"));
        source.setExclude(List.of("/intern/"));
        source.setSchedule("0 0 3 * * MON");
        source.setFields(ExtractionProfile.of(Map.of(
                "title", "h1.projekt-titel", "state", "th:containsOwn(Bundesland) + td", "keywords", "ul.tags > li")));
        source.setPhaseLabels(Map.of("Pilotphase", Phase.IMPLEMENTATION, "Verstetigung", Phase.SCALED));
        long id = sources.save(source).getId();

        PartnerSource loaded = sources.get(id);
        assertThat(loaded.getStartUrls())
                .containsExactly("https://partner.example/projekte/", "https://partner.example/ärger?x=1");
        assertThat(loaded.getInclude()).containsExactly("^/projekte/[a-z-]+\\.html$");
        assertThat(loaded.getExclude()).containsExactly("/intern/");
        assertThat(loaded.getAllowedHosts()).hasSize(2);
        assertThat(loaded.getFields().asMap())
                .containsEntry("state", "th:containsOwn(Bundesland) + td")
                .hasSize(3);
        assertThat(loaded.getPhaseLabels()).containsEntry("Pilotphase", Phase.IMPLEMENTATION);
        assertThat(loaded.getSchedule()).isEqualTo("0 0 3 * * MON");
        assertThat(loaded.getLastRunState()).isNull();
    }

    @Test
    void storesRunsOutcomesAndCandidates() {
        PartnerSource source = new PartnerSource();
        source.setName("Quelle " + System.nanoTime());
        source.setStartUrls(List.of("https://partner.example/"));
        long sourceId = sources.save(source).getId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        CrawlRun run = new CrawlRun(sourceId, "editor", now, TestCandidates.NODE);
        run.count(Outcome.IMPORTED);
        run.count(Outcome.FAILED);
        run.setState(RunState.INTERRUPTED);
        run.setReason("the app stopped");
        long runId = runs.save(run).id();
        outcomes.save(new CrawlOutcome(
                runId,
                "https://partner.example/a?utm_source=x",
                "https://partner.example/a",
                Outcome.FAILED,
                "HTTP 404: weg",
                404,
                null,
                true,
                now));

        ImportCandidate c = new ImportCandidate(runId, sourceId, "https://partner.example/a", now, "ab".repeat(32));
        c.setTitle("Wärmeplanung 🔥 im Dialog");
        c.setSummary("Kurz");
        c.setDescription("## Worum es geht\n\n" + "Text ".repeat(2000));
        c.setAreaKm2(new BigDecimal("181.36"));
        c.setPopulation(209191);
        c.setPhase(Phase.SCALED);
        c.setInnovationFields(List.of("energy", "environment"));
        c.setUnknownLabels(List.of("Ländlicher Raum"));
        c.setKeywords(List.of("Wärmeplan", "Fernwärme"));
        long candidateId = candidates.save(c).id();

        CrawlRun loadedRun = runs.findById(runId).orElseThrow();
        assertThat(loadedRun.getState()).isEqualTo(RunState.INTERRUPTED);
        assertThat(loadedRun.getImported()).isEqualTo(1);
        assertThat(loadedRun.getQueuedAt()).isEqualTo(now);
        CrawlOutcome outcome = outcomes.findByRunIdOrderById(runId).getFirst();
        assertThat(outcome.isTruncated()).isTrue();
        assertThat(outcome.getHttpStatus()).isEqualTo(404);
        ImportCandidate loaded = candidates.findById(candidateId).orElseThrow();
        assertThat(loaded.getTitle()).isEqualTo("Wärmeplanung 🔥 im Dialog");
        assertThat(loaded.getDescription()).hasSize(c.getDescription().length());
        assertThat(loaded.getAreaKm2()).isEqualByComparingTo("181.36");
        assertThat(loaded.getInnovationFields()).containsExactly("energy", "environment");
        assertThat(loaded.getUnknownLabels()).containsExactly("Ländlicher Raum");
        assertThat(candidates.findFirstBySourceIdAndSourceUrlOrderByIdDesc(sourceId, "https://partner.example/a"))
                .isPresent();
        assertThat(sourceRepository.findById(sourceId)).isPresent();
    }

    /**
     * A report keeps its row when its file changes: the pages are replaced by number, in place, so
     * that the unique page number of a report holds in every order the database applies the changes.
     */
    @Test
    void storesAReportReplacesItsPagesInPlaceAndKeepsTheUrlsACandidateLinks() {
        String url = "https://partner.example/berichte/" + "ä".repeat(200) + System.nanoTime() + ".pdf";
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // The longest page text, in characters of three bytes each: 48 000 bytes in UTF-8.
        String longPage = "€".repeat(de.smilecity.exchange.catalogue.ReportPage.TEXT_MAX_LENGTH);
        var first = reports.store(new de.smilecity.exchange.catalogue.ReportContent(
                url, "Bericht Wärme", "de", List.of("Seite eins", longPage, "Seite drei"), true, "a".repeat(64), now));
        assertThat(first.change()).isEqualTo(de.smilecity.exchange.catalogue.Reports.Change.NEW);
        assertThat(reports.store(new de.smilecity.exchange.catalogue.ReportContent(
                                url, "Bericht Wärme", "de", List.of("anders"), true, "a".repeat(64), now))
                        .change())
                .as("same hash: nothing written")
                .isEqualTo(de.smilecity.exchange.catalogue.Reports.Change.UNCHANGED);
        long entry = entries.publishedIds().getFirst();
        reports.attach(List.of(url), entry);

        var changed = reports.store(new de.smilecity.exchange.catalogue.ReportContent(
                url,
                "Bericht Wärme, neu",
                "de",
                List.of("Neue Seite eins", "Neue Seite zwei"),
                false,
                "b".repeat(64),
                now));
        assertThat(changed)
                .isEqualTo(new de.smilecity.exchange.catalogue.Reports.Stored(
                        first.id(), de.smilecity.exchange.catalogue.Reports.Change.CHANGED));
        var grown = reports.store(new de.smilecity.exchange.catalogue.ReportContent(
                url, "Bericht Wärme, lang", "de", List.of("1", longPage, "3", "4"), true, "c".repeat(64), now));
        assertThat(grown.id()).isEqualTo(first.id());
        var stored = reports.find(url).orElseThrow();
        assertThat(stored.pageCount()).isEqualTo(4);
        assertThat(stored.practiceId()).isEqualTo(entry);
        assertThat(reports.pages(reports.attachedTextPageIds()).stream()
                        .filter(page -> page.getReport().getId() == first.id())
                        .sorted(java.util.Comparator.comparingInt(
                                de.smilecity.exchange.catalogue.ReportPage::getNumber))
                        .map(de.smilecity.exchange.catalogue.ReportPage::getText)
                        .toList())
                .containsExactly("1", longPage, "3", "4");

        PartnerSource source = new PartnerSource();
        source.setName("Berichte " + System.nanoTime());
        source.setStartUrls(List.of("https://partner.example/"));
        long sourceId = sources.save(source).getId();
        long runId = runs.save(new CrawlRun(sourceId, "editor", now, TestCandidates.NODE))
                .id();
        ImportCandidate c = new ImportCandidate(runId, sourceId, "https://partner.example/b", now, "cd".repeat(32));
        c.setTitle("Wärme");
        c.setSummary("Kurz");
        c.setReportUrls(List.of(url, "https://partner.example/zwei.pdf"));
        long candidateId = candidates.save(c).id();
        assertThat(candidates.findById(candidateId).orElseThrow().getReportUrls())
                .containsExactlyInAnyOrder(url, "https://partner.example/zwei.pdf");
    }

    @Test
    void loadsTheDemoSourceFromTheSeedContent() {
        assertThat(sources.all())
                .filteredOn(s -> s.getName().equals("Netzwerk Smarte Küstenstädte (Demo)"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.getFields().get("organisation")).isEqualTo("th:containsOwn(Kommune) + td");
                    assertThat(s.getPhaseLabels()).containsEntry("Verstetigung", Phase.SCALED);
                });
    }
}
