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

    @Test
    void findsNothingWithoutDigits() {
        assertThat(GermanNumbers.decimal("keine Angabe")).isEmpty();
    }
}
