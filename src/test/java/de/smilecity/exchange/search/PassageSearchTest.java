package de.smilecity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.OrganisationKind;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.ReportContent;
import de.smilecity.exchange.catalogue.Reports;
import de.smilecity.exchange.catalogue.TestStates;
import de.smilecity.exchange.search.internal.SearchEngine;
import de.smilecity.exchange.testsupport.TestPractices;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Passages of partner reports: the page that answers a question first, with the words marked, beside
 * its entry, and never a page of a report whose entry a visitor may not see.
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

    @Autowired
    SearchEngine engine;

    @Test
    void findsThePageOfAPublishedEntrysReportWithThePassageMarked() {
        Practice entry = entry(PracticeState.PUBLISHED);
        String url = "https://partner.example/berichte/parksensoren-" + System.nanoTime() + ".pdf";
        attach(url, entry, "Evaluation Parksensoren", pages(20, 14, COSTS));

        List<Passage> found = ours(search.passages("Kosten Parksensoren", 10), url);

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
        // Page 15 speaks of costs in a report about parking sensors: an answer, but a weaker one. Page 13
        // names the sensors only, and with two words a page must hold both (or its report the one).
        assertThat(found).extracting(Passage::page).containsExactly(14, 15);
        // Stems and compound parts as for entries: "Sensoren" is a part of "Parksensoren".
        assertThat(ours(search.passages("Sensor Kosten", 10), url))
                .extracting(Passage::page)
                .first()
                .isEqualTo(14);
    }

    @Test
    void answersAQuestionWithThePageThatHoldsItsAnswerFirst() {
        Practice entry = entry(PracticeState.PUBLISHED);
        String url = "https://partner.example/berichte/quartiersgarage-" + System.nanoTime() + ".pdf";
        List<String> pages = new ArrayList<>();
        pages.add("Quartiersgarage am Wall. Abschlussbericht der Stadtwerke.");
        pages.add("Inhalt: 1 Anlass, 2 Bau der Quartiersgarage, 3 Nutzung, 4 Kosten und Förderung.");
        pages.add("Die Garage wurde in elf Monaten gebaut; der Einbau der Ladesäulen folgte im Herbst.");
        pages.add("Nutzung: Im ersten Jahr waren im Mittel 71 Prozent der Plätze belegt.");
        pages.add("Kosten und Förderung: Die Quartiersgarage hat insgesamt 3,4 Millionen Euro gekostet;"
                + " das Land trug die Hälfte der Kosten.");
        pages.add("Ausblick: Eine zweite Garage ist am Bahnhof geplant.");
        attach(url, entry, "Quartiersgarage am Wall", pages);

        // Its question words ask and are dropped ("Was", "hat"); the place is named by the report, not
        // by the page; the page that answers comes first, before the contents that also name costs.
        List<Passage> costs = ours(search.passages("Was hat die Garage am Wall gekostet?", 10), url);
        assertThat(costs).extracting(Passage::page).first().isEqualTo(5);
        assertThat(costs.getFirst().snippet()).contains("<mark>Kosten</mark>").doesNotContain("<mark>hat</mark>");

        List<Passage> use = ours(search.passages("Wie viele Plätze der Garage waren belegt?", 10), url);
        assertThat(use).extracting(Passage::page).first().isEqualTo(4);
    }

    @Test
    void answersAQuestionAboutMoneyThatSharesOneWordWithItsAnswerWithThePageThatStatesTheAmount() {
        Practice entry = entry(PracticeState.PUBLISHED);
        String url = "https://partner.example/berichte/sirenen-" + System.nanoTime() + ".pdf";
        attach(
                url,
                entry,
                "Zwischenbericht Warnanlagen",
                List.of(
                        "Zwischenbericht zu den Sirenen.",
                        "Die Sirenen stehen an neun Standorten, der Probealarm im Mai war überall zu hören.",
                        "Für die neun Sirenen und ihre Steuerung wurden 212.000 Euro ausgegeben, ein Drittel davon"
                                + " aus Landesmitteln.",
                        "Ausblick: Zwei weitere Standorte folgen."));

        // Of "teuer", "Sirenen", "Menschen" and "Deich" the pages hold at most two ("teuer" as the words of
        // costs, here "ausgegeben"); the page that states an amount comes first, because the question asks
        // about money.
        List<Passage> found = ours(search.passages("Wie teuer waren die Sirenen für die Menschen am Deich?", 10), url);
        assertThat(found).extracting(Passage::page).first().isEqualTo(3);
        assertThat(found).extracting(Passage::page).doesNotContain(4);
    }

    @Test
    void answersAnEnglishQuestionAboutResults() {
        Practice entry = entry(PracticeState.PUBLISHED);
        String url = "https://partner.example/reports/demand-bus-" + System.nanoTime() + ".pdf";
        List<String> pages = List.of(
                "On-demand bus pilot. Final report.",
                "The pilot started in March with four minibuses serving three villages.",
                "Results of the pilot: average waiting time fell to nine minutes and ridership doubled.",
                "Next steps: the council will decide on regular service.");
        reports.store(
                new ReportContent(url, "On-demand bus pilot", "en", pages, true, "h" + url.hashCode(), Instant.now()));
        assertThat(reports.attach(List.of(url), Objects.requireNonNull(entry.getId())))
                .isEqualTo(1);

        List<Passage> found = ours(search.passages("What were the results of the pilot?", 10), url);

        assertThat(found).extracting(Passage::page).first().isEqualTo(3);
        assertThat(found.getFirst().snippet()).contains("<mark>Results</mark>");
    }

    @Test
    void answersAnEnglishQuestionAboutAGermanReportThroughTheGlossary() {
        Practice entry = entry(PracticeState.PUBLISHED);
        String url = "https://partner.example/berichte/auenfeld-breitband-" + System.nanoTime() + ".pdf";
        attach(
                url,
                entry,
                "Breitband Auenfeld",
                List.of(
                        "Auenfeld. Abschlussbericht Breitband Auenfeld.",
                        "Im Frühjahr wurden die Leitungen verlegt. Seitdem sind elf Unternehmen in Auenfeld und den"
                                + " Ortsteilen an das neue Netz angeschlossen, dazu das Rathaus und die Bücherei.",
                        "Ausblick: Gewerbegebiet im nächsten Jahr."));

        // "businesses" is no German word and no synonym; the catalogue's glossary pairs the target
        // group's labels "Businesses" and "Unternehmen", so the page that names them and the town
        // holds two of the question's three words and answers before the title page.
        List<Passage> found = ours(search.passages("How many businesses in Auenfeld are connected?", 10), url);

        assertThat(found).extracting(Passage::page).first().isEqualTo(2);
        assertThat(found.getFirst().snippet()).contains("<mark>Unternehmen</mark>");
    }

    @Test
    void answersAnEnglishQuestionAboutResultsWithTheGermanPageThatCountsThem() {
        Practice entry = entry(PracticeState.PUBLISHED);
        String url = "https://partner.example/berichte/dorfauto-lindwerder-" + System.nanoTime() + ".pdf";
        attach(
                url,
                entry,
                "Dorfauto Lindwerder",
                List.of(
                        "Abschlussbericht Dorfauto Lindwerder. Das Elektroauto des Vereins steht seit zwei Jahren"
                                + " am Dorfplatz von Lindwerder.",
                        "Im ersten Betriebsjahr haben 46 Haushalte das Auto gebucht; der Verein zählte 1.310"
                                + " Buchungen.",
                        "Die Anschaffung kostete 38.900 Euro, den Rest trug der Verein."));

        // No word of the question is on page 2 as asked: the words reports use for results
        // ("Haushalte", "Betriebsjahr") cross from the dictionary, while page 1 names only the town.
        List<Passage> found = ours(
                search.passages("How many households booked the car in Lindwerder in the first year of operation?", 10),
                url);

        assertThat(found).extracting(Passage::page).first().isEqualTo(2);
        assertThat(found.getFirst().snippet()).contains("<mark>Haushalte</mark>");
    }

    @Test
    void answersAGermanQuestionAboutAnEnglishReportWithThePageThatCountsThePassengers() {
        Practice entry = entry(PracticeState.PUBLISHED);
        String url = "https://partner.example/reports/eastwick-shuttle-" + System.nanoTime() + ".pdf";
        reports.store(new ReportContent(
                url,
                "Eastwick harbour shuttle",
                "en",
                List.of(
                        "Eastwick harbour shuttle. Final report of the town of Eastwick.",
                        "In its second season the shuttle carried 23,400 passengers between the quay and the"
                                + " old town.",
                        "Running costs came to 61,000 euros a season."),
                true,
                "eastwick",
                Instant.now()));
        assertThat(reports.attach(List.of(url), Objects.requireNonNull(entry.getId())))
                .isEqualTo(1);

        List<Passage> found =
                ours(search.passages("Wie viele Fahrgäste hat der Shuttle in Eastwick befördert?", 10), url);

        assertThat(found).extracting(Passage::page).first().isEqualTo(2);
        assertThat(found.getFirst().snippet()).contains("<mark>passengers</mark>");
    }

    @Test
    void answersAGermanQuestionWithCompoundsAndASeparableVerbWithTheEnglishPageThatStatesTheLoan() {
        Practice entry = entry(PracticeState.PUBLISHED);
        String url = "https://partner.example/reports/haverby-shop-" + System.nanoTime() + ".pdf";
        reports.store(new ReportContent(
                url,
                "Haverby village shop",
                "en",
                List.of(
                        "Haverby village shop cooperative. Annual report of the cooperative's board to Haverby.",
                        "The shop opened in May and sells bread, vegetables and goods from farms nearby.",
                        "To fit out the shop the cooperative borrowed 85,000 euros from the savings bank; it repays"
                                + " the loan in 40 quarterly instalments."),
                true,
                "haverby",
                Instant.now()));
        assertThat(reports.attach(List.of(url), Objects.requireNonNull(entry.getId())))
                .isEqualTo(1);

        // "Baudarlehen" is a kind of "Darlehen" (a loan), the "Laden-Genossenschaft" a cooperative, and
        // "zahlt … zurück" one verb (to repay): the page that answers holds them, the title page holds
        // only the cooperative and the village.
        List<Passage> found = ours(
                search.passages(
                        "In wie vielen Raten zahlt die Laden-Genossenschaft in Haverby ihr Baudarlehen zurück?", 10),
                url);

        assertThat(found).extracting(Passage::page).first().isEqualTo(3);
        assertThat(found.getFirst().snippet()).contains("<mark>loan</mark>");
    }

    @Test
    void ofTwoEqualPagesAnswersWithTheOneWhoseEntryTheQuestionNamesByTitle() {
        // Two entries with the same report, page for page; only their titles tell them apart, and the
        // page does not repeat either. The first attached wins a tie, so it is the one not asked for.
        List<String> pages = List.of(
                "Abschlussbericht.", "Die Moorfähre hat im ersten Jahr 41.000 Euro gekostet; den Rest trug der Kreis.");
        Practice other = entry(PracticeState.PUBLISHED, "Moorfähre Haselgrund", null);
        String otherUrl = report();
        attach(otherUrl, other, "Abschlussbericht", pages);
        Practice asked = entry(PracticeState.PUBLISHED, "Moorfähre Quellmoor", null);
        String askedUrl = report();
        attach(askedUrl, asked, "Abschlussbericht", pages);

        List<Passage> found =
                ours(search.passages("Was hat die Moorfähre in Quellmoor gekostet?", 10), askedUrl, otherUrl);

        assertThat(found).extracting(Passage::entrySlug).first().isEqualTo(asked.getSlug());
        assertThat(found.getFirst().page()).isEqualTo(2);
    }

    @Test
    void ofTwoEqualPagesAnswersWithTheOneWhoseEntryIsInThePlaceTheQuestionNames() {
        // The same title and report for two towns: the entry's place tells which report is asked about.
        List<String> pages = List.of("Jahresbilanz.", "Das Moorbad zählte in der Saison 12.400 Gäste.");
        Practice other = entry(PracticeState.PUBLISHED, "Moorbad im Ort", town("Quellmoor"));
        String otherUrl = report();
        attach(otherUrl, other, "Jahresbilanz", pages);
        Practice asked = entry(PracticeState.PUBLISHED, "Moorbad im Ort", town("Haselgrund"));
        String askedUrl = report();
        attach(askedUrl, asked, "Jahresbilanz", pages);

        List<Passage> found =
                ours(search.passages("Wie viele Gäste hatte das Moorbad in Haselgrund?", 10), askedUrl, otherUrl);

        assertThat(found).extracting(Passage::entrySlug).first().isEqualTo(asked.getSlug());
        assertThat(found.getFirst().page()).isEqualTo(2);
    }

    @Test
    void findsAPageAskedForByItsNumber() {
        Practice entry = entry(PracticeState.PUBLISHED);
        String url = "https://partner.example/berichte/rostock-parkraum-" + System.nanoTime() + ".pdf";
        attach(url, entry, "Parkraumbericht", pages(20, 14, COSTS));

        // The report is Rostock's by its file name; "Seite 14" is a page number, not two words to find.
        List<Passage> found = search.passages("Seite 14 Rostock", 10);
        assertThat(ours(found, url)).extracting(Passage::page).containsExactly(14);
        assertThat(found).extracting(Passage::page).containsOnly(14);
        assertThat(ours(search.passages("Rostock Parkraum S. 3", 10), url))
                .extracting(Passage::page)
                .containsExactly(3);
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

    /**
     * A catalogue may have more published entries with reports than OpenSearch takes values in one
     * {@code terms} query (its {@code index.max_terms_count}, 65 536); Lucene's filter has no such
     * limit. On OpenSearch the entries are filtered in several {@code terms} queries instead.
     */
    @Test
    void findsAPassageAmongMoreEntriesThanOneTermsQueryOfOpenSearchTakes() {
        Practice entry = entry(PracticeState.PUBLISHED);
        attach(report(), entry, "Messbericht Brückenlager", pages(3, 2, "Die Brückenlagerfuge wurde vermessen."));
        List<Long> entries = new ArrayList<>(
                LongStream.range(0, 70_000).map(n -> Long.MAX_VALUE - n).boxed().toList());
        entries.add(Objects.requireNonNull(entry.getId()));

        assertThat(engine.passages("Brückenlagerfuge", entries, 10))
                .extracting(SearchEngine.PageHit::page)
                .containsExactly(2);
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

    /** The passages of this test's report: the tests of the class share one index. */
    private static List<Passage> ours(List<Passage> passages, String url) {
        return passages.stream().filter(p -> p.link().startsWith(url + "#")).toList();
    }

    private Practice entry(PracticeState state) {
        return entry(state, "Probeeintrag", null);
    }

    /**
     * An entry with this title, of this town (Rostock when null). Its words are far from any other
     * test's questions: these entries stay in the context's shared index, and entries about
     * participation would crowd the search tests' expected hits off their first page.
     */
    private Practice entry(PracticeState state, String title, @Nullable Organisation town) {
        Practice p = TestPractices.rostockBeteiligungsplattform(catalogue, "passagen-" + System.nanoTime());
        p.setTitle(title);
        p.setKeywords(List.of("Moor"));
        p.setParticipation("");
        p.setConcepts(
                ConceptScheme.INNOVATION_FIELD, Set.of(catalogue.conceptsByKey().get("innovation-field:mobility")));
        p.setConcepts(ConceptScheme.TARGET_GROUP, Set.of());
        if (town != null) p.setOrganisation(town);
        TestStates.in(p, state);
        return catalogue.save(p);
    }

    private Organisation town(String name) {
        return catalogue.saveOrganisation(
                new Organisation("ort-" + System.nanoTime(), name, OrganisationKind.CITY, "DE"));
    }

    /** The passages of these reports, in the order found. */
    private static List<Passage> ours(List<Passage> passages, String url, String otherUrl) {
        return passages.stream()
                .filter(p -> p.link().startsWith(url + "#") || p.link().startsWith(otherUrl + "#"))
                .toList();
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
