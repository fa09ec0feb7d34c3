package de.smilecity.exchange.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * How complete an entry is, in percent of the things a reader hopes to find. Derived, never stored;
 * editors use it to see which entries need work.
 */
public final class Completeness {

    /** Every text section, then the other parts of an entry. */
    private static final List<Predicate<Practice>> FILLED = Stream.concat(
                    Arrays.stream(TextSection.values()).map(Completeness::filled),
                    Stream.<Predicate<Practice>>of(
                            p -> !p.getConcepts(ConceptScheme.SMILE_PILLAR).isEmpty(),
                            p -> !p.getConcepts(ConceptScheme.SDG).isEmpty(),
                            p -> !p.getConcepts(ConceptScheme.TARGET_GROUP).isEmpty(),
                            p -> !p.getKeywords().isEmpty(),
                            p -> p.getStartYear() != null,
                            p -> !p.getContacts().isEmpty(),
                            p -> !p.getIndicators().isEmpty(),
                            p -> !p.getLinks().isEmpty(),
                            p -> !p.getCosts().isEmpty(),
                            p -> !p.getProcessSteps().isEmpty()))
            .toList();

    private Completeness() {}

    public static int percent(Practice practice) {
        long filled = FILLED.stream().filter(test -> test.test(practice)).count();
        return (int) Math.round(100.0 * filled / FILLED.size());
    }

    private static Predicate<Practice> filled(TextSection section) {
        return p -> !section.of(p).isBlank();
    }
}
