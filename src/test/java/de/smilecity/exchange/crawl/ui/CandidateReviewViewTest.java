package de.smilecity.exchange.crawl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import de.smilecity.exchange.crawl.CandidateService;
import de.smilecity.exchange.crawl.CandidateState;
import de.smilecity.exchange.crawl.DuplicateChoice;
import de.smilecity.exchange.crawl.ImportCandidate;
import de.smilecity.exchange.crawl.TestCandidates;
import de.smilecity.exchange.testsupport.SignedInAs;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The review of a candidate that copies another: it says so, and accepts only with the editor's choice. */
@SignedInAs("editor")
class CandidateReviewViewTest extends SignedInBrowserlessTest {

    @Autowired
    ApplicationContext spring;

    @Autowired
    CandidateService candidates;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCopyIsShownAsSuchAndMergedOnlyWhenTheEditorChoosesIt() {
        TestCandidates made = new TestCandidates(spring);
        String text = "Drei Lastenräder stehen am Bahnhof bereit. " + UUID.randomUUID();
        ImportCandidate original =
                made.pending("https://gemeinde.example/projekte/lastenrad", "Lastenrad-Verleih", text);
        ImportCandidate copy = made.copyOf(
                made.pending("https://gemeinde.example/rundbrief/maerz", "Rundbrief März", text), original, 0.93);

        navigate("admin/candidates/" + copy.id(), CandidateReviewView.class);
        Paragraph notice = $(Paragraph.class).withId("candidate-resembles").single();
        assertThat(notice.getElement().getTextRecursively())
                .contains("Lastenrad-Verleih")
                .contains("93 %");
        RadioButtonGroup<DuplicateChoice> choice =
                $(RadioButtonGroup.class).withId("candidate-duplicate").single();
        assertThat(choice.getListDataView().getItems())
                .containsExactly(DuplicateChoice.MERGE, DuplicateChoice.KEEP_BOTH);

        // No choice, no decision: the field says what is missing and the candidate stays pending.
        test($(Button.class).withId("accept-candidate").single()).click();
        assertThat(choice.isInvalid()).isTrue();
        assertThat(choice.getErrorMessage()).contains("Wählen Sie");
        assertThat(candidates.get(copy.id()).getState()).isEqualTo(CandidateState.PENDING);

        choice.setValue(DuplicateChoice.MERGE);
        test($(Button.class).withId("accept-candidate").single()).click();
        assertThat(candidates.get(copy.id()).getState()).isEqualTo(CandidateState.REJECTED);
        assertThat(candidates.get(original.id()).getAlsoAt()).containsExactly(copy.getSourceUrl());
    }
}
