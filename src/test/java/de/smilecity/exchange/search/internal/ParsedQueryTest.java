package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.search.internal.ParsedQuery.Unit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParsedQueryTest {

    static Unit run(String text) {
        return new Unit(text, false);
    }

    static Unit phrase(String text) {
        return new Unit(text, true);
    }

    @Test
    void keepsConsecutiveWordsTogetherForMultiWordSynonyms() {
        assertThat(ParsedQuery.parse("cargo bike Rostock").groups())
                .containsExactly(List.of(run("cargo bike Rostock")));
    }

    @Test
    void orBindsTheWordsNextToIt() {
        assertThat(ParsedQuery.parse("Rostock Lastenrad OR Telemedizin").groups())
                .containsExactly(List.of(run("Rostock")), List.of(run("Lastenrad"), run("Telemedizin")));
    }

    @Test
    void readsPhrasesAndExclusions() {
        ParsedQuery q = ParsedQuery.parse("\"offene Daten\" Portal -Tourismus -\"digitaler Zwilling\"");
        assertThat(q.groups()).containsExactly(List.of(phrase("offene Daten")), List.of(run("Portal")));
        assertThat(q.exclusions()).containsExactly(run("Tourismus"), phrase("digitaler Zwilling"));
        assertThat(q.words()).containsExactly("offene", "Daten", "Portal");
    }

    @Test
    void offersAlternativesForMisspeltWords() {
        ParsedQuery q = ParsedQuery.parse("digitaler Zwiling", Map.of("Zwiling", List.of("Zwilling", "Zwillinge")));
        assertThat(q.groups())
                .containsExactly(
                        List.of(run("digitaler Zwiling"), run("digitaler Zwilling"), run("digitaler Zwillinge")));
    }

    @Test
    void ignoresEmptyAndOperatorOnlyInput() {
        assertThat(ParsedQuery.parse("  OR  ").isEmpty()).isTrue();
        assertThat(ParsedQuery.parse("-Tourismus").isEmpty()).isTrue();
    }
}
