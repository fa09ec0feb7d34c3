package de.smilecity.exchange.catalogue;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What lists and cards show of an entry; built inside the transaction, safe to hand to any view. */
public record PracticeSummary(
        long id,
        String slug,
        PracticeKind kind,
        String title,
        String summary,
        String language,
        Phase phase,
        String organisationSlug,
        String organisationName,
        @Nullable String organisationState,
        List<Concept> innovationFields,
        @Nullable Integer startYear,
        @Nullable Instant publishedAt,
        boolean featured) {

    static PracticeSummary of(Practice p) {
        Organisation org = p.owner();
        if (p.getId() == null) {
            throw new IllegalArgumentException(p + " is not saved yet");
        }
        return new PracticeSummary(
                p.getId(),
                p.getSlug(),
                p.getKind(),
                p.getTitle(),
                p.getSummary(),
                p.getLanguage(),
                p.getPhase(),
                org.getSlug(),
                org.getName(),
                org.getState(),
                p.getConcepts(ConceptScheme.INNOVATION_FIELD),
                p.getStartYear(),
                p.getPublishedAt(),
                p.isFeatured());
    }
}
