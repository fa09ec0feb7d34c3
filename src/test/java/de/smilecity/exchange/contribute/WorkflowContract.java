package de.smilecity.exchange.contribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smilecity.exchange.catalogue.Audience;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeHistory;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.ConflictException;
import de.smilecity.exchange.testsupport.Acting;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * The publication workflow on every database we support: each allowed step with what it records,
 * each refused step with the reason, and new versions of published entries. Run on H2
 * ({@link WorkflowH2Test}) and MariaDB ({@link WorkflowMariaDbTest}).
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
abstract class WorkflowContract {

    static final String PARTNER = "partner";
    static final String EDITOR = "editor";

    @Autowired
    ContributionService contributions;

    @Autowired
    NotificationService notifications;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    Entries practices;

    @Autowired
    PracticeHistory history;

    @Autowired
    ApplicationContext spring;

    Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(spring);
    }

    /** A valid draft of the demo partner's organisation (Kiel), saved by the partner. */
    Practice draft(String title) {
        return acting.as(PARTNER, () -> {
            Practice p = contributions.newDraft();
            p.setTitle(title);
            p.setSummary("Ein Eintrag, der den Arbeitsablauf durchläuft.");
            Concept field = catalogue.conceptsByKey().get("innovation-field:administration");
            p.setConcepts(ConceptScheme.INNOVATION_FIELD, Set.of(field));
            return contributions.save(p);
        });
    }

    Practice step(String who, Practice p, WorkflowAction action, String comment) {
        return acting.as(who, () -> contributions.transition(p.getId(), action, comment));
    }

    PracticeState stateOf(Practice p) {
        return practices.find(p.getId()).orElseThrow().getState();
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPartnersDraftIsKielsAndNotPublic() {
        Practice p = draft(unique("Digitales Fundbüro"));
        assertThat(p.getState()).isEqualTo(PracticeState.DRAFT);
        assertThat(p.owner().getSlug()).isEqualTo("kiel");
        assertThat(catalogue.findPublished(p.getSlug())).isEmpty();
        assertThat(acting.as(PARTNER, () -> contributions.mine()))
                .anySatisfy(row -> assertThat(row.slug()).isEqualTo(p.getSlug()));
    }

    @Test
    void theWholeCycleRecordsEveryStepAndTellsThePartner() {
        String title = unique("Sensoren für Straßenbäume");
        Practice p = draft(title);
        long unreadBefore = acting.as(PARTNER, () -> notifications.unreadCount());

        step(PARTNER, p, WorkflowAction.SUBMIT, null);
        assertThat(stateOf(p)).isEqualTo(PracticeState.IN_REVIEW);
        assertThat(acting.as(EDITOR, () -> contributions.reviewQueue(null, null)))
                .anySatisfy(row -> assertThat(row.id()).isEqualTo(p.getId()));

        step(EDITOR, p, WorkflowAction.REQUEST_CHANGES, "Bitte Kennzahlen ergänzen.");
        assertThat(stateOf(p)).isEqualTo(PracticeState.CHANGES_REQUESTED);
        assertThat(acting.as(PARTNER, () -> notifications.inbox())).first().satisfies(n -> {
            assertThat(n.getAction()).isEqualTo(WorkflowAction.REQUEST_CHANGES);
            assertThat(n.getComment()).isEqualTo("Bitte Kennzahlen ergänzen.");
            assertThat(n.getActor()).isEqualTo(EDITOR);
        });

        acting.run(PARTNER, () -> {
            Practice revised = contributions.editable(p.getSlug());
            revised.setSummary("Überarbeitet: mit Kennzahlen zur Bewässerung.");
            contributions.save(revised);
        });
        step(PARTNER, p, WorkflowAction.SUBMIT, null);
        step(EDITOR, p, WorkflowAction.APPROVE, "Danke!");

        assertThat(catalogue.findPublished(p.getSlug()))
                .hasValueSatisfying(pub -> assertThat(pub.getSummary()).startsWith("Überarbeitet"));
        assertThat(acting.as(PARTNER, () -> notifications.unreadCount())).isEqualTo(unreadBefore + 2);
        List<Transition> steps = acting.as(PARTNER, () -> contributions.steps(p));
        assertThat(steps)
                .extracting(Transition::getAction)
                .containsExactly(
                        WorkflowAction.SUBMIT,
                        WorkflowAction.REQUEST_CHANGES,
                        WorkflowAction.SUBMIT,
                        WorkflowAction.APPROVE);
        assertThat(steps).extracting(Transition::getActor).containsExactly(PARTNER, EDITOR, PARTNER, EDITOR);
        assertThat(steps.get(1).getFromState()).isEqualTo(PracticeState.IN_REVIEW);
        assertThat(steps.get(1).getToState()).isEqualTo(PracticeState.CHANGES_REQUESTED);
        assertThat(steps.getLast().getComment()).isEqualTo("Danke!");
    }

    @Test
    void aRequestForChangesNeedsAComment() {
        Practice p = draft(unique("Mängelmelder"));
        step(PARTNER, p, WorkflowAction.SUBMIT, null);
        // Missing input is a bad request (400), not a state that forbids the step (409).
        assertThatThrownBy(() -> step(EDITOR, p, WorkflowAction.REQUEST_CHANGES, "  "))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("comment");
        assertThat(stateOf(p)).isEqualTo(PracticeState.IN_REVIEW);
    }

    @Test
    void aRejectedEntryCanBeReworkedAndSubmittedAgain() {
        Practice p = draft(unique("Parkplatzsensoren"));
        step(PARTNER, p, WorkflowAction.SUBMIT, null);
        step(EDITOR, p, WorkflowAction.REJECT, "Kein übertragbares Vorgehen beschrieben.");
        assertThat(stateOf(p)).isEqualTo(PracticeState.REJECTED);
        acting.run(PARTNER, () -> {
            Practice again = contributions.editable(p.getSlug());
            again.setApproach("Schritt für Schritt beschrieben.");
            assertThat(contributions.save(again).getState()).isEqualTo(PracticeState.DRAFT);
        });
        step(PARTNER, p, WorkflowAction.SUBMIT, null);
        assertThat(stateOf(p)).isEqualTo(PracticeState.IN_REVIEW);
    }

    @Test
    void archivingTakesAnEntryOutOfTheCatalogue() {
        Practice p = draft(unique("Smarte Mülltonnen"));
        step(PARTNER, p, WorkflowAction.SUBMIT, null);
        step(EDITOR, p, WorkflowAction.APPROVE, null);
        step(EDITOR, p, WorkflowAction.ARCHIVE, "Projekt beendet.");
        assertThat(stateOf(p)).isEqualTo(PracticeState.ARCHIVED);
        assertThat(catalogue.findPublished(p.getSlug())).isEmpty();
        assertThatThrownBy(() -> acting.run(PARTNER, () -> contributions.editable(p.getSlug())))
                .isInstanceOf(ConflictException.class);
    }

    /** Every step from every state in which it is not allowed, taken by an editor (who may take any step). */
    static Stream<Arguments> refusedSteps() {
        return Stream.of(WorkflowAction.values())
                .flatMap(action -> EnumSet.complementOf(EnumSet.copyOf(action.from())).stream()
                        .map(state -> Arguments.of(action, state)));
    }

    @ParameterizedTest(name = "{0} from {1} is refused")
    @MethodSource("refusedSteps")
    void aStepFromAStateThatDoesNotAllowItIsRefusedWithTheReason(WorkflowAction action, PracticeState state) {
        Practice p = inState(state);
        assertThatThrownBy(() -> step(EDITOR, p, action, "ein Kommentar"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("'" + action.apiName() + "' is possible only when");
        assertThat(stateOf(p)).isEqualTo(state);
    }

    /** Every allowed step, from every state that allows it. */
    static Stream<Arguments> allowedSteps() {
        return Stream.of(WorkflowAction.values())
                .flatMap(action -> action.from().stream().map(state -> Arguments.of(action, state)));
    }

    @ParameterizedTest(name = "{0} from {1} leads to its state")
    @MethodSource("allowedSteps")
    void anAllowedStepLeadsToItsState(WorkflowAction action, PracticeState state) {
        Practice p = inState(state);
        step(EDITOR, p, action, "ein Kommentar");
        assertThat(stateOf(p)).isEqualTo(action.to());
    }

    /** An entry of Kiel in the given state, reached through the workflow itself. */
    Practice inState(PracticeState state) {
        Practice p = draft(unique("Eintrag im Zustand " + state));
        switch (state) {
            case DRAFT -> {}
            case IN_REVIEW -> step(PARTNER, p, WorkflowAction.SUBMIT, null);
            case CHANGES_REQUESTED -> {
                step(PARTNER, p, WorkflowAction.SUBMIT, null);
                step(EDITOR, p, WorkflowAction.REQUEST_CHANGES, "Bitte ergänzen.");
            }
            case REJECTED -> {
                step(PARTNER, p, WorkflowAction.SUBMIT, null);
                step(EDITOR, p, WorkflowAction.REJECT, null);
            }
            case PUBLISHED -> {
                step(PARTNER, p, WorkflowAction.SUBMIT, null);
                step(EDITOR, p, WorkflowAction.APPROVE, null);
            }
            case ARCHIVED -> {
                step(PARTNER, p, WorkflowAction.SUBMIT, null);
                step(EDITOR, p, WorkflowAction.APPROVE, null);
                step(EDITOR, p, WorkflowAction.ARCHIVE, null);
            }
        }
        assertThat(stateOf(p)).isEqualTo(state);
        return p;
    }

    @Test
    void contributorsTakeNoEditorsStep() {
        for (WorkflowAction action : WorkflowAction.values()) {
            if (!action.editorsOnly()) continue;
            Practice p = inState(action.from().iterator().next());
            assertThatThrownBy(() -> step(PARTNER, p, action, "ich darf das nicht"))
                    .as(action.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void contributorsCannotChangeAnEntryInReviewNorFeatureOne() {
        Practice p = draft(unique("Digitale Bürgersprechstunde"));
        assertThatThrownBy(() -> acting.run(PARTNER, () -> {
                    Practice own = contributions.editable(p.getSlug());
                    own.setFeatured(true);
                    contributions.save(own);
                }))
                .isInstanceOf(AccessDeniedException.class);
        step(PARTNER, p, WorkflowAction.SUBMIT, null);
        assertThatThrownBy(() -> acting.run(PARTNER, () -> contributions.editable(p.getSlug())))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("in review");
    }

    @Test
    void aNewVersionOfAPublishedEntryWaitsWhileThePublishedOneStaysVisible() {
        Practice p = inState(PracticeState.PUBLISHED);
        String slug = p.getSlug();
        String publishedSummary = catalogue.getPublished(slug).getSummary();

        Practice copy = acting.as(PARTNER, () -> {
            Practice working = contributions.editable(slug);
            assertThat(working.isWorkingCopy()).isTrue();
            working.setSummary("Neue Fassung: jetzt in allen Stadtteilen.");
            return contributions.saveAndSubmit(working);
        });
        assertThat(copy.getId()).isNotEqualTo(p.getId());
        assertThat(catalogue.getPublished(slug).getSummary()).isEqualTo(publishedSummary);
        assertThat(catalogue.findPublished(copy.getSlug())).isEmpty();
        assertThatThrownBy(() -> acting.run(EDITOR, () -> {
                    Practice second = catalogue.getForEdit(slug).workingCopy();
                    contributions.save(second);
                }))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("new version in progress");

        Practice published = step(EDITOR, copy, WorkflowAction.APPROVE, null);

        assertThat(published.getId()).isEqualTo(p.getId());
        assertThat(published.getSlug()).isEqualTo(slug);
        assertThat(catalogue.getPublished(slug).getSummary()).isEqualTo("Neue Fassung: jetzt in allen Stadtteilen.");
        assertThat(practices.find(copy.getId())).isEmpty();
        List<PracticeHistory.Version> versions = history.versions(p.getId(), Audience.TEAM);
        assertThat(versions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(versions.getLast().by()).isEqualTo(EDITOR);
    }

    @Test
    void approvingTwiceIsAConflictThatSaysWhy() {
        Practice p = inState(PracticeState.IN_REVIEW);
        step(EDITOR, p, WorkflowAction.APPROVE, null);
        assertThatThrownBy(() -> step(EDITOR, p, WorkflowAction.APPROVE, null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is published");
    }

    @Test
    void anApprovedEntryIsFoundBySearch(@Autowired SearchService search) {
        Practice p = draft(unique("Quartiersgarten Zettelkasten"));
        step(PARTNER, p, WorkflowAction.SUBMIT, null);
        step(EDITOR, p, WorkflowAction.APPROVE, null);
        assertThat(search.search(de.smilecity.exchange.search.SearchRequest.of("Zettelkasten"))
                        .hits())
                .anySatisfy(hit -> assertThat(hit.slug()).isEqualTo(p.getSlug()));
    }
}
