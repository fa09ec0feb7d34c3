package de.smilecity.exchange.crawl.internal.parse;

import de.smilecity.exchange.catalogue.Phase;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How to read the pages of one source.
 *
 * @param selectors field name → jsoup CSS selector; fields without one come from the fallback
 * @param phaseLabels label on the page → phase
 * @param language the source's language (de or en), or null to take the page's own
 */
public record Profile(
        Map<String, String> selectors,
        Map<String, Phase> phaseLabels,
        @Nullable String language) {

    public @Nullable String selector(String field) {
        return selectors.get(field);
    }

    public static Profile generic() {
        return new Profile(Map.of(), Map.of(), null);
    }
}
