package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The question's compounds split into parts with the index's word list, one reading per word. */
class QueryCompoundsTest {

    private final QueryCompounds compounds = new QueryCompounds(SearchResources.compoundParts());

    @Test
    void splitsACompoundIntoItsFewestParts() {
        assertThat(compounds.split("Hitzeschutz")).containsExactly("hitze", "schutz");
        assertThat(compounds.split("Datenplattform")).containsExactly("daten", "plattform");
    }

    @Test
    void stepsOverTheLinkingLettersOfGermanCompounds() {
        assertThat(compounds.split("Verkehrsplattform")).containsExactly("verkehr", "plattform");
        // The fewest parts: the list knows "Beteiligungsplattform" as a word of its own.
        assertThat(compounds.split("Bürgerbeteiligungsplattform")).containsExactly("burger", "beteiligungsplattform");
    }

    @Test
    void leavesShortAndUnknownWordsWhole() {
        assertThat(compounds.split("Schutz")).isEmpty();
        assertThat(compounds.split("Quokkabeobachtung")).isEmpty();
    }
}
