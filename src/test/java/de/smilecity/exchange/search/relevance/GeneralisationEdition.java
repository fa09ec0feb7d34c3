package de.smilecity.exchange.search.relevance;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * Which generalisation set a run of {@link SearchGeneralisation} or {@link GeneralisationPool}
 * measures, chosen with {@code -Dgeneralisation.set=first|second} (first when not given). The first
 * set searches the seed content plus the demo partner site; the second adds a second partner
 * network's entries, which only a run of the second set loads, so the first set's catalogue stays
 * as it was.
 */
enum GeneralisationEdition {
    FIRST(
            GeneralisationSet.FOLDER,
            "search-generalisation.md",
            "generalisation-pool.yaml",
            "generalisation-entries.md",
            "seed content and the demo partner site's imports",
            null),
    /**
     * Its floor guards against a search that gets clearly worse on text nobody tuned for; it sits
     * far under the measured value on purpose, so that it is never a target.
     */
    SECOND(
            GeneralisationSet.SECOND_FOLDER,
            "search-generalisation-2.md",
            "generalisation-2-pool.yaml",
            "generalisation-2-entries.md",
            "seed content, the demo partner site's imports and the second partner network's entries",
            0.70);

    static final String PROPERTY = "generalisation.set";

    final String folder;
    final Path report;
    final Path pool;
    final Path entries;
    final String catalogue;
    final @Nullable Double floor;

    GeneralisationEdition(
            String folder, String report, String pool, String entries, String catalogue, @Nullable Double floor) {
        this.folder = folder;
        this.report = Path.of("target", "bench", report);
        this.pool = Path.of("target", "bench", pool);
        this.entries = Path.of("target", "bench", entries);
        this.catalogue = catalogue;
        this.floor = floor;
    }

    static GeneralisationEdition chosen() {
        String name = System.getProperty(PROPERTY, "first").strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        PROPERTY + " must be first or second, was '" + System.getProperty(PROPERTY) + "'"));
    }

    List<GeneralisationSet.Question> questions() {
        return GeneralisationSet.questions(folder);
    }

    Map<String, Map<String, Integer>> grades() {
        return GeneralisationSet.grades(folder);
    }

    /** Adds what this set's catalogue has beyond the seed content and the demo partner site. */
    void prepare(ApplicationContext spring) {
        if (this == SECOND) SecondPartnerImport.intoCatalogue(spring);
    }
}
