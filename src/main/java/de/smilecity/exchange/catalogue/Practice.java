package de.smilecity.exchange.catalogue;

import de.smilecity.exchange.shared.Language;
import de.smilecity.exchange.shared.Slugs;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue entry: a practice a city did, a template to follow, or an adaptation of another entry.
 * Every limit is a constant here and a Bean Validation constraint on the field, so that the entity,
 * the edit form and the API enforce one rule with one message.
 */
@Entity
@Table(name = "practice")
@Audited
@ConsistentPractice
public class Practice {

    public static final int TITLE_MAX_LENGTH = 120;
    public static final int SUMMARY_MAX_LENGTH = 300;
    // Long texts live in MariaDB TEXT columns (65 535 bytes): 16 000 characters fit even at four bytes each.
    public static final int DESCRIPTION_MAX_LENGTH = 16_000;
    public static final int SECTION_MAX_LENGTH = 8_000;
    public static final int REASON_MAX_LENGTH = 500;
    public static final int TAG_MAX_LENGTH = 60;
    public static final int MAX_TAGS = 30;
    // Each save copies every part into the history tables: the lists are bounded far above what a
    // real entry has (the seed content's largest has a dozen steps), so that one request cannot
    // write thousands of rows, twice.
    public static final int MAX_PROCESS_STEPS = 50;
    public static final int MAX_CONTACTS = 20;
    public static final int MAX_INDICATORS = 50;
    public static final int MAX_LINKS = 50;
    public static final int EARLIEST_YEAR = 1990;
    public static final int LATEST_YEAR = 2100;
    /** Languages an entry can be written in; the UI speaks the same two. */
    public static final String LANGUAGE_PATTERN = "^(de|en)$";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank(message = "{practice.slug.required}")
    @Pattern(regexp = Slugs.PATTERN, message = "{slug.invalid}")
    @Size(max = Slugs.MAX_LENGTH)
    @Column(nullable = false, unique = true, length = Slugs.MAX_LENGTH)
    private String slug = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PracticeKind kind = PracticeKind.PRACTICE;

    @NotBlank(message = "{practice.title.required}")
    @Size(max = TITLE_MAX_LENGTH, message = "{practice.title.size}")
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    @NotBlank(message = "{practice.summary.required}")
    @Size(max = SUMMARY_MAX_LENGTH, message = "{practice.summary.size}")
    @Column(nullable = false, length = SUMMARY_MAX_LENGTH)
    private String summary = "";

    /** Markdown; rendered through the sanitiser, never shown raw. */
    @Size(max = DESCRIPTION_MAX_LENGTH, message = "{practice.description.size}")
    @Lob
    @Column(nullable = false, length = DESCRIPTION_MAX_LENGTH)
    private String description = "";

    @NotNull
    @Pattern(regexp = LANGUAGE_PATTERN, message = "{practice.language.invalid}")
    @Column(nullable = false, length = 2)
    private String language = Language.DEFAULT.code();

    @NotNull(message = "{practice.organisation.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private @Nullable Organisation organisation;

    @ManyToMany
    @JoinTable(
            name = "practice_concept",
            joinColumns = @JoinColumn(name = "practice_id"),
            inverseJoinColumns = @JoinColumn(name = "concept_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Set<Concept> concepts = new LinkedHashSet<>();

    @Size(max = MAX_TAGS, message = "{practice.tags.size}")
    @ElementCollection
    @CollectionTable(name = "practice_technology", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    @Column(name = "technology", nullable = false, length = TAG_MAX_LENGTH)
    private List<@NotBlank @Size(max = TAG_MAX_LENGTH, message = "{practice.tag.size}") String> technologies =
            new ArrayList<>();

    @Size(max = MAX_TAGS, message = "{practice.tags.size}")
    @ElementCollection
    @CollectionTable(name = "practice_keyword", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    @Column(name = "keyword", nullable = false, length = TAG_MAX_LENGTH)
    private List<@NotBlank @Size(max = TAG_MAX_LENGTH, message = "{practice.tag.size}") String> keywords =
            new ArrayList<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Phase phase = Phase.IDEA;

    @Min(value = EARLIEST_YEAR, message = "{practice.year.range}")
    @Max(value = LATEST_YEAR, message = "{practice.year.range}")
    @Column(name = "start_year")
    private @Nullable Integer startYear;

    @Min(value = EARLIEST_YEAR, message = "{practice.year.range}")
    @Max(value = LATEST_YEAR, message = "{practice.year.range}")
    @Column(name = "end_year")
    private @Nullable Integer endYear;

    @Column(name = "last_verified_on")
    private @Nullable LocalDate lastVerifiedOn;

    @Size(max = REASON_MAX_LENGTH, message = "{text.size}")
    @Column(name = "discontinued_reason", length = REASON_MAX_LENGTH)
    private @Nullable String discontinuedReason;

    @Size(max = SECTION_MAX_LENGTH, message = "{practice.section.size}")
    @Lob
    @Column(nullable = false, length = SECTION_MAX_LENGTH)
    private String challenge = "";

    @Size(max = SECTION_MAX_LENGTH, message = "{practice.section.size}")
    @Lob
    @Column(nullable = false, length = SECTION_MAX_LENGTH)
    private String approach = "";

    @Size(max = SECTION_MAX_LENGTH, message = "{practice.section.size}")
    @Lob
    @Column(nullable = false, length = SECTION_MAX_LENGTH)
    private String results = "";

    @Size(max = SECTION_MAX_LENGTH, message = "{practice.section.size}")
    @Lob
    @Column(name = "lessons_learned", nullable = false, length = SECTION_MAX_LENGTH)
    private String lessonsLearned = "";

    @Size(max = SECTION_MAX_LENGTH, message = "{practice.section.size}")
    @Lob
    @Column(nullable = false, length = SECTION_MAX_LENGTH)
    private String prerequisites = "";

    /** How citizens took part. */
    @Size(max = SECTION_MAX_LENGTH, message = "{practice.section.size}")
    @Lob
    @Column(nullable = false, length = SECTION_MAX_LENGTH)
    private String participation = "";

    @Valid
    @Size(max = MAX_PROCESS_STEPS, message = "{practice.steps.size}")
    @ElementCollection
    @CollectionTable(name = "practice_step", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    private List<ProcessStep> processSteps = new ArrayList<>();

    @Valid
    @Embedded
    private @Nullable Costs costs = new Costs();

    @Valid
    @Size(max = MAX_CONTACTS, message = "{practice.contacts.size}")
    @ElementCollection
    @CollectionTable(name = "practice_contact", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    @Valid
    @Size(max = MAX_INDICATORS, message = "{practice.indicators.size}")
    @ElementCollection
    @CollectionTable(name = "practice_indicator", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();

    @Valid
    @Size(max = MAX_LINKS, message = "{practice.links.size}")
    @ElementCollection
    @CollectionTable(name = "practice_link", joinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    private List<Link> links = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "adapted_from_id")
    private @Nullable Practice adaptedFrom;

    /** Anything else an adaptation wants to say about what it took over and what it left. */
    @Size(max = SECTION_MAX_LENGTH, message = "{practice.section.size}")
    @Lob
    @Column(name = "adaptation_notes", nullable = false, length = SECTION_MAX_LENGTH)
    private String adaptationNotes = "";

    /** What an adaptation changed and why, by aspect. */
    @Valid
    @Embedded
    private AdaptationChanges adaptationChanges = new AdaptationChanges();

    /**
     * The entries adapted from this one, in any state. Not audited and never written through here;
     * it lets the search index count an entry's published adaptations and stay current when one is
     * published.
     */
    @NotAudited
    @OneToMany(mappedBy = "adaptedFrom", fetch = FetchType.LAZY)
    private Set<Practice> adaptations = new LinkedHashSet<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PracticeState state = PracticeState.DRAFT;

    @Column(nullable = false)
    private boolean featured;

    @Valid
    @Embedded
    @AttributeOverride(name = "origin", column = @Column(name = "origin", nullable = false, length = 10))
    private Provenance provenance = new Provenance();

    /**
     * For a working copy: the published entry it will replace once approved. The published entry
     * stays visible until then; the copy is never public.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "draft_of_id")
    private @Nullable Practice draftOf;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Version
    private long version;

    public Practice() {}

    /**
     * A working copy of this published entry: every field a person edits, copied, and nothing of its
     * identity, state or history. Not saved; the workflow saves it.
     */
    public Practice workingCopy() {
        Practice copy = new Practice();
        copy.replaceContentWith(this);
        copy.setDraftOf(this);
        copy.setState(PracticeState.DRAFT);
        Provenance origin = new Provenance(provenance.getOrigin());
        origin.setLicence(provenance.getLicence());
        copy.setProvenance(origin);
        return copy;
    }

    /**
     * Takes over every field a person edits from another entry (an approved working copy, or an
     * accepted import); identity, state, provenance and timestamps stay.
     */
    public void replaceContentWith(Practice source) {
        kind = source.kind;
        title = source.title;
        summary = source.summary;
        for (TextSection section : TextSection.values()) {
            section.copy(source, this);
        }
        language = source.language;
        organisation = source.organisation;
        concepts = new LinkedHashSet<>(source.concepts);
        technologies = new ArrayList<>(source.technologies);
        keywords = new ArrayList<>(source.keywords);
        phase = source.phase;
        startYear = source.startYear;
        endYear = source.endYear;
        lastVerifiedOn = source.lastVerifiedOn;
        discontinuedReason = source.discontinuedReason;
        processSteps = source.processSteps.stream()
                .map(s -> new ProcessStep(s.getTitle(), s.getDescription()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        Costs from = source.getCosts();
        costs = new Costs(from.getAmount(), from.getCurrency(), from.getFundingProgramme());
        contacts = source.contacts.stream()
                .map(c -> new Contact(
                        c.getName(), c.getRole(), c.getOrganisation(), c.getEmail(), c.getPhone(), c.isPublicContact()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        indicators = source.indicators.stream()
                .map(i -> new Indicator(
                        i.getName(), i.getUnit(), i.getBaseline(), i.getTarget(), i.getValue(), i.getMeasuredOn()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        links = source.links.stream()
                .map(l -> new Link(l.getTitle(), l.getUrl(), l.getType(), l.getLanguage()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        adaptedFrom = source.adaptedFrom;
        adaptationNotes = source.adaptationNotes;
        adaptationChanges = source.getAdaptationChanges().copy();
        featured = source.featured;
    }

    /** Whether the end year, if any, does not lie before the start year. Used by entity and form alike. */
    public static boolean isYearRangeValid(@Nullable Integer startYear, @Nullable Integer endYear) {
        return startYear == null || endYear == null || endYear >= startYear;
    }

    /** A discontinued practice must say why; others need no reason. Used by entity and form alike. */
    public static boolean isDiscontinuedReasonGiven(@Nullable Phase phase, @Nullable String reason) {
        return phase != Phase.DISCONTINUED || (reason != null && !reason.isBlank());
    }

    public boolean isPublished() {
        return state == PracticeState.PUBLISHED;
    }

    /** The concepts of one scheme, in the scheme's order. */
    public List<Concept> getConcepts(ConceptScheme scheme) {
        return concepts.stream()
                .filter(c -> c.getScheme() == scheme)
                .sorted(Comparator.comparingInt(Concept::getPosition))
                .toList();
    }

    /** Replaces the concepts of one scheme and leaves the other schemes as they are. */
    public void setConcepts(ConceptScheme scheme, Collection<Concept> replacement) {
        for (Concept c : replacement) {
            if (c.getScheme() != scheme) {
                throw new IllegalArgumentException("Concept " + c + " is not of scheme " + scheme.key());
            }
        }
        concepts.removeIf(c -> c.getScheme() == scheme);
        concepts.addAll(replacement);
    }

    /** Innovation fields; at least one, because browsing and the start page go by them. */
    @Size(min = 1, message = "{practice.innovationFields.required}")
    public Set<Concept> getInnovationFields() {
        return new LinkedHashSet<>(getConcepts(ConceptScheme.INNOVATION_FIELD));
    }

    public void setInnovationFields(Set<Concept> fields) {
        setConcepts(ConceptScheme.INNOVATION_FIELD, fields);
    }

    public Set<Concept> getPillars() {
        return new LinkedHashSet<>(getConcepts(ConceptScheme.SMILE_PILLAR));
    }

    public void setPillars(Set<Concept> pillars) {
        setConcepts(ConceptScheme.SMILE_PILLAR, pillars);
    }

    public Set<Concept> getSdgs() {
        return new LinkedHashSet<>(getConcepts(ConceptScheme.SDG));
    }

    public void setSdgs(Set<Concept> sdgs) {
        setConcepts(ConceptScheme.SDG, sdgs);
    }

    public Set<Concept> getTargetGroups() {
        return new LinkedHashSet<>(getConcepts(ConceptScheme.TARGET_GROUP));
    }

    public void setTargetGroups(Set<Concept> groups) {
        setConcepts(ConceptScheme.TARGET_GROUP, groups);
    }

    public Set<Concept> getConcepts() {
        return concepts;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public PracticeKind getKind() {
        return kind;
    }

    public void setKind(PracticeKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public @Nullable Organisation getOrganisation() {
        return organisation;
    }

    /** The owner, for entries that passed validation (every stored one). */
    public Organisation owner() {
        if (organisation == null) {
            throw new IllegalStateException("Practice '" + slug + "' has no organisation");
        }
        return organisation;
    }

    public void setOrganisation(@Nullable Organisation organisation) {
        this.organisation = organisation;
    }

    public List<String> getTechnologies() {
        return technologies;
    }

    public void setTechnologies(List<String> technologies) {
        this.technologies = new ArrayList<>(technologies);
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords = new ArrayList<>(keywords);
    }

    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    public @Nullable Integer getStartYear() {
        return startYear;
    }

    public void setStartYear(@Nullable Integer startYear) {
        this.startYear = startYear;
    }

    public @Nullable Integer getEndYear() {
        return endYear;
    }

    public void setEndYear(@Nullable Integer endYear) {
        this.endYear = endYear;
    }

    public @Nullable LocalDate getLastVerifiedOn() {
        return lastVerifiedOn;
    }

    public void setLastVerifiedOn(@Nullable LocalDate lastVerifiedOn) {
        this.lastVerifiedOn = lastVerifiedOn;
    }

    public @Nullable String getDiscontinuedReason() {
        return discontinuedReason;
    }

    public void setDiscontinuedReason(@Nullable String discontinuedReason) {
        this.discontinuedReason = discontinuedReason;
    }

    public String getChallenge() {
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

    public String getApproach() {
        return approach;
    }

    public void setApproach(String approach) {
        this.approach = approach;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public String getLessonsLearned() {
        return lessonsLearned;
    }

    public void setLessonsLearned(String lessonsLearned) {
        this.lessonsLearned = lessonsLearned;
    }

    public String getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(String prerequisites) {
        this.prerequisites = prerequisites;
    }

    public String getParticipation() {
        return participation;
    }

    public void setParticipation(String participation) {
        this.participation = participation;
    }

    public List<ProcessStep> getProcessSteps() {
        return processSteps;
    }

    public void setProcessSteps(List<ProcessStep> processSteps) {
        this.processSteps = new ArrayList<>(processSteps);
    }

    public Costs getCosts() {
        // Hibernate leaves an embeddable null when all its columns are; callers always get one.
        if (costs == null) {
            costs = new Costs();
        }
        return costs;
    }

    public void setCosts(Costs costs) {
        this.costs = costs;
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public void setContacts(List<Contact> contacts) {
        this.contacts = new ArrayList<>(contacts);
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<Indicator> indicators) {
        this.indicators = new ArrayList<>(indicators);
    }

    public List<Link> getLinks() {
        return links;
    }

    public void setLinks(List<Link> links) {
        this.links = new ArrayList<>(links);
    }

    public @Nullable Practice getAdaptedFrom() {
        return adaptedFrom;
    }

    public void setAdaptedFrom(@Nullable Practice adaptedFrom) {
        this.adaptedFrom = adaptedFrom;
    }

    public AdaptationChanges getAdaptationChanges() {
        // Hibernate leaves an embeddable null when all its columns are; the rest of the code never has to care.
        if (adaptationChanges == null) adaptationChanges = new AdaptationChanges();
        return adaptationChanges;
    }

    public void setAdaptationChanges(AdaptationChanges adaptationChanges) {
        this.adaptationChanges = adaptationChanges;
    }

    /** The entries adapted from this one, in any state (load within a transaction). */
    public Set<Practice> getAdaptations() {
        return java.util.Collections.unmodifiableSet(adaptations);
    }

    public String getAdaptationNotes() {
        return adaptationNotes;
    }

    public void setAdaptationNotes(String adaptationNotes) {
        this.adaptationNotes = adaptationNotes;
    }

    public PracticeState getState() {
        return state;
    }

    void setState(PracticeState state) {
        this.state = state;
    }

    public boolean isFeatured() {
        return featured;
    }

    public void setFeatured(boolean featured) {
        this.featured = featured;
    }

    public Provenance getProvenance() {
        return provenance;
    }

    public void setProvenance(Provenance provenance) {
        this.provenance = provenance;
    }

    public @Nullable Practice getDraftOf() {
        return draftOf;
    }

    public void setDraftOf(@Nullable Practice draftOf) {
        this.draftOf = draftOf;
    }

    /** Whether this is the working copy of a published entry. */
    public boolean isWorkingCopy() {
        return draftOf != null;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    void setSubmittedAt(@Nullable Instant submittedAt) {
        this.submittedAt = submittedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    void setPublishedAt(@Nullable Instant publishedAt) {
        this.publishedAt = publishedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Practice '" + slug + "'";
    }
}
