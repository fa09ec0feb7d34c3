package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.crawl.internal.parse.PageKind.Kind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Pages whose parts say they serve the site rather than report a project, written for these tests:
 * a section's hub, a listing table, a service, a funding programme, an event, a sign-up — and
 * project pages that carry one such part and stay projects.
 */
class PagePurposeTest {

    private static final String INTRO = "<p>Die Gemeinde Wiesental kümmert sich seit vielen Jahren um Wasser, Wege und"
            + " Wälder. Auf den folgenden Seiten erfahren Sie, wer zuständig ist und was gerade geschieht, und wie Sie"
            + " selbst mitwirken können, wenn Sie in Wiesental wohnen oder arbeiten.</p>";

    @Test
    void takesAPageThatLinksToThePagesBelowItsAddressForTheHubOfASection() {
        Document doc = page(
                "<main><h1>Umwelt</h1>" + INTRO
                        + "<div><h2><a href=/de/umwelt/wasser.html>Wasser</a></h2><p>Quellen und Bäche.</p></div>"
                        + "<div><h2><a href=/de/umwelt/wald.html>Wald</a></h2><p>Forst und Pflege.</p></div>"
                        + "<div><h2><a href=/de/umwelt/wege.html>Wege</a></h2><p>Wandern und Radeln.</p></div>"
                        + "</main>",
                "http://gemeinde.example/de/umwelt.html");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).isEqualTo(Kind.LIST);
        assertThat(kind.reason()).contains("3 pages filed below its own address /de/umwelt/");
    }

    @Test
    void takesAShortPageLeadingOnByAListOfLinksUnderATopicsHeadingForATopicsPage() {
        Document doc = page(
                "<main><h1>Wasser in Wiesental</h1>" + INTRO
                        + "<h2>Themen</h2><ul><li><a href=/projekte/>Projekte</a></li>"
                        + "<li><a href=/foerderung/wasserfonds>Wasserfonds</a></li>"
                        + "<li><a href=/service/downloads>Karten und Berichte</a></li></ul></main>",
                "http://gemeinde.example/umwelt/wasser");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).as(kind.reason()).isEqualTo(Kind.LIST);
        assertThat(kind.reason()).contains("under the heading 'Themen'");
    }

    @Test
    void takesAPageOfMediansAndTypicalSpansForASummaryOfManyProjects() {
        Document doc = page(
                "<main><h1>What our member villages spent on play areas</h1>"
                        + "<p>We asked every member village about its last play area.</p><ul>"
                        + "<li>31 villages replied</li><li>Average budget €46,000</li>"
                        + "<li>Typical size of the village 800 to 2,400 residents</li>"
                        + "<li>Median time from idea to opening: 19 months</li></ul></main>",
                "http://network.example/stories/play-area-survey");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).as(kind.reason()).isEqualTo(Kind.ABOUT);
        assertThat(kind.reason()).contains("medians, averages, typical values or spans");
    }

    @Test
    void takesASummaryOverManyForWhatItIsWhereItsStructuredDataCallsItAnArticle() {
        Document doc = page(
                "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                        + "\"headline\":\"Ten years of village shops\"}</script>"
                        + "<main><h1>Ten years of village shops</h1><p>What the shops of our network have in common.</p>"
                        + "<div><div><p>1,900</p><p>median village size</p></div>"
                        + "<div><p>€85,000 to €260,000</p><p>what a shop cost to open</p></div></div></main>",
                "http://network.example/stories/village-shops-decade");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).as(kind.reason()).isEqualTo(Kind.ABOUT);
    }

    @Test
    void takesTheGazettesPageUnderItsQuotedTitleForANewsletterAndMinutesForTheCouncils() {
        Document gazette = page(
                "<main><h1 class=sr-only>Navigation</h1><h1>Amtsblatt „Kornbacher Bote“</h1>" + INTRO
                        + "<ul><li><a href=/amtsblatt/2024-12.pdf>Ausgabe 12/2024</a></li></ul></main>",
                "http://gemeinde.example/amtsblatt/");
        Document minutes = page(
                "<main><h1>Niederschrift über die Sitzung des Gemeinderates am 4. März</h1>" + INTRO + "</main>",
                "http://gemeinde.example/rat/2025-03-04");

        assertThat(PageKind.of(gazette).kind()).isEqualTo(Kind.LIST);
        assertThat(PageKind.of(minutes).kind()).isEqualTo(Kind.ABOUT);
    }

    @Test
    void keepsAProjectPageWithOneAverageAmongItsOwnFigures() {
        Document doc = page(
                "<main><h1>Dorfladen Ebersweiler</h1>" + INTRO
                        + "<ul><li>Einwohner: 1.240</li><li>Kosten: 310.000 €</li><li>Stand: in Betrieb</li>"
                        + "<li>Im Durchschnitt 140 Einkäufe am Tag</li></ul></main>",
                "http://gemeinde.example/projekte/dorfladen");

        assertThat(PageKind.of(doc).kind()).isEqualTo(Kind.PROJECT);
    }

    @Test
    void takesACallWithADeadlineAndACappedGrantForAFundingProgramme() {
        Document doc = page(
                "<main><h1>Kleinprojektefonds Wiesental</h1>" + INTRO
                        + "<p>Zuschuss: bis zu 50 %, höchstens 10.000 €</p><p>Antragsfrist: 30. September</p></main>",
                "http://gemeinde.example/foerderung/kleinprojekte");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).as(kind.reason()).isEqualTo(Kind.ABOUT);
        assertThat(kind.reason()).contains("funding programme");
    }

    @Test
    void keepsAProjectPageThatEndsInALinkListUnderAnotherHeading() {
        Document doc = page(
                "<main><h1>Regenwasser im Schulhof</h1>" + INTRO
                        + "<h2>Mehr dazu</h2><ul><li><a href=/projekte/>Projekte</a></li>"
                        + "<li><a href=/foerderung/wasserfonds>Wasserfonds</a></li>"
                        + "<li><a href=/service/downloads>Karten und Berichte</a></li></ul></main>",
                "http://gemeinde.example/projekte/schulhof");

        assertThat(PageKind.of(doc).kind()).isNotEqualTo(Kind.LIST);
    }

    @Test
    void keepsAProjectPageWithPagesOfItsOwnBelowIt() {
        Document doc = page(
                "<main><h1>Dorfladen Wiesental</h1>" + INTRO
                        + "<ul><li>Einwohner: 1.200</li><li>Kosten: 250.000 Euro</li><li>Laufzeit: 2022–2024</li></ul>"
                        + "<p><a href=/projekte/dorfladen/bilder/>Bilder</a> · <a href=/projekte/dorfladen/presse/>Presse</a>"
                        + " · <a href=/projekte/dorfladen/bericht/>Bericht</a></p></main>",
                "http://gemeinde.example/projekte/dorfladen/");

        assertThat(PageKind.of(doc).kind()).isEqualTo(Kind.PROJECT);
    }

    @Test
    void takesATableWhoseRowsLinkToIssuesForAListing() {
        Document doc = page(
                "<main><h1>Ausgaben des Wiesentaler Boten</h1>" + INTRO
                        + "<table><thead><tr><th>Nummer</th><th>Erschienen</th></tr></thead><tbody>"
                        + "<tr><td><a href=/blatt/2025-01.pdf>1/2025</a></td><td>10.01.2025</td></tr>"
                        + "<tr><td><a href=/blatt/2025-02/>2/2025</a></td><td>24.01.2025</td></tr>"
                        + "<tr><td>3/2025</td><td>07.02.2025</td></tr></tbody></table></main>",
                "http://gemeinde.example/bote.html");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).isEqualTo(Kind.LIST);
        assertThat(kind.reason()).contains("a table of 3 rows under a heading row, 2 of them linking on");
    }

    @Test
    void takesAPageWithHeadingsForFeesAndOpeningHoursForAService() {
        Document doc = page(
                "<main><h1>Hund anmelden</h1>" + INTRO + "<h2>Öffnungszeiten</h2><p>Montag bis Freitag 8 bis 12 Uhr</p>"
                        + "<h2>Gebühren</h2><table><tr><th>Erster Hund</th><td>60 €</td></tr></table></main>",
                "http://gemeinde.example/service/hund.html");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).isEqualTo(Kind.ABOUT);
        assertThat(kind.reason()).contains("the parts of a service (oeffnungszeiten, gebuehren)");
    }

    @Test
    void takesAPageThatSaysWhoMayApplyAndForHowMuchForAFundingProgrammeEvenWithItsPeriodAndBudget() {
        Document doc = page(
                "<main><h1>Dorffonds</h1>" + INTRO
                        + "<dl><dt>Budget</dt><dd>300.000 €</dd><dt>Laufzeit</dt><dd>2024 bis 2028</dd>"
                        + "<dt>Förderquote</dt><dd>bis 60 %</dd><dt>Antragsberechtigt</dt><dd>Vereine</dd></dl></main>",
                "http://gemeinde.example/foerderung/dorffonds.html");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).isEqualTo(Kind.ABOUT);
        assertThat(kind.reason()).contains("a funding programme");
    }

    @Test
    void takesAPageThatStatesWhatEachProjectMayGetForAFundingProgramme() {
        Document doc = page(
                "<main><h1>Vereinsfonds</h1>" + INTRO
                        + "<dl><dt>Gesamtmittel</dt><dd>120.000 €</dd><dt>Förderung je Antrag</dt><dd>bis 8.000 €</dd>"
                        + "<dt>Laufzeit</dt><dd>2025 bis 2026</dd></dl></main>",
                "http://gemeinde.example/foerderung/vereinsfonds.html");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).as(kind.reason()).isEqualTo(Kind.ABOUT);
        assertThat(kind.reason()).contains("a funding programme");
    }

    @Test
    void takesFigureTilesThatSayWhatEachGrantMayBeForAFundingProgramme() {
        Document doc = page(
                "<main><h1>Village seed fund</h1><p>Money for the first steps of a local idea.</p>"
                        + "<div class=tiles><div class=tile><div class=v>€90,000</div><div class=l>fund 2026</div></div>"
                        + "<div class=tile><div class=v>€6,000</div><div class=l>maximum per project</div></div></div>"
                        + "<p>Apply through the online form.</p></main>",
                "http://network.example/funding/seed-fund");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).as(kind.reason()).isEqualTo(Kind.ABOUT);
        assertThat(kind.reason()).contains("a funding programme");
    }

    @Test
    void takesAPageWhoseTableListsSmallSumsForAListOfFees() {
        Document doc = page(
                "<main><h1>Bücherei – Entgelte</h1><p>Ausweise und Leihgebühren der Gemeindebücherei.</p>"
                        + "<table><caption>Entgelte ab 1. Januar 2025</caption>"
                        + "<tr><th scope=row>Jahresausweis Erwachsene</th><td>18,00 €</td></tr>"
                        + "<tr><th scope=row>Jahresausweis Familie</th><td>25,00 €</td></tr>"
                        + "<tr><th scope=row>Fernleihe</th><td>2,50 € je Medium</td></tr>"
                        + "<tr><th scope=row>Verlängerung</th><td>kostenlos</td></tr></table></main>",
                "http://gemeinde.example/service/buecherei-entgelte.html");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).as(kind.reason()).isEqualTo(Kind.ABOUT);
        assertThat(kind.reason()).contains("a list of fees or prices");
    }

    @Test
    void keepsAProjectThatListsItsFaresBesideItsFacts() {
        Document doc = page(
                "<main><h1>Bürgerbus Wiesental</h1>" + INTRO
                        + "<dl><dt>Einwohner</dt><dd>4.200</dd><dt>Laufzeit</dt><dd>2023 bis 2025</dd>"
                        + "<dt>Gesamtkosten</dt><dd>180.000 €</dd></dl>"
                        + "<table><tr><th scope=row>Einzelfahrt</th><td>2,00 €</td></tr>"
                        + "<tr><th scope=row>Zehnerkarte</th><td>18,00 €</td></tr>"
                        + "<tr><th scope=row>Monatskarte</th><td>35,00 €</td></tr></table></main>",
                "http://gemeinde.example/projekte/buergerbus.html");

        assertThat(PageKind.of(doc).reason()).doesNotContain("fees or prices");
    }

    @Test
    void takesAThemePageThatNamesTheProjectsOfItsThemeForATopicsPage() {
        Document doc = page(
                "<main><h1>Wasser</h1>" + INTRO
                        + "<h2>Projekte zum Thema</h2><ul><li><a href=/projekte/zisterne.html>Zisterne</a></li>"
                        + "<li><a href=/projekte/bachlauf.html>Bachlauf</a></li>"
                        + "<li><a href=/projekte/brunnen.html>Brunnen</a></li></ul></main>",
                "http://gemeinde.example/wasser.html");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).as(kind.reason()).isEqualTo(Kind.LIST);
        assertThat(kind.reason()).contains("under the heading 'Projekte zum Thema'");
    }

    @Test
    void takesAPageThatStatesTheHourItTakesPlaceForAnEvent() {
        Document doc = page(
                "<main><h1>Waldspaziergang mit dem Förster</h1><table><tr><th>Datum</th>"
                        + "<td>Sonntag, 11. Mai 2025, 10 Uhr</td></tr><tr><th>Treffpunkt</th><td>Parkplatz am Forsthaus</td>"
                        + "</tr></table>" + INTRO + "</main>",
                "http://gemeinde.example/wald/waldspaziergang.html");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).isEqualTo(Kind.EVENT);
        assertThat(kind.reason()).contains("to the hour");
    }

    @Test
    void takesAShortPageWithAFormForAnEmailAddressForASignUp() {
        Document doc = page(
                "<main><h1>Post aus dem Rathaus</h1>" + INTRO
                        + "<form action=/anmelden method=post><input type=email name=mail><button>Anmelden</button></form>"
                        + "</main>",
                "http://gemeinde.example/post.html");

        assertThat(PageKind.of(doc).reason()).contains("a sign-up page");
    }

    @Test
    void keepsALongProjectPageThatAsksForAnEmailAddressAtItsEnd() {
        Document doc = page(
                "<main><h1>Bürgerbus Wiesental</h1>" + INTRO + INTRO + INTRO
                        + "<form action=/anmelden method=post><input type=email name=mail><button>Anmelden</button></form>"
                        + "</main>",
                "http://gemeinde.example/projekte/buergerbus.html");

        assertThat(PageKind.of(doc).kind()).isEqualTo(Kind.PROJECT);
    }

    @Test
    void namesEasyLanguageAndGovernancePagesAndFilesBlogPostsAsNews() {
        assertThat(PageName.named("leichte-sprache")).contains(PageName.ACCESSIBILITY);
        assertThat(PageName.named("Easy read")).contains(PageName.ACCESSIBILITY);
        assertThat(PageName.named("governance")).contains(PageName.ABOUT);
        assertThat(PageName.named("Blog")).contains(PageName.PRESS);
    }

    @Test
    void countsADateUnderStandAsThePagesDateNotAPhase() {
        Document dated = page("<main><h1>T</h1><p>Stand: 04.02.2025</p></main>", "http://gemeinde.example/t.html");
        Document phase = page("<main><h1>T</h1><p>Stand: in Umsetzung</p></main>", "http://gemeinde.example/t.html");

        assertThat(LabelledFacts.of(dated).stated()).doesNotContain(Fact.PHASE);
        assertThat(LabelledFacts.of(phase).stated()).contains(Fact.PHASE);
    }

    @Test
    void knowsTheFolderAPageHeads() {
        assertThat(PagePurpose.ownFolder("/de/umwelt.html")).isEqualTo("/de/umwelt/");
        assertThat(PagePurpose.ownFolder("/projects/")).isEqualTo("/projects/");
        assertThat(PagePurpose.ownFolder("/projects/index.html")).isEqualTo("/projects/");
    }

    private static Document page(String body, String url) {
        return Jsoup.parse("<html lang=de><body>" + body + "</body></html>", url);
    }
}
