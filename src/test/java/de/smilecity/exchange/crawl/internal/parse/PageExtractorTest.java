package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Phase;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The pure extraction, on small pages written here. */
class PageExtractorTest {

    static final List<Concept> FIELDS = List.of(
            concept("economy", "Wirtschaft & Handel", "Economy & retail", "Wirtschaft", "Handel"),
            concept("culture", "Kultur & Freizeit", "Culture & leisure", "Kultur und Freizeit"));

    static final Profile PROFILE = new Profile(
            Map.of("title", "h1.t", "innovationFields", "ul.fields li", "phase", "span.phase"),
            Map.of("Pilotphase", Phase.IMPLEMENTATION),
            "de");

    @Test
    void mapsLabelsExactlyAfterNormalisingNeverBySubstring() {
        Document doc = page("""
                <h1 class=t>Titel</h1><span class=phase>pilotphase</span>
                <ul class=fields><li>Maritime Wirtschaft</li><li>kultur &amp; freizeit</li><li>WIRTSCHAFT</li></ul>""");
        Extracted e = PageExtractor.extract(doc, PROFILE, FIELDS);
        assertThat(e.innovationFields()).containsExactly("culture", "economy");
        assertThat(e.unknownLabels()).containsExactly("Maritime Wirtschaft");
        assertThat(e.phase()).isEqualTo(Phase.IMPLEMENTATION);
    }

    @Test
    void knowsCommonPhaseLabelsWhenTheSourceNamesNone() {
        Profile profile = new Profile(Map.of("phase", "span.phase"), Map.of(), "de");
        Extracted e = PageExtractor.extract(page("<h1>T</h1><span class=phase> Umsetzung </span>"), profile, FIELDS);
        assertThat(e.phase()).isEqualTo(Phase.IMPLEMENTATION);
        assertThat(e.phaseLabel()).isEqualTo("Umsetzung");
    }

    @Test
    void skipsPagesWithoutTheProfilesTitle() {
        assertThat(PageExtractor.notAProjectPage(page("<h1>Übersicht</h1>"), PROFILE))
                .hasValueSatisfying(reason -> assertThat(reason).contains("h1.t"));
    }

    @Test
    void prefersTheArticleOfAGraphOverTheWebPageAndOpenGraph() {
        Document doc = Jsoup.parse("""
                <html><head><title>Seite</title><meta property="og:title" content="Allgemein">
                <script type="application/ld+json">{"@graph": [
                  {"@type": "WebPage", "name": "Die Seite", "description": "Seitentext"},
                  {"@type": ["Article"], "headline": "Der Artikel", "description": "Artikeltext",
                   "keywords": ["A", "B"], "publisher": {"@id": "#org"}},
                  {"@type": "Organization", "@id": "#org", "name": "Stadt X"}]}</script>
                </head><body><h1>Überschrift</h1></body></html>""", "http://p.example/");
        Extracted e = PageExtractor.extract(doc, Profile.generic(), FIELDS);
        assertThat(e.title()).isEqualTo("Der Artikel");
        assertThat(e.description()).isEqualTo("Artikeltext");
        assertThat(e.keywords()).containsExactly("A", "B");
        assertThat(e.organisation()).isEqualTo("Stadt X");
    }

    @Test
    void keepsNoScriptHandlerOrJavascriptLinkInTheDescription() {
        Document doc = Jsoup.parse("""
                <main><h1>T</h1><p>Erster Absatz mit genug Text, um als Zusammenfassung zu dienen.</p>
                <script>alert(1)</script><p onclick="alert(2)">Zweiter <img src=x onerror="alert(3)"> Absatz</p>
                <p><a href="javascript:alert(4)">Portal</a> und <a href="/x">Link</a></p>
                <iframe src="javascript:alert(5)"></iframe><style>p{display:none}</style></main>""", "http://p.example/seite.html");
        Extracted e = PageExtractor.extract(doc, Profile.generic(), FIELDS);
        assertThat(e.description())
                .contains("Zweiter Absatz", "Portal", "[Link](http://p.example/x)")
                .doesNotContain("alert", "onclick", "onerror", "javascript:", "<", "display");
        assertThat(e.summary()).startsWith("Erster Absatz");
    }

    @Test
    void removesMarkupFromTextsTheProfileSelects() {
        Profile profile = new Profile(
                Map.of(
                        "title", "h1.t",
                        "organisation", "span.org",
                        "keywords", "ul.kw li",
                        "contact", "p.kontakt",
                        "phase", "span.phase"),
                Map.of(),
                "de");
        Document doc = page("""
                <h1 class=t>Titel &lt;img src=x onerror=alert(1)&gt;</h1>
                <span class=org>Stadt X&lt;script&gt;alert(2)&lt;/script&gt;</span>
                <ul class=kw><li>Daten</li><li>&lt;b onmouseover=alert(3)&gt;Karte&lt;/b&gt;</li><li>&lt;iframe&gt;&lt;/iframe&gt;</li></ul>
                <p class=kontakt>Amt &lt;a href="javascript:alert(4)"&gt;Mail&lt;/a&gt;</p>
                <span class=phase>&lt;em&gt;Umsetzung&lt;/em&gt;</span>""");
        Extracted e = PageExtractor.extract(doc, profile, FIELDS);
        assertThat(e.title()).isEqualTo("Titel");
        assertThat(e.organisation()).isEqualTo("Stadt X");
        assertThat(e.keywords()).containsExactly("Daten", "Karte");
        assertThat(e.contact()).isEqualTo("Amt Mail");
        assertThat(e.phaseLabel()).isEqualTo("Umsetzung");
        assertThat(e.phase()).isEqualTo(Phase.IMPLEMENTATION);
        assertThat(e.origins())
                .containsEntry("title", FieldOrigin.PROFILE)
                .containsEntry("keywords", FieldOrigin.PROFILE)
                .containsEntry("phase", FieldOrigin.PROFILE);
    }

    @Test
    void reportsNoOriginForAFieldThatWasOnlyMarkup() {
        Profile profile = new Profile(Map.of("title", "h1", "organisation", "span.org"), Map.of(), "de");
        Extracted e = PageExtractor.extract(
                page("<h1>Titel</h1><span class=org>&lt;script&gt;alert(1)&lt;/script&gt;</span>"), profile, FIELDS);
        assertThat(e.organisation()).isNull();
        assertThat(e.origins()).containsEntry("title", FieldOrigin.PROFILE).doesNotContainKey("organisation");
    }

    @Test
    void hashesEqualContentEqually() {
        Document doc = page("<h1 class=t>Titel</h1>");
        assertThat(PageExtractor.extract(doc, PROFILE, FIELDS).contentHash())
                .isEqualTo(PageExtractor.extract(doc.clone(), PROFILE, FIELDS).contentHash())
                .hasSize(64);
    }

    private static Document page(String body) {
        return Jsoup.parse("<html lang=de><body>" + body + "</body></html>", "http://p.example/");
    }

    private static Concept concept(String code, String de, String en, String... alt) {
        Concept c = new Concept(ConceptScheme.INNOVATION_FIELD, code, de, en, 1);
        c.setAltLabels(new LinkedHashSet<>(List.of(alt)));
        return c;
    }
}
