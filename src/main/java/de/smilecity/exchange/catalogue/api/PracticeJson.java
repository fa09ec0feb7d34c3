package de.smilecity.exchange.catalogue.api;

import de.smilecity.exchange.catalogue.Audience;
import de.smilecity.exchange.catalogue.Completeness;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Contact;
import de.smilecity.exchange.catalogue.Indicator;
import de.smilecity.exchange.catalogue.Link;
import de.smilecity.exchange.catalogue.LinkType;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.ProcessStep;
import de.smilecity.exchange.catalogue.Provenance;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An entry with every field, as {@code GET /api/v1/practices/{id}} returns it. Concepts carry their
 * code and both labels; members-only contacts are left out for visitors.
 */
public record PracticeJson(
        long id,
        String slug,
        PracticeKind kind,
        String title,
        String summary,
        String description,
        String language,
        OrganisationJson organisation,
        List<ConceptJson> innovationFields,
        List<ConceptJson> pillars,
        List<ConceptJson> sdgs,
        List<ConceptJson> targetGroups,
        List<String> technologies,
        List<String> keywords,
        Phase phase,
        @Nullable Integer startYear,
        @Nullable Integer endYear,
        @Nullable LocalDate lastVerifiedOn,
        @Nullable String discontinuedReason,
        String challenge,
        String approach,
        String results,
        String lessonsLearned,
        String prerequisites,
        String participation,
        List<StepJson> processSteps,
        CostsJson costs,
        List<ContactJson> contacts,
        List<IndicatorJson> indicators,
        List<LinkJson> links,
        @Nullable PracticeRefJson adaptedFrom,
        @Nullable PracticeRefJson versionOf,
        AdaptationChangesJson adaptationChanges,
        String adaptationNotes,
        PracticeState state,
        boolean featured,
        int completeness,
        ProvenanceJson provenance,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt) {

    public record OrganisationJson(
            String slug,
            String name,
            String kind,
            @Nullable String state,
            String country,
            @Nullable Integer population,
            @Nullable Integer populationYear,
            @Nullable BigDecimal areaKm2,
            @Nullable String officialCode,
            String sizeClass,
            @Nullable String website) {

        public static OrganisationJson of(Organisation o) {
            return new OrganisationJson(
                    o.getSlug(),
                    o.getName(),
                    o.getKind().name(),
                    o.getState(),
                    o.getCountry(),
                    o.getPopulation(),
                    o.getPopulationYear(),
                    o.getAreaKm2(),
                    o.getOfficialCode(),
                    o.getSizeClass().key(),
                    o.getWebsite());
        }
    }

    /** A concept: its code (what a client sends) and its labels (what a client shows). */
    public record ConceptJson(String code, LabelJson label) {
        public static ConceptJson of(Concept c) {
            return new ConceptJson(c.getCode(), new LabelJson(c.getLabelDe(), c.getLabelEn()));
        }
    }

    public record LabelJson(String de, String en) {}

    public record StepJson(String title, String description) {}

    public record CostsJson(
            @Nullable BigDecimal amount,
            @Nullable String currency,
            @Nullable String fundingProgramme) {}

    public record ContactJson(
            @Nullable String name,
            String role,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String phone,

            @com.fasterxml.jackson.annotation.JsonProperty("public")
            boolean isPublic) {}

    public record IndicatorJson(
            String name,
            @Nullable String unit,
            @Nullable BigDecimal baseline,
            @Nullable BigDecimal target,
            @Nullable BigDecimal value,
            @Nullable LocalDate measuredOn) {}

    public record LinkJson(
            String title,
            String url,
            LinkType type,
            @Nullable String language) {}

    /** What an adaptation changed against its original, and why, one aspect at a time. */
    public record AdaptationChangesJson(String scope, String technology, String governance, String budget) {}

    public record PracticeRefJson(long id, String slug, String title, String organisation) {}

    public record ProvenanceJson(
            String origin,
            @Nullable String sourceUrl,
            @Nullable Instant fetchedAt,
            @Nullable String contentHash,
            String licence) {}

    /**
     * @param audience who reads it: decides which contacts are written (exports write for {@link
     *     Audience#PUBLIC}; the answers to a write are for the writer, {@link Audience#TEAM})
     */
    public static PracticeJson of(Practice p, Audience audience) {
        if (p.getId() == null) {
            throw new IllegalArgumentException(p + " is not saved yet");
        }
        Practice original = p.getAdaptedFrom();
        Provenance prov = p.getProvenance();
        return new PracticeJson(
                p.getId(),
                p.getSlug(),
                p.getKind(),
                p.getTitle(),
                p.getSummary(),
                p.getDescription(),
                p.getLanguage(),
                OrganisationJson.of(p.owner()),
                concepts(p, ConceptScheme.INNOVATION_FIELD),
                concepts(p, ConceptScheme.SMILE_PILLAR),
                concepts(p, ConceptScheme.SDG),
                concepts(p, ConceptScheme.TARGET_GROUP),
                List.copyOf(p.getTechnologies()),
                List.copyOf(p.getKeywords()),
                p.getPhase(),
                p.getStartYear(),
                p.getEndYear(),
                p.getLastVerifiedOn(),
                p.getDiscontinuedReason(),
                p.getChallenge(),
                p.getApproach(),
                p.getResults(),
                p.getLessonsLearned(),
                p.getPrerequisites(),
                p.getParticipation(),
                p.getProcessSteps().stream()
                        .map(s -> new StepJson(s.getTitle(), s.getDescription()))
                        .toList(),
                new CostsJson(
                        p.getCosts().getAmount(),
                        p.getCosts().getCurrency(),
                        p.getCosts().getFundingProgramme()),
                audience.contacts(p).stream().map(PracticeJson::contact).toList(),
                p.getIndicators().stream().map(PracticeJson::indicator).toList(),
                p.getLinks().stream().map(PracticeJson::link).toList(),
                ref(original),
                ref(p.getDraftOf()),
                new AdaptationChangesJson(
                        p.getAdaptationChanges().getScope(),
                        p.getAdaptationChanges().getTechnology(),
                        p.getAdaptationChanges().getGovernance(),
                        p.getAdaptationChanges().getBudget()),
                p.getAdaptationNotes(),
                p.getState(),
                p.isFeatured(),
                Completeness.percent(p),
                new ProvenanceJson(
                        prov.getOrigin().name(),
                        prov.getSourceUrl(),
                        prov.getFetchedAt(),
                        prov.getContentHash(),
                        prov.getLicence()),
                p.getCreatedAt(),
                p.getUpdatedAt(),
                p.getPublishedAt());
    }

    private static @Nullable PracticeRefJson ref(@Nullable Practice other) {
        return other == null || other.getId() == null
                ? null
                : new PracticeRefJson(
                        other.getId(),
                        other.getSlug(),
                        other.getTitle(),
                        other.owner().getName());
    }

    private static List<ConceptJson> concepts(Practice p, ConceptScheme scheme) {
        return p.getConcepts(scheme).stream().map(ConceptJson::of).toList();
    }

    private static ContactJson contact(Contact c) {
        return new ContactJson(
                c.getName(), c.getRole(), c.getOrganisation(), c.getEmail(), c.getPhone(), c.isPublicContact());
    }

    private static IndicatorJson indicator(Indicator i) {
        return new IndicatorJson(
                i.getName(), i.getUnit(), i.getBaseline(), i.getTarget(), i.getValue(), i.getMeasuredOn());
    }

    private static LinkJson link(Link l) {
        return new LinkJson(l.getTitle(), l.getUrl(), l.getType(), l.getLanguage());
    }

    static StepJson step(ProcessStep s) {
        return new StepJson(s.getTitle(), s.getDescription());
    }
}
