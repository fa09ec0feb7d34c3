package de.smilecity.exchange.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.ReportContent;
import de.smilecity.exchange.catalogue.Reports;
import de.smilecity.exchange.catalogue.TestStates;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import de.smilecity.exchange.testsupport.TestPractices;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reports of an entry on its detail page, for a visitor. */
class ReportSectionTest extends SignedInBrowserlessTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    Reports reports;

    @Test
    void listsEachReportWithItsPagesItsDateAndWhetherItCanBeSearched() {
        Practice entry = published();
        String evaluation = store("Evaluation Parksensoren", Collections.nCopies(20, "Text der Seite."), true);
        String scan = store("Rahmenplan (Scan)", Collections.nCopies(4, ""), false);
        reports.attach(List.of(evaluation, scan), Objects.requireNonNull(entry.getId()));

        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(Routes.practice(entry.getSlug()));

        Section section = $(Section.class).withId("reports").single();
        List<ListItem> items = $(ListItem.class, section).all();
        assertThat(items).hasSize(2);
        assertThat($(Anchor.class, section).all())
                .extracting(Anchor::getText, Anchor::getHref)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Evaluation Parksensoren", evaluation),
                        org.assertj.core.groups.Tuple.tuple("Rahmenplan (Scan)", scan));
        assertThat(items.getFirst().getElement().getTextRecursively())
                .contains("PDF, 20 Seiten, abgerufen am 07.03.2025")
                .doesNotContain("Textebene");
        assertThat(items.get(1).getElement().getTextRecursively())
                .contains("4 Seiten")
                .contains("ohne Textebene, nicht durchsuchbar");
    }

    @Test
    void showsNoSectionForAnEntryWithoutReports() {
        Practice entry = published();
        UI.getCurrent().navigate(Routes.practice(entry.getSlug()));
        assertThat($(Section.class).withId("reports").all()).isEmpty();
    }

    private Practice published() {
        Practice p = TestPractices.rostockBeteiligungsplattform(catalogue, "berichte-" + System.nanoTime());
        TestStates.in(p, PracticeState.PUBLISHED);
        return catalogue.save(p);
    }

    private String store(String title, List<String> pages, boolean textLayer) {
        String url = "https://partner.example/berichte/" + System.nanoTime() + ".pdf";
        reports.store(new ReportContent(
                url,
                title,
                "de",
                pages,
                textLayer,
                "hash-" + System.nanoTime(),
                Instant.parse("2025-03-07T10:00:00Z")));
        return url;
    }
}
