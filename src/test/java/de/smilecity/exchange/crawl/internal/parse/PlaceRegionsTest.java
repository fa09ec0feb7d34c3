package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PlaceRegionsTest {

    @Test
    void readsTheRegionOfEachPlaceFromAMembersTable() {
        Document doc = page("<table><thead><tr><th>Mitgliedsgemeinde</th><th>Landkreis</th><th>Bundesland</th>"
                + "<th>Einwohner</th></tr></thead><tbody>"
                + "<tr><td>Oberhaslach</td><td>Landkreis Hof</td><td>Bayern</td><td>2.310</td></tr>"
                + "<tr><td>Grünbach am See</td><td>Vogtlandkreis</td><td>Sachsen</td><td>880</td></tr>"
                + "<tr><td>Neudorf</td><td>Landkreis Hof</td><td>k. A.</td><td>400</td></tr>"
                + "</tbody></table>");

        assertThat(PlaceRegions.of(doc))
                .as("the district is not the state; a cell without a state gives nothing")
                .containsExactly(Map.entry("Oberhaslach", "Bayern"), Map.entry("Grünbach am See", "Sachsen"));
    }

    @Test
    void readsAnEnglishDirectoryWithTheRegionBeforeThePlace() {
        Document doc = page("<table><tr><td><b>Province</b></td><td><b>Town</b></td><td><b>Joined</b></td></tr>"
                + "<tr><td>Zeeland</td><td>Westerhoek</td><td>2019</td></tr>"
                + "<tr><td>Gelderland (province)</td><td>Ommerveld</td><td>2021</td></tr></table>");

        assertThat(PlaceRegions.of(doc))
                .containsEntry("Westerhoek", "Zeeland")
                .containsEntry("Ommerveld", "Gelderland (province)");
    }

    @Test
    void takesNothingFromTablesThatDoNotPairPlacesWithRegions() {
        Document costs = page(
                "<table><tr><th>Posten</th><th>Betrag</th></tr><tr><td>Planung</td><td>12.000 €</td></tr></table>");
        Document countries = page("<table><tr><th>Stadt</th><th>Land</th></tr>"
                + "<tr><td>Linz</td><td>Österreich</td></tr><tr><td>Passau</td><td>Deutschland</td></tr></table>");
        Document twice = page(
                "<table><tr><th>Ort</th><th>Region</th></tr>"
                        + "<tr><td>Altenau</td><td>Niedersachsen</td></tr><tr><td>Altenau</td><td>Sachsen-Anhalt</td></tr></table>");

        assertThat(PlaceRegions.of(costs)).isEmpty();
        assertThat(PlaceRegions.of(countries)).as("a country is no region").isEmpty();
        assertThat(PlaceRegions.of(twice))
                .as("one name in two regions is two places")
                .isEmpty();
    }

    @Test
    void findsTheRegionOfThePlaceAProjectNames() {
        Map<String, String> places = Map.of(
                "Oberhaslach", "Bayern",
                "Grünbach am See", "Sachsen",
                "Hof", "Bayern",
                "Bach", "Hessen");

        assertThat(PlaceRegions.regionOf(places, "Dorfladen Oberhaslach", "", ""))
                .contains("Bayern");
        assertThat(PlaceRegions.regionOf(places, "Ein Laden für alle", "Gemeinde Grünbach am See", ""))
                .contains("Sachsen");
        assertThat(PlaceRegions.regionOf(places, "Mitfahrbänke", "", "In Oberhaslach und Hof stehen zehn Bänke."))
                .as("two places of one region")
                .contains("Bayern");
        assertThat(PlaceRegions.regionOf(places, "Von Oberhaslach nach Grünbach am See", "", ""))
                .as("places of two regions")
                .isEmpty();
        assertThat(PlaceRegions.regionOf(places, "Bachpatenschaften am Hofgarten", "", ""))
                .as("only whole words name a place")
                .isEmpty();
    }

    private static Document page(String body) {
        return Jsoup.parse("<html><body><main>" + body + "</main></body></html>", "https://verbund.example/mitglieder");
    }
}
