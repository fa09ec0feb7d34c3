package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Terms looked up longest first, folded, each leading to the other language. */
class GlossaryTest {

    private final Analyzer folding = TextAnalyzers.germanSynonymEntries();

    private List<Glossary.Match> lookup(Glossary glossary, String question) {
        List<String> words = ParsedQuery.wordsOf(question);
        return glossary.lookup(
                words, words.stream().map(w -> Glossary.fold(folding, w)).toList());
    }

    @Test
    void aPairLeadsBothWays() {
        Glossary glossary = new Glossary.Builder(folding)
                .pair("water management", "Wassermanagement")
                .build();
        assertThat(lookup(glossary, "Water Management Rostock"))
                .containsExactly(new Glossary.Match(0, 2, "Water Management", List.of("Wassermanagement"), false));
        assertThat(lookup(glossary, "wassermanagement"))
                .containsExactly(new Glossary.Match(0, 1, "wassermanagement", List.of("water management"), false));
    }

    @Test
    void theLongestKnownTermWins() {
        Glossary glossary = new Glossary.Builder(folding)
                .pair("participation", "Beteiligung")
                .pair("participation platform", "Beteiligungsplattform")
                .build();
        assertThat(lookup(glossary, "citizen participation platform"))
                .extracting(Glossary.Match::from)
                .containsExactly("participation platform");
    }

    @Test
    void umlautsAndCaseDoNotMatterAndLongLabelsAreLeftOut() {
        Glossary glossary = new Glossary.Builder(folding)
                .group(List.of("Mobilität", "Mobility", "Ensure sustainable management of water for all people"))
                .build();
        assertThat(glossary.targets(Glossary.fold(folding, "MOBILITAT"))).containsExactly("Mobility");
        assertThat(glossary.targets(Glossary.fold(folding, "mobility"))).containsExactly("Mobilität");
    }

    @Test
    void aDictionaryTermIsFoundInAnotherFormOfItsWords() {
        Glossary glossary = new Glossary.Builder(folding)
                .dictionaryPair("Terminvergabe", "appointment booking")
                .build();
        assertThat(lookup(glossary, "Appointment Bookings online"))
                .containsExactly(new Glossary.Match(0, 2, "Appointment Bookings", List.of("Terminvergabe"), true));
        assertThat(lookup(glossary, "Terminvergaben"))
                .containsExactly(new Glossary.Match(0, 1, "Terminvergaben", List.of("appointment booking"), true));
    }

    @Test
    void theCatalogueTranslatesATermBothKnow() {
        Glossary glossary = new Glossary.Builder(folding)
                .dictionaryPair("Bürgerbüro", "citizen advice office")
                .pair("Bürgerbüro", "citizens office")
                .build();
        assertThat(lookup(glossary, "Bürgerbüro"))
                .containsExactly(new Glossary.Match(0, 1, "Bürgerbüro", List.of("citizens office"), false));
    }

    @Test
    void aDictionaryTermWithoutUsableTranslationsLeavesRoomForAShorterOne() {
        Glossary glossary = new Glossary.Builder(folding)
                .dictionaryPair("Terminvergabe", "appointment booking")
                .dictionaryPair("Termin", "appointment")
                .build();
        List<String> words = ParsedQuery.wordsOf("appointment booking");
        List<Glossary.Match> matches = glossary.lookup(
                words,
                words.stream().map(w -> Glossary.fold(folding, w)).toList(),
                term -> !term.equals("Terminvergabe"));
        assertThat(matches).containsExactly(new Glossary.Match(0, 1, "appointment", List.of("Termin"), true));
    }

    @Test
    void formsOfOneTranslationCountOnce() {
        Glossary glossary = new Glossary.Builder(folding)
                .dictionaryPair("Schule", "school")
                .dictionaryPair("Schule", "schools")
                .dictionaryPair("Schule", "educational institution")
                .build();
        assertThat(lookup(glossary, "Schulen"))
                .extracting(Glossary.Match::to)
                .containsExactly(List.of("school", "educational institution"));
    }
}
