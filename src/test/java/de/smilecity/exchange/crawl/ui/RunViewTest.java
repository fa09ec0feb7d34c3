package de.smilecity.exchange.crawl.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import de.smilecity.exchange.crawl.CrawlRun;
import de.smilecity.exchange.crawl.TestCandidates;
import de.smilecity.exchange.testsupport.SignedInAs;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.Locale;
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
        assertThat(reason()).contains("Knoten app-2").contains("ausgefallen").contains("02.03.2026, 09:15:00");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(CrawlRoutes.run(run.id()), RunView.class);
        assertThat(reason()).contains("Node app-2").contains("stopped during the run");
    }

    private String reason() {
        return $(Paragraph.class).withId("run-reason").single().getText();
    }
}
