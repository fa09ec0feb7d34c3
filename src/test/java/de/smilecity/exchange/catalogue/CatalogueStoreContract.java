package de.smilecity.exchange.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smilecity.exchange.seed.SeedLoader;
import de.smilecity.exchange.seed.SeedReport;
import de.smilecity.exchange.testsupport.TestPractices;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What must hold for the catalogue's storage on every database we support. Run twice: on H2
 * ({@link CatalogueStoreH2Test}) and on MariaDB ({@link CatalogueStoreMariaDbTest}).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
abstract class CatalogueStoreContract {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    PracticeRepository practices;

    @Autowired
    SeedLoader seeds;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void seedContentFillsTheCatalogue() {
        long published = catalogue.countPublished(PracticeFilter.NONE);
        assertThat(published).isGreaterThanOrEqualTo(40);
        List<PracticeSummary> all = catalogue
                .findPublished(PracticeFilter.NONE, PageRequest.of(0, 500))
                .getContent();
        assertThat(all.stream()
                        .map(PracticeSummary::organisationSlug)
                        .distinct()
                        .count())
                .isGreaterThanOrEqualTo(15);
        assertThat(catalogue.countPublishedByInnovationField().values()).allMatch(count -> count > 0);
        assertThat(all).extracting(PracticeSummary::phase).contains(Phase.values());
        assertThat(all).filteredOn(p -> p.kind() == PracticeKind.TEMPLATE).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void loadingTheSeedAgainLoadsNothing() {
        long before = practices.count();
        SeedReport again = seeds.load(Path.of("seed-content"));
        assertThat(again.loaded()).isZero();
        assertThat(again.problems()).isEmpty();
        assertThat(practices.count()).isEqualTo(before);
    }

    @Test
    void filtersCombineOrWithinAndAcrossFilters() {
        List<PracticeSummary> all = catalogue
                .findPublished(PracticeFilter.NONE, PageRequest.of(0, 500))
                .getContent();
        PracticeFilter filter = new PracticeFilter(
                List.of("participation", "mobility"), List.of(), List.of(Phase.OPERATION, Phase.SCALED), List.of(), "");
        Set<String> expected = all.stream()
                .filter(p -> p.innovationFields().stream()
                        .anyMatch(c -> Set.of("participation", "mobility").contains(c.getCode())))
                .filter(p -> p.phase() == Phase.OPERATION || p.phase() == Phase.SCALED)
                .map(PracticeSummary::slug)
                .collect(Collectors.toSet());
        List<PracticeSummary> found = catalogue
                .findPublished(filter, PageRequest.of(0, 500, Sort.by("title")))
                .getContent();
        assertThat(expected).isNotEmpty();
        assertThat(found).extracting(PracticeSummary::slug).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(catalogue.countPublished(filter)).isEqualTo(expected.size());
    }

    @Test
    void filtersByStateOrganisationAndText() {
        PracticeFilter rostock = new PracticeFilter(
                List.of(), List.of("Mecklenburg-Vorpommern"), List.of(), List.of("rostock"), "Lastenrad");
        assertThat(catalogue.findPublished(rostock, PageRequest.of(0, 10)).getContent())
                .extracting(PracticeSummary::slug)
                .contains("rostock-lastenrad-tour-stadtteile")
                .allMatch(slug -> slug.startsWith("rostock"));
    }

    @Test
    void storesAndReloadsEveryFieldIncludingUnicode() {
        Practice saved = catalogue.save(TestPractices.rostockBeteiligungsplattform(catalogue, "roundtrip-" + suffix()));
        Practice loaded = catalogue.getPublished(saved.getSlug());
        assertThat(loaded.getTitle()).isEqualTo("Bürgerbeteiligung 🚲 im Quartier – Test");
        assertThat(loaded.getDescription()).contains("äöüß", "🚲");
        assertThat(loaded.getConcepts()).hasSize(4);
        assertThat(loaded.getProcessSteps())
                .extracting(ProcessStep::getTitle)
                .containsExactly("Ziele klären", "Starten");
        assertThat(loaded.getContacts()).hasSize(2);
        assertThat(loaded.getContacts().get(1).isPublicContact()).isFalse();
        assertThat(loaded.getIndicators().getFirst().getValue()).isEqualByComparingTo("812");
        assertThat(loaded.getCosts().getAmount()).isEqualByComparingTo("125000.50");
        assertThat(loaded.getLinks().getFirst().getType()).isEqualTo(LinkType.WEBSITE);
        assertThat(loaded.getPublishedAt()).isNotNull();
        assertThat(loaded.getKeywords()).containsExactly("Beteiligung", "Quartier");
    }

    @Test
    void keepsEveryVersionWithWhoChangedIt() {
        Practice saved = catalogue.save(TestPractices.rostockBeteiligungsplattform(catalogue, "history-" + suffix()));
        Practice edit = catalogue.getForEdit(saved.getSlug());
        edit.setTitle("Neuer Titel");
        catalogue.save(edit);
        transactions.executeWithoutResult(tx -> {
            AuditReader audit = AuditReaderFactory.get(entityManagerFactory.createEntityManager());
            List<Number> revisions = audit.getRevisions(Practice.class, saved.getId());
            assertThat(revisions).hasSize(2);
            Practice first = audit.find(Practice.class, saved.getId(), revisions.getFirst());
            assertThat(first.getTitle()).isEqualTo("Bürgerbeteiligung 🚲 im Quartier – Test");
            CatalogueRevision revision = audit.findRevision(CatalogueRevision.class, revisions.getLast());
            assertThat(revision.getUsername()).isEqualTo("system");
        });
    }

    @Test
    void refusesASecondEntryWithTheSameSlug() {
        String slug = "duplicate-" + suffix();
        catalogue.save(TestPractices.rostockBeteiligungsplattform(catalogue, slug));
        assertThatThrownBy(() -> catalogue.save(TestPractices.rostockBeteiligungsplattform(catalogue, slug)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void givesNewEntriesUniqueSlugsFromTheirTitles() {
        Practice first = TestPractices.rostockBeteiligungsplattform(catalogue, "");
        first.setTitle("Gleicher Titel " + suffix());
        Practice second = TestPractices.rostockBeteiligungsplattform(catalogue, "");
        second.setTitle(first.getTitle());
        String a = catalogue.save(first).getSlug();
        String b = catalogue.save(second).getSlug();
        assertThat(b).isEqualTo(a + "-2");
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }
}
