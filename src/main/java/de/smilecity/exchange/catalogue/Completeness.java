package de.smilecity.exchange.catalogue;

import java.util.List;
import java.util.function.Predicate;

/**
 * How complete an entry is, in percent of the things a reader hopes to find. Derived, never stored;
 * editors use it to see which entries need work.
 */
public final class Completeness {

    private static final List<Predicate<Practice>> FILLED = List.of(
            p -> !p.getDescription().isBlank(),
            p -> !p.getChallenge().isBlank(),
            p -> !p.getApproach().isBlank(),
            p -> !p.getResults().isBlank(),
            p -> !p.getLessonsLearned().isBlank(),
            p -> !p.getPrerequisites().isBlank(),
            p -> !p.getParticipation().isBlank(),
            p -> !p.getConcepts(ConceptScheme.SMILE_PILLAR).isEmpty(),
            p -> !p.getConcepts(ConceptScheme.SDG).isEmpty(),
            p -> !p.getConcepts(ConceptScheme.TARGET_GROUP).isEmpty(),
            p -> !p.getKeywords().isEmpty(),
            p -> p.getStartYear() != null,
            p -> !p.getContacts().isEmpty(),
            p -> !p.getIndicators().isEmpty(),
            p -> !p.getLinks().isEmpty(),
            p -> !p.getCosts().isEmpty(),
            p -> !p.getProcessSteps().isEmpty());

    private Completeness() {}

    public static int percent(Practice practice) {
        long filled = FILLED.stream().filter(test -> test.test(practice)).count();
        return (int) Math.round(100.0 * filled / FILLED.size());
    }
}
