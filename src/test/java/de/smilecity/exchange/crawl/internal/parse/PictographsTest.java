package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PictographsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "📍 Saltmere | Saltmere",
                "🧑‍🤝‍🧑 4,120 residents | 4,120 residents",
                "🗓️ 2023 | 2023",
                "• 12 km² | 12 km²",
                "✓ Umsetzung | Umsetzung",
                "€ 40.000 | € 40.000",
                "(ca.) 1.200 | (ca.) 1.200",
                "Einwohner | Einwohner"
            })
    void dropsTheIconsATextBeginsWithAndKeepsCurrencyAndBrackets(String text, String stripped) {
        assertThat(Pictographs.stripLeading(text)).isEqualTo(stripped);
    }
}
