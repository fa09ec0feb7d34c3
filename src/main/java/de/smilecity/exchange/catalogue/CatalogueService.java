package de.smilecity.exchange.catalogue;

import de.smilecity.exchange.shared.Slugs;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and writing the catalogue. Reads hand out summaries or fully loaded entries, so that views
 * never touch a lazy association after the transaction; writes validate with the entity's own rules.
 */
@Service
public class CatalogueService {

    private final PracticeRepository practices;
    private final OrganisationRepository organisations;
    private final ConceptRepository concepts;
    private final Validator validator;
    private final Clock clock;

    CatalogueService(
            PracticeRepository practices,
            OrganisationRepository organisations,
            ConceptRepository concepts,
            Validator validator,
            Clock clock) {
        this.practices = practices;
        this.organisations = organisations;
        this.concepts = concepts;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<PracticeSummary> findPublished(PracticeFilter filter, Pageable pageable) {
        return practices
                .findAll(PracticeSpecifications.published(filter), pageable)
                .map(PracticeSummary::of);
    }

    @Transactional(readOnly = true)
    public long countPublished(PracticeFilter filter) {
        return practices.count(PracticeSpecifications.published(filter));
    }

    /** A published entry by its numeric id or its slug, with every association loaded. */
    @Transactional(readOnly = true)
    public Optional<Practice> findPublished(String idOrSlug) {
        return findByIdOrSlug(idOrSlug).filter(Practice::isPublished).map(CatalogueService::loadFully);
    }

    /**
     * @throws PracticeNotFoundException naming the id or slug when no published entry has it
     */
    @Transactional(readOnly = true)
    public Practice getPublished(String idOrSlug) {
        return findPublished(idOrSlug).orElseThrow(() -> new PracticeNotFoundException(idOrSlug));
    }

    /**
     * An entry by id or slug: published ones for everybody, the others only for callers the predicate
     * admits (its organisation's contributors and the editors).
     *
     * @throws PracticeNotFoundException also when the entry exists but the caller may not see it
     */
    @Transactional(readOnly = true)
    public Practice getVisible(String idOrSlug, java.util.function.Predicate<Practice> mayActFor) {
        return findByIdOrSlug(idOrSlug)
                .filter(p -> p.isPublished() || mayActFor.test(p))
                .map(CatalogueService::loadFully)
                .orElseThrow(() -> new PracticeNotFoundException(idOrSlug));
    }

    /** Any entry, whatever its state, fully loaded for editing. */
    @Transactional(readOnly = true)
    public Practice getForEdit(String slug) {
        return practices
                .findBySlug(slug)
                .map(CatalogueService::loadFully)
                .orElseThrow(() -> new PracticeNotFoundException(slug));
    }

    @Transactional(readOnly = true)
    public List<PracticeSummary> newest(int howMany) {
        return practices
                .findByStateOrderByPublishedAtDescIdDesc(PracticeState.PUBLISHED, PageRequest.of(0, howMany))
                .stream()
                .map(PracticeSummary::of)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<PracticeSummary> featured(int howMany) {
        return practices
                .findByStateAndFeaturedTrueOrderByPublishedAtDescIdDesc(
                        PracticeState.PUBLISHED, PageRequest.of(0, howMany))
                .stream()
                .map(PracticeSummary::of)
                .toList();
    }

    /** Published entries per innovation field, in the scheme's order, fields without entries included. */
    @Transactional(readOnly = true)
    public Map<Concept, Long> countPublishedByInnovationField() {
        Map<Long, Long> counts = practices.countPublishedByConcept(ConceptScheme.INNOVATION_FIELD).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        Map<Concept, Long> result = new LinkedHashMap<>();
        for (Concept field : concepts.findBySchemeOrderByPosition(ConceptScheme.INNOVATION_FIELD)) {
            result.put(field, counts.getOrDefault(field.getId(), 0L));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public List<Concept> concepts(ConceptScheme scheme) {
        return concepts.findBySchemeOrderByPosition(scheme);
    }

    /** Every concept of every scheme, keyed "scheme:code", for pickers and imports. */
    @Transactional(readOnly = true)
    public Map<String, Concept> conceptsByKey() {
        return concepts.findAll().stream().collect(Collectors.toMap(Concept::toString, Function.identity()));
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return organisations.findAllByOrderByName();
    }

    /** An organisation by its id, e.g. the one a signed-in account belongs to. */
    @Transactional(readOnly = true)
    public Optional<Organisation> findOrganisation(long id) {
        return organisations.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> findOrganisation(String slug) {
        return organisations.findBySlug(slug);
    }

    /** Stores an organisation, e.g. one that the seed content or an accepted import names. */
    @Transactional
    public Organisation saveOrganisation(Organisation organisation) {
        return organisations.save(organisation);
    }

    @Transactional(readOnly = true)
    public Optional<Concept> findConcept(ConceptScheme scheme, String code) {
        return concepts.findBySchemeAndCode(scheme, code);
    }

    /** Adds a concept to its taxonomy (the seed content brings them). */
    @Transactional
    public Concept saveConcept(Concept concept) {
        return concepts.save(concept);
    }

    /**
     * @throws OrganisationNotFoundException naming the slug
     */
    @Transactional(readOnly = true)
    public Organisation getOrganisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new OrganisationNotFoundException(slug));
    }

    /** The states and regions that organisations in the catalogue belong to, sorted. */
    @Transactional(readOnly = true)
    public List<String> states() {
        return organisations.findAll().stream()
                .map(Organisation::getState)
                .filter(s -> s != null && !s.isBlank())
                .map(s -> (String) s)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    @Transactional(readOnly = true)
    public List<PracticeSummary> publishedOf(Organisation organisation) {
        return practices.findByOrganisationAndStateOrderByTitle(organisation, PracticeState.PUBLISHED).stream()
                .map(PracticeSummary::of)
                .toList();
    }

    /** A blank entry for the given owner (none yet: the form asks), with the catalogue's defaults. */
    public Practice newPractice(@Nullable Organisation owner) {
        Practice practice = new Practice();
        practice.setOrganisation(owner);
        practice.setProvenance(new Provenance(Origin.MANUAL));
        return practice;
    }

    /**
     * Validates and stores an entry. A new entry gets a unique slug from its title; publishing stamps
     * the publication time once.
     *
     * @throws ConstraintViolationException with every violated rule, each on its field; nothing is stored
     */
    @Transactional
    public Practice save(Practice practice) {
        Instant now = clock.instant();
        if (practice.getId() == null) {
            if (practice.getSlug().isBlank()) {
                practice.setSlug(uniqueSlug(practice.getTitle()));
            }
            practice.setCreatedAt(now);
        }
        validate(practice);
        practice.setUpdatedAt(now);
        if (practice.isPublished() && practice.getPublishedAt() == null) {
            practice.setPublishedAt(now);
        }
        // Flushed here, so that a lost race (the version check, a unique rule) fails inside the caller's
        // method, where it can be told as such, and not later at commit.
        return loadFully(practices.saveAndFlush(practice));
    }

    /**
     * @throws ConstraintViolationException with every violated rule of the entry and its parts
     */
    public void validate(Practice practice) {
        // A lazy proxy (an entry reached through another's association) has empty fields of its own.
        Set<ConstraintViolation<Practice>> violations =
                validator.validate(org.hibernate.Hibernate.unproxy(practice, Practice.class));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(
                    "Practice '" + practice.getTitle() + "' is not valid: "
                            + violations.stream()
                                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                                    .sorted()
                                    .collect(java.util.stream.Collectors.joining("; ")),
                    violations);
        }
    }

    /** A slug for a new entry's title that no entry has yet: "title", then "title-2", "title-3", … */
    @Transactional(readOnly = true)
    public String uniqueSlug(String title) {
        String base = title.isBlank() ? "entry" : Slugs.of(title);
        String candidate = base;
        for (int n = 2; practices.existsBySlug(candidate); n++) {
            // The number must fit too: a title at its longest already makes a slug at its longest.
            String suffix = "-" + n;
            String stem = base.substring(0, Math.min(base.length(), Slugs.MAX_LENGTH - suffix.length()));
            candidate = stem.replaceAll("-+$", "") + suffix;
        }
        return candidate;
    }

    private Optional<Practice> findByIdOrSlug(String idOrSlug) {
        if (idOrSlug.chars().allMatch(Character::isDigit) && !idOrSlug.isEmpty() && idOrSlug.length() < 19) {
            return practices.findById(Long.parseLong(idOrSlug));
        }
        return practices.findBySlug(idOrSlug);
    }

    /** Initialises everything a detail page, an export or the form shows. */
    static Practice loadFully(Practice p) {
        Hibernate.initialize(p.getOrganisation());
        Hibernate.initialize(p.getConcepts());
        Hibernate.initialize(p.getKeywords());
        Hibernate.initialize(p.getTechnologies());
        Hibernate.initialize(p.getProcessSteps());
        Hibernate.initialize(p.getContacts());
        Hibernate.initialize(p.getIndicators());
        Hibernate.initialize(p.getLinks());
        // The API names both the original of an adaptation and the entry a working copy revises.
        for (Practice other : new Practice[] {p.getAdaptedFrom(), p.getDraftOf()}) {
            if (other != null) {
                Hibernate.initialize(other);
                Hibernate.initialize(other.getOrganisation());
            }
        }
        // A new version names the published entry it replaces, in the API's answer and in the views.
        Practice published = p.getDraftOf();
        if (published != null) {
            Hibernate.initialize(published);
            Hibernate.initialize(published.getOrganisation());
        }
        return p;
    }
}
