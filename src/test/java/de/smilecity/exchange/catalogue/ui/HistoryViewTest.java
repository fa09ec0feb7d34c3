package de.smilecity.exchange.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.select.Select;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeHistory;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.WorkflowAction;
import de.smilecity.exchange.testsupport.Acting;
import de.smilecity.exchange.testsupport.SignedInAs;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The version history of an entry: the versions, and a side-by-side diff of any two. */
class HistoryViewTest extends SignedInBrowserlessTest {

    @Autowired
    ContributionService contributions;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    ApplicationContext spring;

    Acting acting;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        acting = new Acting(spring);
    }

    /** An entry published, then revised in a new version that was approved too. */
    Practice publishedTwice() {
        Practice p = acting.as("partner", () -> {
            Practice draft = contributions.newDraft();
            draft.setTitle("Klimawald " + UUID.randomUUID().toString().substring(0, 6));
            draft.setSummary("Schulen pflanzen einen kleinen Wald.");
            draft.setConcepts(
                    ConceptScheme.INNOVATION_FIELD,
                    Set.of(catalogue.conceptsByKey().get("innovation-field:climate")));
            return contributions.saveAndSubmit(draft);
        });
        acting.run("editor", () -> contributions.transition(p.getId(), WorkflowAction.APPROVE, null));
        Practice copy = acting.as("partner", () -> {
            Practice working = contributions.editable(p.getSlug());
            working.setSummary("Schulen pflanzen einen kleinen Wald und messen, wie er wächst.");
            return contributions.saveAndSubmit(working);
        });
        acting.run("editor", () -> contributions.transition(copy.getId(), WorkflowAction.APPROVE, null));
        return p;
    }

    @Test
    @SuppressWarnings("unchecked")
    void visitorsSeeThePublishedVersionsAndWhatChangedBetweenThem() {
        Practice p = publishedTwice();
        navigate("practices/" + p.getSlug() + "/history", HistoryView.class);

        Select<PracticeHistory.Version> to =
                $(Select.class).withId("history-to").single();
        assertThat(to.getListDataView().getItems())
                .allSatisfy(v -> assertThat(v.state()).isEqualTo(PracticeState.PUBLISHED));
        assertThat(to.getListDataView().getItems()).hasSize(2);
        String diff = $(Div.class).withId("history-diff").single().getElement().getOuterHTML();
        assertThat(diff)
                .contains("data-field=\"summary\"")
                .contains("<ins>und messen, wie er wächst</ins>")
                .doesNotContain("data-field=\"title\"");
        assertThat($(OrderedList.class).withId("history-versions").single().getChildren())
                .hasSize(2);
    }

    @Test
    @SignedInAs("partner")
    @SuppressWarnings("unchecked")
    void theEntrysOwnPeopleSeeEveryVersionIncludingThoseBeforePublication() {
        Practice p = publishedTwice();
        navigate("practices/" + p.getSlug() + "/history", HistoryView.class);
        Select<PracticeHistory.Version> to =
                $(Select.class).withId("history-to").single();
        // Saved and submitted in one step, the first version was recorded in review.
        assertThat(to.getListDataView().getItems().map(PracticeHistory.Version::state))
                .containsExactly(PracticeState.PUBLISHED, PracticeState.PUBLISHED, PracticeState.IN_REVIEW);
    }
}
