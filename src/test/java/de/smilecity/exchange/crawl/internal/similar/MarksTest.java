package de.smilecity.exchange.crawl.internal.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The details that survive a translation, and how two texts are compared by them. */
class MarksTest {

    static final String GERMAN = """
            Klarwasser-Monitor Seestadt. Seit 2021 messen 36 Sonden der Firma AquaSense den Sauerstoff
            im Hafenbecken. Die Daten laufen über LoRaWAN in die Plattform UrbanPulse und stehen als
            GeoJSON offen. Einwohner: 61.250, Fläche: 74,6 km². Kontakt: wasser@seestadt.example,
            Tel. 0431 555 0199. Kosten: 312.400 Euro.""";

    static final String ENGLISH = """
            Clear Water Monitor, Seestadt. Since 2021, 36 probes made by AquaSense have measured oxygen
            in the harbour basin. Readings travel over LoRaWAN into the UrbanPulse platform and are
            published as GeoJSON. Population 61,250; area 74.6 km². Contact wasser@seestadt.example,
            phone +49 431 555 0199. Cost: €312,400.""";

    static final String OTHER_PROJECT = """
            Smart bins in Seestadt. Since 2021, 240 bins report their fill level over LoRaWAN to the
            platform UrbanPulse. Population 61,250; area 74.6 km². Contact abfall@seestadt.example.""";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "208.400|208400",
                "208,400|208400",
                "181,4|181.4",
                "181.4|181.4",
                "1.184.600,50|1184600.5",
                "48.000|48000"
            })
    void readsFiguresAsBothLanguagesWriteThem(String written, String value) {
        assertThat(Marks.number(written)).isEqualTo(value);
    }

    @Test
    void leavesOutYearsAndSmallCounts() {
        assertThat(Marks.number("2021")).isNull();
        assertThat(Marks.number("36")).isNull();
    }

    @Test
    void findsTheSameProjectInAnotherLanguageByItsDetails() {
        Marks german = Marks.of(GERMAN);
        Marks english = Marks.of(ENGLISH);
        assertThat(german.shared(english))
                .contains(
                        "aquasense",
                        "lorawan",
                        "urbanpulse",
                        "geojson",
                        "61250",
                        "74.6",
                        "@wasser@seestadt.example",
                        "312400");
        assertThat(german.overlap(english)).isGreaterThanOrEqualTo(Marks.MIN_OVERLAP);
    }

    @Test
    void twoProjectsOfOneTownShareTooFewDetailsOnceTheTownsFiguresAreSetAside() {
        // Same town, same network, same platform: population, area, LoRaWAN and UrbanPulse recur.
        List<String> town = List.of("61250", "74.6");
        assertThat(Marks.of(ENGLISH).shared(Marks.of(OTHER_PROJECT))).contains("61250", "74.6");
        assertThat(Marks.of(ENGLISH)
                        .withoutFigures(town)
                        .overlap(Marks.of(OTHER_PROJECT).withoutFigures(town)))
                .isZero();
        assertThat(Marks.of(GERMAN)
                        .withoutFigures(town)
                        .overlap(Marks.of(ENGLISH).withoutFigures(town)))
                .isGreaterThanOrEqualTo(Marks.MIN_OVERLAP);
    }

    @Test
    void leavesOutLinksUnitsAndAbbreviations() {
        Marks marks = Marks.of("Fläche 12 km², Verein e.V., siehe http://127.0.0.1:40123/impressum.html und KfW 432");
        assertThat(marks.asSet()).containsExactlyInAnyOrder("kfw", "432");
    }

    @Test
    void survivesStorage() {
        Marks german = Marks.of(GERMAN);
        assertThat(Marks.decode(german.encode()).shared(german)).hasSize(german.size());
        assertThat(german.encode().length()).isLessThanOrEqualTo(Marks.MAX_ENCODED_LENGTH);
    }
}
