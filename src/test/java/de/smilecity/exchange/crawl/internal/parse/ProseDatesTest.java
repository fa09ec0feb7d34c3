package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Phase;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Years and phases that a page states only in its sentences. */
class ProseDatesTest {

    private static ProseDates of(String... sentences) {
        return ProseDates.of(List.of(sentences));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "Die Tauschbörse ist seit 2021 in Betrieb.|2021|null",
                "In Betrieb seit Juni 2020, werktags von 8 bis 18 Uhr.|2020|null",
                "Im Herbst 2019 eröffnet, wird der Treff heute von 30 Ehrenamtlichen getragen.|2019|null",
                "The repair café opened in May 2022 in the former post office.|2022|null",
                "The trial ran from 2018 to 2020 with twelve families.|2018|2020",
                "Im Frühjahr 2021 haben der Verein und die Schule begonnen, den Garten anzulegen.|2021|null",
                "Seit März 2024 ist der Spielplatz fertig.|null|2024",
                "The village started the works in spring 2019 and finished in October 2020.|2019|2020",
                "Gebaut wurde 2017 – 2018, im Sommer kamen die ersten Gäste.|2017|2018",
                "Der Umbau ist 2027–2029 geplant.|2027|2029",
                "Das Vorhaben läuft vom 01.04.2022 bis 31.03.2025 in drei Ortsteilen.|2022|2025",
                "Die Arbeiten liefen von 05/2016 bis 11/2017.|2016|2017",
                "Expected start: 2028, once the permit is granted.|2028|null",
                "Seit dem Frühjahr 2021 ergänzt ein Kleinbus die Linie.|2021|null"
            })
    void readsYearsThatAWordBesideThemDates(String sentence, Integer start, Integer end) {
        assertThat(of(sentence).period()).contains(new Period(start, end));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Veröffentlicht: 12. Mai 2023",
                "Stand: 04/2024 – alle Angaben ohne Gewähr",
                "Published 3 March 2022, updated 2023",
                "© 2024 Dorfverein Bergfeld e. V. – alle Rechte vorbehalten",
                "Beim Sturm im Januar 2018 fielen im Ort über hundert Bäume.",
                "The last bakery closed in 2016.",
                "Die Förderperiode 2021–2027 der Region hat zwölf Handlungsfelder.",
                "Die Stadt stellt seit 2019 jedes Jahr Mittel für neue Bänke bereit."
            })
    void takesNoYearFromADateLineOrAnUndatedMention(String sentence) {
        assertThat(of(sentence).period()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "Since Q2 2023 the library van stops at the chapel every Friday.|2023|null",
                "Seit dem 3. Quartal 2022 hält der Bücherbus am Dorfplatz.|2022|null",
                "The tool shed is funded until mid-2027 by the parish.|null|2027",
                "Das Repair-Café wird bis Mitte 2026 vom Kreis gefördert.|null|2026"
            })
    void readsAQuarterOrTheMiddleOfAYearAsADate(String sentence, Integer start, Integer end) {
        assertThat(of(sentence).period()).contains(new Period(start, end));
    }

    @Test
    void takesTheStartOfBuildingAndTheFirstPowerFedInForTheSpanAndThePhase() {
        ProseDates plant = of(
                "Im Frühjahr 2019 begannen die Arbeiten am Solarpark.",
                "Seit dem Sommer 2020 speisen die Module Strom ins Netz ein.");

        assertThat(plant.period()).map(Period::startYear).contains(2019);
        assertThat(plant.phase()).map(ProseDates.Stated::phase).contains(Phase.OPERATION);
    }

    @Test
    void readsAProjectThePageCallsAPilotAsOneUnderWay() {
        assertThat(of("It is a three-year pilot, run by the village hall.").phase())
                .map(ProseDates.Stated::phase)
                .contains(Phase.IMPLEMENTATION);
        assertThat(of("This is a pilot tested elsewhere before.").phase()).isEmpty();
    }

    @Test
    void takesNoStartWhereTheSentencesDisagree() {
        assertThat(of("Die Bücherei ist seit 2019 geöffnet.", "Das Lesecafé wurde im Mai 2021 eröffnet.")
                        .period())
                .isEmpty();
    }

    @Test
    void keepsTheYearTheSentencesAgreeOn() {
        assertThat(of(
                                "Seit dem Sommer 2022 fährt der Bürgerbus.",
                                "Der Bürgerbus ist seit Juli 2022 in Betrieb.",
                                "Veröffentlicht am 3. März 2024")
                        .period())
                .contains(new Period(2022, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Seit Mai 2021 ist der Dorfplatz fertig.|OPERATION",
                "The school finished the switch in June 2020.|OPERATION",
                "Der Testbetrieb läuft noch bis zum Sommer.|IMPLEMENTATION",
                "The new hall is under construction.|IMPLEMENTATION",
                "Der Umbau ist 2027–2029 geplant.|STRATEGY",
                "The bike library is running since March 2021.|OPERATION",
                "The mill wheel has been generating since May 2018.|OPERATION"
            })
    void readsThePhaseTheSentencesState(String sentence, Phase phase) {
        assertThat(of(sentence).phase()).map(ProseDates.Stated::phase).contains(phase);
    }

    @Test
    void takesNoPhaseWhereTheSentencesDisagreeOrSayNone() {
        assertThat(of("Die Halle ist im Bau.", "Der Laden ist seit 2020 in Betrieb.")
                        .phase())
                .isEmpty();
        assertThat(of("Die Planung der Region sieht viele Projekte vor.").phase())
                .isEmpty();
    }

    @Test
    void takesAProjectThatRunsAsATrialForAPilotThoughItsBusAlreadyRuns() {
        assertThat(of("Seit März 2024 fährt der Rufbus durch die Dörfer.", "Der Probebetrieb läuft bis Ende 2026.")
                        .phase())
                .map(ProseDates.Stated::phase)
                .contains(Phase.IMPLEMENTATION);
        assertThat(of("Seit 2021 fährt der Rufbus.", "Die Pilotphase wurde 2023 abgeschlossen.")
                        .phase()
                        .map(ProseDates.Stated::phase))
                .isNotEqualTo(java.util.Optional.of(Phase.IMPLEMENTATION));
    }

    @Test
    void readsSentencesOfAPageButNotItsArticleDateLine() {
        var doc = Jsoup.parse("<main><dl class=\"article-info\"><dd>Veröffentlicht: 2. Mai 2021</dd></dl>"
                + "<p>Im Herbst 2019 haben Freiwillige begonnen, die alte Mühle herzurichten.</p>"
                + "<p>Seit April 2020 ist das Mühlencafé fertig.</p></main>"
                + "<footer><p>© 2025 Mühlenverein</p></footer>");
        ProseFacts prose = ProseFacts.of(doc);
        assertThat(prose.period()).contains(new Period(2019, 2020));
        assertThat(prose.phase()).map(ProseDates.Stated::phase).contains(Phase.OPERATION);
    }

    @Test
    void takesTheEuroFigureBesideAnAmountInAnotherCurrencyForTheCosts() {
        var doc = Jsoup.parse("<main><p>The heat pump cost NOK 2.4 million (approx. €205,000) and runs since 2021.</p>"
                + "<p>The loan came to SEK 90,000.</p></main>");

        assertThat(ProseFacts.of(doc).costs())
                .map(Money::amount)
                .hasValueSatisfying(amount -> assertThat(amount).isEqualByComparingTo("205000"));
    }

    @Test
    void takesTheBuildingStartAndTheOpeningForTheSpanOfTheWork() {
        ProseDates built = of(
                "Seit Oktober 2024 dreht sich das Windrad über dem Dorf.",
                "Gebaut wurde ab April 2023, die Genossenschaft zählt 300 Mitglieder.");
        ProseDates twoOpenings = of("Seit Mai 2021 läuft der Laden.", "Seit Juni 2023 ist das Café in Betrieb.");

        assertThat(built.period()).contains(new Period(2023, 2024));
        assertThat(twoOpenings.period()).isEmpty();
    }

    @Test
    void readsThePopulationInTheDativeToo() {
        var doc = Jsoup.parse("<main><p>Das Dorf mit seinen rund 2.450 Einwohnern hat jetzt einen Laden.</p></main>");

        assertThat(ProseFacts.of(doc).population()).contains(2450);
    }

    @Test
    void takesTheYearUntilWhichARunningTrialGoesForItsEnd() {
        ProseDates trial = of(
                "Seit Sommer 2022 rollen die Lastenräder durch Wiesental.",
                "Der Versuch läuft zunächst bis Ende 2024.");

        assertThat(trial.period()).contains(new Period(2022, 2024));
    }
}
