package de.smilecity.exchange.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner reports (PDF) and the entries they belong to: the crawler stores what it read, accepting
 * an import attaches its reports to the entry, the detail page lists them, and the search finds the
 * pages of those whose entry is published.
 */
@Service
public class Reports {

    /** What storing did with a report. */
    public enum Change {
        /** First seen at its URL. */
        NEW,
        /** The same bytes as stored: nothing written. */
        UNCHANGED,
        /** Other bytes than stored: the pages were replaced by the new ones. */
        CHANGED
    }

    /** A stored report and what storing did. */
    public record Stored(long id, Change change) {}

    private final ReportRepository reports;
    private final ReportPageRepository pages;

    Reports(ReportRepository reports, ReportPageRepository pages) {
        this.reports = reports;
        this.pages = pages;
    }

    @Transactional(readOnly = true)
    public Optional<ReportSummary> find(String sourceUrl) {
        return reports.findBySourceUrl(sourceUrl).map(ReportSummary::of);
    }

    /**
     * Stores a report as read: new at its URL, unchanged (same hash: nothing written), or changed
     * (the new state replaces the old one, in place, so that its entry keeps it).
     */
    @Transactional
    public Stored store(ReportContent content) {
        Optional<Report> known = reports.findBySourceUrl(content.sourceUrl());
        if (known.isPresent() && known.get().getContentHash().equals(content.contentHash())) {
            return new Stored(Objects.requireNonNull(known.get().getId()), Change.UNCHANGED);
        }
        Report report = known.orElseGet(() -> new Report(content.sourceUrl()));
        report.replaceWith(content);
        Report saved = reports.save(report);
        return new Stored(Objects.requireNonNull(saved.getId()), known.isPresent() ? Change.CHANGED : Change.NEW);
    }

    /** The reports stored at these URLs; URLs without one are left out. */
    @Transactional(readOnly = true)
    public List<ReportSummary> at(Collection<String> sourceUrls) {
        if (sourceUrls.isEmpty()) return List.of();
        return reports.findBySourceUrlIn(sourceUrls).stream()
                .map(ReportSummary::of)
                .toList();
    }

    /** The reports of an entry, by title. */
    @Transactional(readOnly = true)
    public List<ReportSummary> of(long practiceId) {
        return reports.findByPracticeIdOrderByTitleAscIdAsc(practiceId).stream()
                .map(ReportSummary::of)
                .toList();
    }

    /**
     * Attaches the reports stored at these URLs to the entry. A report that already belongs to
     * another entry stays there: two entries citing one file is for an editor to sort out, not for
     * the last import to decide.
     *
     * @return how many reports now belong to the entry that did not before
     */
    @Transactional
    public int attach(Collection<String> sourceUrls, long practiceId) {
        if (sourceUrls.isEmpty()) return 0;
        int attached = 0;
        for (Report report : reports.findBySourceUrlIn(sourceUrls)) {
            if (report.getPracticeId() == null) {
                report.setPracticeId(practiceId);
                attached++;
            }
        }
        return attached;
    }

    /** Ids of the published entries with at least one report that has a text layer. */
    @Transactional(readOnly = true)
    public List<Long> publishedEntriesWithText() {
        return reports.findEntryIdsWithTextReports(PracticeState.PUBLISHED);
    }

    /**
     * Of these reports, those that belong to a published entry, by report id: what a visitor may see
     * a passage of.
     */
    @Transactional(readOnly = true)
    public Map<Long, PublishedReport> published(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) return Map.of();
        return reports.findOwnedIn(reportIds, PracticeState.PUBLISHED).stream()
                .collect(Collectors.toMap(PublishedReport::reportId, Function.identity()));
    }

    /** Ids of the pages the search index may hold: of reports with a text layer that belong to an entry. */
    @Transactional(readOnly = true)
    public List<Long> attachedTextPageIds() {
        return pages.findAttachedTextPageIds();
    }

    /** The pages with these ids that still exist, with their report. */
    @Transactional(readOnly = true)
    public List<ReportPage> pages(Collection<Long> ids) {
        return pages.findAllById(ids);
    }
}
