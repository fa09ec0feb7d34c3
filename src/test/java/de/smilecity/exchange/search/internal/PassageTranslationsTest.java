package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;

/** A passage question with the glossary's terms of the other language beside its words. */
class PassageTranslationsTest {

    private final Glossary glossary = new Glossary.Builder(TextAnalyzers.germanSynonymEntries())
            .pair("charging points", "Ladepunkte")
            .pair("schools", "Schulen")
            .build();

    @Test
    void eachWordOfAKnownTermMayBeFoundAsTheTermsTranslation() {
        PassageQuestion asked = PassageQuestion.of("How many charging points did the schools get?");

        PassageQuestion widened = new PassageTranslations().widen(asked, glossary);

        assertThat(widened.translations())
                .containsOnly(
                        entry("charging", List.of("Ladepunkte")),
                        entry("points", List.of("Ladepunkte")),
                        entry("schools", List.of("Schulen")));
        assertThat(widened.words()).isEqualTo(asked.words());
        assertThat(widened.markedWords()).contains("Ladepunkte", "Schulen");
        // Each word stays one clause: a page in the other language needs as many as one in the question's.
        assertThat(new PassageQuery(new StandardAnalyzer())
                        .of(PassagePlan.of(widened, List.of(1L)))
                        .toString())
                .contains("ladepunkte", "schulen");
    }

    @Test
    void aPluralFindsTheTermTheGlossaryKeepsInTheSingular() {
        Glossary singulars = new Glossary.Builder(TextAnalyzers.germanSynonymEntries())
                .pair("mobility hub", "Mobilstation")
                .pair("city", "Stadt")
                .build();

        PassageQuestion widened =
                new PassageTranslations().widen(PassageQuestion.of("Which cities opened mobility hubs?"), singulars);

        assertThat(widened.translations())
                .containsOnly(
                        entry("cities", List.of("Stadt")),
                        entry("mobility", List.of("Mobilstation")),
                        entry("hubs", List.of("Mobilstation")));
        assertThat(PassageTranslations.singular("buses")).isEqualTo("bus");
        assertThat(PassageTranslations.singular("campus")).isEqualTo("campus");
        assertThat(PassageTranslations.singular("access")).isEqualTo("access");
    }

    @Test
    void aWordTheGlossaryKnowsAsAskedKeepsThatTermsTranslationsOnly() {
        Glossary both = new Glossary.Builder(TextAnalyzers.germanSynonymEntries())
                .pair("businesses", "Unternehmen")
                .pair("business", "Gewerbe")
                .build();

        PassageQuestion widened = new PassageTranslations().widen(PassageQuestion.of("Which businesses joined?"), both);

        assertThat(widened.translationsOf("businesses")).containsExactly("Unternehmen");
    }

    @Test
    void aQuestionTheGlossaryDoesNotKnowStaysAsAsked() {
        PassageQuestion asked = PassageQuestion.of("Wie lang war die Bauzeit? Seite 4");

        assertThat(new PassageTranslations().widen(asked, glossary)).isSameAs(asked);
        assertThat(new PassageTranslations().widen(asked, Glossary.EMPTY)).isSameAs(asked);
    }

    @Test
    void aCompoundTheGlossaryDoesNotKnowIsTranslatedByItsLastPart() {
        Glossary parts = new Glossary.Builder(TextAnalyzers.germanSynonymEntries())
                .pair("loan", "Darlehen")
                .pair("cooperative", "Genossenschaft")
                .pair("meadow", "Weide")
                .build();

        PassageQuestion widened = new PassageTranslations()
                .widen(
                        PassageQuestion.of("Wer gab der Dorfladen-Genossenschaft das Baudarlehen für die Weide?"),
                        parts);

        assertThat(widened.translationsOf("Dorfladen-Genossenschaft")).containsExactly("cooperative");
        assertThat(widened.translationsOf("Baudarlehen")).containsExactly("loan");
        assertThat(widened.translationsOf("Weide")).containsExactly("meadow");
        // Only a noun, as German writes it, is read as a compound, and its last part has five letters at
        // least: a word that merely ends like a known one is left alone.
        assertThat(PassageTranslations.heads("Baudarlehen"))
                .contains("darlehen")
                .doesNotContain("Baudarlehen", "hen");
        assertThat(PassageTranslations.heads("sportweide")).isEmpty();
    }

    @Test
    void aSeparableVerbWhoseParticleClosesTheQuestionIsTranslatedAsOneVerb() {
        Glossary verbs = new Glossary.Builder(TextAnalyzers.germanSynonymEntries())
                .pair("repay", "zurückzahlen")
                .pair("start", "anfangen")
                .build();
        PassageTranslations translations = new PassageTranslations();

        PassageQuestion repay =
                translations.widen(PassageQuestion.of("In wie vielen Raten zahlt der Verein das Geld zurück?"), verbs);
        assertThat(repay.particle()).isEqualTo("zurück");
        assertThat(repay.translationsOf("zahlt")).containsExactly("repay");
        assertThat(repay.translationsOf("zurück")).containsExactly("repay");

        // "an" is a stop word and no word of the question; the verb still finds its translation.
        PassageQuestion start = translations.widen(PassageQuestion.of("Wann fangen die Bauarbeiten an?"), verbs);
        assertThat(start.particle()).isEqualTo("an");
        assertThat(start.translationsOf("fangen")).containsExactly("start");

        // A particle that does not close the question is a word like any other.
        assertThat(PassageQuestion.of("Wer zahlt zurück, wenn das Projekt scheitert?")
                        .particle())
                .isNull();
    }
}
