package de.smilecity.exchange.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.ReportContent;
import de.smilecity.exchange.catalogue.Reports;
import de.smilecity.exchange.catalogue.TestStates;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.testsupport.TestPractices;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Passages in reports" under the entry hits of the search page, for a visitor. */
class PassagesOnTheSearchPageTest extends de.smilecity.exchange.testsupport.SignedInBrowserlessTest {

    @Autowired
    CatalogueService catalogue;

    @Autowired
    Reports reports;

    @Test
    void listsThePageOfTheReportAndItsEntryAsLinks() {
        Practice entry = TestPractices.rostockBeteiligungsplattform(catalogue, "seite-passagen-" + System.nanoTime());
        TestStates.in(entry, PracticeState.PUBLISHED);
        Practice saved = catalogue.save(entry);
        String url = "https://partner.example/berichte/" + System.nanoTime() + ".pdf";
        reports.store(new ReportContent(
                url,
                "Evaluation Schulwegradar",
                "de",
                List.of("Einleitung.", "Methode.", "Das Schulwegradar zählte 310 Elterntaxis am Morgen."),
                true,
                "hash-" + System.nanoTime(),
                Instant.now()));
        reports.attach(List.of(url), Objects.requireNonNull(saved.getId()));

        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(Routes.CATALOGUE, new QueryParameters(Map.of("q", List.of("Schulwegradar"))));

        Section passages = $(Section.class).withId("passages").single();
        assertThat($(H2.class, passages).single().getText()).isEqualTo("Passagen in Berichten");
        List<Anchor> links = $(Anchor.class, passages).all();
        assertThat(links)
                .extracting(Anchor::getText)
                .containsExactly("Seite 3 von „Evaluation Schulwegradar“ (PDF)", saved.getTitle());
        assertThat(links)
                .extracting(Anchor::getHref)
                .containsExactly(url + "#page=3", Routes.practice(saved.getSlug()));
        assertThat($(Html.class, passages).single().getInnerHtml()).contains("<mark>Schulwegradar</mark>");

        UI.getCurrent()
                .navigate(Routes.CATALOGUE, new QueryParameters(Map.of("q", List.of("Elterntaxis Mondlandung"))));
        assertThat($(Section.class).withId("passages").all()).isEmpty();
    }
}
