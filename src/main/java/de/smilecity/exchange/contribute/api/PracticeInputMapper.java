package de.smilecity.exchange.contribute.api;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Contact;
import de.smilecity.exchange.catalogue.Costs;
import de.smilecity.exchange.catalogue.Indicator;
import de.smilecity.exchange.catalogue.Link;
import de.smilecity.exchange.catalogue.LinkType;
import de.smilecity.exchange.catalogue.OrganisationNotFoundException;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ProcessStep;
import de.smilecity.exchange.shared.BadRequestException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Writes an API body onto an entry. Given fields replace the entry's, missing ones (null) stay as
 * they are, so that a client may send only what changes. Unknown codes and slugs are refused,
 * naming the field; every other rule is the entity's own validation.
 */
@Component
class PracticeInputMapper {

    /** Unknown codes named in a refusal; a body full of them gets a short answer all the same. */
    private static final int UNKNOWN_CODES_SHOWN = 10;

    private final CatalogueService catalogue;
    private final Validator validator;

    PracticeInputMapper(CatalogueService catalogue, Validator validator) {
        this.catalogue = catalogue;
        this.validator = validator;
    }

    /**
     * @throws ConstraintViolationException when a list is longer than the entry allows, before any of
     *     its items is looked at (so that 10 000 steps get one message, not 10 000)
     */
    void apply(PracticeInput in, Practice p) {
        requireWithinLimit("processSteps", in.processSteps());
        requireWithinLimit("contacts", in.contacts());
        requireWithinLimit("indicators", in.indicators());
        requireWithinLimit("links", in.links());
        requireWithinLimit("technologies", in.technologies());
        requireWithinLimit("keywords", in.keywords());
        Map<String, Concept> concepts = catalogue.conceptsByKey();
        set(in.kind(), p::setKind);
        set(in.title(), p::setTitle);
        set(in.summary(), p::setSummary);
        set(in.description(), p::setDescription);
        set(in.language(), p::setLanguage);
        if (in.organisation() != null) {
            String slug = text(in.organisation(), "slug");
            try {
                p.setOrganisation(catalogue.getOrganisation(slug));
            } catch (OrganisationNotFoundException e) {
                throw new BadRequestException("organisation", "no organisation '" + slug + "'");
            }
        }
        concepts(in.innovationFields(), "innovationFields", ConceptScheme.INNOVATION_FIELD, concepts, p);
        concepts(in.pillars(), "pillars", ConceptScheme.SMILE_PILLAR, concepts, p);
        concepts(in.sdgs(), "sdgs", ConceptScheme.SDG, concepts, p);
        concepts(in.targetGroups(), "targetGroups", ConceptScheme.TARGET_GROUP, concepts, p);
        set(in.technologies(), p::setTechnologies);
        set(in.keywords(), p::setKeywords);
        set(in.phase(), p::setPhase);
        if (in.startYear() != null) p.setStartYear(in.startYear());
        if (in.endYear() != null) p.setEndYear(in.endYear());
        if (in.lastVerifiedOn() != null) p.setLastVerifiedOn(in.lastVerifiedOn());
        if (in.discontinuedReason() != null) p.setDiscontinuedReason(in.discontinuedReason());
        set(in.challenge(), p::setChallenge);
        set(in.approach(), p::setApproach);
        set(in.results(), p::setResults);
        set(in.lessonsLearned(), p::setLessonsLearned);
        set(in.prerequisites(), p::setPrerequisites);
        set(in.participation(), p::setParticipation);
        if (in.processSteps() != null) {
            p.setProcessSteps(in.processSteps().stream()
                    .map(s -> new ProcessStep(orEmpty(s.title()), orEmpty(s.description())))
                    .toList());
        }
        if (in.costs() != null) {
            p.setCosts(new Costs(
                    in.costs().amount(), in.costs().currency(), in.costs().fundingProgramme()));
        }
        if (in.contacts() != null) {
            p.setContacts(in.contacts().stream()
                    .map(c -> new Contact(
                            c.name(),
                            orEmpty(c.role()),
                            c.organisation(),
                            c.email(),
                            c.phone(),
                            !Boolean.FALSE.equals(c.isPublic())))
                    .toList());
        }
        if (in.indicators() != null) {
            p.setIndicators(in.indicators().stream()
                    .map(i -> new Indicator(
                            orEmpty(i.name()), i.unit(), i.baseline(), i.target(), i.value(), i.measuredOn()))
                    .toList());
        }
        if (in.links() != null) {
            p.setLinks(in.links().stream()
                    .map(l -> new Link(
                            orEmpty(l.title()),
                            orEmpty(l.url()),
                            l.type() == null ? LinkType.WEBSITE : l.type(),
                            l.language()))
                    .toList());
        }
        if (in.adaptationChanges() != null) {
            var changes = p.getAdaptationChanges();
            set(in.adaptationChanges().scope(), changes::setScope);
            set(in.adaptationChanges().technology(), changes::setTechnology);
            set(in.adaptationChanges().governance(), changes::setGovernance);
            set(in.adaptationChanges().budget(), changes::setBudget);
        }
        set(in.adaptationNotes(), p::setAdaptationNotes);
        if (in.featured() != null) p.setFeatured(in.featured());
    }

    /** The entity's own size rule for the list property, with the entity's message. */
    private void requireWithinLimit(String property, @Nullable List<?> items) {
        if (items == null) return;
        Set<ConstraintViolation<Practice>> violations =
                validator.validateValue(Practice.class, property, items).stream()
                        .filter(v -> v.getConstraintDescriptor().getAnnotation() instanceof Size)
                        .collect(java.util.stream.Collectors.toSet());
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(property + ": too many items", violations);
        }
    }

    private static void concepts(
            @Nullable List<JsonNode> nodes,
            String field,
            ConceptScheme scheme,
            Map<String, Concept> concepts,
            Practice p) {
        if (nodes == null) return;
        Set<Concept> chosen = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (JsonNode node : nodes) {
            String code = text(node, "code");
            Concept concept = concepts.get(scheme.key() + ":" + code);
            if (concept == null) unknown.add(code);
            else chosen.add(concept);
        }
        if (!unknown.isEmpty()) {
            throw new BadRequestException(
                    field,
                    "unknown " + scheme.key() + " code(s) "
                            + unknown.stream().limit(UNKNOWN_CODES_SHOWN).toList()
                            + (unknown.size() > UNKNOWN_CODES_SHOWN
                                    ? " and " + (unknown.size() - UNKNOWN_CODES_SHOWN) + " more"
                                    : "")
                            + "; the codes are listed under facets."
                            + facetName(scheme) + " of GET /api/v1/practices");
        }
        p.setConcepts(scheme, chosen);
    }

    private static String facetName(ConceptScheme scheme) {
        return switch (scheme) {
            case INNOVATION_FIELD -> "field";
            case SMILE_PILLAR -> "pillar";
            case SDG -> "sdg";
            case TARGET_GROUP -> "targetGroup";
        };
    }

    /** A plain string, or the given property of an object ({"code": "mobility"}). */
    private static String text(JsonNode node, String property) {
        if (node.isString()) return node.asString().strip();
        JsonNode value = node.get(property);
        return value == null ? "" : value.asString().strip();
    }

    private static <T> void set(@Nullable T value, java.util.function.Consumer<T> setter) {
        if (value != null) setter.accept(value);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
