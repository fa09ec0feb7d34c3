package de.smilecity.exchange.contribute.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import de.smilecity.exchange.catalogue.LinkType;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.PracticeKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST} and {@code PUT /api/v1/practices}: the fields of the detail JSON. A client
 * may send back what it read; fields that only the catalogue sets (id, slug, state, dates,
 * completeness, provenance) are ignored. Concepts and the organisation may be given as objects with
 * a {@code code} or {@code slug}, as in the detail JSON, or as plain strings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PracticeInput(
        @Nullable PracticeKind kind,
        @Nullable String title,
        @Nullable String summary,
        @Nullable String description,
        @Nullable String language,
        @Nullable JsonNode organisation,
        @Nullable List<JsonNode> innovationFields,
        @Nullable List<JsonNode> pillars,
        @Nullable List<JsonNode> sdgs,
        @Nullable List<JsonNode> targetGroups,
        @Nullable List<String> technologies,
        @Nullable List<String> keywords,
        @Nullable Phase phase,
        @Nullable Integer startYear,
        @Nullable Integer endYear,
        @Nullable LocalDate lastVerifiedOn,
        @Nullable String discontinuedReason,
        @Nullable String challenge,
        @Nullable String approach,
        @Nullable String results,
        @Nullable String lessonsLearned,
        @Nullable String prerequisites,
        @Nullable String participation,
        @Nullable List<Step> processSteps,
        @Nullable Costs costs,
        @Nullable List<Contact> contacts,
        @Nullable List<Indicator> indicators,
        @Nullable List<Link> links,
        @Nullable AdaptationChanges adaptationChanges,
        @Nullable String adaptationNotes,
        @Nullable Boolean featured) {

    /** Any aspect left out (null) stays as it is. */
    public record AdaptationChanges(
            @Nullable String scope,
            @Nullable String technology,
            @Nullable String governance,
            @Nullable String budget) {}

    public record Step(@Nullable String title, @Nullable String description) {}

    public record Costs(
            @Nullable BigDecimal amount,
            @Nullable String currency,
            @Nullable String fundingProgramme) {}

    public record Contact(
            @Nullable String name,
            @Nullable String role,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String phone,
            @JsonProperty("public") @Nullable Boolean isPublic) {}

    public record Indicator(
            @Nullable String name,
            @Nullable String unit,
            @Nullable BigDecimal baseline,
            @Nullable BigDecimal target,
            @Nullable BigDecimal value,
            @Nullable LocalDate measuredOn) {}

    public record Link(
            @Nullable String title,
            @Nullable String url,
            @Nullable LinkType type,
            @Nullable String language) {}
}
