package de.smilecity.exchange.seed;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.smilecity.exchange.catalogue.LinkType;
import de.smilecity.exchange.catalogue.OrganisationKind;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.PracticeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The shapes of the seed files, as documented in seed-content/README.md. Unknown fields are errors. */
final class SeedFormat {

    private SeedFormat() {}

    record TaxonomyFile(String scheme, List<ConceptEntry> concepts) {}

    record ConceptEntry(
            String code, String de, String en, @Nullable List<String> altLabels) {}

    record OrganisationEntry(
            String slug,
            String name,
            OrganisationKind kind,
            @Nullable String state,
            String country,
            @Nullable Integer population,
            @Nullable Integer populationYear,
            @Nullable BigDecimal areaKm2,
            @Nullable String officialCode,
            @Nullable String website) {}

    record PracticeHeader(
            @Nullable String slug,
            @Nullable PracticeKind kind,
            @Nullable String title,
            @Nullable String summary,
            @Nullable String language,
            @Nullable String organisation,
            @Nullable List<String> innovationFields,
            @Nullable List<String> pillars,
            @Nullable List<String> sdgs,
            @Nullable List<String> targetGroups,
            @Nullable List<String> technologies,
            @Nullable List<String> keywords,
            @Nullable Phase phase,
            @Nullable Integer startYear,
            @Nullable Integer endYear,
            @Nullable String discontinuedReason,
            @Nullable Boolean featured,
            @Nullable String challenge,
            @Nullable String approach,
            @Nullable String results,
            @Nullable String lessonsLearned,
            @Nullable String prerequisites,
            @Nullable String participation,
            @Nullable List<StepEntry> processSteps,
            @Nullable CostsEntry costs,
            @Nullable List<ContactEntry> contacts,
            @Nullable List<IndicatorEntry> indicators,
            @Nullable List<LinkEntry> links,
            @Nullable String adaptedFrom,
            @Nullable String adaptationNotes,
            @Nullable AdaptationEntry adaptationChanges,
            @Nullable List<String> sources,
            @Nullable LocalDate checkedOn) {}

    record StepEntry(String title, @Nullable String description) {}

    /** What an adaptation changed, by aspect; each answer optional. */
    record AdaptationEntry(
            @Nullable String scope,
            @Nullable String technology,
            @Nullable String governance,
            @Nullable String budget) {}

    record CostsEntry(
            @Nullable BigDecimal amount,
            @Nullable String currency,
            @Nullable String fundingProgramme) {}

    record ContactEntry(
            @Nullable String name,
            String role,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String phone,
            @JsonProperty("public") @Nullable Boolean isPublic) {}

    record IndicatorEntry(
            String name,
            @Nullable String unit,
            @Nullable BigDecimal baseline,
            @Nullable BigDecimal target,
            @Nullable BigDecimal value,
            @Nullable LocalDate measuredOn) {}

    record LinkEntry(
            String title,
            String url,
            @Nullable LinkType type,
            @Nullable String language) {}

    /** A partner source for the crawler (sources/*.yaml); the same fields as the admin API's body. */
    record SourceEntry(
            String name,
            @Nullable List<String> startUrls,
            @Nullable String sitemapUrl,
            @Nullable List<String> allowedHosts,
            @Nullable List<String> include,
            @Nullable List<String> exclude,
            @Nullable Integer maxPages,
            @Nullable Integer maxDepth,
            @Nullable Integer delayMs,
            @Nullable String language,
            @Nullable String schedule,
            @Nullable Map<String, String> fields,
            @Nullable Map<String, Phase> phaseLabels) {}
}
