package de.smilecity.exchange.catalogue.api;

import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.PracticeSummary;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One hit of a catalogue list or search; {@code adaptationCount} is
 * the number of published adaptations (search hits only); {@code matchedVia} the translations of the
 * question through which a search found the hit (search hits only, empty when the words as asked
 * matched).
 */
public record PracticeHitJson(
        long id,
        String slug,
        PracticeKind kind,
        String title,
        String summary,
        OrganisationRefJson organisation,
        Map<String, List<String>> highlights,
        @Nullable Float score,
        @Nullable Integer adaptationCount,
        List<MatchedViaJson> matchedVia) {

    public record OrganisationRefJson(String slug, String name) {}

    /** A translation of the question: the words asked ({@code from}) and the term that matched ({@code to}). */
    public record MatchedViaJson(String from, String to) {}

    public static PracticeHitJson of(PracticeSummary p) {
        return new PracticeHitJson(
                p.id(),
                p.slug(),
                p.kind(),
                p.title(),
                p.summary(),
                new OrganisationRefJson(p.organisationSlug(), p.organisationName()),
                Map.of(),
                null,
                null,
                List.of());
    }
}
