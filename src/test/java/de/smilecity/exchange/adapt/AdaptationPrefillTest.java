package de.smilecity.exchange.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.OrganisationKind;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeKind;
import org.junit.jupiter.api.Test;

/** Which texts an adaptation starts from: how the original was done, not what it achieved. */
class AdaptationPrefillTest {

    @Test
    void takesOverHowItWasDoneAndLeavesResultsAndLessonsToTheAdaptingCity() {
        Practice original = new Practice();
        original.setOrganisation(new Organisation("rostock", "Rostock", OrganisationKind.CITY, "DE"));
        original.setTitle("Bürgerhaushalt");
        original.setDescription("Beschreibung");
        original.setChallenge("Herausforderung");
        original.setApproach("Ansatz");
        original.setResults("Ergebnisse in Rostock");
        original.setLessonsLearned("Erfahrungen in Rostock");
        original.setPrerequisites("Voraussetzungen");
        original.setParticipation("Beteiligung");
        Practice draft = new Practice();
        draft.setOrganisation(new Organisation("kiel", "Kiel", OrganisationKind.CITY, "DE"));

        AdaptationService.prefill(original, draft);

        assertThat(draft.getKind()).isEqualTo(PracticeKind.ADAPTATION);
        assertThat(draft.getDescription()).isEqualTo("Beschreibung");
        assertThat(draft.getChallenge()).isEqualTo("Herausforderung");
        assertThat(draft.getApproach()).isEqualTo("Ansatz");
        assertThat(draft.getPrerequisites()).isEqualTo("Voraussetzungen");
        assertThat(draft.getParticipation()).isEqualTo("Beteiligung");
        assertThat(draft.getResults()).isEmpty();
        assertThat(draft.getLessonsLearned()).isEmpty();
    }
}
