package de.smilecity.exchange.crawl.api;

import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.crawl.CandidateService;
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
 * the entry of the same URL or else against what it resembles (fields edited in the app are marked),
 * and the reports its page links ({@code reports}), each with what was read of it.
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
        List<ReportJson> reports,
        List<FieldChange> diff) {

    /**
     * What the candidate's text copies.
     *
     * @param kind {@code entry} or {@code candidate}
     * @param similarity 0 to 1: the share of word sequences in common ({@code basis} "words"), or of the
     *     smaller text's figures, addresses and names ({@code basis} "details")
     * @param basis {@code words} or {@code details} (the same project in another language)
     * @param shared the details both state, for basis {@code details}; else empty
     */
    record ResemblanceJson(String kind, long id, double similarity, String basis, List<String> shared) {

        static ResemblanceJson of(Resemblance r) {
            return new ResemblanceJson(
                    r.kind().name().toLowerCase(Locale.ROOT),
                    r.id(),
                    r.similarity(),
                    r.byDetails() ? "details" : "words",
                    r.shared());
        }
    }

    /**
     * A report the candidate's page links.
     *
     * @param read whether it was fetched and read; the rest is null or 0 until then (or when it was
     *     refused: too large, not a PDF, barred by robots.txt)
     * @param textLayer false for a scan: its pages hold no text to search
     */
    record ReportJson(
            String url,
            boolean read,
            @Nullable Long id,
            @Nullable String title,
            int pages,
            boolean textLayer,
            @Nullable String contentHash,
            @Nullable Instant fetchedAt) {

        static ReportJson of(CandidateService.LinkedReport linked) {
            return linked.stored()
                    .map(r -> new ReportJson(
                            linked.url(),
                            true,
                            r.id(),
                            r.title(),
                            r.pageCount(),
                            r.textLayer(),
                            r.contentHash(),
                            r.fetchedAt()))
                    .orElseGet(() -> new ReportJson(linked.url(), false, null, null, 0, false, null, null));
        }
    }

    static CandidateJson of(
            ImportCandidate c,
            List<FieldChange> diff,
            Optional<Resemblance> resemblance,
            List<CandidateService.LinkedReport> reports) {
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
                resemblance.map(ResemblanceJson::of).orElse(null),
                reports.stream().map(ReportJson::of).toList(),
                diff);
    }
}
