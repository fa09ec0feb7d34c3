package de.smilecity.exchange.crawl.api;

import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.crawl.FieldChange;
import de.smilecity.exchange.crawl.ImportCandidate;
import de.smilecity.exchange.crawl.Resemblance;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An import candidate with its extracted fields, where it came from, what its text copies (a
 * published entry or a pending candidate, {@code resembles}), and the field-by-field diff against
 * the entry of the same URL or else against what it resembles (fields edited in the app are marked).
 * The extracted fields carry the names of the extraction profile ({@code state} is the state or
 * region of the organisation); the review state is {@code review}: pending, accepted or rejected.
 */
record CandidateJson(
        long id,
        long runId,
        long sourceId,
        String sourceUrl,
        Instant fetchedAt,
        String contentHash,
        String review,
        String title,
        String summary,
        String description,
        @Nullable String organisation,
        @Nullable String state,
        @Nullable Integer population,
        @Nullable BigDecimal areaKm2,
        @Nullable Phase phase,
        @Nullable String phaseLabel,
        @Nullable String discontinuedReason,
        List<String> innovationFields,
        List<String> unknownLabels,
        List<String> keywords,
        @Nullable String contact,
        @Nullable BigDecimal costAmount,
        @Nullable String costCurrency,
        @Nullable String funding,
        @Nullable Integer startYear,
        @Nullable Integer endYear,
        String language,
        boolean edited,
        @Nullable Long practiceId,
        List<String> alsoAt,
        @Nullable ResemblanceJson resembles,
        List<FieldChange> diff) {

    /**
     * What the candidate's text copies.
     *
     * @param kind {@code entry} or {@code candidate}
     * @param similarity the share of word sequences in common, 0 to 1
     */
    record ResemblanceJson(String kind, long id, double similarity) {}

    static CandidateJson of(ImportCandidate c, List<FieldChange> diff, Optional<Resemblance> resemblance) {
        return new CandidateJson(
                c.id(),
                c.getRunId(),
                c.getSourceId(),
                c.getSourceUrl(),
                c.getFetchedAt(),
                c.getContentHash(),
                c.getState().name().toLowerCase(Locale.ROOT),
                c.getTitle(),
                c.getSummary(),
                c.getDescription(),
                c.getOrganisation(),
                c.getRegion(),
                c.getPopulation(),
                c.getAreaKm2(),
                c.getPhase(),
                c.getPhaseLabel(),
                c.getDiscontinuedReason(),
                List.copyOf(c.getInnovationFields()),
                List.copyOf(c.getUnknownLabels()),
                List.copyOf(c.getKeywords()),
                c.getContact(),
                c.getCostAmount(),
                c.getCostCurrency(),
                c.getFunding(),
                c.getStartYear(),
                c.getEndYear(),
                c.getLanguage(),
                c.isEdited(),
                c.getPracticeId(),
                c.getAlsoAt(),
                resemblance
                        .map(r -> new ResemblanceJson(r.kind().name().toLowerCase(Locale.ROOT), r.id(), r.similarity()))
                        .orElse(null),
                diff);
    }
}
