package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Phase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Facts read without selectors from the label/value structures of pages built the way other
 * people build them (crawl-fixtures/labelled-facts), and from the profile site's fact lists.
 */
class LabelledFactsTest {

    private static final Path FIXTURES = Path.of("src", "test", "resources", "crawl-fixtures");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelledFactsPages")
    void readsTheFactsEachTemplateStates(Map<String, Object> page) {
        String path = (String) page.get("path");
        Extracted e =
                PageExtractor.extract(fixture("labelled-facts", path), Profile.generic(), PageExtractorTest.FIELDS);

        assertThat(e.language()).as(path + " language").isEqualTo(page.get("language"));
        assertThat(e.state()).as(path + " state").isEqualTo(page.get("state"));
        assertThat(e.population()).as(path + " population").isEqualTo(page.get("population"));
        assertDecimal(e.areaKm2(), page.get("areaKm2"), path + " areaKm2");
        assertThat(e.phase())
                .as(path + " phase")
                .isEqualTo(page.get("phase") == null ? null : Phase.valueOf((String) page.get("phase")));
        assertThat(e.phaseLabel()).as(path + " phaseLabel").isEqualTo(page.get("phaseLabel"));
        assertThat(e.funding()).as(path + " funding").isEqualTo(page.get("funding"));
        assertThat(e.contact()).as(path + " contact").isEqualTo(page.get("contact"));
        List<?> costs = (List<?>) page.get("costs");
        if (costs == null) {
            assertThat(e.costs()).as(path + " costs").isNull();
        } else {
            assertThat(e.costs()).as(path + " costs").isNotNull();
            assertDecimal(e.costs().amount(), costs.get(0), path + " costs");
            assertThat(e.costs().currency()).as(path + " currency").isEqualTo(costs.get(1));
        }
        List<?> period = (List<?>) page.get("period");
        assertThat(e.period())
                .as(path + " period")
                .isEqualTo(period == null ? null : new Period((Integer) period.get(0), (Integer) period.get(1)));

        if (page.containsKey("title")) assertThat(e.title()).as(path + " title").isEqualTo(page.get("title"));
        if (page.containsKey("organisation"))
            assertThat(e.organisation()).as(path + " organisation").isEqualTo(page.get("organisation"));
        if (page.containsKey("keywords"))
            assertThat(e.keywords()).as(path + " keywords").isEqualTo(page.get("keywords"));
        if (page.containsKey("summaryContains"))
            assertThat(e.summary()).as(path + " summary").contains((String) page.get("summaryContains"));
        origins(page)
                .forEach((field, origin) -> assertThat(e.origins().get(field))
                        .as(path + " origin of " + field)
                        .isEqualTo(FieldOrigin.valueOf(origin)));
        for (String forbidden : strings(page.get("mustNotContain"))) {
            for (String text : texts(e)) {
                assertThat(text.toLowerCase(Locale.ROOT)).as(path).doesNotContain(forbidden.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** The profile site states its facts in a {@code <dl>}: without its selectors they come from there. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("profileSitePages")
    void readsTheProfileSitesFactsWithoutItsSelectors(Map<String, Object> page) {
        String path = ((String) page.get("path")).substring(1);
        Extracted e = PageExtractor.extract(fixture("profile-site", path), Profile.generic(), PageExtractorTest.FIELDS);

        assertThat(e.state()).as(path).isEqualTo(page.get("state"));
        assertThat(e.population()).as(path).isEqualTo(page.get("population"));
        assertDecimal(e.areaKm2(), page.get("areaKm2"), path);
        assertThat(e.contact()).as(path).isEqualTo(page.get("contact"));
        // Its phase is labelled "Stand", which often dates a page; here each value names a phase, and
        // the common vocabulary reads it as the source's own phase labels do.
        assertThat(e.phase()).as(path).isEqualTo(Phase.valueOf((String) page.get("phase")));
        assertThat(e.origins())
                .as(path)
                .containsEntry("state", FieldOrigin.LABELLED)
                .containsEntry("population", FieldOrigin.LABELLED)
                .containsEntry("area", FieldOrigin.LABELLED)
                .containsEntry("contact", FieldOrigin.LABELLED)
                .containsEntry("phase", FieldOrigin.LABELLED);
    }

    @Test
    void takesTheProfilesSelectorBeforeTheLabelledValue() {
        Document doc = page("""
                <h1>T</h1><p class=kurz>Gemeinde mit <span class=ew>5.030</span> Menschen</p>
                <table><tr><th>Einwohner</th><td>208.400</td></tr><tr><th>Bundesland</th><td>Bayern</td></tr></table>""");
        Profile profile = new Profile(Map.of("population", "span.ew", "state", "span.fehlt"), Map.of(), "de");

        Extracted configured = PageExtractor.extract(doc, profile, PageExtractorTest.FIELDS);
        assertThat(configured.population()).isEqualTo(5030);
        assertThat(configured.origins()).containsEntry("population", FieldOrigin.PROFILE);
        // A selector that matches nothing on this page leaves the field to the label/value structures.
        assertThat(configured.state()).isEqualTo("Bayern");
        assertThat(configured.origins()).containsEntry("state", FieldOrigin.LABELLED);

        Extracted generic = PageExtractor.extract(doc, Profile.generic(), PageExtractorTest.FIELDS);
        assertThat(generic.population()).isEqualTo(208400);
        assertThat(generic.origins()).containsEntry("population", FieldOrigin.LABELLED);
    }

    @Test
    void skipsValuesThatCannotBeTheFactAndTakesTheNextOne() {
        Document doc = page("""
                <h1>T</h1><ul><li>Land: Deutschland</li><li>Einwohner: k. A.</li><li>Status: Das Projekt wurde im Jahr 2023
                nach langer Vorbereitung im Rat beschlossen und soll bald beginnen.</li></ul>
                <dl><dt>Bundesland</dt><dd>Bayern</dd><dt>Einwohnerzahl</dt><dd>12.345</dd><dt>Phase</dt><dd>Idee</dd></dl>""");
        Extracted e = PageExtractor.extract(doc, Profile.generic(), PageExtractorTest.FIELDS);
        assertThat(e.state()).isEqualTo("Bayern");
        assertThat(e.population()).isEqualTo(12345);
        assertThat(e.phaseLabel()).isEqualTo("Idee");
        assertThat(e.phase()).isEqualTo(Phase.IDEA);
    }

    @Test
    void joinsASeparateStartAndEndIntoThePeriod() {
        Document doc = page("""
                <h1>T</h1><p><b>Projektstart:</b> 03/2021<br><b>Projektende:</b> Dezember 2023</p>""");
        assertThat(PageExtractor.extract(doc, Profile.generic(), PageExtractorTest.FIELDS)
                        .period())
                .isEqualTo(new Period(2021, 2023));
    }

    @Test
    void readsALabelElementFollowedByItsValueText() {
        Document doc = page("""
                <h1>T</h1><ul class=facts><li><span class="fact-label">Einwohner</span> 12.345 <em>(2023)</em></li>
                <li><span class=label>Fläche</span><span class=value>4.750 ha</span></li></ul>""");
        Extracted e = PageExtractor.extract(doc, Profile.generic(), PageExtractorTest.FIELDS);
        assertThat(e.population()).isEqualTo(12345);
        assertThat(e.areaKm2()).isEqualByComparingTo("47.5");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Einwohner:innen",
                "EinwohnerInnen",
                "Einwohner*innen",
                "Einwohner_innen",
                "Einwohner/-innen",
                "Einwohner (Stand 2023)",
                "Einwohnerzahl:",
                "  INHABITANTS ",
                "Population:"
            })
    void namesThePopulationInTheFormsPagesWriteIt(String label) {
        assertThat(Fact.named(label)).contains(Fact.POPULATION);
    }

    @Test
    void namesFactsWithUnitsAndGenderFormsInTheirLabels() {
        assertThat(Fact.named("Fläche in km²")).contains(Fact.AREA);
        assertThat(Fact.named("Fläche (km²)")).contains(Fact.AREA);
        assertThat(Fact.named("Kosten in Euro")).contains(Fact.COSTS);
        assertThat(Fact.named("Gesamtkosten¹")).contains(Fact.COSTS);
        assertThat(Fact.named("Ansprechpartner:in")).contains(Fact.CONTACT);
        assertThat(Fact.named("Ansprechpartner/in:")).contains(Fact.CONTACT);
        assertThat(Fact.named("Förderprogramm")).contains(Fact.FUNDING);
        assertThat(Fact.named("Project period")).contains(Fact.PERIOD);
    }

    @Test
    void namesTheFactOfALabelQualifiedByAnEstimateOrAPart() {
        assertThat(Fact.named("Geschätzte Kosten")).contains(Fact.COSTS);
        assertThat(Fact.named("Voraussichtliche Gesamtkosten:")).contains(Fact.COSTS);
        assertThat(Fact.named("Planned duration")).contains(Fact.PERIOD);
        assertThat(Fact.named("Laufzeit Modellphase")).contains(Fact.PERIOD);
        assertThat(Fact.named("Kosten Bauabschnitt")).contains(Fact.COSTS);
        // A qualifier before a word that is no label, and a head with more than one word after it.
        assertThat(Fact.named("Geschätzte Wirkung")).isEmpty();
        assertThat(Fact.named("Laufzeit der Verträge mit Anbietern")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Einwohner je km²",
                "Einwohnerdichte",
                "Kosten pro Einwohner",
                "Budget 2024",
                "Stand der Technik",
                "Landkreis",
                "Projektphase und nächste Schritte",
                "Sie sind hier",
                ""
            })
    void namesNoFactByAPartOfItsLabel(String label) {
        assertThat(Fact.named(label)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "k. A.",
                "k.A.",
                "KA",
                "keine Angabe",
                "Keine Angaben",
                "n/a",
                "N/A",
                "n. a.",
                "–",
                "-",
                "—",
                "./.",
                " "
            })
    void readsMarkersAsNoValue(String text) {
        assertThat(NoValue.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "Niedersachsen", "2021", "Nein", "k. A. bis 2025"})
    void readsValuesAsValues(String text) {
        assertThat(NoValue.is(text)).isFalse();
    }

    static Stream<Arguments> labelledFactsPages() {
        return named(pages("labelled-facts"));
    }

    static Stream<Arguments> profileSitePages() {
        return named(pages("profile-site"));
    }

    private static Stream<Arguments> named(List<Map<String, Object>> pages) {
        return pages.stream().map(p -> Arguments.of(Named.of((String) p.get("path"), p)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> pages(String site) {
        try {
            String text = Files.readString(FIXTURES.resolve(site).resolve("expected.yaml"), StandardCharsets.UTF_8);
            return (List<Map<String, Object>>) YAML.readValue(text, Map.class).get("pages");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document fixture(String site, String path) {
        try {
            return PageExtractor.parse(
                    Files.readAllBytes(FIXTURES.resolve(site).resolve(path)),
                    StandardCharsets.UTF_8,
                    "http://127.0.0.1/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document page(String body) {
        return Jsoup.parse("<html lang=de><body><main>" + body + "</main></body></html>", "http://p.example/");
    }

    private static void assertDecimal(BigDecimal actual, Object expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isEqualByComparingTo(new BigDecimal(expected.toString()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> origins(Map<String, Object> page) {
        return (Map<String, String>) page.getOrDefault("origin", Map.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    private static List<String> texts(Extracted e) {
        List<String> texts = new ArrayList<>(List.of(e.title(), e.summary(), e.description(), e.language()));
        Stream.of(e.organisation(), e.state(), e.phaseLabel(), e.contact(), e.funding())
                .filter(Objects::nonNull)
                .forEach(texts::add);
        texts.addAll(e.keywords());
        texts.addAll(e.unknownLabels());
        return texts;
    }

    @Test
    void takesARowOfColumnHeadingsForNoFact() {
        Document doc = Jsoup.parse("<main><table><thead><tr><th>Einwohner</th><th>Beitrag</th></tr></thead>"
                + "<tbody><tr><td>bis 10.000</td><td>200 €</td></tr></tbody></table>"
                + "<table><tr><th>Fläche</th><th>Kosten</th></tr></table></main>");
        assertThat(LabelledFacts.of(doc).pairs()).isEmpty();
    }

    @Test
    void readsAHeadingRowOfPlainCellsOverValuesShiftedByACellSpanningBothRows() {
        Document doc = page("<table><tr><td rowspan=2><img src=a.jpg alt=''> Weiler Brachfeld, Gemeinde Ohlsen</td>"
                + "<td>Einwohner</td><td>Kosten</td><td>Stand</td></tr>"
                + "<tr><td>1.044</td><td>212.000 €</td><td>abgeschlossen</td></tr></table>");

        assertThat(LabelledFacts.of(doc).pairs())
                .extracting(LabelledFacts.Pair::fact, LabelledFacts.Pair::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Fact.POPULATION, "1.044"),
                        org.assertj.core.groups.Tuple.tuple(Fact.COSTS, "212.000 €"),
                        org.assertj.core.groups.Tuple.tuple(Fact.PHASE, "abgeschlossen"));
    }

    @Test
    void readsTheColumnHeadingsUnderACaptionRowThatSpansTheTable() {
        Document doc = page("<table><tr><th colspan=3>Projektdaten</th></tr>"
                + "<tr><th>Einwohner</th><th>Fläche</th><th>Stand</th></tr>"
                + "<tr><td>980</td><td>6,4 km²</td><td>Planung</td></tr></table>");

        assertThat(LabelledFacts.of(doc).pairs())
                .extracting(LabelledFacts.Pair::fact, LabelledFacts.Pair::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Fact.POPULATION, "980"),
                        org.assertj.core.groups.Tuple.tuple(Fact.AREA, "6,4 km²"),
                        org.assertj.core.groups.Tuple.tuple(Fact.PHASE, "Planung"));
    }

    @Test
    void takesAFirstRowOfPlainCellsWithValuesAmongThemForNoHeading() {
        Document doc = page("<table><tr><td>Einwohner</td><td>2.310</td><td>Fläche</td><td>9 km²</td></tr>"
                + "<tr><td>Kosten</td><td>75.000 €</td><td>Stand</td><td>geplant</td></tr></table>");

        assertThat(LabelledFacts.of(doc).pairs())
                .extracting(LabelledFacts.Pair::fact)
                .containsExactly(Fact.POPULATION, Fact.AREA, Fact.COSTS, Fact.PHASE);
    }

    @Test
    void readsAreasOfACountyAndYearsUnderATimeline() {
        Document doc = Jsoup.parse("<main><dl><dt>Kreisfläche</dt><dd>642 km²</dd>"
                + "<dt>Fläche des Landkreises</dt><dd>642 km²</dd><dt>Timeline</dt><dd>2021–23</dd>"
                + "<dt>Running</dt><dd>since 2020</dd></dl></main>");
        assertThat(LabelledFacts.of(doc).pairs())
                .extracting(LabelledFacts.Pair::fact)
                .containsExactly(Fact.AREA, Fact.AREA, Fact.PERIOD, Fact.PERIOD);
    }

    @Test
    void readsDutchLabelsAsFlemishAndDutchMembersWriteThem() {
        Document doc = Jsoup.parse("<main><dl><dt>Inwoners</dt><dd>3.410</dd><dt>Oppervlakte</dt><dd>11,2 km²</dd>"
                + "<dt>Fase</dt><dd>In uitvoering</dd><dt>Looptijd</dt><dd>2023–2026</dd></dl></main>");
        assertThat(LabelledFacts.of(doc).pairs())
                .extracting(LabelledFacts.Pair::fact)
                .containsExactly(Fact.POPULATION, Fact.AREA, Fact.PHASE, Fact.PERIOD);
    }

    @Test
    void readsBothFactsOfALabelThatJoinsTwo() {
        Document doc = Jsoup.parse("<main><dl><dt>Kosten und Zeitraum</dt><dd>rund 0,8 Mio. €, 2024 bis 2026</dd>"
                + "<dt>Cost / timeline</dt><dd>€40,000, 2022</dd><dt>Kosten und Kosten</dt><dd>5 €</dd></dl></main>");
        assertThat(LabelledFacts.of(doc).pairs())
                .extracting(LabelledFacts.Pair::fact)
                .containsExactly(Fact.COSTS, Fact.PERIOD, Fact.COSTS, Fact.PERIOD);
        Document panels = Jsoup.parse("<main><div class=panel><div class=panel-heading><a href=#p1>Einwohner</a></div>"
                + "<div id=p1 class=panel-body>1.760</div></div><div class=panel><div class=panel-heading>"
                + "<a href=#p2>Kosten und Zeitraum</a></div><div id=p2 class=panel-body>Geschätzt 0,6 Mio. €, Bau"
                + " 2026 bis 2027</div></div></main>");
        assertThat(LabelledFacts.of(panels).pairs())
                .extracting(LabelledFacts.Pair::fact)
                .containsExactly(Fact.POPULATION, Fact.COSTS, Fact.PERIOD);
    }

    @Test
    void readsTheRegionFromACommunitysPlaceAndAnAreaQualifiedByItsPlace() {
        Document doc = Jsoup.parse("<main><table><tr><td>Community</td><td>Ballyfern, County Clare, Ireland</td></tr>"
                + "<tr><td>Parish area</td><td>31.5 km²</td></tr></table></main>");
        assertThat(LabelledFacts.of(doc).pairs())
                .extracting(LabelledFacts.Pair::fact)
                .containsExactlyInAnyOrder(Fact.AREA, Fact.STATE);
    }
}
