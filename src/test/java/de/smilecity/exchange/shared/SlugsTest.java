package de.smilecity.exchange.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void transliteratesGermanLettersTheGermanWay() {
        assertThat(Slugs.of("Bürgerbeteiligung in Öhringen – Straße"))
                .isEqualTo("buergerbeteiligung-in-oehringen-strasse");
    }

    @Test
    void dropsAccentsAndPunctuation() {
        assertThat(Slugs.of("  Ghent's «Nieuwe Dokken» / Café!  ")).isEqualTo("ghent-s-nieuwe-dokken-cafe");
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = Slugs.of("Ein sehr langer Titel ".repeat(10));
        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).doesNotEndWith("-").matches(Slugs.PATTERN);
    }

    @Test
    void refusesTextWithoutLettersOrDigits() {
        assertThatThrownBy(() -> Slugs.of("–– !! ––")).hasMessageContaining("no letter or digit");
    }

    @Test
    void tellsValidSlugsFromInvalidOnes() {
        assertThat(Slugs.isValid("kiel-hafen-2024")).isTrue();
        assertThat(Slugs.isValid("Kiel Hafen")).isFalse();
        assertThat(Slugs.isValid("kiel--hafen")).isFalse();
    }
}
