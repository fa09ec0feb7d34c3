package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTest {

    @Test
    void findsTheRegionInAPlacesDescription() {
        assertThat(Regions.inPlace("Hollerbach (Kreis Nordheide, Niedersachsen)"))
                .contains("Niedersachsen");
        assertThat(Regions.inPlace("Gravenmoer, Utrecht (NL)")).contains("Utrecht");
        assertThat(Regions.inPlace("Sankt Ulm, Sachsen-Anhalt")).contains("Sachsen-Anhalt");
    }

    @Test
    void namesAGermanLandWrittenInEnglishByItsGermanName() {
        assertThat(Regions.inText("a suburb in Lower Saxony with a new bus line"))
                .contains("Niedersachsen");
    }

    @Test
    void takesATownsNameForARegionOnlyWhereTheTextMakesItOne() {
        assertThat(Regions.inText("the buses to Groningen leave at six")).isEmpty();
        assertThat(Regions.inText("a village in the province of Groningen's north"))
                .contains("Groningen");
        assertThat(Regions.inText("in the canton of Wiltz, Luxembourg")).contains("Wiltz");
        assertThat(Regions.inText("a province of the Netherlands")).isEmpty();
    }

    @Test
    void findsRegionsOfPartnersFurtherAfield() {
        assertThat(Regions.inPlace("Saltmere, Nova Scotia")).contains("Nova Scotia");
        assertThat(Regions.inPlace("Port Aubray (Nouvelle-Écosse)")).contains("Nouvelle-Écosse");
        assertThat(Regions.inText("a shire in rural Queensland")).contains("Queensland");
        assertThat(Regions.inText("ein Dorf im Kanton Thurgau")).contains("Thurgau");
        assertThat(Regions.inText("un paese della Toscana")).contains("Toscana");
        // A region that is also a city's name counts only where a place's description names it.
        assertThat(Regions.inText("the train to Victoria station")).isEmpty();
    }

    @Test
    void takesNoRegionWhereTheTextNamesTwo() {
        assertThat(Regions.inText("from Hessen to Bayern")).isEmpty();
    }

    @Test
    void findsTheRegionsOfScotlandIrelandDenmarkAndNorwayAsTheirPagesWriteThem() {
        assertThat(Regions.inPlace("Ardvane, Highland")).contains("Highland");
        assertThat(Regions.inText("a hall in Kilbrack parish, County Mayo, run by volunteers"))
                .contains("County Mayo");
        assertThat(Regions.inPlace("Solvig, Region Midtjylland, Denmark")).contains("Midtjylland");
        assertThat(Regions.inText("two ferries a day to the far north of Shetland"))
                .contains("Shetland");
        assertThat(Regions.inPlace("Fjellvik, Rogaland")).contains("Rogaland");
        assertThat(Regions.inText("a Highland glen with one bus a day")).isEmpty();
    }

    @Test
    void takesALandNamedAsFreistaatOrLandThoughItsNameIsAlsoATowns() {
        assertThat(Regions.inText("Gefördert aus Mitteln des Freistaates Sachsen und der Stadt."))
                .contains("Sachsen");
        assertThat(Regions.inText("Rathausplatz 2 04999 Auenfeld Freistaat Sachsen Die Gemeinde ist"))
                .contains("Sachsen");
        assertThat(Regions.inText("ein Programm des Landes Bremen")).contains("Bremen");
        assertThat(Regions.inText("Der Sachsen-Express fährt nach Sachsen")).isEmpty();
        assertThat(Regions.inText("Land Unter in Auenfeld")).isEmpty();
    }

    @Test
    void findsWalesPrincipalAreasWhoseNamesAreNoTowns() {
        assertThat(Regions.inText("a hill farm in Powys with a shared barn")).contains("Powys");
        assertThat(Regions.inText("a quarry village in Gwynedd, by the sea")).contains("Gwynedd");
    }

    @Test
    void findsTheRegionsOfSwedenFinlandEstoniaAndLatviaAsTheirPagesWriteThem() {
        assertThat(Regions.inPlace("Björkliden, Norrbotten, Sweden")).contains("Norrbotten");
        assertThat(Regions.inText("a lake village in South Savo, Finland")).contains("South Savo");
        assertThat(Regions.inPlace("Sõmera, Saare County, Estonia")).contains("Saare County");
        assertThat(Regions.inText("farms in the Latgale region of Latvia")).contains("Latgale");
        assertThat(Regions.inText("the ferry from Pärnu to the islands")).isEmpty();
    }
}
