package de.smilecity.exchange.search;

import java.util.List;
import java.util.Map;

/**
 * One hit, straight from the index.
 *
 * @param highlights HTML-safe snippets per field ({@code title}, {@code summary}, {@code body},
 *     {@code keywords}, {@code taxonomy}); matched words are wrapped in {@code <mark>}
 * @param closeness why the owner is close to the organisation of a "cities like mine" search; empty otherwise
 * @param translations the translations of the question through which the hit was found (it contains
 *     the translated term but not the words as asked); empty for the other hits
 */
public record SearchHit(
        long id,
        String slug,
        String kind,
        String title,
        String summary,
        String language,
        String organisationSlug,
        String organisationName,
        List<String> innovationFields,
        Map<String, List<String>> highlights,
        float score,
        int adaptationCount,
        List<Closeness.Reason> closeness,
        List<MatchedTranslation> translations) {}
