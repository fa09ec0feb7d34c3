package de.smilecity.exchange.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.PracticeNotFoundException;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.WorkflowAction;
import de.smilecity.exchange.search.Facet;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.search.SearchSort;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.ConflictException;
import de.smilecity.exchange.testsupport.Acting;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Adaptation on every database we support: adapting, the lineage it builds once published, the
 * search filter and sort over it, project plans and comparison. Run on H2
 * ({@link AdaptationH2Test}) and MariaDB ({@link AdaptationMariaDbTest}).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
abstract class AdaptationContract {

    static final String PARTNER = "partner";
    static final String EDITOR = "editor";
    /** Rostock's template for a heat action plan: published, with steps, of another city than the partner's Kiel. */
    static final String ORIGINAL = "vorlage-hitzeaktionsplan-aufstellen";

    static final String TEMPLATE = "vorlage-beteiligungsplattform-einfuehren";

    @Autowired
    AdaptationService adaptations;

    @Autowired
    LineageService lineages;

    @Autowired
    PlanService plans;

    @Autowired
    ComparisonService comparisons;

    @Autowired
    ContributionService contributions;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    SearchService search;

    @Autowired
    ApplicationContext spring;

    Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(spring);
        acting.ensureOtherContributor(
                Objects.requireNonNull(catalogue.getOrganisation("ulm").getId()));
    }

    @Test
    void theDraftIsThePartnersPrefilledAndLinked() {
        Practice original = catalogue.getPublished(ORIGINAL);
        Practice draft = acting.as(PARTNER, () -> adaptations.adapt(ORIGINAL, null));

        assertThat(draft.getKind()).isEqualTo(PracticeKind.ADAPTATION);
        assertThat(draft.getState()).isEqualTo(PracticeState.DRAFT);
        assertThat(draft.owner().getSlug()).isEqualTo("kiel");
        assertThat(Objects.requireNonNull(draft.getAdaptedFrom()).getId()).isEqualTo(original.getId());
        assertThat(draft.getTitle())
                .startsWith(original.getTitle().substring(0, 20))
                .endsWith("(Landeshauptstadt Kiel)");
        assertThat(draft.getSummary()).isEqualTo(original.getSummary());
        assertThat(draft.getApproach()).isEqualTo(original.getApproach());
        assertThat(draft.getPrerequisites()).isEqualTo(original.getPrerequisites());
        assertThat(original.getProcessSteps()).isNotEmpty();
        assertThat(draft.getProcessSteps())
                .extracting(s -> s.getTitle())
                .containsExactlyElementsOf(original.getProcessSteps().stream()
                        .map(s -> s.getTitle())
                        .toList());
        assertThat(draft.getIndicators())
                .extracting(i -> i.getName())
                .containsExactlyElementsOf(
                        original.getIndicators().stream().map(i -> i.getName()).toList());
        assertThat(draft.getIndicators())
                .allSatisfy(i -> assertThat(i.getValue()).isNull());
        assertThat(draft.getContacts()).isEmpty();
        assertThat(draft.getPhase()).isEqualTo(Phase.IDEA);
        // Not public until it has gone through review.
        assertThat(catalogue.findPublished(draft.getSlug())).isEmpty();
    }

    @Test
    void anAdaptationCannotBeSubmittedWithoutSayingWhatChanged() {
        Practice draft = acting.as(PARTNER, () -> adaptations.adapt(ORIGINAL, null));
        assertThatThrownBy(() ->
                        acting.as(PARTNER, () -> contributions.saveAndSubmit(contributions.editable(draft.getSlug()))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("adaptationChanges.scope");
        assertThat(acting.as(PARTNER, () -> contributions.get(draft.getId())).getState())
                .isEqualTo(PracticeState.DRAFT);
    }

    @Test
    void onceApprovedTheOriginalCountsOneMoreAdaptationAndIsFoundAsAdapted() {
        Practice original = catalogue.getPublished(ORIGINAL);
        long originalId = Objects.requireNonNull(original.getId());
        int before = lineages.of(originalId).adoptionCount();
        assertThat(lineages.of(originalId).adopters())
                .noneMatch(a -> a.organisationSlug().equals("kiel"));

        Practice adaptation = publishedAdaptationByKiel();
        try {
            Lineage lineage = lineages.of(originalId);
            assertThat(lineage.adoptionCount()).isEqualTo(before + 1);
            assertThat(lineage.adopters()).anySatisfy(a -> {
                assertThat(a.organisationSlug()).isEqualTo("kiel");
                assertThat(a.state()).isEqualTo("Schleswig-Holstein");
                assertThat(a.practiceSlug()).isEqualTo(adaptation.getSlug());
            });
            assertThat(lineage.root().children())
                    .anySatisfy(node -> assertThat(node.slug()).isEqualTo(adaptation.getSlug()));
            Lineage ofAdaptation = lineages.of(Objects.requireNonNull(adaptation.getId()));
            assertThat(Objects.requireNonNull(ofAdaptation.adaptedFrom()).slug())
                    .isEqualTo(ORIGINAL);
            assertThat(ofAdaptation.root().slug()).isEqualTo(ORIGINAL);
            assertThat(ofAdaptation.root().children())
                    .anySatisfy(n -> assertThat(n.current()).isTrue());

            var adapted = search.search(new SearchRequest(
                    "", Map.of(Facet.ADAPTED, List.of("true")), SearchSort.ADAPTATIONS, 0, 100, null));
            assertThat(adapted.hits()).anySatisfy(hit -> {
                assertThat(hit.slug()).isEqualTo(ORIGINAL);
                assertThat(hit.adaptationCount()).isGreaterThanOrEqualTo(1);
            });
            assertThat(adapted.hits())
                    .allSatisfy(hit -> assertThat(hit.adaptationCount()).isPositive());
            assertThat(adapted.hits())
                    .extracting(hit -> hit.adaptationCount())
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        } finally {
            // Leave the shared catalogue as the other tests expect it.
            acting.run(EDITOR, () -> contributions.transition(adaptation.getId(), WorkflowAction.ARCHIVE, null));
        }
        assertThat(lineages.of(originalId).adoptionCount()).isEqualTo(before);
    }

    Practice publishedAdaptationByKiel() {
        Practice draft = acting.as(PARTNER, () -> adaptations.adapt(ORIGINAL, null));
        acting.run(PARTNER, () -> {
            Practice editable = contributions.editable(draft.getSlug());
            editable.getAdaptationChanges().setScope("Zuerst nur für die Innenstadt und zwei Pflegeheime.");
            editable.getAdaptationChanges().setBudget("Aus dem Klimaschutzbudget statt aus Fördermitteln.");
            contributions.saveAndSubmit(editable);
        });
        return acting.as(EDITOR, () -> contributions.transition(draft.getId(), WorkflowAction.APPROVE, null));
    }

    @Test
    void whoMayAdaptForWhom() {
        assertThatThrownBy(() -> acting.as(null, () -> adaptations.adapt(ORIGINAL, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as(PARTNER, () -> adaptations.adapt(ORIGINAL, "ulm")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> acting.as(PARTNER, () -> adaptations.adapt("kiel-landstrom-hafen", null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("own entry");
        assertThatThrownBy(() -> acting.as(EDITOR, () -> adaptations.adapt(ORIGINAL, null)))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("organisation");
        assertThatThrownBy(() -> acting.as(PARTNER, () -> adaptations.adapt("no-such-practice", null)))
                .isInstanceOf(PracticeNotFoundException.class);
        Practice forJena = acting.as(EDITOR, () -> adaptations.adapt(ORIGINAL, "jena"));
        assertThat(forJena.owner().getSlug()).isEqualTo("jena");
    }

    @Test
    void aPlanHoldsTheTemplatesStepsAndOnlyItsOrganisationSeesIt() {
        Practice template = catalogue.getPublished(TEMPLATE);
        ProjectPlan plan = acting.as(PARTNER, () -> plans.start(TEMPLATE));
        assertThat(plan.getOrganisation().getSlug()).isEqualTo("kiel");
        assertThat(plan.getSteps())
                .extracting(PlanStep::getTitle)
                .containsExactlyElementsOf(template.getProcessSteps().stream()
                        .map(s -> s.getTitle())
                        .toList());
        assertThat(plan.percentDone()).isZero();

        ProjectPlan ticked = acting.as(
                PARTNER,
                () -> plans.updateStep(
                        plan.getId(),
                        plan.getVersion(),
                        1,
                        true,
                        java.time.LocalDate.of(2027, 3, 1),
                        "Mit dem Rechtsamt klären"));
        assertThat(ticked.doneCount()).isEqualTo(1);
        assertThat(ticked.getSteps().get(1).getDoneBy()).isEqualTo(PARTNER);
        assertThat(ticked.getSteps().get(1).getDueOn()).isEqualTo(java.time.LocalDate.of(2027, 3, 1));
        ProjectPlan reread = acting.as(PARTNER, () -> plans.get(plan.getId()));
        assertThat(reread.getSteps().get(1).getNote()).isEqualTo("Mit dem Rechtsamt klären");
        assertThat(acting.as(PARTNER, () -> plans.mine()))
                .extracting(ProjectPlan::getId)
                .contains(plan.getId());

        // A stale screen does not overwrite a newer change.
        assertThatThrownBy(() ->
                        acting.as(PARTNER, () -> plans.updateStep(plan.getId(), plan.getVersion(), 0, true, null, "")))
                .isInstanceOf(ConflictException.class);
        // Another city's contributor does not even learn that the plan exists; visitors neither.
        assertThatThrownBy(() -> acting.as(Acting.OTHER_CONTRIBUTOR, () -> plans.get(plan.getId())))
                .isInstanceOf(PlanNotFoundException.class);
        assertThat(acting.as(Acting.OTHER_CONTRIBUTOR, () -> plans.mine()))
                .extracting(ProjectPlan::getId)
                .doesNotContain(plan.getId());
        assertThatThrownBy(() -> acting.as(null, () -> plans.get(plan.getId())))
                .isInstanceOf(AccessDeniedException.class);
        // Editors without an organisation have no team to plan for.
        assertThatThrownBy(() -> acting.as(EDITOR, () -> plans.start(TEMPLATE)))
                .isInstanceOf(AccessDeniedException.class);

        acting.run(PARTNER, () -> plans.delete(plan.getId()));
        assertThatThrownBy(() -> acting.as(PARTNER, () -> plans.get(plan.getId())))
                .isInstanceOf(PlanNotFoundException.class);
    }

    @Test
    void comparingThreePracticesMarksTheRowsThatDiffer() {
        Comparison comparison = comparisons.compare(
                List.of(ORIGINAL, "kiel-landstrom-hafen", "ulm-lorawan-netz-lorapark"), Locale.ENGLISH);
        assertThat(comparison.practices())
                .extracting(Comparison.Column::slug)
                .containsExactly(ORIGINAL, "kiel-landstrom-hafen", "ulm-lorawan-netz-lorapark");
        assertThat(comparison.rows())
                .extracting(Comparison.Row::aspect)
                .containsExactlyElementsOf(ComparisonService.ASPECTS);
        assertThat(comparison.rows()).allSatisfy(row -> assertThat(row.values()).hasSize(3));
        Comparison.Row organisation = row(comparison, "organisation");
        assertThat(organisation.differs()).isTrue();
        assertThat(organisation.values()).contains("Landeshauptstadt Kiel");
        assertThat(row(comparison, "state").values())
                .containsExactly("Mecklenburg-Vorpommern", "Schleswig-Holstein", "Baden-Württemberg");
        assertThat(row(comparison, "kind").differs()).isTrue();
        assertThat(row(comparison, "kind").values()).containsExactly("Template", "Practice", "Practice");
        assertThat(row(comparison, "kind").label()).isEqualTo("Kind of entry");

        assertThatThrownBy(() -> comparisons.compare(List.of(ORIGINAL), Locale.ENGLISH))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> comparisons.compare(List.of(ORIGINAL, ORIGINAL), Locale.ENGLISH))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> comparisons.compare(List.of("a", "b", "c", "d", "e"), Locale.ENGLISH))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> comparisons.compare(List.of(ORIGINAL, "no-such-practice"), Locale.ENGLISH))
                .isInstanceOf(PracticeNotFoundException.class)
                .hasMessageContaining("no-such-practice");
    }

    static Comparison.Row row(Comparison comparison, String aspect) {
        return comparison.rows().stream()
                .filter(r -> r.aspect().equals(aspect))
                .findFirst()
                .orElseThrow();
    }
}
