package de.smilecity.exchange.contribute.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.EntryRow;
import de.smilecity.exchange.contribute.WorkflowAction;
import de.smilecity.exchange.testsupport.Acting;
import de.smilecity.exchange.testsupport.SignedInAs;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The review pages without a browser: the queue, an entry's workspace and its actions, the inbox. */
@SignedInAs("editor")
class ReviewViewsTest extends SignedInBrowserlessTest {

    @Autowired
    ContributionService contributions;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    Entries practices;

    @Autowired
    ApplicationContext spring;

    Acting acting;

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        acting = new Acting(spring);
    }

    /** An entry of Kiel that the partner has submitted. */
    Practice submitted(String title) {
        return acting.as("partner", () -> {
            Practice p = contributions.newDraft();
            p.setTitle(title + " " + UUID.randomUUID().toString().substring(0, 6));
            p.setSummary("Für die Prüfung eingereicht.");
            Concept field = catalogue.conceptsByKey().get("innovation-field:mobility");
            p.setConcepts(ConceptScheme.INNOVATION_FIELD, Set.of(field));
            return contributions.saveAndSubmit(p);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theQueueListsSubmissionsAndFiltersByOrganisation() {
        Practice p = submitted("Bürgerbus auf Abruf");
        navigate(ReviewQueueView.class);
        List<EntryRow> rows =
                $(EntryTable.class).withId("review-queue").single().getRows();
        assertThat(rows).extracting(EntryRow::id).contains(p.getId());

        // An organisation with nothing waiting (other tests of this application submit entries too).
        Organisation idle = catalogue.organisations().stream()
                .filter(o -> rows.stream().noneMatch(r -> r.organisationSlug().equals(o.getSlug())))
                .findFirst()
                .orElseThrow();
        ComboBox<Organisation> organisation =
                $(ComboBox.class).withId("review-organisation").single();
        test(organisation).selectItem(idle.getName());
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getQueryString())
                .isEqualTo("organisation=" + idle.getSlug());
        // It has submitted nothing: the queue says so instead of showing an empty table.
        assertThat($(EntryTable.class).withId("review-queue").exists()).isFalse();
        assertThat($(Paragraph.class).withId("review-empty").single().getText())
                .startsWith("Kein wartender Eintrag passt");
    }

    @Test
    void theQueueIsATableWithACaptionColumnHeadersAndATitleLinkHeadingEachRow() {
        Practice p = submitted("Carsharing am Rathaus");
        navigate(ReviewQueueView.class);
        Document table = Jsoup.parseBodyFragment(
                $(EntryTable.class).withId("review-queue").single().getElement().getOuterHTML());

        assertThat(table.select("table#review-queue > caption").text())
                .isEqualTo("Einträge, die auf eine Entscheidung warten");
        assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
        assertThat(table.select("thead th").eachText())
                .containsExactly("Eintrag", "Status", "Organisation", "Eingereicht", "Zuletzt geändert");
        Element row = table.expectFirst("tbody tr[data-entry=" + p.getId() + "]");
        // The title is a real link in the row's header cell: a Tab stop, followed with Enter.
        Element link = row.expectFirst("th[scope=row] > a[href]");
        assertThat(link.attr("href")).isEqualTo(ContributeRoutes.entry(p.getId()));
        assertThat(link.text()).isEqualTo(p.getTitle());
        assertThat(row.select("td").eachText()).hasSize(4).startsWith("In Prüfung", "Landeshauptstadt Kiel");
    }

    @Test
    void aRequestForChangesAsksForTheCommentFirstAndReachesThePartnersInbox() {
        Practice p = submitted("Mobilstation am Bahnhof");
        navigate("entries/" + p.getId(), EntryView.class);
        assertThat($(Span.class).withId("entry-state").single().getText()).isEqualTo("In Prüfung");

        test($(Button.class).withId("step-requestChanges").single()).click();
        test($(Button.class).withId("confirm-step").single()).click();
        TextArea comment = $(TextArea.class).withId("step-comment").single();
        assertThat(comment.isInvalid()).isTrue();
        assertThat(practices.find(p.getId()).orElseThrow().getState()).isEqualTo(PracticeState.IN_REVIEW);

        test(comment).setValue("Bitte die Kosten ergänzen.");
        test($(Button.class).withId("confirm-step").single()).click();

        assertThat(practices.find(p.getId()).orElseThrow().getState()).isEqualTo(PracticeState.CHANGES_REQUESTED);
        assertThat($(Span.class).withId("entry-state").single().getText()).isEqualTo("Änderungen erbeten");
        assertThat($(UnorderedList.class)
                        .withId("entry-timeline")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("Bitte die Kosten ergänzen.");
    }

    @Test
    @SignedInAs("partner")
    void thePartnerSeesDecisionsInTheInboxWithACountInTheShell() {
        Practice p = submitted("Sharing-Roller im Quartier");
        acting.run("editor", () -> contributions.transition(p.getId(), WorkflowAction.REJECT, "Schon vorhanden."));
        navigate(MyEntriesView.class);
        Span badge = $(Span.class).withId("badge-inbox").single();
        assertThat(Integer.parseInt(badge.getText())).isPositive();
        assertThat(badge.getElement().getAttribute("aria-label")).contains("ungelesene");

        navigate(InboxView.class);
        assertThat($(UnorderedList.class).withId("inbox").single().getElement().getTextRecursively())
                .contains("editor hat abgelehnt")
                .contains(p.getTitle())
                .contains("Schon vorhanden.");
        navigate(MyEntriesView.class);
        assertThat($(Span.class).withId("badge-inbox").exists()).isFalse();
    }

    @Test
    @SignedInAs("partner")
    void thePartnerCannotApproveAndSeesNoEditorsActions() {
        Practice p = submitted("Digitale Parkraumkarte");
        navigate("entries/" + p.getId(), EntryView.class);
        assertThat($(Button.class).withId("step-approve").exists()).isFalse();
        assertThat($(Anchor.class).withId("edit-entry").exists()).isFalse();
        assertThat($(Paragraph.class).all())
                .anySatisfy(para -> assertThat(para.getText()).contains("Wartet auf die Entscheidung"));
    }

    @Test
    void aNewVersionShowsItsChangesAgainstThePublishedEntry() {
        Practice p = submitted("Smarte Straßenlaternen");
        acting.run("editor", () -> contributions.transition(p.getId(), WorkflowAction.APPROVE, null));
        Practice copy = acting.as("partner", () -> {
            Practice working = contributions.editable(p.getSlug());
            working.setSummary("Jetzt auch mit Bewegungsmeldern.");
            return contributions.saveAndSubmit(working);
        });
        navigate("entries/" + copy.getId(), EntryView.class);
        String diff = $(com.vaadin.flow.component.html.Div.class)
                .withId("entry-diff")
                .single()
                .getElement()
                .getOuterHTML();
        assertThat(diff).contains("data-field=\"summary\"").contains("<ins>").contains("Bewegungsmeldern");
        assertThat(diff).doesNotContain("data-field=\"title\"");

        test($(Button.class).withId("step-approve").single()).click();
        test($(Button.class).withId("confirm-step").single()).click();
        assertThat(catalogue.getPublished(p.getSlug()).getSummary()).isEqualTo("Jetzt auch mit Bewegungsmeldern.");
    }
}
