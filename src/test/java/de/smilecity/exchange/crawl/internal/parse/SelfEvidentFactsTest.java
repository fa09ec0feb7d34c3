package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Phase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Facts read by the shape of their value where the page gives them no label, and where that is left
 * alone: a lone heading, two values of one fact, a value that answers another label.
 */
class SelfEvidentFactsTest {

    @Test
    void readsAnIconListWhoseValuesSayWhatTheyAre() {
        Extracted e = extract(
                "en",
                "<main><h1>Harbour repair café</h1><p>Once a month volunteers fix what people bring in.</p>"
                        + "<ul class=facts><li>🏘️ Saltmere, Nova Scotia</li><li>🧑‍🤝‍🧑 4,120 residents</li>"
                        + "<li>🗺️ 31.5 km²</li><li>🗓️ March 2023 – June 2025</li><li>✅ Completed</li></ul></main>");

        assertThat(e.state()).isEqualTo("Nova Scotia");
        assertThat(e.population()).isEqualTo(4120);
        assertThat(e.areaKm2()).isEqualByComparingTo("31.5");
        assertThat(e.period()).isEqualTo(new Period(2023, 2025));
        assertThat(e.phase()).isEqualTo(Phase.OPERATION);
        assertThat(e.origins()).containsEntry("area", FieldOrigin.SHAPED).containsEntry("period", FieldOrigin.SHAPED);
    }

    @Test
    void readsAnAmountAloneAmongOtherFacts() {
        Extracted e = extract(
                "de",
                "<main><h1>Dorfladen Keppeln</h1><p>Der Laden gehört den Menschen im Ort.</p>"
                        + "<div class=kacheln><div>ca. 1,3 Mio. €</div><div>2021 bis 2023</div>"
                        + "<div>in Betrieb</div></div></main>");

        assertThat(e.costs().amount()).isEqualByComparingTo("1300000");
        assertThat(e.period()).isEqualTo(new Period(2021, 2023));
        assertThat(e.phase()).isEqualTo(Phase.OPERATION);
    }

    @Test
    void takesNoLoneHeadingForAPhaseNorAFigureInASentence() {
        Extracted e = extract(
                "de",
                "<main><h1>Bürgerbus Hamstedt</h1><h2>Umsetzung</h2>"
                        + "<p>Seit dem Frühjahr fährt der Bus dreimal täglich in die Kreisstadt und zurück, auch am"
                        + " Wochenende.</p><h2>Ausblick</h2><p>Der Verein sucht weitere Fahrerinnen.</p></main>");

        assertThat(e.phase()).isNull();
        assertThat(e.origins()).doesNotContainValue(FieldOrigin.SHAPED);
    }

    @Test
    void takesNothingWhereThePageGivesTwoValuesOfOneFact() {
        Extracted e = extract(
                "en",
                "<main><h1>Two villages, one heat network</h1><p>Pipes now join both villages.</p>"
                        + "<ul><li>12.5 km²</li><li>2022–2024</li><li>8.1 km²</li></ul></main>");

        assertThat(e.areaKm2()).isNull();
        assertThat(e.period()).isEqualTo(new Period(2022, 2024));
    }

    @Test
    void givesNoValueThatALabelRejectedToAnotherFact() {
        Extracted e =
                extract("en", "<main><h1>Project</h1><p><b>Residents</b></p><p>€40,000</p><p>2020–2022</p></main>");

        assertThat(e.costs()).isNull();
        assertThat(e.population()).isNull();
    }

    @Test
    void readsAnAccordionWhoseToggleNamesNoPanel() {
        Extracted e = extract(
                "en",
                "<main><h1>Moorside bike library</h1><p>Bikes to borrow for a week.</p><ul>"
                        + "<li><h3><button aria-expanded=false>County</button></h3><div><p>Kerry</p></div></li>"
                        + "<li><h3><button aria-expanded=false>Budget</button></h3><div><p>€58,500</p></div></li>"
                        + "</ul></main>");

        assertThat(e.state()).isEqualTo("County Kerry");
        assertThat(e.costs().amount()).isEqualByComparingTo("58500");
    }

    private static Extracted extract(String lang, String body) {
        Document doc =
                Jsoup.parse("<html lang=" + lang + "><body>" + body + "</body></html>", "https://network.example/p");
        return PageExtractor.extract(doc, Profile.generic(), PageExtractorTest.FIELDS);
    }
}
