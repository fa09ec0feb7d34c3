package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the text of a fact becomes its value: periods, money, states and areas. */
class FactValuesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "2021–2024|2021|2024",
                "01/2022 – 12/2025|2022|2025",
                "01.03.2021 bis 31.12.2024|2021|2024",
                "März 2023 bis Februar 2024|2023|2024",
                "from 2021 to 2024|2021|2024",
                "seit 2019|2019|null",
                "since 2020|2020|null",
                "2019 – heute|2019|null",
                "2020 - ongoing|2020|null",
                "bis 2025|null|2025",
                "2023|2023|2023",
                "36 Monate (2021 bis 2024)|2021|2024",
                "2024–2021|2024|null",
                // A short end year, but never a month after a hyphen.
                "2018–21|2018|2021",
                "2017/19|2017|2019",
                "2016-18|2016|2018",
                "Q4/2023 – Q1/2025|2023|2025",
                "2024-11|2024|null"
            })
    void readsThePeriodAPageStates(String text, Integer start, Integer end) {
        assertThat(Period.of(text)).contains(new Period(start, end));
    }

    @ParameterizedTest
    @ValueSource(strings = {"36 Monate", "drei Jahre", "1850 bis 1870", "Tel. 05555 12345"})
    void readsNoPeriodWithoutAYearInTheCataloguesRange(String text) {
        assertThat(Period.of(text)).isEmpty();
    }

    @Test
    void takesTheEuroFigureBesideAnAmountInAnotherCurrency() {
        assertThat(Money.of("CAD 1.4M (≈ €950,000)", "Budget")).contains(new Money(new BigDecimal("950000.00"), "EUR"));
        assertThat(Money.of("AUD 300,000 (about €180,000)", "Cost"))
                .contains(new Money(new BigDecimal("180000.00"), "EUR"));
    }

    @Test
    void readsMillionsCountedInWords() {
        assertThat(Money.of("rund zwei Millionen Euro", "Kosten"))
                .contains(new Money(new BigDecimal("2000000.00"), "EUR"));
        assertThat(Money.of("eineinhalb Millionen Euro", "Kosten"))
                .contains(new Money(new BigDecimal("1500000.00"), "EUR"));
        assertThat(Money.of("half a million euros", "Budget")).contains(new Money(new BigDecimal("500000.00"), "EUR"));
        assertThat(NumberWords.asFigures("drei Bänke und eine Million Ideen"))
                .isEqualTo("drei Bänke und 1 Million Ideen");
    }

    @Test
    void readsARegionWhoseKindItsLabelNames() {
        assertThat(FactValues.state("Kerry", "County")).contains("County Kerry");
        assertThat(FactValues.state("Thurgau", "Kanton")).contains("Thurgau");
        assertThat(FactValues.state("Hesse", "State")).contains("Hesse");
        assertThat(FactValues.state("Kerry", "Ort")).contains("Kerry");
    }

    @Test
    void takesTheCurrencyFromTheValueElseFromTheLabel() {
        assertThat(Money.of("ca. 1,2 Mio. €", "Kosten")).contains(new Money(new BigDecimal("1200000.00"), "EUR"));
        assertThat(Money.of("USD 80k", "Budget")).contains(new Money(new BigDecimal("80000.00"), "USD"));
        assertThat(Money.of("450.000", "Kosten in Euro")).contains(new Money(new BigDecimal("450000.00"), "EUR"));
        assertThat(Money.of("450.000", "Kosten")).contains(new Money(new BigDecimal("450000.00"), null));
    }

    @Test
    void scalesAnAmountByTheMillionWordsOfNeighbouringLanguagesAndGivesNoneForAnUnknownWord() {
        assertThat(Money.of("2,8 miljoen euro", "Kosten")).contains(new Money(new BigDecimal("2800000.00"), "EUR"));
        assertThat(Money.of("1,4 millioner euro", "Budget")).contains(new Money(new BigDecimal("1400000.00"), "EUR"));
        assertThat(Money.of("0,7 mld. euro", "Budget")).contains(new Money(new BigDecimal("700000000.00"), "EUR"));
        // A scale word of a language the crawler does not know: 4.20 would be wrong, so nothing is read.
        assertThat(Money.of("4,2 milionu eur", "Kosten")).isEmpty();
        assertThat(Money.of("12,50 Euro", "Eintritt")).contains(new Money(new BigDecimal("12.50"), "EUR"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "TEUR 120;120000",
                "T€ 7,5;7500",
                "kEUR 300;300000",
                "Mio. € 1,75;1750000",
                "MEUR 3;3000000",
                "€ 4,8 mln;4800000",
                "0,6 M€;600000",
                "€3.1m;3100000",
                "EUR 2 050 000;2050000"
            })
    void readsAmountsWhoseScaleIsNamedBeforeOrAfterTheFigure(String text, String euros) {
        assertThat(Money.of(text, "Budget")).contains(new Money(new BigDecimal(euros).setScale(2), "EUR"));
    }

    @Test
    void readsAnAmbiguousAreaInHectaresTheWayThatGivesAMunicipality() {
        assertThat(FactValues.areaKm2("1.312 ha", "en")).contains(new BigDecimal("13.12"));
        assertThat(FactValues.areaKm2("1.312 ha", "de")).contains(new BigDecimal("13.12"));
        assertThat(FactValues.areaKm2("4 ha", "de")).isEmpty();
        assertThat(FactValues.areaKm2("0,05 km²", "de")).isEmpty();
    }

    @Test
    void readsNoMoneyThatIsNothingOrTooMuchForTheCostColumn() {
        assertThat(Money.of("0 €", "Kosten")).isEmpty();
        assertThat(Money.of("1.000.000.000.000 €", "Kosten")).isEmpty();
        assertThat(Money.of("kostenlos", "Kosten")).isEmpty();
    }

    @Test
    void takesNoCountryNumberOrSentenceForAState() {
        assertThat(FactValues.state("Niedersachsen")).contains("Niedersachsen");
        assertThat(FactValues.state("Deutschland")).isEmpty();
        assertThat(FactValues.state("Germany")).isEmpty();
        assertThat(FactValues.state("3")).isEmpty();
        assertThat(FactValues.state("x".repeat(81))).isEmpty();
    }

    @Test
    void dropsWhatNarrowsTheStateDown() {
        assertThat(FactValues.state("Sachsen (Landesdirektion Chemnitz)")).contains("Sachsen");
        assertThat(FactValues.state("Kärnten, Bezirk Spittal")).contains("Kärnten");
        assertThat(FactValues.state("(Oberbayern)")).isEmpty();
        assertThat(FactValues.state("Limburg (Province)")).contains("Limburg (Province)");
    }

    @Test
    void readsAnAreaToTheColumnsTwoDecimalsAndNeverOneInSquareMetres() {
        assertThat(FactValues.areaKm2("4.750 ha", "de")).contains(new BigDecimal("47.50"));
        assertThat(FactValues.areaKm2("ca. 47,456 km²", "de")).contains(new BigDecimal("47.46"));
        assertThat(FactValues.areaKm2("500 m²", "de")).isEmpty();
        assertThat(FactValues.areaKm2("0 km²", "de")).isEmpty();
        // Money is never an area, whichever label it came under; an area beside a price stays one.
        assertThat(FactValues.areaKm2("EUR 1,4 Mio.", "de")).isEmpty();
        assertThat(FactValues.areaKm2("£2.5m", "en")).isEmpty();
        assertThat(FactValues.areaKm2("12,5 km² (Pacht 300 € je ha)", "de")).contains(new BigDecimal("12.50"));
    }
}
