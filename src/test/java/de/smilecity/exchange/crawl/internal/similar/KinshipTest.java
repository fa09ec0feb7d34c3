package de.smilecity.exchange.crawl.internal.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class KinshipTest {

    static final String GERMAN = "Quartiersgaragen in Lüneburg. Die Stadt hat am Bahnhof und im Viertel"
            + " Kaltenmoor zwei Quartiersgaragen gebaut, eine dritte folgt in Ochtmissen. Bewohner parken dort"
            + " und geben Stellplätze an der Straße für Grün frei.";
    static final String ENGLISH = "Neighbourhood car parks in Lüneburg. The town built two shared garages, one at"
            + " the station and one in Kaltenmoor, and a third is coming to Ochtmissen. Residents park there and"
            + " street space goes back to trees.";
    static final String OTHER_GERMAN_PROJECT = "Schulwegsensoren in Lüneburg. Am Bahnhof und in der Altstadt"
            + " zählen Sensoren die Kinder auf dem Schulweg. Die Stadt wertet die Zahlen mit den Schulen aus.";

    static Marks marks(String text, String costs, int start, int end) {
        return Marks.of(text).with(Kinship.factMarks(new BigDecimal(costs), start, end, List.of()));
    }

    @Test
    void findsOneProjectInTwoLanguagesBySameCostsPeriodAndPlaceNames() {
        var evidence = Kinship.of(
                marks(GERMAN, "2400000", 2022, 2025), marks(ENGLISH, "2400000.00", 2022, 2025), GERMAN, () -> ENGLISH);
        assertThat(evidence).isPresent();
        assertThat(evidence.get().shared()).contains("costs:2400000", "years:2022-2025", "kaltenmoor", "ochtmissen");
        assertThat(evidence.get().points()).isGreaterThanOrEqualTo(Kinship.MIN_POINTS);
    }

    @Test
    void keepsTwoProjectsOfOneTownApartThoughTheyShareTownPeriodAndPlaces() {
        assertThat(Kinship.of(
                        marks(OTHER_GERMAN_PROJECT, "380000", 2022, 2025),
                        marks(ENGLISH, "2400000", 2022, 2025),
                        OTHER_GERMAN_PROJECT,
                        () -> ENGLISH))
                .isEmpty();
    }

    @Test
    void needsMoreThanTheSameCostsAlone() {
        assertThat(Kinship.of(
                        marks("Ein Projekt.", "2400000", 2020, 2021),
                        marks("A project.", "2400000", 2023, 2024),
                        "Ein Projekt.",
                        () -> "A project."))
                .isEmpty();
    }

    @Test
    void takesCapitalisedWordsInsideSentencesForNames() {
        assertThat(Kinship.names("The hub opened in Elsen. Today it is busy")).containsExactly("elsen");
    }

    @Test
    void takesARetellingInTheSameLanguageBySameCostsAndANameInBothHeadlines() {
        Marks project = marks("Die Genossenschaft baut ein Wärmenetz.", "1730000", 2022, 2024);
        Marks gazette = Marks.of("Kurz gemeldet: das Wärmenetz ist fertig.")
                .with(Kinship.factMarks(new BigDecimal("1730000"), null, null, List.of()));

        assertThat(Kinship.retold(gazette, project, "Birkenau heizt mit Holz", "Wärmenetz Birkenau"))
                .contains(List.of("costs:1730000", "birkenau"));
    }

    @Test
    void keepsTwoProjectsApartThatCostTheSameUnderOtherNamesOrLittle() {
        Marks one = Marks.of("").with(Kinship.factMarks(new BigDecimal("250000"), null, null, List.of()));
        Marks small = Marks.of("").with(Kinship.factMarks(new BigDecimal("5000"), null, null, List.of()));

        assertThat(Kinship.retold(one, one, "Dorfladen Birkenau", "Radweg nach Eschental"))
                .isEmpty();
        assertThat(Kinship.retold(small, small, "Dorfladen Birkenau", "Birkenau feiert"))
                .isEmpty();
    }

    @Test
    void countsTheFactsReadFromBothPagesAmongTheSharedDetails() {
        assertThat(Kinship.readFacts(List.of("costs:2400000", "years:2022-2025", "kaltenmoor", "12.5")))
                .isEqualTo(2);
        assertThat(Kinship.readFacts(List.of("costs:2400000", "kaltenmoor", "lüneburg")))
                .isEqualTo(1);
    }
}
