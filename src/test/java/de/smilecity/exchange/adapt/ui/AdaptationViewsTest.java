package de.smilecity.exchange.adapt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ui.PracticeDetailView;
import de.smilecity.exchange.contribute.ui.PracticeEditView;
import de.smilecity.exchange.testsupport.SignedInAs;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The adaptation parts of the pages, browserless: detail actions and lineage, plans, comparison. */
class AdaptationViewsTest extends SignedInBrowserlessTest {

    static final String TEMPLATE = "vorlage-lorawan-sensornetz-aufbauen";
    static final String SOLINGEN_APP = "solingen-open-smartcity-app";

    @Autowired
    CatalogueService catalogue;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void visitorsSeeTheLineageTheKitsAndCompareButCannotAdapt() {
        navigate("practices/" + SOLINGEN_APP, PracticeDetailView.class);
        // Wolfsburg's app adapts Solingen's (seed content).
        assertThat($(Paragraph.class).withId("lineage-count").single().getText())
                .isEqualTo("Angepasst von 1 Stadt");
        String tree = $(Section.class).withId("lineage").single().getElement().getOuterHTML();
        assertThat(tree)
                .contains("aria-current=\"page\"")
                .contains("href=\"practices/wolfsburg-smart-city-app-adaption\"");
        assertThat(tree).contains("Stadt Wolfsburg").contains("Niedersachsen");
        assertThat($(Anchor.class).withId("kit-pdf").single().getHref())
                .isEqualTo("/api/v1/practices/" + SOLINGEN_APP + "/kit.pdf");
        assertThat($(Anchor.class).withId("kit-pdf").single().getElement().hasAttribute("download"))
                .as("the PDF is saved, not opened in a viewer")
                .isTrue();
        assertThat($(Anchor.class).withId("compare-practice").single().getHref())
                .isEqualTo("compare?ids=" + SOLINGEN_APP);
        assertThat($(Button.class).withId("adapt-practice").exists()).isFalse();
        assertThat($(Button.class).withId("start-plan").exists()).isFalse();
    }

    @Test
    void anAdaptationShowsWhereItCameFromAndWhatItChanged() {
        navigate("practices/wolfsburg-smart-city-app-adaption", PracticeDetailView.class);
        String section =
                $(Section.class).withId("adapted-from").single().getElement().getOuterHTML();
        assertThat(section).contains("practices/" + SOLINGEN_APP);
        assertThat(section)
                .contains("Umfang")
                .contains("Technik")
                .contains("Steuerung")
                .contains("Budget");
        assertThat($(Paragraph.class).withId("lineage-count").single().getText())
                .isEqualTo("Noch von keiner anderen Stadt angepasst.");
    }

    @Test
    @SignedInAs("partner")
    void thePartnerAdaptsAnotherCitysPracticeAndLandsInTheDraftWithTheQuestions() {
        navigate("practices/" + SOLINGEN_APP, PracticeDetailView.class);
        test($(Button.class).withId("adapt-practice").single()).click();

        assertThat(getCurrentView()).isInstanceOf(PracticeEditView.class);
        assertThat($(Div.class).withId("adaptation-section").single().isVisible())
                .isTrue();
        assertThat($(TextArea.class).withId("adaptation-scope").single().getLabel())
                .isEqualTo("Umfang");
        assertThat($(TextArea.class).withId("adaptation-budget").exists()).isTrue();
    }

    @Test
    @SignedInAs("partner")
    void onItsOwnPracticeThePartnerCannotAdapt() {
        navigate("practices/kiel-landstrom-hafen", PracticeDetailView.class);
        assertThat($(Button.class).withId("adapt-practice").exists()).isFalse();
        // It lists no process steps: nothing to plan from either.
        assertThat($(Button.class).withId("start-plan").exists()).isFalse();
        assertThat($(Anchor.class).withId("compare-practice").exists()).isTrue();
    }

    @Test
    @SignedInAs("partner")
    void aPlanFromATemplateIsTickedOffStepByStep() {
        Practice template = catalogue.getPublished(TEMPLATE);
        navigate("practices/" + TEMPLATE, PracticeDetailView.class);
        test($(Button.class).withId("start-plan").single()).click();

        assertThat(getCurrentView()).isInstanceOf(PlanView.class);
        int steps = template.getProcessSteps().size();
        assertThat($(Span.class).withId("plan-progress").single().getText()).startsWith("0 von " + steps);
        Checkbox first = $(Checkbox.class).withId("plan-step-1-done").single();
        assertThat(first.getLabel())
                .isEqualTo(template.getProcessSteps().getFirst().getTitle());
        test(first).click();
        assertThat($(Span.class).withId("plan-progress").single().getText()).startsWith("1 von " + steps);
        assertThat($(Paragraph.class).withId("plan-status").single().getText()).startsWith("Gespeichert");

        navigate("plans", PlanListView.class);
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class)
                        .withId("plans")
                        .single()
                        .getElement()
                        .getOuterHTML())
                .contains(template.getTitle())
                .contains("1 von " + steps);
    }

    @Test
    void threePracticesSideBySideWithTheDifferencesMarked() {
        compare(SOLINGEN_APP + ",kiel-landstrom-hafen,ulm-lorawan-netz-lorapark");
        String table =
                $(Div.class).withId("compare-result").single().getElement().getOuterHTML();
        assertThat(table).contains("<caption>Vergleich von 3 Praxisbeispielen</caption>");
        assertThat(table.split("scope=\"col\"", -1)).hasSize(4);
        assertThat(table).contains("<tr data-aspect=\"organisation\" class=\"differs\">");
        assertThat(table).contains("<tr data-aspect=\"kind\">");
        assertThat(table).contains("unterschiedlich");
        assertThat(table).contains("Landeshauptstadt Kiel").contains("Stadt Ulm");
    }

    /** Opens the comparison the way a shared link does: with the selection in the query string. */
    void compare(String ids) {
        UI.getCurrent().navigate(CompareView.class, com.vaadin.flow.router.QueryParameters.of("ids", ids));
        assertThat(getCurrentView()).isInstanceOf(CompareView.class);
    }

    @Test
    void withFewerThanTwoTheComparisonSaysWhatToDo() {
        compare(SOLINGEN_APP);
        assertThat($(Paragraph.class).withId("compare-empty").single().getText())
                .contains("mindestens zwei");
        // The chooser shows the selection that the URL holds.
        assertThat(((CompareView) getCurrentView()).selection())
                .extracting(CompareView.Choice::slug)
                .containsExactly(SOLINGEN_APP);
    }
}
