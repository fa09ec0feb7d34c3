package de.smilecity.exchange.crawl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import de.smilecity.exchange.crawl.CrawlRun;
import de.smilecity.exchange.crawl.TestCandidates;
import de.smilecity.exchange.testsupport.SignedInAs;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** One source's runs say per field where each run took it from, so that a profile's effect shows run by run. */
@SignedInAs("editor")
class RunListViewTest extends SignedInBrowserlessTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void showsPerFieldWhereEachRunOfTheSourceTookItFromNewestFirst() {
        TestCandidates test = new TestCandidates(spring);
        CrawlRun lost = test.lostRun("app-4");
        CrawlRun before = test.finishedRun(lost, Instant.parse("2026-11-02T09:00:00Z"));
        CrawlRun after = test.finishedRun(lost, Instant.parse("2026-11-09T09:00:00Z"));
        test.countOrigins(before, Map.of("population", Map.of("PROSE", 2), "title", Map.of("META", 6)));
        test.countOrigins(after, Map.of("title", Map.of("PROFILE", 6)));

        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate(CrawlRoutes.RUNS, QueryParameters.of("source", String.valueOf(lost.getSourceId())));

        NativeTable table = $(NativeTable.class).single();
        List<String> heads = table.getHead().getRow(0).orElseThrow().getHeaderCells().stream()
                .map(cell -> cell.getChildren()
                        .map(c -> ((Anchor) c).getText())
                        .findFirst()
                        .orElse(cell.getText()))
                .toList();
        assertThat(heads)
                .as("the lost run has no counts and is left out; the newest run comes first")
                .containsExactly(
                        "Feld", "Lauf #" + after.id() + " (09.11.2026)", "Lauf #" + before.id() + " (02.11.2026)");
        assertThat(rows(table))
                .containsExactly(
                        List.of("Einwohnerzahl", "nicht gelesen", "Satz im Text 2"),
                        List.of("Titel", "Profil der Quelle 6", "Meta-Angaben 6"));
    }

    @Test
    void saysWhatToDoWhenNoRunOfTheSourceHasFinishedWithCandidates() {
        CrawlRun lost = new TestCandidates(spring).lostRun("app-5");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(CrawlRoutes.RUNS, QueryParameters.of("source", String.valueOf(lost.getSourceId())));

        assertThat($(NativeTable.class).exists()).isFalse();
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("No finished run of this source has candidates yet. Start a crawl"));
    }

    @Test
    void theListOfAllRunsHasNoPerSourceTable() {
        navigate(CrawlRoutes.RUNS, RunListView.class);
        assertThat($(Section.class).withId("field-origins").exists()).isFalse();
    }

    private static List<List<String>> rows(NativeTable table) {
        return table.getBody().getRows().stream().map(RunListViewTest::cells).toList();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream()
                .map(cell -> cell.getElement().getText())
                .toList();
    }
}
