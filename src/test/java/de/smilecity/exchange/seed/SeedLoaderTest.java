package de.smilecity.exchange.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.PracticeNotFoundException;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.Transition;
import de.smilecity.exchange.contribute.WorkflowAction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The seed loader on broken and changed files: it names file, line and field, and loads nothing of them. */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class SeedLoaderTest {

    @Autowired
    SeedLoader loader;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    Entries practices;

    @Autowired
    ContributionService contributions;

    @TempDir
    Path seed;

    private String slug;

    @BeforeEach
    void copyTaxonomiesAndOrganisations() throws IOException {
        Files.createDirectories(seed.resolve("taxonomies"));
        Files.createDirectories(seed.resolve("practices"));
        try (var files = Files.list(Path.of("seed-content/taxonomies"))) {
            for (Path file : files.toList()) {
                Files.copy(file, seed.resolve("taxonomies").resolve(file.getFileName()));
            }
        }
        Files.copy(Path.of("seed-content/organisations.yaml"), seed.resolve("organisations.yaml"));
        slug = "seed-test-" + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void loadsAValidFileOnceAndNeverOverwritesLaterEdits() throws IOException {
        write(slug, valid(slug, "Erster Titel"));
        SeedReport first = loader.load(seed);
        assertThat(first.problems()).isEmpty();
        assertThat(catalogue.getPublished(slug).getTitle()).isEqualTo("Erster Titel");
        // Published as every entry is: through the workflow, with its steps recorded in the loader's name.
        assertThat(contributions.steps(catalogue.getPublished(slug)))
                .extracting(Transition::getAction, Transition::getActor, Transition::getToState)
                .containsExactly(
                        tuple(WorkflowAction.SUBMIT, SeedLoader.SEED_LOADER, PracticeState.IN_REVIEW),
                        tuple(WorkflowAction.APPROVE, SeedLoader.SEED_LOADER, PracticeState.PUBLISHED));

        var edited = catalogue.getForEdit(slug);
        edited.setTitle("Im Programm geändert");
        catalogue.save(edited);
        write(slug, valid(slug, "Zweiter Titel aus der Datei"));

        SeedReport second = loader.load(seed);
        assertThat(second.loaded()).isZero();
        assertThat(second.changedSinceLoaded()).containsExactly("practices/" + slug + ".md");
        assertThat(catalogue.getPublished(slug).getTitle()).isEqualTo("Im Programm geändert");
    }

    @Test
    void namesFileLineAndFieldOfAnUnknownField() throws IOException {
        write(slug, valid(slug, "Titel").replace("phase: OPERATION", "phase: OPERATION\nphasse: IDEA"));
        SeedException problem = onlyProblem(loader.load(seed));
        assertThat(problem.file().getFileName().toString()).isEqualTo(slug + ".md");
        assertThat(problem.field()).isEqualTo("phasse");
        assertThat(problem.line()).isEqualTo(lineOf(slug, "phasse:"));
        assertNothingLoaded();
    }

    @Test
    void namesTheFieldOfATooLongSummary() throws IOException {
        write(slug, valid(slug, "Titel").replace("summary: Kurz.", "summary: " + "x".repeat(400)));
        SeedException problem = onlyProblem(loader.load(seed));
        assertThat(problem.field()).isEqualTo("summary");
        assertThat(problem.line()).isEqualTo(lineOf(slug, "summary:"));
        assertThat(problem.getMessage()).contains(slug + ".md:" + problem.line());
        assertNothingLoaded();
    }

    @Test
    void namesAnUnknownTaxonomyCode() throws IOException {
        write(
                slug,
                valid(slug, "Titel").replace("innovationFields: [participation]", "innovationFields: [partizipation]"));
        SeedException problem = onlyProblem(loader.load(seed));
        assertThat(problem.field()).isEqualTo("innovationFields");
        assertThat(problem.getMessage()).contains("unknown innovation-field 'partizipation'");
        assertNothingLoaded();
    }

    @Test
    void reportsBrokenYamlWithItsLine() throws IOException {
        write(slug, valid(slug, "Titel").replace("language: de", "language: [de"));
        SeedException problem = onlyProblem(loader.load(seed));
        assertThat(problem.line()).isGreaterThanOrEqualTo(lineOf(slug, "language:"));
        assertNothingLoaded();
    }

    @Test
    void refusesASlugThatDiffersFromTheFileName() throws IOException {
        write(slug, valid(slug + "-other", "Titel"));
        SeedException problem = onlyProblem(loader.load(seed));
        assertThat(problem.field()).isEqualTo("slug");
        assertNothingLoaded();
    }

    @Test
    void loadsTheGoodFilesBesideABrokenOne() throws IOException {
        write(slug, valid(slug, "Gut"));
        write(slug + "-broken", valid(slug + "-broken", "Kaputt").replace("phase: OPERATION", "phase: SOMETIMES"));
        SeedReport report = loader.load(seed);
        assertThat(report.problems()).hasSize(1);
        assertThat(report.problems().getFirst().field()).isEqualTo("phase");
        assertThat(catalogue.getPublished(slug).getTitle()).isEqualTo("Gut");
        Assertions.assertThatThrownBy(() -> catalogue.getPublished(slug + "-broken"))
                .isInstanceOf(PracticeNotFoundException.class);
    }

    private SeedException onlyProblem(SeedReport report) {
        assertThat(report.problems()).hasSize(1);
        return report.problems().getFirst();
    }

    private void assertNothingLoaded() {
        assertThat(practices.slugTaken(slug)).isFalse();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(seed.resolve("practices").resolve(name + ".md"), content);
    }

    private int lineOf(String name, String marker) throws IOException {
        var lines = Files.readAllLines(seed.resolve("practices").resolve(name + ".md"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(marker)) return i + 1;
        }
        throw new AssertionError(marker + " not in the file");
    }

    private static String valid(String slug, String title) {
        return """
                ---
                slug: %s
                kind: PRACTICE
                title: %s
                summary: Kurz.
                language: de
                organisation: rostock
                innovationFields: [participation]
                phase: OPERATION
                sources: [https://example.org/quelle]
                checkedOn: 2026-11-20
                ---
                Beschreibung.
                """.formatted(slug, title);
    }
}
