package de.smilecity.exchange.contribute.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.PracticeFilter;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.testsupport.SignedInAs;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The edit form without a browser: messages at the fields, and nothing saved when anything is wrong. */
@SignedInAs("editor")
class PracticeEditViewTest extends SignedInBrowserlessTest {

    static final String SLUG = "rostock-lastenrad-tour-stadtteile";

    @Autowired
    CatalogueService catalogue;

    @BeforeEach
    void german() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @Test
    void showsTheMessagesAtTheFieldsAndSavesNothing() {
        String titleBefore = catalogue.getPublished(SLUG).getTitle();
        navigate("practices/" + SLUG + "/edit", PracticeEditView.class);
        TextField title = $(TextField.class).withId("title").single();
        TextArea summary = $(TextArea.class).withId("summary").single();

        test(title).setValue("");
        test(summary).setValue("x".repeat(400));
        test($(Button.class).withId("save").single()).click();

        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Bitte geben Sie einen Titel ein");
        assertThat(summary.isInvalid()).isTrue();
        assertThat(summary.getErrorMessage()).isEqualTo("Die Zusammenfassung darf höchstens 300 Zeichen lang sein");
        assertThat(catalogue.getPublished(SLUG).getTitle()).isEqualTo(titleBefore);
    }

    @Test
    void refusesAnEndYearBeforeTheStartYearAtTheEndYear() {
        navigate("practices/" + SLUG + "/edit", PracticeEditView.class);
        test($(IntegerField.class).withId("startYear").single()).setValue(2024);
        IntegerField end = $(IntegerField.class).withId("endYear").single();
        test(end).setValue(2020);
        test($(Button.class).withId("save").single()).click();
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Das Endjahr kann nicht vor dem Startjahr liegen");
        assertThat(catalogue.getPublished(SLUG).getEndYear()).isEqualTo(2021);
    }

    @Test
    void editingAPublishedEntryStartsANewVersionAndLeavesThePublishedOneAlone() {
        String summaryBefore = catalogue.getPublished(SLUG).getSummary();
        navigate("practices/" + SLUG + "/edit", PracticeEditView.class);
        assertThat($(H1.class).first().getText()).startsWith("Neue Fassung von");
        test($(TextArea.class).withId("summary").single()).setValue("Eine neue Fassung der Zusammenfassung.");
        test($(Button.class).withId("save").single()).click();

        assertThat(catalogue.getPublished(SLUG).getSummary()).isEqualTo(summaryBefore);
        assertThat(getCurrentView()).isInstanceOf(EntryView.class);
        assertThat($(Span.class).withId("entry-state").single().getText()).isEqualTo("Entwurf");
    }

    @Test
    @SignedInAs("partner")
    @SuppressWarnings("unchecked")
    void aPartnerWritesForTheirOwnOrganisationAndSubmits() {
        navigate("practices/new", PracticeEditView.class);
        ComboBox<Organisation> org = $(ComboBox.class).withId("organisation").single();
        assertThat(org.getValue().getSlug()).isEqualTo("kiel");
        assertThat(org.isReadOnly()).isTrue();
        assertThat($(Button.class).withId("save-publish").exists()).isFalse();
        test($(TextField.class).withId("title").single()).setValue("Digitaler Bauantrag in Kiel");
        test($(TextArea.class).withId("summary").single()).setValue("Bauanträge vollständig online stellen.");
        MultiSelectComboBox<Concept> fields =
                $(MultiSelectComboBox.class).withId("innovationFields").single();
        fields.setValue(Set.of(catalogue.conceptsByKey().get("innovation-field:administration")));
        test($(Button.class).withId("save-submit").single()).click();

        assertThat(getCurrentView()).isInstanceOf(EntryView.class);
        assertThat($(Span.class).withId("entry-state").single().getText()).isEqualTo("In Prüfung");
        assertThat(catalogue.findPublished("digitaler-bauantrag-in-kiel")).isEmpty();
    }

    @Test
    @SignedInAs("partner")
    void aPartnerCannotEditAnotherOrganisationsEntry() {
        navigate("practices/" + SLUG + "/edit", PracticeEditView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Kein Eintrag Ihrer Organisation");
        assertThat($(TextField.class).withId("title").exists()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEditorPublishesANewEntryAtOnce() {
        long before = catalogue.countPublished(PracticeFilter.NONE);
        navigate("practices/new", PracticeEditView.class);
        test($(TextField.class).withId("title").single()).setValue("Digitale Sprechstunde im Ortsamt");
        test($(TextArea.class).withId("summary").single()).setValue("Termine im Ortsamt online buchen.");
        ComboBox<Organisation> org = $(ComboBox.class).withId("organisation").single();
        test(org).selectItem("Landeshauptstadt Kiel");
        MultiSelectComboBox<Concept> fields =
                $(MultiSelectComboBox.class).withId("innovationFields").single();
        Concept administration = catalogue.conceptsByKey().get("innovation-field:administration");
        fields.setValue(Set.of(administration));
        test($(Button.class).withId("save-publish").single()).click();

        assertThat(catalogue.countPublished(PracticeFilter.NONE)).isEqualTo(before + 1);
        assertThat(catalogue
                        .getPublished("digitale-sprechstunde-im-ortsamt")
                        .owner()
                        .getSlug())
                .isEqualTo("kiel");
    }

    @Test
    void theAddButtonOfAListStopsAtTheEntrysLimitAndSaysWhy() {
        navigate("practices/new", PracticeEditView.class);
        Button add = $(Button.class).withId("contact-add").single();
        for (int i = 0; i < de.smilecity.exchange.catalogue.Practice.MAX_CONTACTS; i++) {
            assertThat(add.isEnabled()).isTrue();
            test(add).click();
        }
        assertThat(add.isEnabled()).isFalse();
        com.vaadin.flow.component.html.Paragraph hint = $(com.vaadin.flow.component.html.Paragraph.class)
                .withId("contact-limit")
                .single();
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).isEqualTo("Ein Eintrag darf höchstens 20 Kontakte haben");
    }

    @Test
    void aSaveThatLostARaceSaysSoAndKeepsWhatWasTyped(@Autowired ContributionService contributions) {
        de.smilecity.exchange.catalogue.Practice entry = contributions.newDraft();
        entry.setTitle("Wettlauf " + java.util.UUID.randomUUID().toString().substring(0, 8));
        entry.setSummary("Zwei bearbeiten denselben Eintrag.");
        entry.setOrganisation(catalogue.getOrganisation("kiel"));
        entry.setInnovationFields(Set.of(catalogue.conceptsByKey().get("innovation-field:administration")));
        String slug = contributions.saveAndPublish(entry).getSlug();

        navigate("practices/" + slug + "/edit", PracticeEditView.class);
        TextArea summary = $(TextArea.class).withId("summary").single();
        test(summary).setValue("Was ich geschrieben habe.");
        // Someone else starts the new version while the form is open.
        de.smilecity.exchange.catalogue.Practice theirs = contributions.editable(slug);
        theirs.setSummary("Was jemand anderes geschrieben hat.");
        contributions.save(theirs);

        test($(Button.class).withId("save").single()).click();

        assertThat(getCurrentView()).isInstanceOf(PracticeEditView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .withId("form-error")
                        .single()
                        .getText())
                .startsWith("Jemand anderes hat diesen Eintrag inzwischen geändert");
        assertThat(summary.getValue()).isEqualTo("Was ich geschrieben habe.");
    }
}
