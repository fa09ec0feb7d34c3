package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.Transition;
import de.smilecity.exchange.contribute.WorkflowAction;
import de.smilecity.exchange.shared.ConflictException;
import de.smilecity.exchange.testsupport.Acting;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Accepting a crawl candidate publishes like every other publication: through the workflow, with
 * the steps recorded, and for a published entry through a new version, so that no new version
 * started before can later undo what the import brought, nor the import what a new version holds.
 */
@SpringBootTest(properties = "smile.crawl.schedule-tick=-")
@ActiveProfiles({"demo", "test"})
@Tag("hostile")
class CandidateAcceptTest {

    @Autowired
    CandidateService candidates;

    @Autowired
    ImportCandidateRepository candidateRepository;

    @Autowired
    PartnerSourceService sources;

    @Autowired
    CrawlRunRepository runs;

    @Autowired
    ContributionService contributions;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    Entries practices;

    @Autowired
    ApplicationContext spring;

    long candidate(long sourceId, String url, String title, String description) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long runId = runs.save(new CrawlRun(sourceId, "editor", now, TestCandidates.NODE))
                .id();
        ImportCandidate c = new ImportCandidate(
                runId,
                sourceId,
                url,
                now,
                UUID.randomUUID().toString().replace("-", "").repeat(2));
        c.setTitle(title);
        c.setSummary("Vom Partner übernommen.");
        c.setDescription(description);
        c.setInnovationFields(List.of("administration"));
        return candidateRepository.save(c).id();
    }

    @Test
    void acceptingPublishesThroughTheWorkflowAndNeverUndoesANewVersion() {
        Acting acting = new Acting(spring);
        PartnerSource source = new PartnerSource();
        source.setName("Quelle " + System.nanoTime());
        source.setStartUrls(List.of("https://partner.example/"));
        long sourceId = sources.save(source).getId();
        String url = "https://partner.example/" + UUID.randomUUID();
        String title = "Import " + UUID.randomUUID().toString().substring(0, 8);

        // A new entry: submitted and approved in the editor's name, both steps recorded.
        Practice entry = acting.as(
                "editor",
                () -> candidates.accept(candidate(sourceId, url, title, "Erste Fassung."), CandidateEdit.NONE, null));
        assertThat(entry.isPublished()).isTrue();
        long id = Objects.requireNonNull(entry.getId());
        assertThat(steps(acting, entry))
                .extracting(Transition::getAction)
                .containsExactly(WorkflowAction.SUBMIT, WorkflowAction.APPROVE);
        assertThat(steps(acting, entry).getLast().getActor()).isEqualTo("editor");

        // A change from the partner site goes through a new version that is approved at once.
        long update = candidate(sourceId, url, title, "Zweite Fassung vom Partner.");
        Practice updated = acting.as("editor", () -> candidates.accept(update, CandidateEdit.NONE, null));
        assertThat(updated.getId()).isEqualTo(id);
        assertThat(catalogue.getPublished(entry.getSlug()).getDescription()).isEqualTo("Zweite Fassung vom Partner.");
        assertThat(catalogue.getPublished(entry.getSlug()).getProvenance().getSourceUrl())
                .isEqualTo(url);
        assertThat(steps(acting, entry)).hasSize(4);
        assertThat(steps(acting, entry).getLast().getComment()).contains("Import candidate " + update);
        assertThat(practices.newVersionOf(practices.find(id).orElseThrow())).isEmpty();

        // While the partner city works on a new version, the import waits instead of changing the
        // published entry under it, which approving the new version would silently undo.
        Practice mine = acting.as("editor", () -> {
            Practice copy = contributions.editable(entry.getSlug());
            copy.setDescription("Neue Fassung aus der Redaktion.");
            return contributions.saveAndSubmit(copy);
        });
        long third = candidate(sourceId, url, title, "Dritte Fassung vom Partner.");
        assertThatThrownBy(() -> acting.as("editor", () -> candidates.accept(third, CandidateEdit.NONE, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("new version in progress");
        assertThat(catalogue.getPublished(entry.getSlug()).getDescription()).isEqualTo("Zweite Fassung vom Partner.");
        assertThat(candidates.get(third).getState()).isEqualTo(CandidateState.PENDING);

        acting.run("editor", () -> contributions.transition(mine.getId(), WorkflowAction.APPROVE, null));
        assertThat(catalogue.getPublished(entry.getSlug()).getDescription())
                .isEqualTo("Neue Fassung aus der Redaktion.");

        // Once decided, the import can be taken; it goes through a new version of its own.
        // The description was edited in the app since the last import: taken only when asked for.
        acting.run("editor", () -> candidates.accept(third, CandidateEdit.NONE, java.util.Set.of("description")));
        assertThat(catalogue.getPublished(entry.getSlug()).getDescription()).isEqualTo("Dritte Fassung vom Partner.");
    }

    private List<Transition> steps(Acting acting, Practice entry) {
        return acting.as("editor", () -> contributions.steps(entry));
    }
}
