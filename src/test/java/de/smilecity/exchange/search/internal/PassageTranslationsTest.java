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
}
