package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Link;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.testsupport.Acting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * One record per project: a newsletter that repeats a project page, and another network's copy of
 * it, are recognised by their text and shown as such; they become one entry only by the editor's
 * choice, never silently.
 */
@SpringBootTest(properties = "smile.crawl.schedule-tick=-")
@ActiveProfiles({"demo", "test"})
class NearDuplicatesTest {

    @Autowired
    PartnerSourceService sources;

    @Autowired
    CrawlService crawls;

    @Autowired
    CandidateService candidates;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    ApplicationContext spring;

    @Test
    void copiesAreShownWithTheirSimilarityAndMergedOnlyByChoice() {
        Acting editor = new Acting(spring);
        try (FixtureServer server = FixtureServer.serving("copies-site")) {
            CrawlRun run = editor.as(
                    "editor", () -> Fixtures.runToEnd(crawls, sources.save(Fixtures.source("copies-site", server))));
            List<ImportCandidate> found = candidates.ofRun(run.id());
            assertThat(found).hasSize(3);
            ImportCandidate project = at(found, "/projekte/lastenrad-verleih.html");
            ImportCandidate newsletter = at(found, "/newsletter/maerz-2026.html");
            ImportCandidate otherProject = at(found, "/projekte/baumpaten.html");

            // Whichever of the pair came second names the first; the distinct project names nothing.
            ImportCandidate copy = newsletter.getResemblance().isPresent() ? newsletter : project;
            ImportCandidate first = copy == newsletter ? project : newsletter;
            assertThat(copy.getResemblance()).hasValueSatisfying(r -> {
                assertThat(r.kind()).isEqualTo(Resemblance.Kind.CANDIDATE);
                assertThat(r.id()).isEqualTo(first.getId());
                assertThat(r.similarity()).isGreaterThanOrEqualTo(Resemblance.THRESHOLD);
            });
            assertThat(first.getResemblance()).isEmpty();
            assertThat(otherProject.getResemblance()).isEmpty();
            assertThat(candidates.diff(copy.id())).isNotEmpty();

            // Nothing is merged silently: accepting without a choice is refused and changes nothing.
            assertThatThrownBy(() -> editor.as("editor", () -> candidates.accept(copy.id(), CandidateEdit.NONE, null)))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("resembles candidate " + first.getId());
            assertThat(candidates.get(copy.id()).getState()).isEqualTo(CandidateState.PENDING);

            // Merged: the copy is set aside, the other candidate keeps its page as a further source.
            ImportCandidate stays = editor.as("editor", () -> candidates.mergeIntoResembled(copy.id()));
            assertThat(stays.getId()).isEqualTo(first.getId());
            assertThat(stays.getAlsoAt()).containsExactly(copy.getSourceUrl());
            assertThat(candidates.get(copy.id()).getState()).isEqualTo(CandidateState.REJECTED);
            CandidateEdit mobility = new CandidateEdit(
                    null, null, null, null, null, null, null, null, null, List.of("mobility"), null, null);
            Practice entry = editor.as("editor", () -> candidates.accept(first.id(), mobility, null));
            assertThat(catalogue.getPublished(entry.getSlug()).getLinks())
                    .extracting(Link::getUrl)
                    .contains(first.getSourceUrl(), copy.getSourceUrl());

            // Another network copied the project: its candidate names the published entry.
            PartnerSource network = Fixtures.source("copies-site", server);
            network.setStartUrls(List.of(server.url("/partner2/lastenraeder-hafenstadt.html")));
            network.setInclude(List.of("^/partner2/"));
            CrawlRun second = editor.as("editor", () -> Fixtures.runToEnd(crawls, sources.save(network)));
            ImportCandidate foreign = candidates.ofRun(second.id()).getFirst();
            assertThat(candidates.resemblance(foreign)).hasValueSatisfying(r -> {
                assertThat(r.kind()).isEqualTo(Resemblance.Kind.ENTRY);
                assertThat(r.id()).isEqualTo(entry.getId());
            });
            assertThat(candidates.diff(foreign.id()))
                    .extracting(FieldChange::field)
                    .contains("title");
            // Merged into the entry: it keeps its texts and gains the network's page as a source.
            Practice merged = editor.as(
                    "editor", () -> candidates.accept(foreign.id(), CandidateEdit.NONE, null, DuplicateChoice.MERGE));
            assertThat(merged.getId()).isEqualTo(entry.getId());
            Practice published = catalogue.getPublished(entry.getSlug());
            assertThat(published.getTitle()).isEqualTo(entry.getTitle());
            assertThat(published.getLinks()).extracting(Link::getUrl).contains(foreign.getSourceUrl());
        }
    }

    @Test
    void aRewordedCopyUnderTheSameHeadlineIsShownAsACopyAndAnotherProjectIsNot() {
        Acting editor = new Acting(spring);
        try (FixtureServer server = FixtureServer.serving("copies-site")) {
            PartnerSource site = Fixtures.source("copies-site", server);
            site.setStartUrls(List.of(server.url("/retitled/projekt.html")));
            site.setInclude(List.of("^/retitled/"));
            CrawlRun run = editor.as("editor", () -> Fixtures.runToEnd(crawls, sources.save(site)));
            List<ImportCandidate> found = candidates.ofRun(run.id());
            ImportCandidate project = at(found, "/retitled/projekt.html");
            ImportCandidate summary = at(found, "/retitled/kurzfassung.html");
            ImportCandidate other = at(found, "/retitled/anderes.html");

            ImportCandidate copy = summary.getResemblance().isPresent() ? summary : project;
            ImportCandidate first = copy == summary ? project : summary;
            assertThat(copy.getResemblance()).hasValueSatisfying(r -> {
                assertThat(r.id()).isEqualTo(first.getId());
                assertThat(r.shared()).containsExactly(NearDuplicates.SAME_TITLE);
            });
            assertThat(other.getResemblance()).isEmpty();
        }
    }

    @Test
    void aRetellingUnderAnotherHeadlineWithTheSameCostsIsACopyAndATeaserThatLinksThereIsNot() {
        Acting editor = new Acting(spring);
        try (FixtureServer server = FixtureServer.serving("copies-site")) {
            PartnerSource site = Fixtures.source("copies-site", server);
            site.setStartUrls(List.of(server.url("/retold/projekt.html")));
            site.setInclude(List.of("^/retold/"));
            CrawlRun run = editor.as("editor", () -> Fixtures.runToEnd(crawls, sources.save(site)));
            List<ImportCandidate> found = candidates.ofRun(run.id());
            ImportCandidate project = at(found, "/retold/projekt.html");
            ImportCandidate gazette = at(found, "/retold/amtsblatt.html");
            ImportCandidate teaser = at(found, "/retold/monat.html");

            ImportCandidate copy = gazette.getResemblance().isPresent() ? gazette : project;
            ImportCandidate first = copy == gazette ? project : gazette;
            assertThat(copy.getResemblance()).hasValueSatisfying(r -> {
                assertThat(r.id()).isEqualTo(first.getId());
                assertThat(r.shared()).containsExactly("costs:1730000", "birkenau");
            });
            assertThat(teaser.getResemblance()).isEmpty();
            assertThat(project.getResemblance().map(Resemblance::id))
                    .isNotEqualTo(java.util.Optional.of(teaser.getId()));
        }
    }

    @Test
    void aProjectPageThatLinksToAShorterRetellingOfItselfNamesItsCopy() {
        Acting editor = new Acting(spring);
        try (FixtureServer server = FixtureServer.serving("copies-site")) {
            PartnerSource site = Fixtures.source("copies-site", server);
            site.setStartUrls(List.of(server.url("/linked-copy/projekt.html")));
            site.setInclude(List.of("^/linked-copy/"));
            CrawlRun run = editor.as("editor", () -> Fixtures.runToEnd(crawls, sources.save(site)));
            List<ImportCandidate> found = candidates.ofRun(run.id());
            ImportCandidate project = at(found, "/linked-copy/projekt.html");
            ImportCandidate entry = at(found, "/linked-copy/eintrag.html");

            ImportCandidate copy = entry.getResemblance().isPresent() ? entry : project;
            ImportCandidate first = copy == entry ? project : entry;
            assertThat(copy.getResemblance()).hasValueSatisfying(r -> {
                assertThat(r.id()).isEqualTo(first.getId());
                assertThat(r.shared()).containsExactly("costs:212400", "lindhagen");
            });
        }
    }

    private static ImportCandidate at(List<ImportCandidate> candidates, String path) {
        return candidates.stream()
                .filter(c -> c.getSourceUrl().endsWith(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No candidate for " + path + " among "
                        + candidates.stream().map(ImportCandidate::getSourceUrl).toList()));
    }
}
