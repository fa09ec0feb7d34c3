package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GermanNumbersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"209.191|209191", "5.030 Einwohner|5030", "873|873", "1.234.567|1234567", "ca. 64.880|64880"})
    void readsWholeNumbersWithDotsForThousands(String text, int expected) {
        assertThat(GermanNumbers.integer(text)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"181,36 km²|181.36", "ca. 47,5 km²|47.5", "12 km²|12", "1.234,5 ha|1234.5"})
    void readsDecimalsWithACommaBeforeTheFraction(String text, String expected) {
        assertThat(GermanNumbers.decimal(text))
                .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "208,400|208400",
                "208 400|208400",
                "96\u00a0500 Einwohner|96500",
                "4\u2009380 inhabitants|4380",
                "12\u2007905|12905",
                "1'234|1234",
                "1,234,567|1234567",
                "ca. 1,2 Mio.|1200000",
                "1.5 million|1500000",
                "12 Monate|12"
            })
    void readsWholeNumbersInEnglishAndWithMultipliers(String text, int expected) {
        assertThat(GermanNumbers.integer(text.replace("\\u00a0", "\u00a0")
                        .replace("\\u2009", "\u2009")
                        .replace("\\u2007", "\u2007")))
                .contains(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "181.4 sq km|de|181.4",
                "1,234.5|de|1234.5",
                "1.234,5|en|1234.5",
                "1,234|en|1234",
                "1,234|de|1.234",
                "1.234|de|1234",
                "1.234|en|1.234",
                "0.125|de|0.125"
            })
    void readsAnAmbiguousSeparatorAsTheLanguageWritesIt(String text, String language, String expected) {
        assertThat(GermanNumbers.decimal(text, language))
                .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ca. 1,2 Mio. €|1200000",
                "€1.2m|1200000",
                "450.000 Euro|450000",
                "€450,000|450000",
                "USD 80k|80000",
                "2,5 Mrd. Euro|2500000000",
                "12.500,50 €|12500.50",
                "850 T€|850000"
            })
    void readsAmountsOfMoney(String text, String expected) {
        assertThat(GermanNumbers.amount(text))
                .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"181,4 km²|181.4", "181,4 qkm|181.4", "4.750 ha|47.5", "2 sq mi|5.179976", "500 m²|0.0005", "12|12"
            })
    void convertsAreasToSquareKilometres(String text, String expected) {
        assertThat(GermanNumbers.squareKilometres(text, "de"))
                .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @Test
    void findsNothingWithoutDigits() {
        assertThat(GermanNumbers.decimal("keine Angabe")).isEmpty();
    }
}
