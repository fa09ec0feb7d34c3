package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.Costs;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.crawl.internal.similar.Fingerprint;
import de.smilecity.exchange.crawl.internal.similar.Marks;
import de.smilecity.exchange.shared.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A page extracted by a crawl, waiting for an editor: accepted (published, or merged into the entry
 * that came from the same URL), edited first, or rejected. Its fields are what was imported — once
 * accepted they are the reference that tells an edit made in the app from a change on the partner site.
 */
@Entity
@Table(name = "import_candidate")
public class ImportCandidate {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SUMMARY_MAX_LENGTH = 600;
    public static final int CONTACT_MAX_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    /** The normalised URL of the page: the candidate's identity across runs. */
    @Column(name = "source_url", nullable = false, length = PartnerSource.URL_MAX_LENGTH)
    private String sourceUrl = "";

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt = Instant.EPOCH;

    /** SHA-256 of the cleaned extracted fields as fetched (edits do not change it). */
    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CandidateState state = CandidateState.PENDING;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    @Column(nullable = false, length = SUMMARY_MAX_LENGTH)
    private String summary = "";

    /** Markdown made from the sanitised HTML of the page. */
    @Lob
    @Column(nullable = false, length = Practice.DESCRIPTION_MAX_LENGTH)
    private String description = "";

    @Column(length = 160)
    private @Nullable String organisation;

    /** The state or region of the organisation ("Bundesland"). */
    @Column(length = 80)
    private @Nullable String region;

    private @Nullable Integer population;

    @Column(name = "area_km2", precision = 9, scale = 2)
    private @Nullable BigDecimal areaKm2;

    /** The project's costs as the page states them; the currency may be unknown. */
    @Column(name = "cost_amount", precision = 14, scale = 2)
    private @Nullable BigDecimal costAmount;

    @Column(name = "cost_currency", length = 3)
    private @Nullable String costCurrency;

    @Column(length = Costs.FUNDING_MAX_LENGTH)
    private @Nullable String funding;

    @Column(name = "start_year")
    private @Nullable Integer startYear;

    @Column(name = "end_year")
    private @Nullable Integer endYear;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private @Nullable Phase phase;

    /** The phase as the page named it, kept to show editors a label no phase mapping knew. */
    @Column(name = "phase_label", length = 120)
    private @Nullable String phaseLabel;

    /** Why a discontinued practice ended; pages rarely say it in a field, so editors add it. */
    @Column(name = "discontinued_reason", length = Practice.REASON_MAX_LENGTH)
    private @Nullable String discontinuedReason;

    /** Codes of innovation-field concepts the page's labels named. */
    @Lob
    @Convert(converter = Lines.class)
    @Column(name = "innovation_fields", nullable = false, length = PartnerSource.LIST_COLUMN_LENGTH)
    private List<String> innovationFields = new ArrayList<>();

    /** Innovation-field labels that name no concept: kept as keywords and flagged for editors to map. */
    @Lob
    @Convert(converter = Lines.class)
    @Column(name = "unknown_labels", nullable = false, length = PartnerSource.LIST_COLUMN_LENGTH)
    private List<String> unknownLabels = new ArrayList<>();

    @Lob
    @Convert(converter = Lines.class)
    @Column(nullable = false, length = PartnerSource.LIST_COLUMN_LENGTH)
    private List<String> keywords = new ArrayList<>();

    @Column(length = CONTACT_MAX_LENGTH)
    private @Nullable String contact;

    @Column(nullable = false, length = 2)
    private String language = Language.DEFAULT.code();

    /**
     * The normalised URLs of the reports (PDF) the page links, read by the same run after the pages;
     * by URL, so that a report read later is found too. Accepting attaches them to the entry. Loaded
     * with the candidate (a handful of URLs, fetched in batches), so views and the API can show them;
     * in the order of the URLs.
     */
    @ElementCollection(fetch = FetchType.EAGER)
    @OrderBy
    @CollectionTable(name = "import_candidate_report", joinColumns = @JoinColumn(name = "candidate_id"))
    @Column(name = "report_url", nullable = false, length = PartnerSource.URL_MAX_LENGTH)
    private Set<String> reportUrls = new LinkedHashSet<>();

    /** Whether an editor changed the fields before deciding. */
    @Column(nullable = false)
    private boolean edited;

    /** The fingerprint of the page's text; null for candidates stored before there was one. */
    @Column(length = Fingerprint.MAX_ENCODED_LENGTH)
    private @Nullable String fingerprint;

    @Enumerated(EnumType.STRING)
    @Column(name = "resembles_kind", length = 10)
    private Resemblance.@Nullable Kind resemblesKind;

    @Column(name = "resembles_id")
    private @Nullable Long resemblesId;

    @Column(name = "resembles_similarity")
    private @Nullable Double resemblesSimilarity;

    /** The shared details a resemblance rests on, separated by spaces; null when it rests on the words. */
    @Column(name = "resembles_shared", length = Resemblance.MAX_SHARED_LENGTH)
    private @Nullable String resemblesShared;

    /** The language-independent details of the page's text ({@link Marks}); null for older candidates. */
    @Column(length = Marks.MAX_ENCODED_LENGTH)
    private @Nullable String marks;

    /** Pages of candidates merged into this one as copies of it. */
    @Lob
    @Convert(converter = Lines.class)
    @Column(name = "also_at", length = PartnerSource.LIST_COLUMN_LENGTH)
    private List<String> alsoAt = new ArrayList<>();

    /** The entry this candidate created or updated once accepted. */
    @Column(name = "practice_id")
    private @Nullable Long practiceId;

    @Column(name = "decided_by", length = 80)
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Version
    private long version;

    protected ImportCandidate() {}

    ImportCandidate(long runId, long sourceId, String sourceUrl, Instant fetchedAt, String contentHash) {
        this.runId = runId;
        this.sourceId = sourceId;
        this.sourceUrl = sourceUrl;
        this.fetchedAt = fetchedAt;
        this.contentHash = contentHash;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long id() {
        if (id == null) throw new IllegalStateException("Import candidate is not saved yet");
        return id;
    }

    public long getRunId() {
        return runId;
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    public String getContentHash() {
        return contentHash;
    }

    public CandidateState getState() {
        return state;
    }

    void decide(CandidateState state, String by, Instant at) {
        this.state = state;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Texts.cutRequired(title, TITLE_MAX_LENGTH);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = Texts.cutRequired(summary, SUMMARY_MAX_LENGTH);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = Texts.cut(organisation, 160);
    }

    public @Nullable String getRegion() {
        return region;
    }

    public void setRegion(@Nullable String region) {
        this.region = Texts.cut(region, 80);
    }

    public @Nullable Integer getPopulation() {
        return population;
    }

    public void setPopulation(@Nullable Integer population) {
        this.population = population;
    }

    public @Nullable BigDecimal getCostAmount() {
        return costAmount;
    }

    public @Nullable String getCostCurrency() {
        return costCurrency;
    }

    void setCosts(@Nullable BigDecimal amount, @Nullable String currency) {
        this.costAmount = amount;
        this.costCurrency = amount == null ? null : currency;
    }

    public @Nullable String getFunding() {
        return funding;
    }

    void setFunding(@Nullable String funding) {
        this.funding = funding == null ? null : Texts.cutRequired(funding, Costs.FUNDING_MAX_LENGTH);
    }

    public @Nullable Integer getStartYear() {
        return startYear;
    }

    public @Nullable Integer getEndYear() {
        return endYear;
    }

    void setPeriod(@Nullable Integer startYear, @Nullable Integer endYear) {
        this.startYear = startYear;
        this.endYear = endYear;
    }

    public @Nullable BigDecimal getAreaKm2() {
        return areaKm2;
    }

    public void setAreaKm2(@Nullable BigDecimal areaKm2) {
        this.areaKm2 = areaKm2;
    }

    public @Nullable Phase getPhase() {
        return phase;
    }

    public void setPhase(@Nullable Phase phase) {
        this.phase = phase;
    }

    public @Nullable String getPhaseLabel() {
        return phaseLabel;
    }

    public void setPhaseLabel(@Nullable String phaseLabel) {
        this.phaseLabel = Texts.cut(phaseLabel, 120);
    }

    public @Nullable String getDiscontinuedReason() {
        return discontinuedReason;
    }

    public void setDiscontinuedReason(@Nullable String discontinuedReason) {
        this.discontinuedReason = Texts.cut(discontinuedReason, Practice.REASON_MAX_LENGTH);
    }

    public List<String> getInnovationFields() {
        return innovationFields;
    }

    public void setInnovationFields(List<String> innovationFields) {
        this.innovationFields = new ArrayList<>(innovationFields);
    }

    public List<String> getUnknownLabels() {
        return unknownLabels;
    }

    public void setUnknownLabels(List<String> unknownLabels) {
        this.unknownLabels = new ArrayList<>(unknownLabels);
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords = new ArrayList<>(keywords);
    }

    public @Nullable String getContact() {
        return contact;
    }

    public void setContact(@Nullable String contact) {
        this.contact = Texts.cut(contact, CONTACT_MAX_LENGTH);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Set<String> getReportUrls() {
        return reportUrls;
    }

    void setReportUrls(List<String> reportUrls) {
        this.reportUrls = new LinkedHashSet<>(reportUrls);
    }

    public boolean isEdited() {
        return edited;
    }

    void setEdited(boolean edited) {
        this.edited = edited;
    }

    /** The shared details as stored: as many whole ones as fit the column. */
    private static String sharedText(List<String> shared) {
        StringBuilder text = new StringBuilder();
        for (String s : shared) {
            if (text.length() + s.length() + 1 > Resemblance.MAX_SHARED_LENGTH) break;
            if (!text.isEmpty()) text.append(' ');
            text.append(s);
        }
        return text.toString();
    }

    public @Nullable String getMarks() {
        return marks;
    }

    void setMarks(@Nullable String marks) {
        this.marks = marks;
    }

    public @Nullable String getFingerprint() {
        return fingerprint;
    }

    void setFingerprint(@Nullable String fingerprint) {
        this.fingerprint = fingerprint;
    }

    /** The entry or candidate this one resembles most, if any resembles it enough to say so. */
    public Optional<Resemblance> getResemblance() {
        if (resemblesKind == null || resemblesId == null || resemblesSimilarity == null) return Optional.empty();
        List<String> shared = resemblesShared == null || resemblesShared.isBlank()
                ? List.of()
                : List.of(resemblesShared.strip().split(" "));
        return Optional.of(new Resemblance(resemblesKind, resemblesId, resemblesSimilarity, shared));
    }

    void setResemblance(@Nullable Resemblance resemblance) {
        this.resemblesKind = resemblance == null ? null : resemblance.kind();
        this.resemblesId = resemblance == null ? null : resemblance.id();
        this.resemblesSimilarity = resemblance == null ? null : resemblance.similarity();
        this.resemblesShared =
                resemblance == null || !resemblance.byDetails() ? null : sharedText(resemblance.shared());
    }

    /** The pages of candidates merged into this one, as copies of the same project. */
    public List<String> getAlsoAt() {
        return alsoAt == null ? List.of() : List.copyOf(alsoAt);
    }

    void addAlsoAt(String url) {
        if (alsoAt == null) alsoAt = new ArrayList<>();
        if (!alsoAt.contains(url) && !url.equals(sourceUrl)) alsoAt.add(url);
    }

    public @Nullable Long getPracticeId() {
        return practiceId;
    }

    void setPracticeId(@Nullable Long practiceId) {
        this.practiceId = practiceId;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Import candidate " + id + " (" + sourceUrl + ")";
    }
}
