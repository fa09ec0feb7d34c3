package de.smilecity.exchange.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One fallback rule for every place that picks a language: English for English, else German. */
class LanguageTest {

    @Test
    void englishForEnglishGermanForEverythingElse() {
        assertThat(Language.of(Locale.UK)).isEqualTo(Language.EN);
        assertThat(Language.of(Locale.GERMANY)).isEqualTo(Language.DE);
        assertThat(Language.of(Locale.FRENCH)).isEqualTo(Language.DE);
        assertThat(Language.of(Locale.ROOT)).isEqualTo(Language.DE);
        assertThat(Language.ofCode("en")).isEqualTo(Language.EN);
        assertThat(Language.ofCode("xx")).isEqualTo(Language.DEFAULT);
        assertThat(Language.ofCode(null)).isEqualTo(Language.DEFAULT);
    }

    @Test
    void byCodeKnowsOnlyTheTwoCodes() {
        assertThat(Language.byCode(" en ")).contains(Language.EN);
        assertThat(Language.byCode("fr")).isEmpty();
        assertThat(Language.byCode(null)).isEmpty();
        assertThat(Language.codes()).containsExactly("de", "en");
    }

    @Test
    void aBundleIsReadInItsLanguageNeverInTheJvms() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Language.DE.bundle("i18n.crawl").getLocale()).isEqualTo(Locale.GERMAN);
            assertThat(Language.EN.bundle("i18n.crawl").getLocale()).isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(before);
        }
    }
}
