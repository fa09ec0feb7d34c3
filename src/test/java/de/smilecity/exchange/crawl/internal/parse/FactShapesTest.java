package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Phase;
import java.math.BigDecimal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Fact sheets laid out as page builders and wikis lay them out beside the table and the list: two
 * blocks side by side, value before label, a heading row of labels over one row of values, a dash
 * between label and value, a label that names whose fact it is.
 */
class FactShapesTest {

    @Test
    void readsALabelAndItsValueInTwoBlocksSideBySide() {
        Extracted e = extract("<main><h1>Smarte Straßenlaternen</h1><div class='grid'>"
                + "<div class='row'><div class='cell'><span>Kreis</span></div><div class='cell'>Münsterland</div></div>"
                + "<div class='row'><div class='cell'><b>Bevölkerung</b></div><div class='cell'><p>ca. 7.250</p></div></div>"
                + "<div class='row'><div class='cell'><b>Projektphase</b></div><div class='cell'>im Aufbau</div></div>"
                + "<div class='row'><div class='cell'><b>Projektkosten</b></div><div class='cell'>81.000 €</div></div>"
                + "<div class='row'><div class='cell'><b>Laufzeit</b></div><div class='cell'>2022 bis 2024</div></div>"
                + "</div></main>");

        assertThat(e.population()).isEqualTo(7250);
        assertThat(e.phase()).isEqualTo(Phase.IMPLEMENTATION);
        assertThat(e.costs().amount()).isEqualByComparingTo("81000");
        assertThat(e.period()).isEqualTo(new Period(2022, 2024));
    }

    @Test
    void takesNoParagraphThatMerelyFollowsAHeadingForAValue() {
        Extracted e = extract("<main><h1>Projekt</h1><section><h3>Einwohner</h3>"
                + "<p>Die 4.100 Einwohner wurden befragt.</p></section></main>");

        assertThat(e.population()).isNull();
    }

    @Test
    void readsATableWhoseValuesStandBeforeTheirLabels() {
        Extracted e = extract("<main><h1>Shared e-cargo bikes</h1><table>"
                + "<tr><td><em>Harbour Town</em></td><td>Town</td></tr>"
                + "<tr><td><em>31,400</em></td><td>Residents</td></tr>"
                + "<tr><td><em>58 km²</em></td><td>Land area</td></tr>"
                + "<tr><td><em>Trial</em></td><td>Project stage</td></tr>"
                + "<tr><td><em>€62,000</em></td><td>Total cost</td></tr></table></main>");

        assertThat(e.population()).isEqualTo(31400);
        assertThat(e.areaKm2()).isEqualByComparingTo(new BigDecimal("58"));
        assertThat(e.costs().amount()).isEqualByComparingTo("62000");
    }

    @Test
    void readsAHeadingRowOfLabelsOverOneRowOfValues() {
        Extracted e = extract("<main><h1>Open data portal</h1><table><tr><th>Town</th><th>Province</th>"
                + "<th>Residents</th><th>Project stage</th><th>Budget</th><th>Timeframe</th></tr>"
                + "<tr><td>Vlieburg</td><td>Friesland</td><td>22,900</td><td>in operation</td>"
                + "<td>DKK 2.4m (c. €320,000)</td><td>2020–2022</td></tr></table></main>");

        assertThat(e.state()).isEqualTo("Friesland");
        assertThat(e.population()).isEqualTo(22900);
        assertThat(e.costs().amount()).isEqualByComparingTo("320000");
        assertThat(e.costs().currency()).isEqualTo("EUR");
        assertThat(e.period()).isEqualTo(new Period(2020, 2022));
    }

    @Test
    void readsStatTilesThatPutTheFigureOverItsCaption() {
        Extracted e = extract("<main><h1>Smart street lights</h1><section class=\"figures\">"
                + "<div class=\"tile\"><strong>12,300</strong><p>Inhabitants</p></div>"
                + "<div class=\"tile\"><h3>Status</h3><p>piloting</p></div>"
                + "<div class=\"tile\"><div>18.4 km²</div><div>Area</div></div>"
                + "<div class=\"tile\"><div>€ 95,000</div><div>Budget</div></div></section>"
                + "<p>The town swaps its sodium lamps for LEDs that dim when nobody is around.</p></main>");

        assertThat(e.population()).isEqualTo(12300);
        assertThat(e.areaKm2()).isEqualByComparingTo(new BigDecimal("18.4"));
        assertThat(e.costs().amount()).isEqualByComparingTo("95000");
    }

    @Test
    void readsAListOfRowsWithALabelAndAValueSideBySide() {
        Extracted e = extract("<main><h1>Library on wheels</h1><p>A bus brings books to six hamlets.</p>"
                + "<ul class=\"facts\"><li><span>Town</span> <span>Kellsby</span></li>"
                + "<li><span>County</span> <span>Durham</span></li>"
                + "<li><span>Residents</span> <span>8,750</span></li>"
                + "<li><span>Budget</span> <span>EUR 41,000</span></li></ul></main>");

        assertThat(e.state()).isEqualTo("Durham");
        assertThat(e.population()).isEqualTo(8750);
        assertThat(e.costs().amount()).isEqualByComparingTo("41000");
    }

    @Test
    void readsATableFoldedIntoTwoPairsARow() {
        Extracted e = extract("<main><h1>Shared office in the old school</h1><table>"
                + "<tr><td>Residents</td><td>6,020</td><td>Canton</td><td>Glarus</td></tr>"
                + "<tr><td>Area</td><td>27.5 km²</td><td>Budget</td><td>EUR 180,000</td></tr></table>"
                + "<p>Twelve desks for people who would otherwise commute to Zurich.</p></main>");

        assertThat(e.population()).isEqualTo(6020);
        assertThat(e.state()).isEqualTo("Glarus");
        assertThat(e.areaKm2()).isEqualByComparingTo(new BigDecimal("27.5"));
        assertThat(e.costs().amount()).isEqualByComparingTo("180000");
    }

    @Test
    void readsNothingOfOneProjectFromAHeadingRowOverSeveralRows() {
        Extracted e = extract("<main><h1>Our towns</h1><table><thead><tr><th>Town</th><th>Residents</th>"
                + "<th>Area</th></tr></thead><tbody><tr><td>Aby</td><td>1,200</td><td>12 km²</td></tr>"
                + "<tr><td>Bly</td><td>3,400</td><td>20 km²</td></tr></tbody></table></main>");

        assertThat(e.population()).isNull();
        assertThat(e.areaKm2()).isNull();
    }

    @Test
    void readsLabelAndValueSeparatedByADash() {
        Extracted e = extract("<main><h1>Sensor-based winter service</h1><p>Residents – about 2,750<br>"
                + "Project status — trial<br>Investment - €44k<br>Project period – autumn 2022 to spring 2024</p>"
                + "</main>");

        assertThat(e.population()).isEqualTo(2750);
        assertThat(e.phase()).isEqualTo(Phase.IMPLEMENTATION);
        assertThat(e.costs().amount()).isEqualByComparingTo("44000");
        assertThat(e.period()).isEqualTo(new Period(2022, 2024));
    }

    @Test
    void readsALabelThatNamesWhoseFactItIs() {
        Extracted e = extract("<main><h1>Projekt</h1><dl><dt>Einwohner des Ortsteils</dt><dd>1.870</dd>"
                + "<dt>Area of the district</dt><dd>9,5 km²</dd></dl></main>");

        assertThat(e.population()).isEqualTo(1870);
        assertThat(e.areaKm2()).isEqualByComparingTo(new BigDecimal("9.5"));
    }

    @Test
    void readsTheYearsOfARolloutGivenAsMonths() {
        Extracted e = extract("<main><h1>Projekt</h1><ul><li><b>Rollout:</b> 09/2021 – 11/2021</li></ul></main>");

        assertThat(e.period()).isEqualTo(new Period(2021, 2021));
    }

    @Test
    void readsACountyAsTheRegion() {
        Extracted e = extract("<main><h1>Case</h1><table><tr><th>County</th><td>County Clare</td></tr></table></main>");

        assertThat(e.state()).isEqualTo("County Clare");
    }

    private static Extracted extract(String body) {
        Document doc = Jsoup.parse("<html><body>" + body + "</body></html>", "https://towns.example/case");
        return PageExtractor.extract(doc, Profile.generic(), PageExtractorTest.FIELDS);
    }
}
