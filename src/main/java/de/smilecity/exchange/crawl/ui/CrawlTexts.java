package de.smilecity.exchange.crawl.ui;

import com.vaadin.flow.component.Component;
import de.smilecity.exchange.crawl.CandidateState;
import de.smilecity.exchange.crawl.ExtractionProfile;
import de.smilecity.exchange.crawl.Outcome;
import de.smilecity.exchange.crawl.RunState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Names of the crawler's states in the user's language. */
final class CrawlTexts {

    private CrawlTexts() {}

    static String runState(Component c, RunState state) {
        return c.getTranslation("crawl.runState." + state.name());
    }

    static String outcome(Component c, Outcome outcome) {
        return c.getTranslation("crawl.outcome." + outcome.name());
    }

    /** Fields a page is read for beyond those a profile can name a selector for. */
    private static final Set<String> READ_ONLY_FIELDS = Set.of("costs", "period", "funding", "language");

    /** A field of an extracted page by its name, or that name itself for a field without one. */
    static String field(Component c, String name) {
        boolean named = ExtractionProfile.FIELDS.contains(name) || READ_ONLY_FIELDS.contains(name);
        return named ? c.getTranslation("crawl.field." + name) : c.getTranslation("crawl.field.other", name);
    }

    /** How many candidates took a field from which origin, e.g. "Structured data (JSON-LD) 5 · Sentence in the text 1". */
    static String origins(Component c, Map<String, Integer> byOrigin) {
        List<String> parts = new ArrayList<>();
        byOrigin.forEach((origin, n) -> parts.add(c.getTranslation("crawl.origin." + origin) + " " + n));
        return String.join(" · ", parts);
    }

    static String candidateState(Component c, CandidateState state) {
        return c.getTranslation("crawl.candidateState." + state.name());
    }
}
