package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Phase;
import java.math.BigDecimal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Facts read by aligning a label with the nearest text of the fact's type, whatever the markup
 * between them, and facts read from sentences. Each page here is laid out as no shape reader of
 * {@link LabelledFacts} knows it, and the last tests show values of the wrong type left alone.
 */
class AlignedFactsTest {

    @Test
    void readsEmphasisedLabelsOverALineBreak() {
        Extracted e = extract(
                "de",
                "<main><h1>Mitfahrbank Oberkirn</h1><p>Wer mitfahren will, setzt sich auf die Bank.</p>"
                        + "<div class=steckbrief><p><b>Bevölkerung</b><br/>ca. 3.050</p><p><b>Fläche</b><br/>11,8 km²</p>"
                        + "<p><b>Projektkosten</b><br/>T€ 42</p><p><b>Projektstand</b><br/>Testbetrieb</p>"
                        + "<p><b>Laufzeit</b><br/>05/2023 bis 10/2025</p></div></main>");

        assertThat(e.population()).isEqualTo(3050);
        assertThat(e.areaKm2()).isEqualByComparingTo("11.8");
        assertThat(e.costs().amount()).isEqualByComparingTo("42000");
        assertThat(e.phase()).isEqualTo(Phase.IMPLEMENTATION);
        assertThat(e.period()).isEqualTo(new Period(2023, 2025));
    }

    @Test
    void readsAHeadingOverTheParagraphThatHoldsTheValue() {
        Extracted e = extract(
                "en",
                "<article><h1>A fixing shed</h1><p>Neighbours bring broken lamps and bikes.</p>"
                        + "<h5>Inhabitants</h5><div><p>6 420</p></div><h5>Total cost</h5><div><p>GBP 18,300</p></div>"
                        + "<h5>Project stage</h5><div><p>Trial</p></div></article>");

        assertThat(e.population()).isEqualTo(6420);
        assertThat(e.costs()).isEqualTo(new Money(new BigDecimal("18300.00"), "GBP"));
        assertThat(e.phase()).isEqualTo(Phase.IMPLEMENTATION);
        assertThat(e.origins()).containsEntry("population", FieldOrigin.ALIGNED);
    }

    @Test
    void readsAFigureBeforeItsLabelInAListOrATile() {
        Extracted e = extract(
                "en",
                "<main><h1>Safe routes</h1><ol class=numbers>"
                        + "<li><em>27,300</em> inhabitants</li><li><em>3</em> crossings rebuilt</li>"
                        + "<li>€1.9m total cost</li></ol>"
                        + "<div class=tiles><div><i>8,4 km²</i><u>Area</u></div></div></main>");

        assertThat(e.population()).isEqualTo(27300);
        assertThat(e.costs().amount()).isEqualByComparingTo("1900000");
        assertThat(e.areaKm2()).isEqualByComparingTo("8.4");
    }

    @Test
    void readsLabelAndValueSpansAndItemsOfOneLine() {
        Extracted e = extract(
                "de",
                "<main><h1>Dorfwerkstatt</h1>"
                        + "<section><span class=k>Gemeindefläche</span><span class=v>1.045 ha</span></section>"
                        + "<p>Einwohner: 2.310 | Budget: 0,35 Mio. € | Status: abgeschlossen</p></main>");

        assertThat(e.areaKm2()).isEqualByComparingTo("10.45");
        assertThat(e.population()).isEqualTo(2310);
        assertThat(e.costs().amount()).isEqualByComparingTo("350000");
        assertThat(e.phase()).isEqualTo(Phase.OPERATION);
    }

    @Test
    void readsTheRegionNamedInThePlacesValue() {
        Extracted de = extract(
                "de",
                "<main><h1>Nachbarschaftsauto</h1>"
                        + "<p><strong>Gemeinde</strong> Felsbach, Landkreis Südwald (Baden-Württemberg)</p>"
                        + "<p><strong>Einwohner</strong> 4.410</p></main>");
        Extracted en = extract(
                "en",
                "<main><h1>Bike library</h1>"
                        + "<div><b>Town:</b> Oostwerve, Zeeland</div><div><b>Residents:</b> 9,030</div></main>");

        assertThat(de.state()).isEqualTo("Baden-Württemberg");
        assertThat(en.state()).isEqualTo("Zeeland");
    }

    @Test
    void readsTheRegionFromThePlacesRowOfAFoldedTableButPrefersAStatedState() {
        Extracted folded = extract(
                "de",
                "<main><h1>Breitband</h1><table>"
                        + "<tr><th>Ort</th><td>Kleinau, Brandenburg</td><th>Einwohner</th><td>1.930</td></tr>"
                        + "<tr><th>Kosten</th><td>0,8 Mio. €</td><th>Fertigstellung</th><td>2026</td></tr></table></main>");
        Extracted both = extract(
                "de",
                "<main><h1>Breitband</h1><dl><dt>Ort</dt><dd>Kleinau (Brandenburg)</dd>"
                        + "<dt>Bundesland</dt><dd>Land Brandenburg</dd></dl></main>");

        assertThat(folded.state()).isEqualTo("Brandenburg");
        assertThat(folded.population()).isEqualTo(1930);
        assertThat(folded.period()).isEqualTo(new Period(null, 2026));
        assertThat(both.state()).isEqualTo("Land Brandenburg");
    }

    @Test
    void readsTheCountOfAPlacesPeopleNamedAfterItAndABudgetThatWasSetAside() {
        Extracted e = extract(
                "de",
                "<main><h1>Dorfladen Auenfeld</h1>"
                        + "<p>Für die 2.318 Auenfelderinnen und Auenfelder gibt es wieder einen Laden im Ort.</p>"
                        + "<p>Die Gemeinde hat für den Umbau insgesamt 184.000 Euro eingeplant, auch für die Kühltheken.</p>"
                        + "<p>Beim Fest halfen 120 Schülerinnen und Schüler der Grundschule Auenfeld mit.</p></main>");

        assertThat(e.population()).isEqualTo(2318);
        assertThat(e.costs().amount()).isEqualByComparingTo("184000");
        Extracted ready = extract(
                "de",
                "<main><h1>Rufbus Auenfeld</h1><p>Für den Versuch bis Ende 2026 stehen 96.000 Euro bereit, den Rest"
                        + " trägt der Kreis.</p><p>Der Bus fährt werktags und holt die Fahrgäste an der Haustür ab.</p></main>");
        assertThat(ready.costs().amount()).isEqualByComparingTo("96000");
    }

    @Test
    void readsTheAreaBesideTheCountOfPeopleInALineOfAPlacesFigures() {
        Extracted e = extract(
                "en",
                "<main><h1>Marwick bike library</h1><p>Marwick, Drenthe · 2,460 residents · 12.3 km² · 2021</p>"
                        + "<p>Twelve cargo bikes, lent for a day or a week from the village hall, and a volunteer who"
                        + " mends them on Saturdays.</p></main>");

        assertThat(e.population()).isEqualTo(2460);
        assertThat(e.areaKm2()).isEqualByComparingTo("12.3");
    }

    @Test
    void readsAnAmountInMillionsWrittenInDutchFromASentence() {
        Extracted nl = extract(
                "nl",
                "<main><h1>Dorpsschuur Hoeverveld</h1>"
                        + "<p>De verbouwing van de oude schuur kostte ruim 2,8 miljoen euro, betaald door de coöperatie.</p>"
                        + "<p>De schuur is nu een buurthuis met een werkplaats en een kleine winkel voor het dorp.</p></main>");

        assertThat(nl.costs().amount()).isEqualByComparingTo("2800000");
    }

    @Test
    void readsPopulationCostsAreaAndRegionFromSentences() {
        Extracted e = extract(
                "en",
                "<main><h1>Village shop</h1>"
                        + "<p>Marwick, a market town in the province of Drenthe, has 4 870 residents and covers 31 km².</p>"
                        + "<p>Fitting out the old bakery cost roughly €212,000, paid from a rural fund.</p></main>");
        Extracted de = extract(
                "de",
                "<main><h1>Dorfladen</h1>"
                        + "<p>Der Umbau hat insgesamt rund 0,9 Millionen Euro gekostet; er war nötig, weil die etwa 2.600 "
                        + "Einwohner sonst keinen Laden mehr hätten.</p></main>");

        assertThat(e.population()).isEqualTo(4870);
        assertThat(e.areaKm2()).isEqualByComparingTo("31");
        assertThat(e.costs().amount()).isEqualByComparingTo("212000");
        assertThat(e.state()).isEqualTo("Drenthe");
        assertThat(e.origins()).containsEntry("costs", FieldOrigin.PROSE);
        assertThat(de.costs().amount()).isEqualByComparingTo("900000");
        assertThat(de.population()).isEqualTo(2600);
    }

    @Test
    void readsAPopulationOfPeopleWhoLiveInThePlace() {
        Extracted live = extract(
                "de",
                "<main><h1>Bürgergarten</h1><p>Etwa 1.730 Menschen leben in Hollerbach, und es gibt keinen Park.</p></main>");
        Extracted inverted = extract(
                "de", "<main><h1>Bürgergarten</h1><p>In Hollerbach leben heute rund 2.040 Menschen.</p></main>");
        Extracted english = extract(
                "en", "<main><h1>Garden</h1><p>About 5,600 people live in Fernby and its two hamlets.</p></main>");
        Extracted beside = extract(
                "de", "<main><h1>Rufbus</h1><p>Bediengebiet: 27 km², rund 2.260 Menschen · Start: 2024</p></main>");

        assertThat(live.population()).isEqualTo(1730);
        assertThat(inverted.population()).isEqualTo(2040);
        assertThat(english.population()).isEqualTo(5600);
        assertThat(beside.population()).isEqualTo(2260);
        assertThat(beside.areaKm2()).isEqualByComparingTo("27");
    }

    @Test
    void readsAPopulationInTheWordsOfTheNeighboursLanguages() {
        Extracted swedish = extract(
                "sv",
                "<main><h1>Bybuss</h1><p>Granviken i Dalarna har 2 315 invånare och en buss om dagen.</p>"
                        + "<p>Projektet pågår 2024–2026 och har en budget på 310 000 euro.</p></main>");
        Extracted dutch = extract(
                "nl", "<main><h1>Dorpsbus</h1><p>Het dorp heeft 3.120 inwoners en geen winkel meer.</p></main>");

        assertThat(swedish.population()).isEqualTo(2315);
        assertThat(swedish.state()).isEqualTo("Dalarna");
        assertThat(swedish.period()).isEqualTo(new Period(2024, 2026));
        assertThat(swedish.costs().amount()).isEqualByComparingTo("310000");
        assertThat(dutch.population()).isEqualTo(3120);
    }

    @Test
    void readsTheRegionFromAPlaceLabelledWhere() {
        Extracted e = extract(
                "en",
                "<main><h1>Community boathouse</h1><p>Rowers share one shed.</p>"
                        + "<aside><p><span class=label>Where</span> Saltnes, North Ostrobothnia, Finland</p>"
                        + "<p><span class=label>Population</span> 4\u2009120</p></aside></main>");

        assertThat(e.state()).isEqualTo("North Ostrobothnia");
        assertThat(e.population()).isEqualTo(4120);
    }

    @Test
    void readsTheYearsAndTheStatusALineOfFiguresLeavesUnlabelled() {
        Extracted e = extract(
                "en",
                "<main><h1>Island car club</h1><p class=meta><small>Population 2,460 | Area 31 km² | "
                        + "2022–2024 | Completed</small></p><p>Four shared cars for the island.</p></main>");

        assertThat(e.population()).isEqualTo(2460);
        assertThat(e.period()).isEqualTo(new Period(2022, 2024));
        assertThat(e.phase()).isEqualTo(Phase.OPERATION);
    }

    @Test
    void readsTheLabelsOfABuildingProjectsStageCostsAndWorks() {
        Extracted de = extract(
                "de",
                "<main><h1>Neues Feuerwehrhaus</h1><p>Das alte Haus ist zu klein.</p><div class=eckdaten>"
                        + "<div class=row><div class=left><p>Bauphase</p></div><div class=right><p>im Bau</p></div></div>"
                        + "<div class=row><div class=left><p>Baukosten</p></div><div class=right><p>2,3 Mio. €</p></div></div>"
                        + "</div></main>");
        Extracted en = extract(
                "en",
                "<main><h1>Sea wall</h1><p>The wall protects the quay.</p>"
                        + "<div class=block><h4>Cost estimate</h4><p>€ 1.4 million</p></div>"
                        + "<div class=block><h4>Construction</h4><p>2026–2027</p></div></main>");

        assertThat(de.phase()).isEqualTo(Phase.IMPLEMENTATION);
        assertThat(de.costs().amount()).isEqualByComparingTo("2300000");
        assertThat(en.costs().amount()).isEqualByComparingTo("1400000");
        assertThat(en.period()).isEqualTo(new Period(2026, 2027));
    }

    @Test
    void readsThePeopleOfAPlaceThatAQuoteAddressesAsItsPopulation() {
        Extracted e = extract(
                "de",
                "<main><h1>Neuer Dorfplatz</h1><p>Der Bürgermeister: „Für die 2.815 Menschen in Hollerbach ist der Platz"
                        + " ein neuer Mittelpunkt.“</p></main>");

        assertThat(e.population()).isEqualTo(2815);
    }

    @Test
    void readsAnAccordionThatAsksForThePopulation() {
        Extracted e = extract(
                "de",
                "<main><h1>Gemeinschaftsgarten</h1><p>Beete für alle im alten Pfarrgarten.</p>"
                        + "<details><summary>Wie viele Menschen wohnen hier?</summary><p>2.118</p></details>"
                        + "<details><summary>Fläche</summary><p>9,4 km²</p></details></main>");

        assertThat(e.population()).isEqualTo(2118);
    }

    @Test
    void takesTheRegionOfTheProjectsPlaceFromItsStructuredDataWhereTheTextNamesNone() {
        Extracted e = extract(
                "en",
                "<script type=application/ld+json>{\"@context\": \"https://schema.org\", \"@graph\": ["
                        + "{\"@type\": \"Project\", \"name\": \"Village sauna\", \"location\": {\"@id\": \"#place\"}},"
                        + "{\"@type\": \"Place\", \"@id\": \"#place\", \"name\": \"Kallvik\", \"address\": "
                        + "{\"@type\": \"PostalAddress\", \"addressRegion\": \"Gävleborg\"}}]}</script>"
                        + "<main><h1>Village sauna</h1><p>A wood-fired sauna by the jetty, run by volunteers.</p></main>");

        assertThat(e.state()).isEqualTo("Gävleborg");
    }

    @Test
    void readsWhatIsBuiltForASumAsItsCostsAndNearlyDoneAsNotDone() {
        Extracted e = extract(
                "de",
                "<main><h1>Ein Dach für die Tafel</h1><p>Für rund 640.000 Euro entsteht am Markt eine neue Halle.</p>"
                        + "<p>Der Rohbau ist fast fertig.</p></main>");

        assertThat(e.costs().amount()).isEqualByComparingTo("640000");
        assertThat(e.phase()).isNotEqualTo(Phase.OPERATION);
    }

    @Test
    void readsASumThatOpensASentenceAndIsSpentAtItsEnd() {
        Extracted e = extract(
                "de",
                "<main><h1>Backhaus Lindenau</h1><p>Das Backhaus ist wieder in Betrieb. 212.000 Euro haben der Verein,"
                        + " die Gemeinde und das Land in Dach, Ofen und Küche gesteckt.</p></main>");
        Extracted crowd = extract(
                "de",
                "<main><h1>Backhaus Lindenau</h1><p>Der Verein hat 212.000 Euro gesammelt, und im Ort wird viel Zeit"
                        + " in das Backen gesteckt.</p></main>");

        assertThat(e.costs().amount()).isEqualByComparingTo("212000");
        assertThat(crowd.costs()).isNull();
    }

    @Test
    void takesNoCrowdForAPopulation() {
        Extracted e =
                extract("de", "<main><h1>Dorffest</h1><p>Rund 1.500 Menschen kamen zum Fest in Hollerbach.</p></main>");

        assertThat(e.population()).isNull();
    }

    @Test
    void readsTheLabelsThatPhaseWordsAndOneOffActsMake() {
        Extracted e = extract(
                "de",
                "<main><h1>Trinkbrunnen</h1><p>Einwohner: 2.310 | Finanzvolumen: 18.400 € | Aufgestellt: Mai 2021"
                        + " | Status: Modellphase</p><p><b>Gemeindegebiet</b><br/>14,2 km²</p></main>");
        Extracted planned = extract(
                "de", "<main><h1>Radweg</h1><p>Projektphase: Planung<br/>Umsetzung: 2027–2028 (geplant)</p></main>");

        assertThat(e.costs().amount()).isEqualByComparingTo("18400");
        assertThat(e.period()).isEqualTo(new Period(2021, 2021));
        assertThat(e.phase()).isEqualTo(Phase.IMPLEMENTATION);
        assertThat(e.areaKm2()).isEqualByComparingTo("14.2");
        assertThat(planned.period()).isEqualTo(new Period(2027, 2028));
        assertThat(planned.phase()).isEqualTo(Phase.STRATEGY);
    }

    @Test
    void aPhaseWordRightAfterThePhaseLabelIsItsValueNotALabel() {
        Extracted e = extract(
                "de",
                "<main><h1>Projekt</h1><div><span>Projektstand</span><span>Umsetzung</span></div>"
                        + "<div><span>Laufzeit</span><span>2022 bis 2025</span></div></main>");

        assertThat(e.phase()).isEqualTo(Phase.IMPLEMENTATION);
        assertThat(e.period()).isEqualTo(new Period(2022, 2025));
    }

    @Test
    void readsYearsAndPhaseFromSentencesOnlyWhereNoLabelGivesThem() {
        Extracted prose = extract(
                "en",
                "<main><h1>Tool library</h1><p>Published 2 May 2024</p>"
                        + "<p>The library started lending in autumn 2020 and has been running since then; "
                        + "the new shed was finished in March 2022.</p></main>");
        Extracted labelled = extract(
                "de",
                "<main><h1>Werkzeugbibliothek</h1><p>Laufzeit: 2019–2021</p>"
                        + "<p>Die Ausleihe ist seit 2023 in Betrieb.</p></main>");

        assertThat(prose.period()).isEqualTo(new Period(2020, 2022));
        assertThat(prose.phase()).isEqualTo(Phase.OPERATION);
        assertThat(prose.origins()).containsEntry("period", FieldOrigin.PROSE);
        assertThat(labelled.period()).isEqualTo(new Period(2019, 2021));
    }

    @Test
    void readsAnAccordionWhoseTogglesAreButtons() {
        Extracted e = extract(
                "de",
                "<main><h1>Turnhalle</h1><p>Die Halle bekommt ein neues Dach.</p><div class=accordion>"
                        + "<h3><button type=button data-bs-toggle=collapse data-bs-target=\"#p1\">Bevölkerung</button></h3>"
                        + "<div id=p1 class=\"collapse\"><div>3.305</div></div>"
                        + "<h3><button type=button aria-controls=p2 aria-expanded=false>Zeitplan</button></h3>"
                        + "<div id=p2 hidden><div>Baubeginn: Mai 2026, Fertigstellung voraussichtlich Ende 2027</div></div>"
                        + "</div><form><button type=submit>2.000</button></form></main>");

        assertThat(e.population()).isEqualTo(3305);
        assertThat(e.period()).isEqualTo(new Period(2026, 2027));
    }

    @Test
    void readsALabelAndItsFigureWithoutAColonInALineOfItems() {
        Extracted e = extract(
                "de",
                "<main><h1>Nahwärme</h1><p>Ein Netz für das ganze Dorf.</p>"
                        + "<p>Lindau (1.120 Einwohner, 8,4 km²) · Bauzeit 05/2020 bis 09/2022 · "
                        + "Investitionsvolumen rund 2,1 Mio. Euro</p></main>");

        assertThat(e.period()).isEqualTo(new Period(2020, 2022));
        assertThat(e.costs().amount()).isEqualByComparingTo("2100000");
    }

    @Test
    void readsTilesWhoseFigureStandsInABlockOfItsOwnBeforeItsWords() {
        Extracted e = extract(
                "en",
                "<main><h1>Library bus</h1><div class=tiles>"
                        + "<div class=tile><div class=num>7,250</div><div class=cap>residents in the valley and its four villages</div></div>"
                        + "<div class=tile><div class=num>Trial</div><div class=cap>stage</div></div>"
                        + "<div class=tile><div class=num>n/a</div><div class=cap>area</div></div>"
                        + "</div><p>A bus with books stops in every village once a week.</p></main>");

        assertThat(e.population()).isEqualTo(7250);
        assertThat(e.phase()).isEqualTo(Phase.IMPLEMENTATION);
        assertThat(e.areaKm2()).isNull();
    }

    @Test
    void aLabelledReaderStillWinsOverAlignment() {
        Extracted e = extract(
                "de",
                "<main><h1>Projekt</h1><dl><dt>Einwohner</dt><dd>5.500</dd></dl>"
                        + "<p><b>Einwohner</b><br/>7.700</p></main>");

        assertThat(e.population()).isEqualTo(5500);
        assertThat(e.origins()).containsEntry("population", FieldOrigin.LABELLED);
    }

    @Test
    void takesNoYearForAPopulationAndNoPhoneNumberForMoney() {
        Extracted e = extract(
                "de",
                "<main><h1>Projekt</h1><p><b>Einwohner</b><br/>2019</p>"
                        + "<p><b>Kosten</b><br/>06381 44 210</p><p><b>Fläche</b><br/>450</p>"
                        + "<p><b>Stand</b><br/>Die Gemeinde hat im Herbst neue Bänke gekauft.</p></main>");

        assertThat(e.population()).isNull();
        assertThat(e.costs()).isNull();
        assertThat(e.areaKm2()).isNull();
        assertThat(e.phase()).isNull();
    }

    @Test
    void readsTheAnswersUnderQuestionsThatAskForAFact() {
        Extracted e = extract(
                "en",
                "<main><h1>Loch-side tool library</h1><p>Ladders, drills and a cider press to borrow.</p>"
                        + "<h4>Where can I find it?</h4><p>In the old schoolhouse, Fernbrae, Perth and Kinross.</p>"
                        + "<h4>How many people live in Fernbrae?</h4><p>About 1,150, with the farms around it.</p>"
                        + "<h4>How large is the area it serves?</h4><p>Some 38 km² of glen.</p>"
                        + "<h4>What did the project cost?</h4><p>€27,400, half of it raised locally.</p>"
                        + "<h4>When?</h4><p>It opened in 2022 and the lease runs until 2027.</p>"
                        + "<h4>Where are you now?</h4><p>Running daily: members book online.</p></main>");

        assertThat(e.state()).isEqualTo("Perth and Kinross");
        assertThat(e.population()).isEqualTo(1150);
        assertThat(e.areaKm2()).isEqualByComparingTo("38");
        assertThat(e.costs().amount()).isEqualByComparingTo("27400");
        assertThat(e.period()).isEqualTo(new Period(2022, 2027));
        assertThat(e.phase()).isEqualTo(Phase.OPERATION);
    }

    @Test
    void readsCostsInWordsThatASentenceSaysAreBuiltIn() {
        Extracted e = extract(
                "de",
                "<main><h1>Neue Halle für Lohfeld</h1><p>Die Turnhalle bekommt ein neues Dach und eine Heizung."
                        + " Insgesamt werden etwa drei Millionen Euro verbaut.</p></main>");

        assertThat(e.costs().amount()).isEqualByComparingTo("3000000");
    }

    @Test
    void takesNoPopulationFromAQuestionAboutOtherPeople() {
        Extracted e = extract(
                "en",
                "<main><h1>Evening bus</h1><p>A bus on demand after seven.</p>"
                        + "<h4>How many residents signed up?</h4><p>About 1,150 in the first year.</p></main>");

        assertThat(e.population()).isNull();
    }

    @Test
    void takesNoValueAcrossAnotherLabelNorOneThatAnotherLabelTook() {
        Extracted e = extract(
                "en",
                "<main><h1>Project</h1><p><b>Budget</b></p><p><b>Residents</b></p>"
                        + "<p>€40,000</p><p><b>Area</b></p><p>1,200</p></main>");

        // The amount stands under "Residents", which cannot take it; "Budget" may not reach past it.
        assertThat(e.costs()).isNull();
        assertThat(e.population()).isNull();
        // A number without a unit is no area.
        assertThat(e.areaKm2()).isNull();
    }

    @Test
    void takesNoFeeNoCountOfPeopleAskedAndNoTwoDisagreeingFiguresFromSentences() {
        Extracted fee = extract(
                "de",
                "<main><h1>Rufbus</h1><p>Eine Fahrt kostet 3 Euro, die Monatskarte "
                        + "kostet 1.200 € pro Jahr.</p><p>Befragt wurden 1.350 Einwohner.</p></main>");
        Extracted two = extract(
                "en",
                "<main><h1>Two villages</h1><p>Eastby has 1,900 residents, Westby has "
                        + "2,400 residents.</p><p>The province of Drenthe and the province of Overijssel share the cost.</p></main>");
        Extracted city = extract("en", "<main><h1>Lift</h1><p>Trains to Utrecht stop every hour.</p></main>");

        assertThat(fee.costs()).isNull();
        assertThat(fee.population()).isNull();
        assertThat(two.population()).isNull();
        assertThat(two.state()).isNull();
        assertThat(city.state()).isNull();
    }

    @Test
    void fillsNothingThePageSaysItDoesNotKnow() {
        Extracted e = extract(
                "de",
                "<main><h1>Projekt</h1><p>Kosten: k. A.</p>"
                        + "<p>Der Umbau hat rund 40.000 Euro gekostet.</p></main>");

        assertThat(e.costs()).isNull();
    }

    private static Extracted extract(String lang, String body) {
        Document doc =
                Jsoup.parse("<html lang=" + lang + "><body>" + body + "</body></html>", "https://villages.example/p");
        return PageExtractor.extract(doc, Profile.generic(), PageExtractorTest.FIELDS);
    }
}
