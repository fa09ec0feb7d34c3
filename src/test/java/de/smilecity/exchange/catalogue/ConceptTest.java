package de.smilecity.exchange.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConceptTest {

    private final Concept culture = culture();

    private static Concept culture() {
        Concept c = new Concept(ConceptScheme.INNOVATION_FIELD, "culture", "Kultur & Freizeit", "Culture & leisure", 1);
        c.setAltLabels(Set.of("Kultur & Tourismus", "Freizeit"));
        return c;
    }

    @Test
    void isNamedByItsLabelsWhateverTheSpellingOfAnd() {
        assertThat(culture.isNamedBy("Kultur und Freizeit")).isTrue();
        assertThat(culture.isNamedBy("  kultur&freizeit ")).isTrue();
        assertThat(culture.isNamedBy("Culture and leisure")).isTrue();
        assertThat(culture.isNamedBy("Kultur + Tourismus")).isTrue();
        assertThat(culture.isNamedBy("culture")).isTrue();
    }

    @Test
    void isNotNamedByOtherLabels() {
        assertThat(culture.isNamedBy("Kultur")).isFalse();
        assertThat(culture.isNamedBy("Maritime Wirtschaft")).isFalse();
    }

    @Test
    void keepsOneOfAlternativeLabelsThatOnlyDifferInCaseOrAccents() {
        Concept c = new Concept(ConceptScheme.INNOVATION_FIELD, "administration", "Verwaltung", "Administration", 1);
        c.setAltLabels(
                new java.util.LinkedHashSet<>(java.util.List.of("E-Government", "e-government", "Behörde", "Behorde")));
        assertThat(c.getAltLabels()).containsExactly("E-Government", "Behörde");
    }

    @Test
    void speaksTheLanguageItIsAskedFor() {
        assertThat(culture.label(Locale.GERMAN)).isEqualTo("Kultur & Freizeit");
        assertThat(culture.label(Locale.ENGLISH)).isEqualTo("Culture & leisure");
        // One fallback rule for every text of the exchange: a third language reads German, like the pages.
        assertThat(culture.label(Locale.FRENCH)).isEqualTo("Kultur & Freizeit");
    }
}
