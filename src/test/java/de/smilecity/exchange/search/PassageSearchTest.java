package de.smilecity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.ReportContent;
import de.smilecity.exchange.catalogue.Reports;
import de.smilecity.exchange.catalogue.TestStates;
import de.smilecity.exchange.testsupport.TestPractices;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Passages of partner reports: the right page with the words marked, beside its entry, and never a
 * page of a report whose entry a visitor may not see.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class PassageSearchTest {

    static final String COSTS = "Die Kosten der Parksensoren beliefen sich auf 48.000 Euro für 120 Stellplätze.";

    @Autowired
    SearchService search;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    Reports reports;

    @Autowired
    IndexMaintenance index;

    @Test
    void findsThePageOfAPublishedEntrysReportWithThePassageMarked() {
        Practice entry = entry(PracticeState.PUBLISHED);
        String url = "https://partner.example/berichte/parksensoren-" + System.nanoTime() + ".pdf";
        attach(url, entry, "Evaluation Parksensoren", pages(20, 14, COSTS));

        List<Passage> found = search.passages("Kosten Parksensoren", 10);

        assertThat(found).isNotEmpty();
        Passage first = found.getFirst();
        assertThat(first.entrySlug()).isEqualTo(entry.getSlug());
        assertThat(first.entryTitle()).isEqualTo(entry.getTitle());
        assertThat(first.reportTitle()).isEqualTo("Evaluation Parksensoren");
        assertThat(first.page()).isEqualTo(14);
        assertThat(first.link()).isEqualTo(url + "#page=14");
        assertThat(first.snippet())
                .contains("<mark>Kosten</mark>")
                .contains("<mark>Parksensoren</mark>")
                .contains("48.000 Euro");
        // Only page 14 holds both words; a page with one of them is no answer.
        assertThat(found).extracting(Passage::page).containsExactly(14);
        // Stems and compound parts as for entries: "Sensoren" is a part of "Parksensoren".
        assertThat(search.passages("Sensor Kosten", 10))
                .extracting(Passage::page)
                .contains(14);
    }

    @Test
    void aRebuildKeepsThePagesOfAttachedReportsAndNoOthers() throws Exception {
        Practice entry = entry(PracticeState.PUBLISHED);
        attach(
                report(),
                entry,
                "Messbericht Wasserstand",
                pages(4, 2, "Der Pegelschreiber zeichnete Sturmfluten auf."));
        reports.store(content(report(), "Ohne Eintrag", pages(2, 1, "Der Pegelschreiber stand still.")));
        assertThat(index.rebuild("test: report pages").get().state()).isEqualTo(IndexStatus.State.READY);
        assertThat(search.passages("Pegelschreiber", 10))
                .extracting(Passage::reportTitle, Passage::page)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Messbericht Wasserstand", 2));
    }

    @Test
    void neverShowsAPassageOfAReportWhoseEntryIsNotPublished() {
        String word = "Zwiebelturmsanierung";
        Practice draft = entry(PracticeState.DRAFT);
        attach(report(), draft, "Gutachten im Entwurf", pages(3, 2, "Die " + word + " kostet viel."));
        Practice inReview = entry(PracticeState.IN_REVIEW);
        attach(report(), inReview, "Gutachten in Prüfung", pages(3, 2, "Die " + word + " dauert."));
        reports.store(content(report(), "Gutachten ohne Eintrag", pages(3, 2, "Die " + word + " wartet.")));
        assertThat(search.passages(word, 10)).isEmpty();

        Practice published = entry(PracticeState.PUBLISHED);
        attach(report(), published, "Gutachten veröffentlicht", pages(3, 3, "Die " + word + " ist fertig."));
        assertThat(search.passages(word, 10))
                .extracting(Passage::entrySlug, Passage::page)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(published.getSlug(), 3));

        Practice archived = catalogue.getForEdit(published.getSlug());
        TestStates.in(archived, PracticeState.ARCHIVED);
        catalogue.save(archived);
        assertThat(search.passages(word, 10)).isEmpty();

        Practice again = catalogue.getForEdit(published.getSlug());
        TestStates.in(again, PracticeState.PUBLISHED);
        catalogue.save(again);
        assertThat(search.passages(word, 10)).hasSize(1);
    }

    @Test
    void appliesTheLimitsOfASearch() {
        assertThatThrownBy(() -> search.passages("x".repeat(SearchRequest.MAX_QUERY_LENGTH + 1), 10))
                .isInstanceOf(SearchLimitException.class)
                .hasMessageContaining("characters");
        assertThatThrownBy(() -> search.passages("Kosten", SearchService.MAX_PASSAGES + 1))
                .isInstanceOf(SearchLimitException.class)
                .hasMessageContaining("size must be between 1 and " + SearchService.MAX_PASSAGES);
        assertThat(search.passages("   ", 10)).isEmpty();
    }

    private Practice entry(PracticeState state) {
        Practice p = TestPractices.rostockBeteiligungsplattform(catalogue, "passagen-" + System.nanoTime());
        TestStates.in(p, state);
        return catalogue.save(p);
    }

    private void attach(String url, Practice entry, String title, List<String> pages) {
        reports.store(content(url, title, pages));
        assertThat(reports.attach(List.of(url), Objects.requireNonNull(entry.getId())))
                .isEqualTo(1);
    }

    private static String report() {
        return "https://partner.example/berichte/" + System.nanoTime() + ".pdf";
    }

    private static ReportContent content(String url, String title, List<String> pages) {
        return new ReportContent(url, title, "de", pages, true, Integer.toHexString(pages.hashCode()), Instant.now());
    }

    /** Pages that each say their number, one of them with an extra passage. */
    static List<String> pages(int count, int special, String passage) {
        List<String> pages = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String page = "Seite " + n + ". Die Stadt hat die Belegung der Stellplätze gemessen.";
            if (n == 13) page += " Parksensoren wurden an der Zufahrt montiert.";
            if (n == 15) page += " Die Kosten der Beschilderung trug das Land.";
            pages.add(n == special ? page + " " + passage : page);
        }
        return pages;
    }
}
