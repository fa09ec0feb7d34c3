package de.smilecity.exchange.crawl.ui;

import com.vaadin.flow.component.Component;
import de.smilecity.exchange.crawl.CandidateState;
import de.smilecity.exchange.crawl.Outcome;
import de.smilecity.exchange.crawl.RunState;

/** Names of the crawler's states in the user's language. */
final class CrawlTexts {

    private CrawlTexts() {}

    static String runState(Component c, RunState state) {
        return c.getTranslation("crawl.runState." + state.name());
    }

    static String outcome(Component c, Outcome outcome) {
        return c.getTranslation("crawl.outcome." + outcome.name());
    }

    static String candidateState(Component c, CandidateState state) {
        return c.getTranslation("crawl.candidateState." + state.name());
    }
}
