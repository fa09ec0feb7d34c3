package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Phase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How status words of German and English pages become the catalogue's phases. */
class PhaseWordsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // The catalogue's own names, in both languages and as enum names.
                "Idee|IDEA",
                "Strategy|STRATEGY",
                "Umsetzung|IMPLEMENTATION",
                "Betrieb|OPERATION",
                "Scaled up|SCALED",
                "Verstetigt und ausgeweitet|SCALED",
                "Discontinued|DISCONTINUED",
                "OPERATION|OPERATION",
                // Inflected, in compounds, with generic heads, umlauts written out.
                "in Planung|STRATEGY",
                "geplant|STRATEGY",
                "im Genehmigungsverfahren|STRATEGY",
                "awaiting approval|STRATEGY",
                "Konzeptphase|STRATEGY",
                "Umsetzungsphase|IMPLEMENTATION",
                "In Umsetzung|IMPLEMENTATION",
                "Pilotphase|IMPLEMENTATION",
                "Erprobung|IMPLEMENTATION",
                "Probebetrieb|IMPLEMENTATION",
                "Einfuehrung|IMPLEMENTATION",
                "im Bau|IMPLEMENTATION",
                "Under construction|IMPLEMENTATION",
                "In progress|IMPLEMENTATION",
                "Rolling out|IMPLEMENTATION",
                // A phase word before another narrows it, as in a German compound: the more specific wins.
                "Trial operation|IMPLEMENTATION",
                "Test operation since March|IMPLEMENTATION",
                "Planned rollout|STRATEGY",
                "im Regelbetrieb|OPERATION",
                "Dauerbetrieb|OPERATION",
                "in Betrieb|OPERATION",
                "Operational|OPERATION",
                "In use|OPERATION",
                "Ongoing|OPERATION",
                "laufend|OPERATION",
                "verstetigt|SCALED",
                "eingestellt|DISCONTINUED",
                "Cancelled|DISCONTINUED",
                // A completion word closes the phase beside it; alone, it closes the implementation.
                "abgeschlossen|OPERATION",
                "Completed|OPERATION",
                "abgeschlossene Pilotphase|OPERATION",
                "Planung abgeschlossen|IMPLEMENTATION",
                "Concept completed|IMPLEMENTATION",
                // Several statements: the most advanced; a running word only marks its phase current.
                "Planung abgeschlossen, Umsetzung läuft|IMPLEMENTATION",
                "abgeschlossen, Anlage im Dauerbetrieb|OPERATION",
                "Pilot beendet / Projekt eingestellt|DISCONTINUED",
                // Dutch, as Flemish and Dutch members write it.
                "In aanbouw|IMPLEMENTATION",
                "In voorbereiding|STRATEGY",
                "In gebruik|OPERATION",
                "Afgerond|OPERATION"
            })
    void mapsStatusWordsToTheCataloguesPhases(String text, Phase phase) {
        assertThat(PhaseWords.phaseOf(text)).as(text).contains(phase);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seit 2019", "03/2024", "12.07.2023", "siehe unten", "Rostock", "see the report"})
    void namesNoPhaseWhereTheTextNamesNone(String text) {
        assertThat(PhaseWords.phaseOf(text)).as(text).isEmpty();
    }

    @Test
    void aStandLabelCountsOnlyWhenItsValueNamesAPhase() {
        assertThat(FactValues.phaseLabel("Testbetrieb", "Stand:")).contains("Testbetrieb");
        assertThat(FactValues.phaseLabel("12.07.2023", "Stand")).isEmpty();
        assertThat(FactValues.phaseLabel("Bau des Netzes", "Projektphase")).contains("Bau des Netzes");
    }

    @Test
    void theSourcesOwnLabelsWinOverTheVocabulary() {
        Profile profile = new Profile(Map.of("phase", "span.phase"), Map.of("Betrieb", Phase.SCALED), "de");
        Extracted e = PageExtractor.extract(
                org.jsoup.Jsoup.parse("<h1>T</h1><span class=phase>Betrieb</span>"), profile, PageExtractorTest.FIELDS);
        assertThat(e.phase()).isEqualTo(Phase.SCALED);
    }
}
