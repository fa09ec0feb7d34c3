package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SiteProjectsTest {

    static final String TEXT = "<p>Auf dem Marktplatz von Hohenbrück misst eine kleine Station Lärm, Feinstaub und "
            + "Temperatur, und eine Tafel am Rathaus zeigt die Werte der letzten Stunde.</p><p>Schülerinnen der "
            + "Realschule haben die Station gebaut und pflegen die Daten; die Gemeinde stellt sie als offene Daten "
            + "ins Netz, wo jeder sie herunterladen und mit eigenen Karten verbinden kann.</p><p>Im Sommer zeigt die Tafel "
            + "auch, wann es im Schatten der Linden kühler ist als auf dem Pflaster daneben.</p>";

    static Document project(String facts) {
        return Jsoup.parse("<body class=\"layout-case page-17\"><main><article class=case><h1>Messstation</h1>"
                + "<div class=case-body>" + TEXT + "</div>" + facts + "</article></main></body>");
    }

    static final String FACTS = "<dl><dt>Einwohner</dt><dd>6.100</dd><dt>Projektphase</dt><dd>Betrieb</dd>"
            + "<dt>Kosten</dt><dd>35.000 Euro</dd></dl>";

    static Document textPage(String head) {
        return textPage(head, "");
    }

    static Document textPage(String head, String facts) {
        return Jsoup.parse("<html><head>" + head + "</head><body class=layout-text><main><div class=text-page>"
                + "<h1>Gemeinsam mehr erreichen</h1>" + TEXT.replace("Marktplatz", "Dorfplatz") + facts
                + "</div></main></body></html>");
    }

    static SiteProjects siteWithProjects(int count) {
        SiteProjects site = new SiteProjects();
        for (int i = 0; i < count; i++) site.add("hohenbrueck.example", PageShape.of(project(FACTS), ""));
        return site;
    }

    @Test
    void aTextPageWithoutFactsInAnotherLayoutThanTheSitesProjectPagesIsNone() {
        PageShape join = PageShape.of(textPage(""), "");

        assertThat(join.lowEvidence()).isTrue();
        assertThat(siteWithProjects(3).unlike("hohenbrueck.example", join))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("not a project page: it states 0 of a project's facts")
                        .contains("body.layout-text>main>div.text-page", "3 project pages"));
    }

    @Test
    void aPageWithoutFactsInTheProjectPagesLayoutStays() {
        PageShape sameLayout = PageShape.of(project(""), "");

        assertThat(sameLayout.lowEvidence()).isTrue();
        assertThat(sameLayout.blockPath()).isEqualTo("body.layout-case>main>article.case>div.case-body");
        assertThat(siteWithProjects(3).unlike("hohenbrueck.example", sameLayout))
                .isEmpty();
    }

    @Test
    void aSiteWithFewerProjectPagesThanATemplateNeedsOrAnotherSiteDecidesNothing() {
        PageShape join = PageShape.of(textPage(""), "");

        assertThat(siteWithProjects(2).unlike("hohenbrueck.example", join)).isEmpty();
        assertThat(siteWithProjects(3).unlike("other.example", join)).isEmpty();
    }

    @Test
    void aSheetOfFactsFoundByAlignmentCountsAsStated() {
        PageShape tiles = PageShape.of(
                textPage(
                        "",
                        "<div class=tiles><p><b>Bevölkerung</b><br/>6.100</p><p><b>Status</b><br/>in Betrieb</p>"
                                + "<p><b>Gesamtkosten</b><br/>52.000 €</p></div>"),
                "");

        assertThat(tiles.statedFacts()).isEqualTo(3);
        assertThat(tiles.lowEvidence()).isFalse();
    }

    @Test
    void aFigureOrTwoBesideWordsOrAPlacesRegionIsNoSheetOfFacts() {
        // A "project of the month" shows a couple of figures of the project it points to; an event names its venue.
        PageShape teaser = PageShape.of(
                textPage("", "<ul><li>2.300 Einwohner</li><li>18.000 € Kosten</li><li>6 Bänke</li></ul>"), "");
        PageShape event = PageShape.of(textPage("", "<p>Ort: Bürgerhaus Lindental, Niedersachsen</p>"), "");

        assertThat(teaser.statedFacts()).isZero();
        assertThat(event.statedFacts()).isZero();
    }

    @Test
    void aPageWithoutFactsThatLinksAReportInItsTextTellsAProjectThere() {
        Document caseStudy = Jsoup.parse(
                "<html><body class=layout-text><main><div class=text-page><h1>Messstation</h1>" + TEXT
                        + "<p>Alles Weitere steht im <a href=/dateien/messstation-bericht.pdf>Abschlussbericht</a>.</p>"
                        + "</div></main></body></html>",
                "https://hohenbrueck.example/messstation");

        assertThat(PageShape.of(caseStudy, "").linksAReport()).isTrue();
        assertThat(PageShape.of(caseStudy, "").lowEvidence()).isFalse();
        assertThat(PageShape.of(textPage(""), "").linksAReport()).isFalse();
    }

    @Test
    void noindexOnlyRaisesTheFactsAPageNeedsToStandOnItsOwn() {
        String oneFact = "<dl><dt>Kosten</dt><dd>35.000 Euro</dd></dl>";
        Document withOneFact = textPage("", oneFact);
        Document hidden = textPage("<meta name=robots content=\"noindex, follow\">", oneFact);

        assertThat(PageShape.of(withOneFact, "").lowEvidence()).isFalse();
        assertThat(PageShape.of(withOneFact, "noarchive, NoIndex").lowEvidence())
                .isTrue();
        assertThat(PageShape.of(hidden, "")).satisfies(shape -> {
            assertThat(shape.noindex()).isTrue();
            assertThat(shape.lowEvidence()).isTrue();
        });
        assertThat(PageShape.of(project(FACTS), "noindex").lowEvidence()).isFalse();
        assertThat(PageShape.of(withOneFact, "index, follow").noindex()).isFalse();
    }

    @Test
    void takesAProjectToldInSentencesOrInTilesOfFiguresForEvidence() {
        Document told =
                textPage("", "<p>Rund 1.400 Menschen leben in Hohenbrück. Die Station kostete 18.000 Euro.</p>");
        Document tiles = textPage(
                "",
                "<div class=tiles><div><b>1.400</b><span>Menschen im Ort</span></div><div><b>18.000 €</b>"
                        + "<span>für die Station</span></div><div><b>seit 2023</b><span>in Betrieb</span></div></div>");
        Document dated = textPage("", "<p>Stand: 12.03.2025</p>");

        assertThat(PageShape.of(told, "")).satisfies(shape -> {
            assertThat(shape.proseFacts()).isEqualTo(2);
            assertThat(shape.lowEvidence()).isFalse();
        });
        assertThat(PageShape.of(tiles, "")).satisfies(shape -> {
            assertThat(shape.figureTiles()).isEqualTo(3);
            assertThat(shape.lowEvidence()).isFalse();
        });
        assertThat(PageShape.of(dated, "").lowEvidence()).isTrue();
    }
}
