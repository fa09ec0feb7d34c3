package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.crawl.internal.parse.PageKind.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classifier on whole pages built the way other people build sites — WordPress, Drupal, TYPO3,
 * a table layout from 2005, GOV.UK — in German and English, and on small pages for single rules.
 * The pages are in src/test/resources/page-kinds and in the crawl fixture site no-profile-site.
 */
class PageKindTest {

    static final Path PAGES = Path.of("src", "test", "resources");

    /**
     * One page, what it really is, and what the classifier must say.
     *
     * @param because a part of the reason the verdict must name
     * @param knownMiss whether the classifier is known to judge this page wrongly (see {@link #KNOWN_MISSES})
     */
    record Example(String file, String url, Kind kind, String because, boolean knownMiss) {

        boolean isProject() {
            return kind == Kind.PROJECT;
        }

        @Override
        public String toString() {
            return file + " (" + kind + ")";
        }
    }

    static final String SITE = "crawl-fixtures/no-profile-site/";
    static final String KINDS = "page-kinds/";

    static final List<Example> EXAMPLES = List.of(
            // The crawl fixture site: a German TYPO3-like network site.
            ok(SITE + "index.html", "http://site.example/index.html", Kind.HOME, "home page (/index.html)"),
            ok(SITE + "faelle/index.html", "http://site.example/faelle/", Kind.LIST, "pagination"),
            ok(SITE + "faelle/seite/2/index.html", "http://site.example/faelle/seite/2/", Kind.LIST, "page 2"),
            ok(SITE + "impressum.html", "http://site.example/impressum.html", Kind.LEGAL, "heading 'Impressum'"),
            ok(SITE + "datenschutz/index.html", "http://site.example/datenschutz/", Kind.LEGAL, "privacy page"),
            ok(SITE + "ueber-uns.html", "http://site.example/ueber-uns.html", Kind.ABOUT, "about page"),
            ok(SITE + "kontakt.html", "http://site.example/kontakt.html", Kind.CONTACT, "contact page"),
            ok(SITE + "newsletter/index.html", "http://site.example/newsletter/", Kind.LIST, "newsletter page"),
            ok(SITE + "suche/index.html", "http://site.example/suche/?q=energie", Kind.SEARCH, "search page"),
            ok(SITE + "faelle/mitfahrbank/index.html", "http://site.example/faelle/mitfahrbank/", Kind.PROJECT, ""),
            ok(
                    SITE + "faelle/dorfladen-digital.html",
                    "http://site.example/faelle/dorfladen-digital.html",
                    Kind.PROJECT,
                    "an Article"),
            ok(
                    SITE + "faelle/breitband-genossenschaft.html",
                    "http://site.example/faelle/breitband-genossenschaft.html",
                    Kind.PROJECT,
                    ""),
            ok(
                    SITE + "faelle/gemeindeschwester.html",
                    "http://site.example/faelle/gemeindeschwester.html",
                    Kind.PROJECT,
                    ""),
            ok(
                    SITE + "faelle/datenschutzkonforme-videosprechstunde.html",
                    "http://site.example/faelle/datenschutzkonforme-videosprechstunde.html",
                    Kind.PROJECT,
                    ""),
            ok(SITE + "faelle/repair-cafe.html", "http://site.example/faelle/repair-cafe.html", Kind.PROJECT, ""),
            ok(SITE + "faelle/dorf-app.html", "http://site.example/faelle/dorf-app.html", Kind.PROJECT, ""),
            // Pages of other sites, other systems and English.
            ok(KINDS + "en-home.html", "https://smartvillages.example/en/", Kind.HOME, "home page (/en/)"),
            ok(
                    KINDS + "en-projects-archive.html",
                    "https://smartvillages.example/projects?page=1",
                    Kind.LIST,
                    "a list with pagination — a link to another page of it (/projects?page=0) — and 6 teaser blocks"),
            ok(
                    KINDS + "en-search.html",
                    "https://villages.example/?s=solar",
                    Kind.SEARCH,
                    "heading 'Search Results for: solar' names a search page"),
            ok(
                    KINDS + "en-privacy.html",
                    "https://smartvillages.example/en/privacy-policy/",
                    Kind.LEGAL,
                    "heading 'Privacy Policy' names a privacy page"),
            ok(
                    KINDS + "en-accessibility.html",
                    "https://smartvillages.example/accessibility-statement",
                    Kind.LEGAL,
                    "accessibility statement"),
            ok(
                    KINDS + "en-about.html",
                    "https://smartvillages.example/en/about/",
                    Kind.ABOUT,
                    "its address '/en/about/'"),
            ok(KINDS + "en-contact.html", "https://smartvillages.example/en/contact/", Kind.CONTACT, "contact page"),
            ok(
                    KINDS + "en-tag-archive.html",
                    "https://smartvillages.example/en/tag/mobility/",
                    Kind.LIST,
                    "archive page"),
            ok(
                    KINDS + "en-project-wordpress.html",
                    "https://smartvillages.example/en/2023/11/solar-school-roofs/",
                    Kind.PROJECT,
                    ""),
            ok(
                    KINDS + "en-project-short.html",
                    "https://smartvillages.example/projects/community-fridge",
                    Kind.PROJECT,
                    ""),
            ok(
                    KINDS + "de-barrierefreiheit.html",
                    "https://kreis.example/barrierefreiheit",
                    Kind.LEGAL,
                    "'Erklärung zur Barrierefreiheit'"),
            ok(
                    KINDS + "de-cookie-richtlinie.html",
                    "https://stadtwerke.example/cookie-richtlinie-eu/",
                    Kind.LEGAL,
                    "cookie page"),
            ok(
                    KINDS + "de-veranstaltungen.html",
                    "https://kreis.example/veranstaltungen/",
                    Kind.LIST,
                    "names an events page"),
            ok(
                    KINDS + "de-kategorie-energie.html",
                    "https://stadtwerke.example/kategorie/energie/",
                    Kind.LIST,
                    "its structured data calls it a CollectionPage"),
            ok(KINDS + "de-presse.html", "https://kreis.example/presse/", Kind.LIST, "names a press or news page"),
            ok(KINDS + "de-sitemap.html", "https://kreis.example/sitemap", Kind.LIST, "site map"),
            ok(KINDS + "de-danke.html", "https://netz.example/newsletter/danke", Kind.THIN, "characters"),
            ok(
                    KINDS + "de-projekt-altes-layout.html",
                    "http://www.hohenbach.example/projekte.php?id=17",
                    Kind.PROJECT,
                    ""),
            ok(
                    KINDS + "de-projekt-linkreich.html",
                    "https://sonnenfurt.example/projekte/klimaanpassung-fluss/",
                    Kind.PROJECT,
                    ""),
            ok(
                    KINDS + "de-nachricht.html",
                    "https://netz.example/aktuelles/2024/netzwerktreffen-rueckblick",
                    Kind.NEWS,
                    "folder 'aktuelles'"));

    /**
     * Pages the classifier judges wrongly, on purpose listed. A news item reads like a short report (own
     * prose, few links, no list) and is told apart by the section of the site it is filed in.
     */
    static final List<String> KNOWN_MISSES = List.of();

    static Stream<Example> judgedRightly() {
        return EXAMPLES.stream().filter(e -> !e.knownMiss());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("judgedRightly")
    void tellsWhatKindOfPageItIsAndWhy(Example example) {
        PageKind kind = PageKind.of(load(example));
        assertThat(kind.kind()).as(kind.reason()).isEqualTo(example.kind());
        assertThat(kind.reason()).contains(example.because());
        if (example.isProject()) {
            assertThat(kind.reason()).startsWith("a project page: ");
            assertThat(kind.notAProject()).isEmpty();
        } else {
            assertThat(kind.notAProject()).hasValue(kind.reason());
            assertThat(kind.reason()).startsWith("not a project page: ");
        }
    }

    @Test
    void misjudgesOnlyTheKnownMissesAndFindsProjectsWithHighPrecisionAndRecall() {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        List<String> wrong = new java.util.ArrayList<>();
        for (Example e : EXAMPLES) {
            boolean saidProject = PageKind.of(load(e)).isProject();
            if (saidProject && e.isProject()) truePositives++;
            if (saidProject && !e.isProject()) falsePositives++;
            if (!saidProject && e.isProject()) falseNegatives++;
            if (saidProject != e.isProject()) wrong.add(e.file());
        }
        assertThat(wrong).containsExactlyElementsOf(KNOWN_MISSES);
        double precision = (double) truePositives / (truePositives + falsePositives);
        double recall = (double) truePositives / (truePositives + falseNegatives);
        assertThat(precision).as("precision on %d pages", EXAMPLES.size()).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall on %d pages", EXAMPLES.size()).isEqualTo(1.0);
    }

    @Test
    void namesTheShareOfLinksInTheReason() {
        StringBuilder links = new StringBuilder("<main><h1>Links</h1><p>Eine kurze Einleitung.</p><p>");
        for (int i = 0; i < 12; i++)
            links.append("<a href=/seite-")
                    .append(i)
                    .append(">Seite Nummer ")
                    .append(i)
                    .append("</a> · ");
        Document doc = page(links + "</p></main>", "http://p.example/links");
        assertThat(PageKind.of(doc).reason())
                .matches("not a project page: \\d\\d % of the text is in links \\(a list or navigation page\\)");
    }

    @Test
    void takesAPageThatSearchesByItsAddressAndListsResultsForASearchPage() {
        StringBuilder results = new StringBuilder("<main><h1>solar</h1>");
        for (int i = 0; i < 4; i++) {
            results.append("<article><h2><a href=/beitrag-")
                    .append(i)
                    .append(">Beitrag ")
                    .append(i)
                    .append("</a></h2><p>")
                    .append("Ein Auszug aus dem Beitrag. ".repeat(4))
                    .append("</p></article>");
        }
        Document doc = page(results + "</main>", "http://p.example/?s=solar");
        assertThat(PageKind.of(doc).reason())
                .isEqualTo("not a project page: a search for 'solar' in its address and a list of results"
                        + " (4 teaser blocks)");
    }

    @Test
    void keepsABodyThatACookiePluginMarked() {
        Document doc = Jsoup.parse(
                "<html><body class='home cookies-not-set'><main><h1>Projekt</h1><p>"
                        + "Ein Absatz über das Projekt, lang genug für einen Bericht. ".repeat(5)
                        + "</p></main><div id=cookie-notice>Wir verwenden Cookies.</div></body></html>",
                "http://p.example/projekt");
        assertThat(PageKind.of(doc).kind()).isEqualTo(Kind.PROJECT);
    }

    @Test
    void countsNoLinkBackToThePageItselfAsALink() {
        String text = "Ein Absatz, der zufällig ganz in einem Link auf die Seite selbst steht. ".repeat(5);
        Document doc = page("<a href=self.html><h1>Projekt</h1><p>" + text + "</a>", "http://p.example/self.html");
        assertThat(PageKind.of(doc).kind()).isEqualTo(Kind.PROJECT);
    }

    @Test
    void takesThreeOrMoreArticlesInTheStructuredDataAsAList() {
        String node = "{\"@type\": \"BlogPosting\", \"headline\": \"Beitrag\"}";
        Document doc = page(
                "<script type=application/ld+json>[" + String.join(",", node, node, node) + "]</script>"
                        + "<main><h1>Aus dem Netzwerk</h1><p>" + "Text. ".repeat(100) + "</p></main>",
                "http://p.example/aus-dem-netzwerk");
        assertThat(PageKind.of(doc).reason())
                .isEqualTo("not a project page: its structured data holds 3 articles" + " (a list of them)");
    }

    @Test
    void takesANewsItemWithoutFactsForNewsAndOneWithFactsForAProject() {
        String news = "<script type=application/ld+json>{\"@type\": \"NewsArticle\", \"headline\": \"Rückblick\"}"
                + "</script><main><h1>Rückblick auf die Fachtagung</h1><p>" + "Die Tagung war gut besucht. ".repeat(20)
                + "</p>";
        assertThat(PageKind.of(page(news + "</main>", "http://p.example/news/tagung"))
                        .kind())
                .isEqualTo(Kind.NEWS);
        String facts =
                "<table><tr><th>Einwohner</th><td>12.000</td></tr><tr><th>Projektphase</th><td>Umsetzung</td></tr>"
                        + "</table>";
        assertThat(PageKind.of(page(news + facts + "</main>", "http://p.example/news/tagung"))
                        .kind())
                .isEqualTo(Kind.PROJECT);
    }

    @Test
    void takesShortNotesUnderHeadingsWithoutAMainHeadingForADigest() {
        StringBuilder body = new StringBuilder("<div><p>Liebe Leserinnen und Leser,</p>");
        for (String town : java.util.List.of("Kiel", "Husum", "Emden")) {
            body.append("<h2>")
                    .append(town)
                    .append(": Neues aus dem Projekt</h2><p>")
                    .append("Kurz berichtet: es geht voran, mehr dazu im nächsten Heft. ".repeat(3))
                    .append("<a href=/projekte/")
                    .append(town)
                    .append(">Mehr lesen</a></p>");
        }
        Document doc = page(body + "</div>", "http://p.example/newsletter/2025-01");
        assertThat(PageKind.of(doc).kind()).isEqualTo(Kind.NEWS);
        assertThat(PageKind.of(doc).reason()).contains("3 short sections").contains("a digest of notes");
    }

    @Test
    void takesShortNotesUnderBoldLeadInsForADigestButNotAFactSheet() {
        String notes = "<div><p>Hallo zusammen,</p>"
                + "<p><b>Neu dabei:</b> Aurich und Leer arbeiten ab sofort im Verbund mit.</p>"
                + "<p><b>Aus den Städten:</b> In Norden laufen die ersten Messungen, in Emden wird noch geplant."
                + " Berichte dazu folgen später auf unseren Seiten.</p>"
                + "<p><b>Vormerken:</b> Das Herbsttreffen findet in Wilhelmshaven statt.</p><p>Bis bald!</p></div>";
        Document digest = page(notes, "http://p.example/rundbrief/2025-09.html");
        assertThat(PageKind.of(digest).kind()).isEqualTo(Kind.NEWS);
        assertThat(PageKind.of(digest).reason()).contains("3 short notes under bold lead-ins");

        // The same lead-ins as the labels of a project's facts: a project told in a newsletter.
        String sheet = "<div><h1>Solardächer auf Schulen</h1><p>"
                + "Die Stadt hat zwölf Schuldächer mit Photovoltaik belegt und speist den Strom selbst ein. ".repeat(3)
                + "</p><p><b>Einwohner:</b> 41.000</p><p><b>Projektphase:</b> Umsetzung</p>"
                + "<p><b>Kosten:</b> 240.000 €</p></div>";
        assertThat(PageKind.of(page(sheet, "http://p.example/rundbrief/2025-10.html"))
                        .kind())
                .isEqualTo(Kind.PROJECT);
    }

    @Test
    void takesShortListItemsOnAPageWithoutHeadingsForADigest() {
        String overview = "<div><p>Liebe Mitglieder,</p><p>das Wichtigste aus dem Quartal in Kürze:</p><ul>"
                + "<li>Aurich hat die ersten zwanzig Ladepunkte in Betrieb genommen.</li>"
                + "<li>Der Arbeitskreis Wärme trifft sich wieder im März.</li>"
                + "<li>Leer sucht Partner für einen gemeinsamen Förderantrag.</li>"
                + "<li>Die Geschäftsstelle ist zwischen den Feiertagen geschlossen.</li></ul>"
                + "<p>Viele Grüße aus der Geschäftsstelle</p></div>";
        Document digest = page(overview, "http://p.example/post/ausgabe-12");
        assertThat(PageKind.of(digest).kind()).isEqualTo(Kind.NEWS);
        assertThat(PageKind.of(digest).reason()).contains("4 short list items");

        // The same list under the heading of a project, with its facts: a project told in a newsletter.
        String project = "<div><h1>Ladepunkte für Aurich</h1><p>Laufzeit: 2023–2025</p><p>Kosten: 310.000 €</p>"
                + overview.substring("<div>".length());
        assertThat(PageKind.of(page(project, "http://p.example/post/ausgabe-13"))
                        .kind())
                .isEqualTo(Kind.PROJECT);
    }

    @Test
    void takesAPageWithOnlyTheFactsOfAPlaceForItsProfile() {
        String town = "<main><h1>Nordhausen am See</h1><p>"
                + "Die Stadt ist seit der Gründung Mitglied im Netzwerk und bringt ihre Erfahrungen ein. ".repeat(3)
                + "</p><table><tr><th>Einwohner</th><td>24.300</td></tr><tr><th>Bundesland</th>"
                + "<td>Niedersachsen</td></tr><tr><th>Fläche</th><td>88 km²</td></tr>"
                + "<tr><th>Ansprechperson</th><td>Amt für Wirtschaft</td></tr></table></main>";
        Document profile = page(town, "http://p.example/orte/nordhausen");
        assertThat(PageKind.of(profile).kind()).isEqualTo(Kind.PLACE);
        assertThat(PageKind.of(profile).reason()).contains("3 facts of a place").contains("a place's profile");

        // The same town with a project's period and costs: a project page that states its place.
        String project = town.replace(
                "</table>",
                "<tr><th>Laufzeit</th><td>2022–2024</td></tr><tr><th>Kosten</th><td>95.000 €</td></tr></table>");
        assertThat(PageKind.of(page(project, "http://p.example/orte/nordhausen-solar"))
                        .kind())
                .isEqualTo(Kind.PROJECT);
    }

    @Test
    void takesTermsExplainedInSentencesForAGlossary() {
        StringBuilder terms = new StringBuilder("<main><h1>Wörter, die wir oft brauchen</h1><dl>");
        for (String term : List.of("Quartier", "Sensor", "Datenraum", "Ladepunkt", "Bürgerhaushalt")) {
            terms.append("<dt>")
                    .append(term)
                    .append(
                            "</dt><dd>Ein Wort, das wir auf diesen Seiten oft brauchen und hier in einem Satz erklären.</dd>");
        }
        Document glossary = page(terms + "</dl></main>", "http://p.example/woerter");
        assertThat(PageKind.of(glossary).kind()).isEqualTo(Kind.GLOSSARY);
        assertThat(PageKind.of(glossary).reason()).contains("5 terms explained in sentences");
    }

    @Test
    void takesShortSectionsEndingInAButtonWithoutFactsForACallToAct() {
        // A heading that names the page ("Mitmachen") would decide by the name; this one does not.
        String sections = "<main><h1>So sind Sie dabei</h1>"
                + "<h2>Für Städte</h2><p>Jede Stadt kann beitreten, der Beitrag richtet sich nach ihrer Größe.</p>"
                + "<h2>Für Beschäftigte</h2><p>In unseren Sprechstunden stellen zwei Städte eine Frage vor, die anderen"
                + " antworten darauf.</p>"
                + "<h2>Projekt melden</h2><p>Schicken Sie uns eine kurze Beschreibung, wir schreiben sie mit Ihnen auf."
                + "</p><p><a class=\"btn btn-primary\" href=\"/kontakt\">Schreiben Sie uns</a></p>";
        Document join = page(sections + "</main>", "http://p.example/mitmachen-jetzt");
        assertThat(PageKind.of(join).kind()).isEqualTo(Kind.ABOUT);
        assertThat(PageKind.of(join).reason()).contains("a call to act");

        // One fact under a label makes it a report of what was done, button or not.
        String withFact = sections + "<p>Projektphase: Umsetzung</p></main>";
        assertThat(PageKind.of(page(withFact, "http://p.example/mitmachen-jetzt"))
                        .kind())
                .isEqualTo(Kind.PROJECT);
    }

    @Test
    void takesAccordionTogglesForNoCallToActAndReadsTheFactsInTheirFoldedPanels() {
        // Short sections whose facts a reader opens with toggles: the toggles ask for nothing.
        String sheet = "<main><h1>Lastenrad-Verleih Oberweiden</h1>"
                + "<section class=\"fold\"><h2><button type=\"button\" aria-expanded=\"false\""
                + " aria-controls=\"p1\">Ausgangslage</button></h2><div id=\"p1\" hidden><p>"
                + "Viele Wege in der Innenstadt sind kürzer als drei Kilometer, doch fahren die meisten mit dem Auto. "
                        .repeat(3)
                + "</p></div></section>"
                + "<section class=\"fold\"><h2><button type=\"button\" aria-expanded=\"false\">Eckdaten</button>"
                + "</h2><div class=\"panel\" aria-hidden=\"true\"><dl><dt>Einwohner</dt><dd>12.800</dd>"
                + "<dt>Projektphase</dt><dd>Betrieb</dd></dl></div></section>"
                + "<details><summary>Ergebnis</summary><p>Zwei Räder sind an fünf Tagen der Woche"
                + " ausgeliehen.</p></details></main>";
        Document doc = page(sheet, "http://p.example/beispiele/lastenrad");
        assertThat(PageKind.of(doc).kind()).isEqualTo(Kind.PROJECT);
        assertThat(LabelledFacts.of(doc).pairs())
                .extracting(LabelledFacts.Pair::fact)
                .containsExactly(Fact.POPULATION, Fact.PHASE);
        assertThat(MainText.of(doc).text()).contains("kürzer als drei Kilometer");

        // A hidden element no toggle opens stays out: a closed dialog or a template is no content.
        Document closed =
                page("<main><h1>Eintrag</h1><div hidden><p>Einwohner: 5.000</p></div></main>", "http://p.example/x");
        assertThat(LabelledFacts.of(closed).pairs()).isEmpty();
    }

    @Test
    void takesAPageThatSetsADeadlineWithoutAPlaceForAnInvitation() {
        String call = "<main><h1>Innovation fund, second round</h1><p>"
                + "Towns of the network may ask for up to half of the cost of trying out a service of another town. "
                        .repeat(3)
                + "</p><table><tr><th>Total budget</th><td>EUR 400,000</td></tr><tr><th>Closing date</th>"
                + "<td>1 March 2026</td></tr><tr><th>Duration</th><td>up to 12 months</td></tr></table></main>";
        Document doc = page(call, "http://p.example/funding/round-2");
        assertThat(PageKind.of(doc).kind()).isEqualTo(Kind.ABOUT);
        assertThat(PageKind.of(doc).reason()).contains("a deadline");

        // A project page that names its town keeps being one, whatever deadline it mentions.
        String project = call.replace("</table>", "<tr><th>Population</th><td>8,100</td></tr></table>");
        assertThat(PageKind.of(page(project, "http://p.example/funding/round-2"))
                        .kind())
                .isEqualTo(Kind.PROJECT);

        // A job offer says so in its structured data.
        String job = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"JobPosting\",\"title\":\"Data engineer\"}</script><main><h1>Data engineer</h1><p>"
                + "You will look after the sensors of three towns and keep their data open and tidy. ".repeat(4)
                + "</p></main>";
        assertThat(PageKind.of(page(job, "http://p.example/work/data-engineer")).kind())
                .isEqualTo(Kind.ABOUT);
    }

    @Test
    void takesAShortPageThatPointsToAnotherInASentenceForItsTeaserButNotOneThatOnlyLinksBack() {
        String body = "<p>Seit dem Sommer fährt in Oberhagen ein Rufbus, den die Fahrgäste per Telefon oder App"
                + " bestellen. Er hält an jeder Haltestelle der drei Ortsteile und bringt Ältere zum Arzt.</p>"
                + "<p>Gefahren wird von Ehrenamtlichen, der Landkreis zahlt Fahrzeug und Versicherung.</p></main>";

        // A short page whose only link before its text leads back up to the list it hangs in.
        String backLink =
                "<main><p><a href=\"/beispiele/\">‹ Zurück zur Übersicht</a></p>" + "<h1>Rufbus Oberhagen</h1>" + body;
        assertThat(PageKind.of(page(backLink, "http://p.example/beispiele/rufbus-oberhagen"))
                        .kind())
                .isEqualTo(Kind.PROJECT);
        String homeLink = backLink.replace("/beispiele/", "/");
        assertThat(PageKind.of(page(homeLink, "http://p.example/beispiele/rufbus-oberhagen"))
                        .kind())
                .isEqualTo(Kind.PROJECT);

        // A short page that opens by telling of a page beside it is that page's teaser.
        String teaser = "<main><h1>Unser Beispiel im März</h1><p>Diesen Monat stellen wir den"
                + " <a href=\"/beispiele/rufbus-oberhagen\">Rufbus in Oberhagen</a> vor.</p>" + body;
        assertThat(PageKind.of(page(teaser, "http://p.example/2026/03/beispiel-maerz"))
                        .reason())
                .contains("a teaser of that page");
    }

    @Test
    void keepsAProjectWhoseCostsAreNotKnownYetApartFromAPlaceProfile() {
        String tiles = "<main><h1>Heat network for Tarnow Mill</h1><div class=\"stats\">"
                + "<div><b>9,870</b><p>Residents</p></div><div><b>44 km²</b><p>Area</p></div>%s</div><p>"
                + "The old mill's boiler house is to feed the school, the pool and two streets of houses. ".repeat(3)
                + "</p></main>";
        String profile = tiles.formatted("");
        assertThat(PageKind.of(page(profile, "http://p.example/work/tarnow-mill"))
                        .kind())
                .isEqualTo(Kind.PLACE);
        String unknownBudget = tiles.formatted("<div><b>tbc</b><p>Budget</p></div>");
        assertThat(PageKind.of(page(unknownBudget, "http://p.example/work/tarnow-mill"))
                        .kind())
                .isEqualTo(Kind.PROJECT);
    }

    @Test
    void saysTooLittleTextWithTheNumberOfCharacters() {
        Document doc = page("<main><h1>Projekt X</h1><p>Folgt in Kürze.</p></main>", "http://p.example/x");
        assertThat(PageKind.of(doc).reason())
                .isEqualTo("not a project page: only 16 characters of text outside links, teasers and heading"
                        + " (fewer than 200)");
    }

    @ParameterizedTest
    @CsvSource({
        "Impressum, LEGAL_NOTICE",
        "Impressum der Stadt Kiel, LEGAL_NOTICE",
        "Cookie-Richtlinie (EU), COOKIES",
        "DATENSCHUTZERKLÄRUNG, PRIVACY",
        "privacy-policy, PRIVACY",
        "Über uns, ABOUT",
        "ueber-uns, ABOUT",
        "Accessibility statement for Smart Villages, ACCESSIBILITY",
        "Kategorie: Energie, ARCHIVE"
    })
    void knowsTheNamesOfServicePages(String text, PageName expected) {
        assertThat(PageName.named(text)).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "Datenschutzkonforme Videosprechstunde",
        "Datenschutz für Vereine: ein Leitfaden",
        "Kontaktlose Bezahlung im Bürgerbüro",
        "Team Energiewende",
        "Suchhunde-Staffel digital"
    })
    void takesNoTitleThatMerelyBeginsLikeAServicePageForOne(String text) {
        assertThat(PageName.named(text)).isEmpty();
    }

    @Test
    void takesALinkToTheNextProjectForNoPagination() {
        Document doc = page(
                "<link rel=next href=/projekte/b.html><a rel=prev href=/projekte/a.html>Voriges Projekt</a>",
                "http://p.example/projekte/c.html");
        assertThat(Pagination.of(doc)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "http://p.example/news?page=3 | <p>x</p> | it is page 3 of a list (/news?page=3)",
                "http://p.example/blog/page/2/ | <p>x</p> | it is page 2 of a list (/blog/page/2/)",
                "http://p.example/news | <a href='/news?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=2'>»</a>"
                        + " | a link to another page of it",
                "http://p.example/blog/ | <link rel=next href=/blog/page/2/> | a link to another page of it (/blog/page/2/)",
                "http://p.example/x | <a href=/y>Seite 2</a> | a link 'Seite 2'",
                "http://p.example/x | <ul class=pagination><li><a href=/y>2</a></ul> | numbered links to its pages ('2')"
            })
    void findsPaginationOfTheSitesOwn(String url, String html, String evidence) {
        assertThat(Pagination.of(page(html, url)))
                .hasValueSatisfying(v -> assertThat(v).startsWith(evidence));
    }

    @ParameterizedTest
    @CsvSource({
        "Karriere, ABOUT",
        "Vacancies, ABOUT",
        "Mitmachen, ABOUT",
        "Join us, ABOUT",
        "Lexikon, GLOSSARY",
        "Frequently asked questions, GLOSSARY",
        "Startseite, HOME",
        "Inhaltsverzeichnis, LIST"
    })
    void takesAPageThatNamesItselfAJobsJoinGlossaryHomeOrOverviewPage(String heading, Kind kind) {
        String text = "Ein Absatz mit etwas Text, wie ihn jede Seite hat, ohne Links. ".repeat(6);
        Document doc = page("<main><h1>" + heading + "</h1><p>" + text + "</p></main>", "http://p.example/seite-1");
        assertThat(PageKind.of(doc).kind()).isEqualTo(kind);
    }

    @Test
    void keepsAProjectsOverviewTabWithItsFactsAsAProject() {
        String text = "Die Gemeinde hat ihre Straßenlaternen auf LED umgestellt und spart seither Strom. ".repeat(4);
        String facts = "<ul><li>Einwohner: 6.300</li><li>Projektphase: Betrieb</li></ul>";
        Document tab = page(
                "<main><h1>LED-Laternen in Esch</h1><p>" + text + "</p>" + facts + "</main>",
                "http://p.example/projekte/led-esch/overview");
        Document contents = page(
                "<main><h1>Seiten dieses Bereichs</h1><p>" + text + "</p></main>", "http://p.example/wiki/overview");

        assertThat(PageKind.of(tab).kind()).isEqualTo(Kind.PROJECT);
        assertThat(PageKind.of(contents).kind()).isEqualTo(Kind.LIST);
    }

    @Test
    void takesATableWithAHeadingRowOfFactsOverManyRowsForAList() {
        StringBuilder rows = new StringBuilder();
        for (String town : java.util.List.of("Aue", "Borna", "Colditz", "Döbeln")) {
            rows.append("<tr><td>").append(town).append("</td><td>Sachsen</td><td>12.000</td></tr>");
        }
        Document doc = page(
                "<main><h1>Unsere Partnerorte</h1><p>" + "Diese Orte arbeiten mit uns zusammen. ".repeat(4)
                        + "</p><table><tr><th>Ort</th><th>Bundesland</th><th>Einwohnerzahl</th></tr>" + rows
                        + "</table></main>",
                "http://p.example/orte");
        PageKind kind = PageKind.of(doc);
        assertThat(kind.kind()).isEqualTo(Kind.LIST);
        assertThat(kind.reason()).contains("4 rows");
    }

    @Test
    void takesAShortPageOpeningWithALinkToAnotherPageOfTheSiteForItsTeaser() {
        Document doc = page(
                "<main><h1>Highlight of the week</h1><p>This week we show the <a href=/cases/solar-roofs>solar"
                        + " roofs of Eastwick</a>, a project many asked about.</p><p>Its team will talk about it at"
                        + " our meeting. Come and ask your questions.</p></main>",
                "http://p.example/highlight");
        assertThat(PageKind.of(doc).kind()).isEqualTo(Kind.NEWS);
    }

    @Test
    void takesAPageOpeningWithALinkToAReportFileForAProject() {
        Document doc = page(
                "<main><h1>Solar roofs in Eastwick</h1><p>The full report is <a href=/files/solar.pdf>here"
                        + " (PDF)</a>. Eastwick put panels on all of its schools in two years.</p>"
                        + "<p>The town's energy team planned it with the schools, and the caretakers now read the"
                        + " meters every week. The report tells what the panels cost and what they save.</p></main>",
                "http://p.example/cases/solar");
        assertThat(PageKind.of(doc).kind()).isEqualTo(Kind.PROJECT);
    }

    @Test
    void takesAPageWithoutFactsThatTellsOfSeveralOtherPagesInItsTextForNews() {
        String filler = "Alle waren sich einig, dass der Austausch wichtig ist und weitergehen soll. ".repeat(4);
        Document doc = page(
                "<main><h1>Nachlese zum Netzwerktreffen</h1><p>Am Vormittag stellte Adorf sein <a"
                        + " href=/projekte/carsharing>Carsharing</a> vor, danach Bedorf die <a"
                        + " href=/projekte/ladesaeulen>Ladesäulen</a> am Rathaus.</p><p>" + filler + "</p></main>",
                "http://p.example/nachlese");
        assertThat(PageKind.of(doc).kind()).isEqualTo(Kind.NEWS);
    }

    @Test
    void keepsAPageWithFactsThatLinksOtherProjectsAsAProject() {
        String filler = "Die Gemeinde hat den Dienst mit den Vereinen zusammen aufgebaut und betreibt ihn. ".repeat(4);
        Document doc = page(
                "<main><h1>Dorfladen mit Abholstation</h1><p>Ähnlich wie das <a href=/projekte/a>Projekt A</a> und"
                        + " das <a href=/projekte/b>Projekt B</a> setzt der Ort auf Ehrenamt.</p><p>" + filler
                        + "</p><ul><li>Einwohner: 2.300</li><li>Projektphase: Betrieb</li></ul></main>",
                "http://p.example/projekte/dorfladen");
        assertThat(PageKind.of(doc).kind()).isEqualTo(Kind.PROJECT);
    }

    @Test
    void takesAMeetingFiledInTheCouncilsFolderForNoProjectThoughItsAgendaNamesProjectsAndSums() {
        String filler = "Die Sitzung ist öffentlich; Gäste nehmen auf der Empore Platz. ".repeat(3);
        Document doc = page(
                "<main><h1>Sitzung vom 4. März 2025</h1><p>Beginn 19.00 Uhr im Bürgersaal.</p><table>"
                        + "<tr><th>Nr.</th><th>Beratungsgegenstand</th></tr>"
                        + "<tr><td>1</td><td>Neubau Feuerwehrhaus Ahlsdorf, Vergabe Dach für 218.000 €</td></tr>"
                        + "<tr><td>2</td><td>Dorfladen Ahlsdorf: Bericht über das erste Betriebsjahr</td></tr>"
                        + "<tr><td>3</td><td>Radweg nach Berndorf, Planung beschließen</td></tr></table><p>" + filler
                        + "</p></main>",
                "http://ahlsdorf.example/gemeinderat/sitzung-2025-03-04");

        PageKind kind = PageKind.of(doc);

        assertThat(kind.kind()).as(kind.reason()).isEqualTo(Kind.ABOUT);
        assertThat(kind.reason()).contains("folder 'gemeinderat'");
    }

    private static Example ok(String file, String url, Kind kind, String because) {
        return new Example(file, url, kind, because, false);
    }

    /** A page the classifier misjudges; {@code kind} is what the page really is. */
    private static Example miss(String file, String url, Kind kind) {
        return new Example(file, url, kind, "", true);
    }

    private static Document load(Example example) {
        try {
            String html = Files.readString(PAGES.resolve(example.file()), StandardCharsets.UTF_8);
            return Jsoup.parse(html.replace("{{BASE}}", "http://site.example"), example.url());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document page(String body, String url) {
        return Jsoup.parse("<html lang=de><body>" + body + "</body></html>", url);
    }
}
