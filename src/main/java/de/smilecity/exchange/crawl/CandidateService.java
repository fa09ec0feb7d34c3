package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Link;
import de.smilecity.exchange.catalogue.LinkType;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.OrganisationKind;
import de.smilecity.exchange.catalogue.Origin;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.Provenance;
import de.smilecity.exchange.catalogue.ReportSummary;
import de.smilecity.exchange.catalogue.Reports;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.crawl.internal.parse.Extracted;
import de.smilecity.exchange.crawl.internal.parse.PlaceRegions;
import de.smilecity.exchange.crawl.internal.parse.SiteRegion;
import de.smilecity.exchange.crawl.internal.parse.StopReason;
import de.smilecity.exchange.crawl.internal.parse.Urls;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.Role;
import de.smilecity.exchange.security.SignedInUser;
import de.smilecity.exchange.shared.BadRequestException;
import de.smilecity.exchange.shared.ConflictException;
import de.smilecity.exchange.shared.Markdown;
import de.smilecity.exchange.shared.Slugs;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue. The crawler submits what it extracted; an editor accepts (a new published
 * entry, or an update of the entry that came from the same URL), edits first, or rejects. Fields
 * changed in the app since the last import are never overwritten by default: the diff marks them,
 * and only an editor's explicit choice takes the partner's value for them.
 */
@Service
public class CandidateService {

    private final ImportCandidateRepository candidates;
    private final Entries entries;
    private final PartnerSourceRepository sources;
    private final CatalogueService catalogue;
    private final ContributionService contributions;
    private final NearDuplicates nearDuplicates;
    private final Reports reports;
    private final CurrentUser user;
    private final Clock clock;

    CandidateService(
            ImportCandidateRepository candidates,
            Entries entries,
            PartnerSourceRepository sources,
            CatalogueService catalogue,
            ContributionService contributions,
            NearDuplicates nearDuplicates,
            Reports reports,
            CurrentUser user,
            Clock clock) {
        this.candidates = candidates;
        this.entries = entries;
        this.sources = sources;
        this.catalogue = catalogue;
        this.contributions = contributions;
        this.nearDuplicates = nearDuplicates;
        this.reports = reports;
        this.user = user;
        this.clock = clock;
    }

    /** What became of a submitted page. */
    record Submission(Outcome outcome, String reason) {}

    /**
     * Puts an extracted page into the queue, unless the last import of that URL had the same
     * content; an older pending candidate of the URL is replaced by the new one.
     *
     * @param reportUrls the normalised URLs of the reports (PDF) the page links
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Submission submit(
            long runId,
            PartnerSource source,
            String url,
            Extracted e,
            NearDuplicates.PageTexts pageTexts,
            String hash,
            Instant fetchedAt,
            List<String> reportUrls) {
        long sourceId = Objects.requireNonNull(source.getId());
        Optional<ImportCandidate> latest = candidates.findFirstBySourceIdAndSourceUrlOrderByIdDesc(sourceId, url);
        if (latest.isPresent() && latest.get().getContentHash().equals(hash)) {
            return new Submission(
                    Outcome.UNCHANGED,
                    "unchanged since candidate " + latest.get().getId() + " ("
                            + latest.get().getState().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
        Optional<Practice> entry = entries.importedFrom(url);
        if (entry.isPresent() && hash.equals(entry.get().getProvenance().getContentHash())) {
            return new Submission(
                    Outcome.UNCHANGED, "unchanged since entry '" + entry.get().getSlug() + "' was imported");
        }
        ImportCandidate c = candidateOf(runId, sourceId, url, e, hash, fetchedAt, reportUrls);
        NearDuplicates.Found found =
                nearDuplicates.find(c, pageTexts, entry.map(Practice::getId).orElse(null));
        c.setFingerprint(found.fingerprint());
        c.setMarks(found.marks());
        c.setResemblance(found.resemblance());
        ImportCandidate saved = candidates.save(c);
        latest.filter(old -> old.getState() == CandidateState.PENDING)
                .ifPresent(old -> old.decide(
                        CandidateState.REJECTED, "crawler: replaced by candidate " + saved.getId(), fetchedAt));
        return new Submission(
                Outcome.IMPORTED,
                "candidate " + saved.getId()
                        + entry.map(p -> " to update entry '" + p.getSlug() + "'")
                                .orElse(" for a new entry")
                        + (found.resemblance() == null ? "" : "; " + describe(found.resemblance())));
    }

    /** A candidate of the extracted page, with its reports, not yet compared or stored. */
    private static ImportCandidate candidateOf(
            long runId,
            long sourceId,
            String url,
            Extracted e,
            String hash,
            Instant fetchedAt,
            List<String> reportUrls) {
        ImportCandidate c = new ImportCandidate(runId, sourceId, url, fetchedAt, hash);
        c.setTitle(e.title());
        c.setSummary(e.summary().isBlank() ? Markdown.toPlainText(e.description()) : e.summary());
        c.setDescription(e.description());
        c.setOrganisation(e.organisation());
        c.setRegion(e.state());
        c.setPopulation(e.population());
        c.setAreaKm2(e.areaKm2());
        c.setPhase(e.phase());
        c.setPhaseLabel(e.phaseLabel());
        if (e.phase() == Phase.DISCONTINUED) {
            c.setDiscontinuedReason(StopReason.of(Markdown.toPlainText(e.description()), e.phaseLabel())
                    .orElse(null));
        }
        c.setInnovationFields(e.innovationFields());
        c.setUnknownLabels(e.unknownLabels());
        c.setKeywords(e.keywords());
        c.setContact(e.contact());
        if (e.costs() != null) c.setCosts(e.costs().amount(), e.costs().currency());
        c.setFunding(e.funding());
        if (e.period() != null) c.setPeriod(e.period().startYear(), e.period().endYear());
        c.setLanguage(e.language());
        // Before the comparison: a report's file is evidence that two pages tell one project.
        c.setReportUrls(reportUrls);
        return c;
    }

    /**
     * Whether a page repeats a pending candidate or an entry closely enough to be offered as its copy
     * ({@link NearDuplicates#find}): what the crawl asks before it leaves out a page that looks like
     * none of its site's project pages, since a copy is shown to the editor whatever it looks like.
     * Nothing is stored.
     */
    @Transactional(readOnly = true)
    boolean repeatsAnother(
            long runId,
            PartnerSource source,
            String url,
            Extracted e,
            NearDuplicates.PageTexts pageTexts,
            Instant fetchedAt,
            List<String> reportUrls) {
        ImportCandidate c =
                candidateOf(runId, Objects.requireNonNull(source.getId()), url, e, "", fetchedAt, reportUrls);
        Long sameUrlEntry = entries.importedFrom(url).map(Practice::getId).orElse(null);
        return nearDuplicates.find(c, pageTexts, sameUrlEntry).resemblance() != null;
    }

    /**
     * Gives the run's open candidates that state no region the one their site lists for the place they
     * name ({@link PlaceRegions#regionOf}); a region the page states, or an editor set, is kept.
     *
     * @param placesByHost per host of the run, the places its pages list with their region
     */
    @Transactional
    void fillRegions(long runId, Map<String, Map<String, String>> placesByHost) {
        for (ImportCandidate c : candidates.findByRunIdOrderById(runId)) {
            if (c.getState() != CandidateState.PENDING || c.getRegion() != null) continue;
            Optional<Map<String, String>> places =
                    Urls.parseHttp(c.getSourceUrl()).map(Urls::host).map(placesByHost::get);
            if (places.isEmpty()) continue;
            PlaceRegions.regionOf(
                            places.get(),
                            c.getTitle(),
                            Objects.requireNonNullElse(c.getOrganisation(), ""),
                            c.getSummary())
                    .ifPresent(c::setRegion);
        }
    }

    /**
     * Gives the run's open candidates that still state no region the one their site's legal notice
     * names ({@link SiteRegion}), where the site's projects mostly lie there and the candidate's title
     * and summary name no other region.
     *
     * @param regionByHost per host of the run, the region its legal notice names
     */
    @Transactional
    void fillSiteRegions(long runId, Map<String, String> regionByHost) {
        Map<String, List<ImportCandidate>> byHost = new HashMap<>();
        for (ImportCandidate c : candidates.findByRunIdOrderById(runId)) {
            Urls.parseHttp(c.getSourceUrl())
                    .map(Urls::host)
                    .filter(regionByHost::containsKey)
                    .ifPresent(host ->
                            byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(c));
        }
        byHost.forEach((host, ofSite) -> {
            String region = regionByHost.get(host);
            List<String> stated =
                    ofSite.stream().map(ImportCandidate::getRegion).toList();
            if (!SiteRegion.projectsLieThere(region, stated)) return;
            for (ImportCandidate c : ofSite) {
                if (c.getState() != CandidateState.PENDING || c.getRegion() != null) continue;
                if (SiteRegion.namesAnother(region, c.getTitle(), c.getSummary())) continue;
                c.setRegion(region);
            }
        });
    }

    @Transactional(readOnly = true)
    public List<ImportCandidate> ofRun(long runId) {
        return candidates.findByRunIdOrderById(runId);
    }

    @Transactional(readOnly = true)
    public List<ImportCandidate> pending() {
        return candidates.findByStateOrderByIdDesc(CandidateState.PENDING);
    }

    @Transactional(readOnly = true)
    public List<ImportCandidate> recent() {
        return candidates.findTop200ByOrderByIdDesc();
    }

    /**
     * @throws ImportCandidateNotFoundException naming the id
     */
    @Transactional(readOnly = true)
    public ImportCandidate get(long id) {
        return candidates.findById(id).orElseThrow(() -> new ImportCandidateNotFoundException(id));
    }

    /** The entry that came from the candidate's URL earlier, fully loaded, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Practice> existingEntry(ImportCandidate candidate) {
        return entries.importedFrom(candidate.getSourceUrl()).map(p -> catalogue.getForEdit(p.getSlug()));
    }

    /**
     * The fields where the candidate differs from the entry of the same URL, or else from the entry
     * or candidate its text resembles; empty for a new entry that resembles nothing.
     */
    @Transactional(readOnly = true)
    public List<FieldChange> diff(long id) {
        ImportCandidate c = get(id);
        Optional<Practice> entry = existingEntry(c);
        if (entry.isPresent()) return List.copyOf(changes(c, entry.get()).values());
        Optional<Resemblance> resemblance = resemblance(c);
        if (resemblance.isEmpty()) return List.of();
        if (resemblance.get().kind() == Resemblance.Kind.ENTRY) {
            return List.copyOf(changes(c, resembledEntry(resemblance.get())).values());
        }
        ImportCandidate other = get(resemblance.get().id());
        return java.util.Arrays.stream(CandidateField.values())
                .filter(field -> !field.proposed(other).equals(field.proposed(c)))
                .map(field -> new FieldChange(field.fieldName(), field.proposed(other), null, field.proposed(c), false))
                .toList();
    }

    /**
     * What the candidate's text copies, as it stands now: a resembled candidate that was accepted
     * meanwhile counts as its entry; one that was rejected, and an entry no longer published, no
     * longer count.
     */
    @Transactional(readOnly = true)
    public Optional<Resemblance> resemblance(ImportCandidate c) {
        return c.getResemblance().flatMap(r -> switch (r.kind()) {
            case ENTRY -> entries.find(r.id()).filter(Practice::isPublished).map(p -> r);
            case CANDIDATE ->
                candidates.findById(r.id()).flatMap(other -> switch (other.getState()) {
                    case PENDING -> Optional.of(r);
                    case ACCEPTED ->
                        Optional.ofNullable(other.getPracticeId())
                                .flatMap(entries::find)
                                .filter(Practice::isPublished)
                                .map(p -> new Resemblance(
                                        Resemblance.Kind.ENTRY,
                                        Objects.requireNonNull(p.getId()),
                                        r.similarity(),
                                        r.shared()));
                    case REJECTED -> Optional.<Resemblance>empty();
                });
        });
    }

    /** The entry a resemblance of kind ENTRY names, fully loaded. */
    @Transactional(readOnly = true)
    public Practice resembledEntry(Resemblance resemblance) {
        Practice entry = entries.find(resemblance.id())
                .orElseThrow(() -> new ConflictException("Entry " + resemblance.id() + " no longer exists"));
        return catalogue.getForEdit(entry.getSlug());
    }

    private String describe(Resemblance r) {
        String what = r.kind() == Resemblance.Kind.ENTRY
                ? entries.find(r.id()).map(p -> "entry '" + p.getSlug() + "'").orElse("entry " + r.id())
                : "candidate " + r.id();
        if (r.byDetails()) {
            return "it states the details of " + what + " (" + r.percent() + " % of the smaller text's figures,"
                    + " addresses and names, among them "
                    + String.join(
                            ", ", r.shared().subList(0, Math.min(6, r.shared().size())))
                    + "), perhaps the same project in another language";
        }
        return "its text resembles " + what + " (" + r.percent() + " % of the shorter text stands word for word in "
                + "the other)";
    }

    private Map<CandidateField, FieldChange> changes(ImportCandidate c, Practice entry) {
        Optional<ImportCandidate> lastImport = candidates.findFirstBySourceIdAndSourceUrlAndStateOrderByIdDesc(
                c.getSourceId(), c.getSourceUrl(), CandidateState.ACCEPTED);
        Map<CandidateField, FieldChange> changes = new LinkedHashMap<>();
        for (CandidateField field : CandidateField.values()) {
            String current = field.current(entry);
            String proposed = field.proposed(c);
            if (current.equals(proposed)) continue;
            String imported = lastImport.map(field::proposed).orElse(null);
            boolean edited = imported != null && !imported.equals(current);
            changes.put(field, new FieldChange(field.fieldName(), current, imported, proposed, edited));
        }
        return changes;
    }

    /** Applies an editor's corrections; the candidate then counts as edited. */
    @Transactional
    public ImportCandidate edit(long id, CandidateEdit edit) {
        requireEditor();
        ImportCandidate c = pendingCandidate(id);
        applyEdit(c, edit);
        return c;
    }

    /**
     * Accepts a candidate: publishes a new entry, or updates the entry from the same URL with the
     * fields changed on the partner site (and, for fields edited in the app, only those named). A
     * published entry is updated through a new version that is submitted and approved at once, in the
     * editor's name, so that the history records the step; while another new version of it is in
     * progress the candidate waits (409).
     *
     * @param edit corrections to apply first ({@link CandidateEdit#NONE} for none)
     * @param take fields to take even though they were edited in the app; null takes the default
     * @return the published entry
     * @throws jakarta.validation.ConstraintViolationException when the result is not a valid entry
     *     (e.g. no innovation field); nothing is stored then
     */
    @Transactional
    public Practice accept(long id, CandidateEdit edit, @Nullable Set<String> take) {
        return accept(id, edit, take, null);
    }

    /**
     * Accepts a candidate as {@link #accept(long, CandidateEdit, Set)} does; for a candidate whose text
     * resembles a published entry, as the editor chose: a new version of that entry with the
     * candidate's changes ({@link DuplicateChoice#UPDATE}), the entry with the candidate's page as a
     * further source and the fields it lacks ({@link DuplicateChoice#MERGE}), or an entry of its own
     * ({@link DuplicateChoice#KEEP_BOTH}).
     *
     * @param choice required when the candidate resembles an entry or a pending candidate, else ignored
     * @throws BadRequestException when a resemblance needs a choice and none (or one that does not
     *     fit) was given
     */
    @Transactional
    public Practice accept(long id, CandidateEdit edit, @Nullable Set<String> take, @Nullable DuplicateChoice choice) {
        requireEditor();
        ImportCandidate c = pendingCandidate(id);
        if (!edit.isEmpty()) applyEdit(c, edit);
        PartnerSource source = sources.findById(c.getSourceId())
                .orElseThrow(() -> new PartnerSourceNotFoundException(c.getSourceId()));
        Optional<Practice> existing = existingEntry(c);
        Optional<Resemblance> resemblance = existing.isPresent() ? Optional.empty() : resemblance(c);
        if (resemblance.isPresent()) {
            Resemblance r = resemblance.get();
            if (choice == null) {
                throw new BadRequestException(
                        "duplicate",
                        "Import candidate " + id + ": " + describe(r)
                                + "; say whether it updates that entry (update), is merged into it (merge) or is kept as a "
                                + "project of its own (keepBoth)");
            }
            if (r.kind() == Resemblance.Kind.CANDIDATE && choice != DuplicateChoice.KEEP_BOTH) {
                throw new BadRequestException(
                        "duplicate",
                        "Import candidate " + id + " resembles candidate " + r.id()
                                + ", which is not an entry yet: merge it into that candidate, or keep both");
            }
            if (choice == DuplicateChoice.UPDATE) existing = Optional.of(resembledEntry(r));
            if (choice == DuplicateChoice.MERGE) return mergeIntoEntry(c, resembledEntry(r), source);
        }
        Practice practice;
        if (existing.isEmpty()) {
            practice = catalogue.newPractice(organisationFor(c, source));
            CandidateField.Resolver resolver = resolver(source);
            for (CandidateField field : CandidateField.values()) field.takeInto(c, practice, resolver);
            practice.setLanguage(c.getLanguage());
            List<Link> links = new ArrayList<>();
            links.add(sourceLink(c.getSourceUrl(), c.getLanguage()));
            c.getAlsoAt().forEach(url -> links.add(sourceLink(url, c.getLanguage())));
            practice.setLinks(links);
        } else if (existing.get().isPublished()) {
            // A published entry changes only through a new version that is approved, like every other
            // change: the step is recorded, and no new version started earlier can later undo it.
            practice = newVersionOf(existing.get(), id);
            takeChanges(c, practice, existing.get(), take, source);
        } else {
            practice = existing.get();
            takeChanges(c, practice, existing.get(), take, source);
        }
        Provenance provenance = practice.getProvenance();
        provenance.setOrigin(Origin.CRAWL);
        provenance.setSourceUrl(c.getSourceUrl());
        provenance.setFetchedAt(c.getFetchedAt());
        provenance.setContentHash(c.getContentHash());
        provenance.setPartnerSourceId(c.getSourceId());
        practice.setLastVerifiedOn(LocalDate.ofInstant(c.getFetchedAt(), ZoneOffset.UTC));
        Practice saved = existing.isEmpty() || existing.get().isPublished()
                ? contributions.saveAndPublish(
                        practice, "Import candidate " + id + " accepted, from " + c.getSourceUrl())
                : catalogue.save(practice);
        c.setPracticeId(saved.getId());
        reports.attach(c.getReportUrls(), Objects.requireNonNull(saved.getId()));
        c.decide(CandidateState.ACCEPTED, decider(), clock.instant());
        return saved;
    }

    /**
     * Sets a candidate aside as a copy of the pending candidate it resembles, which takes its page as
     * a further source: one record for the project, and the copy's page is not forgotten.
     *
     * @return the candidate that stays
     * @throws BadRequestException when the candidate resembles no pending candidate
     */
    @Transactional
    public ImportCandidate mergeIntoResembled(long id) {
        requireEditor();
        ImportCandidate c = pendingCandidate(id);
        Resemblance r = resemblance(c)
                .filter(found -> found.kind() == Resemblance.Kind.CANDIDATE)
                .orElseThrow(() -> new BadRequestException(
                        "duplicate", "Import candidate " + id + " resembles no pending candidate to merge it into"));
        ImportCandidate stays = pendingCandidate(r.id());
        stays.addAlsoAt(c.getSourceUrl());
        c.getAlsoAt().forEach(stays::addAlsoAt);
        // The copy's reports are the project's too: they join the entry the other candidate becomes.
        List<String> reportUrls = new ArrayList<>(stays.getReportUrls());
        c.getReportUrls().stream().filter(url -> !reportUrls.contains(url)).forEach(reportUrls::add);
        stays.setReportUrls(reportUrls);
        c.decide(CandidateState.REJECTED, decider(), clock.instant());
        return stays;
    }

    /** The entry keeps its texts; it gains the candidate's page as a source and the fields it lacks. */
    private Practice mergeIntoEntry(ImportCandidate c, Practice entry, PartnerSource source) {
        Practice practice = newVersionOf(entry, Objects.requireNonNull(c.getId()));
        CandidateField.Resolver resolver = resolver(source);
        for (CandidateField field : CandidateField.values()) {
            if (field.current(entry).isBlank() && !field.proposed(c).isBlank()) field.takeInto(c, practice, resolver);
        }
        List<Link> links = new ArrayList<>(practice.getLinks());
        for (String url : Stream.concat(Stream.of(c.getSourceUrl()), c.getAlsoAt().stream())
                .toList()) {
            if (links.stream().noneMatch(l -> l.getUrl().equals(url))) links.add(sourceLink(url, c.getLanguage()));
        }
        practice.setLinks(links);
        Practice saved = contributions.saveAndPublish(
                practice, "Import candidate " + c.getId() + " merged, from " + c.getSourceUrl());
        c.setPracticeId(saved.getId());
        reports.attach(c.getReportUrls(), Objects.requireNonNull(saved.getId()));
        c.decide(CandidateState.ACCEPTED, decider(), clock.instant());
        return saved;
    }

    private Practice newVersionOf(Practice published, long candidateId) {
        contributions.newVersionOf(published).ifPresent(copy -> {
            throw new ConflictException("Practice '" + published.getSlug() + "' has a new version in "
                    + "progress ('" + copy.slug() + "'); approve or rework it first, then accept import "
                    + "candidate " + candidateId + ", so that neither undoes the other");
        });
        return published.workingCopy();
    }

    private static Link sourceLink(String url, String language) {
        return new Link(hostOf(url), url, LinkType.SOURCE, language);
    }

    /** A report the candidate's page links, and what was stored of it (empty: not read, see the run). */
    public record LinkedReport(String url, Optional<ReportSummary> stored) {}

    /** The reports the candidate's page links, in the order of their URLs. */
    @Transactional(readOnly = true)
    public List<LinkedReport> reports(long id) {
        ImportCandidate c = get(id);
        Map<String, ReportSummary> stored = new LinkedHashMap<>();
        reports.at(c.getReportUrls()).forEach(r -> stored.put(r.sourceUrl(), r));
        return c.getReportUrls().stream()
                .map(url -> new LinkedReport(url, Optional.ofNullable(stored.get(url))))
                .toList();
    }

    /**
     * A report was stored: if it belongs to no entry yet while an accepted candidate links it (read
     * after the editor accepted, or in a later run than the page), it joins that candidate's entry.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void reportRead(String reportUrl) {
        candidates.findDecidedLinking(reportUrl, CandidateState.ACCEPTED).stream()
                .findFirst()
                .ifPresent(c -> reports.attach(List.of(reportUrl), Objects.requireNonNull(c.getPracticeId())));
    }

    /** The fields the partner changed, and those edited in the app that the editor chose to take. */
    private void takeChanges(
            ImportCandidate c, Practice practice, Practice entry, @Nullable Set<String> take, PartnerSource source) {
        Set<String> explicit = take == null ? Set.of() : take;
        CandidateField.Resolver resolver = resolver(source);
        changes(c, entry).forEach((field, change) -> {
            if (change.takenByDefault() || explicit.contains(field.fieldName())) {
                field.takeInto(c, practice, resolver);
            }
        });
    }

    /** Organisations and concepts as a new or updated entry from this source gets them. */
    private CandidateField.Resolver resolver(PartnerSource source) {
        return new CandidateField.Resolver() {
            @Override
            public Organisation organisation(ImportCandidate candidate) {
                return organisationFor(candidate, source);
            }

            @Override
            public Set<Concept> innovationFields(Collection<String> codes) {
                return CandidateService.this.innovationFields(codes);
            }
        };
    }

    @Transactional
    public ImportCandidate reject(long id) {
        requireEditor();
        ImportCandidate c = pendingCandidate(id);
        c.decide(CandidateState.REJECTED, decider(), clock.instant());
        return c;
    }

    private ImportCandidate pendingCandidate(long id) {
        ImportCandidate c = get(id);
        if (c.getState() != CandidateState.PENDING) {
            throw new ConflictException("Import candidate " + id + " is already "
                    + c.getState().name().toLowerCase(java.util.Locale.ROOT)
                    + "; only pending candidates can be decided");
        }
        return c;
    }

    private void applyEdit(ImportCandidate c, CandidateEdit edit) {
        if (edit.title() != null) c.setTitle(edit.title().strip());
        if (edit.summary() != null) c.setSummary(edit.summary().strip());
        if (edit.description() != null) c.setDescription(edit.description().strip());
        if (edit.organisation() != null) c.setOrganisation(Texts.blankToNull(edit.organisation()));
        if (edit.state() != null) c.setRegion(Texts.blankToNull(edit.state()));
        if (edit.population() != null) c.setPopulation(edit.population());
        if (edit.areaKm2() != null) c.setAreaKm2(edit.areaKm2());
        if (edit.phase() != null) c.setPhase(edit.phase());
        if (edit.discontinuedReason() != null) c.setDiscontinuedReason(Texts.blankToNull(edit.discontinuedReason()));
        if (edit.innovationFields() != null) {
            Map<String, Concept> known = catalogue.conceptsByKey();
            for (String code : edit.innovationFields()) {
                if (!known.containsKey(ConceptScheme.INNOVATION_FIELD.key() + ":" + code)) {
                    throw new BadRequestException(
                            "innovationFields",
                            "unknown innovation field '" + code + "'; use the codes of the taxonomy");
                }
            }
            c.setInnovationFields(edit.innovationFields());
        }
        if (edit.keywords() != null) {
            c.setKeywords(edit.keywords());
            c.setUnknownLabels(List.of());
        }
        if (edit.contact() != null) c.setContact(Texts.blankToNull(edit.contact()));
        c.setEdited(true);
    }

    private Set<Concept> innovationFields(Collection<String> codes) {
        Map<String, Concept> known = catalogue.conceptsByKey();
        Set<Concept> result = new LinkedHashSet<>();
        for (String code : codes) {
            Concept concept = known.get(ConceptScheme.INNOVATION_FIELD.key() + ":" + code);
            if (concept != null) result.add(concept);
        }
        return result;
    }

    /**
     * The organisation named on the page, matched by name as labels are (case, spacing, "&"/"und"),
     * or created from what the page says; without a name, the partner source itself as a network.
     */
    private Organisation organisationFor(ImportCandidate c, PartnerSource source) {
        String name = c.getOrganisation() == null ? source.getName() : c.getOrganisation();
        String wanted = OrganisationNames.normalise(name);
        for (Organisation o : catalogue.organisations()) {
            if (OrganisationNames.normalise(o.getName()).equals(wanted)) return o;
        }
        String base = Slugs.of(name);
        String slug = base;
        for (int n = 2; catalogue.findOrganisation(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        Organisation created = new Organisation(
                slug,
                Texts.cutRequired(name, Organisation.NAME_MAX_LENGTH),
                c.getOrganisation() == null ? OrganisationKind.NETWORK : OrganisationKind.CITY,
                "DE");
        created.setState(c.getRegion());
        created.setPopulation(c.getPopulation());
        created.setAreaKm2(c.getAreaKm2());
        return catalogue.saveOrganisation(created);
    }

    private void requireEditor() {
        if (!user.hasRole(Role.EDITOR)) {
            throw new AccessDeniedException("Only editors decide on import candidates");
        }
    }

    private String decider() {
        return user.find().map(SignedInUser::username).orElse("system");
    }

    private static String hostOf(String url) {
        return Urls.parseHttp(url).map(URI::getHost).orElse(url);
    }
}
