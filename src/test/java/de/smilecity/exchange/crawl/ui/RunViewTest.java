package de.smilecity.exchange.crawl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import de.smilecity.exchange.crawl.CrawlRun;
import de.smilecity.exchange.crawl.TestCandidates;
import de.smilecity.exchange.testsupport.SignedInAs;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A run lost with its node says so in the reader's language, naming the node and its last sign of life. */
@SignedInAs("editor")
class RunViewTest extends SignedInBrowserlessTest {

    @Autowired
    ApplicationContext spring;

    @Test
    void saysInGermanAndEnglishThatTheNodeOfTheRunStopped() {
        CrawlRun run = new TestCandidates(spring).lostRun("app-2");
        assertThat(run.getReason()).contains("app node 'app-2' stopped");

        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(CrawlRoutes.run(run.id()), RunView.class);
        assertThat(reason())
                .contains("Knoten app-2")
                .contains("ausgefallen")
                .contains("02.03.2026, 09:15:00")
                .contains("Starten Sie den Lauf erneut");
        assertThat($(Anchor.class).withId("run-continued-as").exists())
                .as("no link to a run that went on with it")
                .isFalse();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CrawlRoutes.run(run.id()), RunView.class);
        assertThat(reason()).contains("Node app-2").contains("stopped during the run");
    }

    @Test
    void aLostRunAndTheRunThatWentOnWithItLinkEachOther() {
        TestCandidates test = new TestCandidates(spring);
        CrawlRun lost = test.lostRun("app-2");
        CrawlRun next = test.continuation(lost);
        assertThat(lost.getReason()).contains("continued as run " + next.id());

        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(CrawlRoutes.run(lost.id()), RunView.class);
        assertThat(reason()).contains("Knoten app-2").doesNotContain("Starten Sie den Lauf erneut");
        Anchor forward = $(Anchor.class).withId("run-continued-as").single();
        assertThat(forward.getText()).isEqualTo("Fortgesetzt als Lauf #" + next.id());
        assertThat(forward.getHref()).isEqualTo(CrawlRoutes.run(next.id()));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CrawlRoutes.run(next.id()), RunView.class);
        Anchor back = $(Anchor.class).withId("run-continues").single();
        assertThat(back.getText()).contains("Continues run #" + lost.id());
        assertThat(back.getHref()).isEqualTo(CrawlRoutes.run(lost.id()));
    }

    @Test
    void saysPerFieldWhereTheRunsCandidatesTookItFrom() {
        TestCandidates test = new TestCandidates(spring);
        CrawlRun lost = test.lostRun("app-3");
        CrawlRun done = test.continuation(lost);
        test.countOrigins(done, Map.of("population", Map.of("LABELLED", 4, "PROSE", 1), "title", Map.of("JSON_LD", 5)));

        UI.getCurrent().setLocale(Locale.GERMAN);
        navigate(CrawlRoutes.run(done.id()), RunView.class);
        assertThat($(ListItem.class).all().stream().map(ListItem::getText))
                .contains(
                        "Einwohnerzahl: Tabelle oder Liste mit Bezeichnung 4 · Satz im Text 1",
                        "Titel: Strukturierte Daten (JSON-LD) 5");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CrawlRoutes.run(lost.id()), RunView.class);
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText)).contains("No candidates in this run.");
    }

    private String reason() {
        return $(Paragraph.class).withId("run-reason").single().getText();
    }
}
