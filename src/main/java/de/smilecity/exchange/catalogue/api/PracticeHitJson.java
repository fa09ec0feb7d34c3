package de.smilecity.exchange.catalogue.api;

import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.PracticeSummary;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One hit of a catalogue list or search; {@code adaptationCount} is
 * the number of published adaptations (search hits only).
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
        @Nullable Integer adaptationCount) {

    public record OrganisationRefJson(String slug, String name) {}

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
                null);
    }
}
