package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ReportContent;
import de.smilecity.exchange.catalogue.ReportSummary;
import de.smilecity.exchange.catalogue.Reports;
import de.smilecity.exchange.crawl.internal.fetch.FetchResult;
import de.smilecity.exchange.crawl.internal.fetch.HostGate;
import de.smilecity.exchange.crawl.internal.fetch.PageFetcher;
import de.smilecity.exchange.crawl.internal.parse.AlternateView;
import de.smilecity.exchange.crawl.internal.parse.Extracted;
import de.smilecity.exchange.crawl.internal.parse.ExtractedReport;
import de.smilecity.exchange.crawl.internal.parse.PageExtractor;
import de.smilecity.exchange.crawl.internal.parse.PageKind;
import de.smilecity.exchange.crawl.internal.parse.PageShape;
import de.smilecity.exchange.crawl.internal.parse.PageText;
import de.smilecity.exchange.crawl.internal.parse.PlaceRegions;
import de.smilecity.exchange.crawl.internal.parse.Profile;
import de.smilecity.exchange.crawl.internal.parse.ReportExtractor;
import de.smilecity.exchange.crawl.internal.parse.RobotRules;
import de.smilecity.exchange.crawl.internal.parse.SiteProjects;
import de.smilecity.exchange.crawl.internal.parse.SiteRegion;
import de.smilecity.exchange.crawl.internal.parse.Sitemaps;
import de.smilecity.exchange.crawl.internal.parse.UnreadableReport;
import de.smilecity.exchange.crawl.internal.parse.Urls;
import de.smilecity.exchange.crawl.internal.similar.Shingles;
import de.smilecity.exchange.crawl.internal.similar.SiteTemplate;
import de.smilecity.exchange.shared.Language;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of one source, in four steps per page: fetch (through the fetcher and the per-host gate),
 * parse (pure extraction), clean (inside the extraction), submit for review. Every URL the run meets
 * ends in exactly one recorded outcome — also when the run is cancelled or hits its page limit.
 *
 * <p>Reports (PDFs linked from project pages, or among the start URLs and sitemap entries) are queued
 * apart and read once the pages are done, under the same politeness: so a report met from several
 * pages is fetched once, and every candidate that links it finds it by its URL.
 */
final class Crawl {

    private static final Logger log = LoggerFactory.getLogger(Crawl.class);

    /** What a crawl needs besides the source: shared services, passed in once. */
    record Tools(
            PageFetcher fetcher,
            HostGate gate,
            CrawlRecorder recorder,
            CandidateService candidates,
            Reports reports,
            Clock clock,
            int hostsInParallel,
            int maxLinksPerPage,
            int maxUrlsPerRun) {}

    private record HostRules(RobotRules rules, @Nullable String note) {}

    /** How a URL was met: what decides whether include patterns and the depth limit apply. */
    private enum Via {
        /** A start URL: taken whatever its path (a listing is read for its links only). */
        START,
        /** An entry of the source's sitemap. */
        SITEMAP,
        /** A link of a page. */
        LINK,
        /** A report linked from a project page: part of the page, so neither patterns nor depth apply. */
        REPORT_OF_PROJECT
    }

    /** Work on one item taken from a frontier. */
    @FunctionalInterface
    private interface Visit {
        void visit(Frontier.Item item) throws InterruptedException;
    }

    private final long runId;
    private final PartnerSource source;
    private final Profile profile;
    private final List<Concept> innovationFields;
    private final Tools tools;
    private final Set<String> hosts;
    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final Frontier frontier;
    /** Reports wait here until the pages are done; a report is never a page of the frontier. */
    private final Frontier reports;
    /** The language of the first project page that linked a report: the language it is indexed in. */
    private final Map<URI, String> reportLanguages = new ConcurrentHashMap<>();
    // A set and a map, so that checking a link against every URL met so far costs the same for the
    // first and the ten-thousandth; both stay below the run's URL limit.
    private final Set<String> seenUrls = new HashSet<>();
    /** The page key of every URL met (see {@link Urls#pageKey}) and the spelling it was first met under. */
    private final Map<URI, URI> seenPages = new HashMap<>();

    private final Map<String, HostRules> robots = new ConcurrentHashMap<>();
    /** The shapes of each site's project pages, against which pages with little evidence are weighed. */
    private final SiteProjects siteProjects = new SiteProjects();
    /** The word sequences each site's template repeats on its project pages, left out of copy comparisons. */
    private final SiteTemplate siteTemplate = new SiteTemplate();
    /** Pages with little evidence of a project, judged once all pages are read ({@link #judgeDeferred}). */
    private final List<Deferred> deferred = java.util.Collections.synchronizedList(new ArrayList<>());

    private final AtomicInteger pagesRequested = new AtomicInteger();
    private final AtomicInteger pagesDone = new AtomicInteger();
    private final AtomicInteger pagesRead = new AtomicInteger();

    /** Per field, per origin, the candidates of this run that took the field from there. */
    private final Map<String, Map<String, Integer>> fieldOrigins = new HashMap<>();

    /** Per host, the places its pages list with their region, and the places listed with two. */
    private final Map<String, Map<String, String>> placeRegions = new HashMap<>();

    private final Set<String> contradictedPlaces = new HashSet<>();

    /** Per host, the region its legal notice names; a host whose notices name two is left out. */
    private final Map<String, String> siteRegions = new HashMap<>();

    private final Set<String> contradictedSites = new HashSet<>();
    private final AtomicLong linksLeftOut = new AtomicLong();
    private final AtomicInteger pagesWithTooManyLinks = new AtomicInteger();
    private final AtomicLong urlsLeftOut = new AtomicLong();
    private volatile @Nullable String firstFailure;
    private volatile boolean cancelled;

    Crawl(long runId, PartnerSource source, List<Concept> innovationFields, Tools tools) {
        this.runId = runId;
        this.source = source;
        this.innovationFields = innovationFields;
        this.tools = tools;
        this.profile = new Profile(source.getFields().asMap(), source.getPhaseLabels(), source.getLanguage());
        this.hosts = source.effectiveHosts();
        this.include = source.getInclude().stream().map(Pattern::compile).toList();
        this.exclude = source.getExclude().stream().map(Pattern::compile).toList();
        // A URL queued beyond the page limit could never be fetched in this run.
        this.frontier = new Frontier(source.getMaxPages());
        // About one report per project page: partners publish one per project.
        this.reports = new Frontier(source.getMaxPages());
    }

    /** Runs to the end; returns the final state and, if it did not finish normally, why. */
    Result run() {
        for (String start : source.getStartUrls()) {
            offer(start, 0, Via.START);
        }
        if (source.getSitemapUrl() != null) {
            readSitemap(source.getSitemapUrl());
        }
        work(frontier, this::visit, "page");
        if (!cancelled) judgeDeferred();
        if (!cancelled) fillRegionsFromSite();
        for (Deferred rest : takeDeferred()) {
            // Cancelled before its site was known: the page still gets its one outcome.
            record(UrlOutcome.skipped(
                    rest.item().url(), rest.item().normalised(), SkipReason.CANCELLED, "this page was judged"));
        }
        if (!cancelled) work(reports, this::visitReport, "report");
        for (Frontier.Item rest : frontier.close()) {
            record(UrlOutcome.skipped(rest.url(), rest.normalised(), SkipReason.CANCELLED, "this page was fetched"));
        }
        for (Frontier.Item rest : reports.close()) {
            record(UrlOutcome.skipped(rest.url(), rest.normalised(), SkipReason.CANCELLED, "this report was fetched"));
        }
        if (cancelled) return new Result(RunState.CANCELLED, withLeftOut("cancelled by an editor"));
        if (pagesRead.get() == 0 && firstFailure != null) {
            // Nothing could be read at all: the source needs attention, so the run counts as failed.
            return new Result(RunState.FAILED, withLeftOut("no page could be read; first problem: " + firstFailure));
        }
        return new Result(RunState.FINISHED, withLeftOut(null));
    }

    /** The run's note on what it left out unrecorded, after the reason it ended, if any. */
    private @Nullable String withLeftOut(@Nullable String reason) {
        List<String> parts = new ArrayList<>();
        if (linksLeftOut.get() > 0) {
            parts.add(linksLeftOut.get() + " links of " + pagesWithTooManyLinks.get()
                    + " page(s) with more than " + tools.maxLinksPerPage() + " links (only the first "
                    + tools.maxLinksPerPage() + " of a page are taken)");
        }
        if (urlsLeftOut.get() > 0) {
            parts.add(urlsLeftOut.get() + " URLs that found the run's queue full (it holds at most the page limit of "
                    + source.getMaxPages() + ") or came after the run's limit of " + tools.maxUrlsPerRun() + " URLs");
        }
        if (parts.isEmpty()) return reason;
        String note = "left out without an outcome of their own: " + String.join("; ", parts);
        return reason == null ? note : reason + "; " + note;
    }

    record Result(RunState state, @Nullable String reason) {}

    /** Where the candidates submitted so far took their fields from. */
    FieldOrigins fieldOrigins() {
        synchronized (fieldOrigins) {
            return new FieldOrigins(fieldOrigins);
        }
    }

    /** Works through a frontier with one worker per host (at most the run's hosts in parallel). */
    private void work(Frontier queue, Visit visit, String what) {
        int workers = Math.max(1, Math.min(tools.hostsInParallel(), hosts.size()));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            threads.add(Thread.ofPlatform()
                    .name("crawl-run-" + runId + "-" + what + "-worker-" + i)
                    .daemon()
                    .start(() -> work(queue, visit)));
        }
        try {
            for (Thread t : threads) t.join();
        } catch (InterruptedException e) {
            cancelled = true;
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
        }
    }

    private void work(Frontier queue, Visit visit) {
        try {
            while (true) {
                Optional<Frontier.Item> next = queue.take(host -> tools.gate().isReady(host, delayFor(host)));
                if (next.isEmpty()) return;
                Frontier.Item item = next.get();
                String what = queue == reports ? "this report was fetched" : "this page was fetched";
                try {
                    if (tools.recorder().isCancelRequested(runId)) {
                        cancelled = true;
                        record(UrlOutcome.skipped(item.url(), item.normalised(), SkipReason.CANCELLED, what));
                        queue.close()
                                .forEach(rest -> record(
                                        UrlOutcome.skipped(rest.url(), rest.normalised(), SkipReason.CANCELLED, what)));
                        return;
                    }
                    visit.visit(item);
                } catch (RuntimeException e) {
                    log.error("Crawl run {}: unexpected error on {}", runId, item.url(), e);
                    record(UrlOutcome.failed(item.url(), item.normalised(), "unexpected error: " + e));
                } finally {
                    queue.done(item);
                }
            }
        } catch (InterruptedException e) {
            cancelled = true;
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Records the AMP view a page names as skipped, without fetching it, unless the run has met it
     * already (then it was judged as a page of its own, and a copy of it is shown as one). Many AMP
     * views carry no canonical link, so this page is the only one to say what the view is.
     */
    private void skipAmpView(URI amp, Frontier.Item original) {
        String raw = amp.toString();
        synchronized (seenUrls) {
            if (seenUrls.contains(raw) || seenPages.containsKey(Urls.pageKey(amp))) return;
            if (seenUrls.size() >= tools.maxUrlsPerRun()) return;
            seenUrls.add(raw);
            seenPages.put(Urls.pageKey(amp), amp);
        }
        record(UrlOutcome.skipped(
                raw, amp, SkipReason.ALTERNATE, original.url() + " names it as its AMP view (rel=amphtml)"));
    }

    /** Decides what to do with a URL met as a start URL, in a sitemap or as a link. */
    private void offer(String url, int depth, Via via) {
        Optional<URI> parsed = Urls.parseHttp(url);
        if (parsed.isEmpty()) return; // mailto:, javascript:, broken hrefs: no web page to visit
        URI normalised = Urls.normalise(parsed.get());
        String raw = parsed.get().toString();
        synchronized (seenUrls) {
            if (seenUrls.contains(raw)) return;
            if (seenUrls.size() >= tools.maxUrlsPerRun()) {
                urlsLeftOut.incrementAndGet();
                return;
            }
            seenUrls.add(raw);
            URI first = seenPages.putIfAbsent(Urls.pageKey(normalised), normalised);
            if (first != null) {
                record(UrlOutcome.skipped(raw, normalised, SkipReason.DUPLICATE, "the same page as " + first));
                return;
            }
        }
        String host = Urls.host(normalised);
        if (!hosts.contains(host)) {
            record(UrlOutcome.skipped(
                    raw, normalised, SkipReason.HOST, host + " is not among the source's allowed hosts " + hosts));
            return;
        }
        HostRules known = robots.get(host);
        if (known != null && !known.rules().isAllowed(normalised)) {
            record(UrlOutcome.skipped(
                    raw, normalised, SkipReason.ROBOTS, "robots.txt of " + host + " does not allow this page"));
            return;
        }
        String path = Urls.path(normalised);
        Optional<Pattern> excludedBy =
                exclude.stream().filter(p -> p.matcher(path).find()).findFirst();
        boolean included = include.isEmpty()
                || include.stream().anyMatch(p -> p.matcher(path).find());
        boolean report = Urls.looksLikeReport(normalised);
        // Include patterns choose project pages, which a report never is: they apply to the links
        // of pages only. Excluded paths stay excluded for reports too.
        boolean includeApplies = via == Via.LINK || (via == Via.SITEMAP && !report);
        if (via != Via.START && excludedBy.isPresent()) {
            record(UrlOutcome.skipped(raw, normalised, SkipReason.PATTERN, "excluded by '" + excludedBy.get() + "'"));
            return;
        }
        // The site's legal notice is read all the same, for the region it names (SiteRegion): a profile
        // that chooses the project pages leaves it out, and the projects then lack their Land.
        boolean legalNotice = via == Via.LINK && SiteRegion.addressesLegalNotice(path);
        if (includeApplies && !included && !legalNotice) {
            record(UrlOutcome.skipped(raw, normalised, SkipReason.PATTERN, "the path matches no include pattern"));
            return;
        }
        if (via != Via.REPORT_OF_PROJECT && depth > source.getMaxDepth()) {
            record(UrlOutcome.skipped(
                    raw, normalised, SkipReason.LIMIT, "deeper than the depth limit of " + source.getMaxDepth()));
            return;
        }
        Frontier queue = report ? reports : frontier;
        if (!queue.add(new Frontier.Item(raw, normalised, host, depth, included && excludedBy.isEmpty()))) {
            urlsLeftOut.incrementAndGet();
        }
    }

    private void visit(Frontier.Item item) throws InterruptedException {
        if (!allowedByRobots(item, "page")) return;
        if (pagesRequested.incrementAndGet() > source.getMaxPages()) {
            record(UrlOutcome.skipped(
                    item.url(),
                    item.normalised(),
                    SkipReason.LIMIT,
                    "the page limit of " + source.getMaxPages() + " was reached"));
            return;
        }
        FetchResult result = fetch(item.normalised(), item.host());
        progress(runId, item.url(), pagesDone.incrementAndGet());
        switch (result) {
            case FetchResult.Failure failure -> failed(item.url(), item.normalised(), failure);
            case FetchResult.Page page -> {
                pagesRead.incrementAndGet();
                read(item, page);
            }
        }
    }

    private void failed(String url, URI normalised, FetchResult.Failure failure) {
        if (firstFailure == null) firstFailure = url + ": " + failure.reason();
        record(UrlOutcome.failed(url, normalised, failure.reason()).answered(failure.status(), false));
    }

    private void read(Frontier.Item item, FetchResult.Page page) {
        String cut = page.truncated()
                ? "; the page was longer than " + tools.fetcher().settings().maxBodyBytes() + " bytes and was cut there"
                : "";
        if (page.isPdf()) {
            // A start URL or sitemap entry that is a report without a name ending in .pdf.
            readReport(item, page);
            return;
        }
        if (!page.isHtml()) {
            record(UrlOutcome.skipped(
                            item.url(), item.normalised(), SkipReason.NOT_HTML, "(" + page.contentType() + ")")
                    .answered(page.status(), page.truncated()));
            return;
        }
        Document doc =
                PageExtractor.parse(page.body(), page.charset(), page.url().toString());
        notePlaceRegions(item.host(), doc);
        noteSiteRegion(item.host(), doc);
        // Links beyond the depth limit are still met, so they get their outcome ("limit") too.
        List<String> links = PageExtractor.links(doc);
        int taken = Math.min(links.size(), tools.maxLinksPerPage());
        List<String> reportLinks = new ArrayList<>();
        for (String link : links.subList(0, taken)) {
            if (Urls.looksLikeReport(link)) reportLinks.add(link);
            else offer(link, item.depth() + 1, Via.LINK);
        }
        String truncation = cut;
        if (taken < links.size()) {
            linksLeftOut.addAndGet(links.size() - taken);
            pagesWithTooManyLinks.incrementAndGet();
            truncation += "; " + (links.size() - taken) + " of its " + links.size()
                    + " links were left out (only the first " + taken + " links of a page are taken)";
        }
        Judged judged = readCandidate(item, page, doc, reportLinks, truncation);
        // A page judged later offers its reports then, as a project page's or as links.
        if (judged == Judged.DEFERRED) return;
        offerReports(item, reportLinks, judged.language());
    }

    /** Keeps what the page's tables say about the regions of the site's places. */
    private void notePlaceRegions(String host, Document doc) {
        Map<String, String> listed = PlaceRegions.of(doc);
        if (listed.isEmpty()) return;
        synchronized (placeRegions) {
            Map<String, String> known = placeRegions.computeIfAbsent(host, h -> new HashMap<>());
            listed.forEach((place, region) -> {
                String before = known.putIfAbsent(place, region);
                if (before != null && !before.equals(region)) contradictedPlaces.add(place);
            });
        }
    }

    /** Keeps the region the site's legal notice, about or members' page names for the site. */
    private void noteSiteRegion(String host, Document doc) {
        SiteRegion.ofSitePage(doc).ifPresent(region -> {
            synchronized (siteRegions) {
                String before = siteRegions.putIfAbsent(host, region);
                if (before != null && !before.equals(region)) contradictedSites.add(host);
            }
        });
    }

    /**
     * Gives the run's candidates without a region the region their site lists for the place they name
     * — once all pages are read, since a site's list of members may come after its projects.
     */
    private void fillRegionsFromSite() {
        Map<String, Map<String, String>> byHost = new HashMap<>();
        synchronized (placeRegions) {
            placeRegions.forEach((host, places) -> {
                Map<String, String> certain = new HashMap<>(places);
                certain.keySet().removeAll(contradictedPlaces);
                if (!certain.isEmpty()) byHost.put(host, certain);
            });
        }
        if (!byHost.isEmpty()) tools.candidates().fillRegions(runId, byHost);
        Map<String, String> bySite = new HashMap<>();
        synchronized (siteRegions) {
            bySite.putAll(siteRegions);
            bySite.keySet().removeAll(contradictedSites);
        }
        // After the places: a place the site lists in another region says more than the site's seat.
        if (!bySite.isEmpty()) tools.candidates().fillSiteRegions(runId, bySite);
    }

    /** A project page's reports belong to it; those of other pages are links like any other. */
    private void offerReports(Frontier.Item item, List<String> reportLinks, Optional<String> project) {
        for (String link : reportLinks) {
            if (project.isPresent()) {
                Urls.parseHttp(link).ifPresent(u -> reportLanguages.putIfAbsent(Urls.normalise(u), project.get()));
                offer(link, item.depth() + 1, Via.REPORT_OF_PROJECT);
            } else {
                offer(link, item.depth() + 1, Via.LINK);
            }
        }
    }

    /**
     * What became of a page read as a possible project: a project page (with its language), none, or
     * left to be judged once all pages are read.
     */
    private record Judged(Optional<String> language) {
        static final Judged NONE = new Judged(Optional.empty());
        static final Judged DEFERRED = new Judged(Optional.empty());
    }

    /**
     * A page with little evidence of a project, waiting for its site's project pages to be known.
     *
     * @param news why the page is news ({@link PageKind#mayRetell}), or null for a page that is a project
     *     page by default: news stays out unless it repeats a project
     */
    private record Deferred(
            Frontier.Item item,
            FetchResult.Page page,
            Document doc,
            List<String> reportLinks,
            String truncation,
            PageShape shape,
            @Nullable String news) {}

    /**
     * Submits a page that may be a project page, records why it is not one, or — for a page that
     * {@link PageKind} calls a project only by default and that states too few facts ({@link
     * PageShape#lowEvidence}) — leaves it to be weighed against its site's project pages once all
     * pages are read.
     *
     * @param reportLinks the links of the page that look like reports
     */
    private Judged readCandidate(
            Frontier.Item item, FetchResult.Page page, Document doc, List<String> reportLinks, String truncation) {
        if (!item.candidate()) {
            String why = SiteRegion.addressesLegalNotice(Urls.path(item.normalised()))
                    ? "the site's legal notice, read for the region it names only"
                    : "a start page, read for its links only";
            record(UrlOutcome.skipped(
                            item.url(),
                            item.normalised(),
                            SkipReason.LISTING,
                            why + " (its path matches no include pattern)" + truncation)
                    .answered(page.status(), page.truncated()));
            return Judged.NONE;
        }
        Optional<URI> canonical = AlternateView.canonicalElsewhere(doc);
        if (canonical.isPresent()) {
            record(UrlOutcome.skipped(
                            item.url(),
                            item.normalised(),
                            SkipReason.ALTERNATE,
                            "its canonical link names " + canonical.get() + " as the page it shows" + truncation)
                    .answered(page.status(), page.truncated()));
            // The page it shows is the candidate: met here if no link of the site leads to it.
            offer(canonical.get().toString(), item.depth() + 1, Via.LINK);
            return Judged.NONE;
        }
        AlternateView.ampView(doc).ifPresent(amp -> skipAmpView(amp, item));
        String path = Urls.path(item.normalised());
        boolean judgedBySignals = profile.selector("title") == null
                && include.stream().noneMatch(p -> p.matcher(path).find());
        Optional<String> notAProject;
        if (judgedBySignals) {
            PageKind kind = PageKind.of(doc);
            notAProject = kind.notAProject();
            if (kind.mayRetell()) {
                // Compared with the projects once all are read: a web copy is filed as news too.
                PageShape shape = PageShape.of(doc, page.robotsTag());
                deferred.add(new Deferred(item, page, doc, reportLinks, truncation, shape, kind.reason()));
                return Judged.DEFERRED;
            }
            if (notAProject.isEmpty()) {
                PageShape shape = PageShape.of(doc, page.robotsTag());
                if (kind.byDefault() && shape.lowEvidence()) {
                    deferred.add(new Deferred(item, page, doc, reportLinks, truncation, shape, null));
                    return Judged.DEFERRED;
                }
                siteProjects.add(item.host(), shape);
            }
            // Where the site keeps the content of pages that are no project: a template shared with them
            // says nothing of a page that states no fact.
            if (notAProject.isPresent()) siteProjects.addOther(item.host(), PageShape.blockPath(doc));
        } else {
            notAProject = notAProject(doc);
        }
        if (notAProject.isPresent()) {
            record(UrlOutcome.skipped(
                            item.url(), item.normalised(), SkipReason.NOT_A_PROJECT, notAProject.get() + truncation)
                    .answered(page.status(), page.truncated()));
            return Judged.NONE;
        }
        return new Judged(submitCandidate(item, page, doc, reportUrls(reportLinks), truncation));
    }

    /**
     * The pages that {@link PageKind} called projects only by default and that state too few facts:
     * each is a project page unless its site's project pages show another shape ({@link
     * SiteProjects#unlike}) and it repeats none of them or of the catalogue's entries — a copy is
     * shown to the editor whatever it looks like. The same goes for news that may retell a project
     * ({@link PageKind#mayRetell}): it is left out unless it repeats one.
     */
    private void judgeDeferred() {
        for (Deferred d : takeDeferred()) {
            Optional<String> unlike = d.news() != null
                    ? Optional.of(d.news())
                    : siteProjects.unlike(d.item().host(), d.shape());
            Optional<String> language;
            if (unlike.isPresent() && !repeatsAnother(d)) {
                record(UrlOutcome.skipped(
                                d.item().url(),
                                d.item().normalised(),
                                SkipReason.NOT_A_PROJECT,
                                unlike.get() + d.truncation())
                        .answered(d.page().status(), d.page().truncated()));
                language = Optional.empty();
            } else {
                language = submitCandidate(d.item(), d.page(), d.doc(), reportUrls(d.reportLinks()), d.truncation());
            }
            offerReports(d.item(), d.reportLinks(), language);
        }
    }

    /** The pages waiting to be judged, which then wait no more. */
    private List<Deferred> takeDeferred() {
        synchronized (deferred) {
            List<Deferred> waiting = List.copyOf(deferred);
            deferred.clear();
            return waiting;
        }
    }

    private boolean repeatsAnother(Deferred d) {
        Extracted extracted = PageExtractor.extract(d.doc(), profile, innovationFields);
        return tools.candidates()
                .repeatsAnother(
                        runId,
                        source,
                        d.item().normalised().toString(),
                        extracted,
                        pageTexts(d.item(), d.doc(), false),
                        tools.clock().instant(),
                        reportUrls(d.reportLinks()));
    }

    /**
     * The page's texts to compare it by, without what its site's template repeats.
     *
     * @param project whether the page is submitted as a project page, so that its site's template
     *     learns from it; a page only compared is not counted
     */
    private NearDuplicates.PageTexts pageTexts(Frontier.Item item, Document doc, boolean project) {
        String text = PageText.of(doc);
        Shingles shingles = Shingles.of(text);
        return new NearDuplicates.PageTexts(
                text,
                PageText.block(doc),
                project ? siteTemplate.learn(item.host(), shingles) : siteTemplate.of(item.host(), shingles),
                AlternateView.translations(doc),
                PageText.links(doc));
    }

    /**
     * Submits a project page.
     *
     * @param reportUrls the normalised URLs of the reports the page links
     * @return the page's language when it was submitted (changed or not), else empty
     */
    private Optional<String> submitCandidate(
            Frontier.Item item, FetchResult.Page page, Document doc, List<String> reportUrls, String truncation) {
        Extracted extracted = PageExtractor.extract(doc, profile, innovationFields);
        if (extracted.title().isBlank()) {
            record(UrlOutcome.failed(
                            item.url(),
                            item.normalised(),
                            "no title found: no title selector match, JSON-LD name, og:title, h1 or title" + truncation)
                    .answered(page.status(), page.truncated()));
            return Optional.empty();
        }
        synchronized (fieldOrigins) {
            extracted
                    .origins()
                    .forEach((field, origin) -> fieldOrigins
                            .computeIfAbsent(field, f -> new HashMap<>())
                            .merge(origin.name(), 1, Integer::sum));
        }
        String hash = withReports(extracted.contentHash(), reportUrls);
        CandidateService.Submission submission = tools.candidates()
                .submit(
                        runId,
                        source,
                        item.normalised().toString(),
                        extracted,
                        pageTexts(item, doc, true),
                        hash,
                        tools.clock().instant(),
                        reportUrls);
        record(UrlOutcome.submitted(
                        item.url(), item.normalised(), submission.outcome(), submission.reason() + truncation)
                .answered(page.status(), page.truncated())
                .hashed(hash));
        return Optional.of(extracted.language());
    }

    /** The normalised URLs of report links, once each, in page order. */
    private static List<String> reportUrls(List<String> reportLinks) {
        Set<String> urls = new LinkedHashSet<>();
        for (String link : reportLinks) {
            Urls.parseHttp(link).ifPresent(u -> urls.add(Urls.normalise(u).toString()));
        }
        return List.copyOf(urls);
    }

    /**
     * The page's hash with the reports it links: a page that links another report is a change to
     * review. A changed report alone is not, since the report is replaced where it is stored.
     */
    static String withReports(String pageHash, List<String> reportUrls) {
        if (reportUrls.isEmpty()) return pageHash;
        String canonical = pageHash + "\u001d" + String.join("\u001e", reportUrls);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Whether the host's robots.txt allows the URL; if not, its outcome is recorded as skipped. */
    private boolean allowedByRobots(Frontier.Item item, String what) throws InterruptedException {
        HostRules rules = robotsFor(item.normalised());
        if (rules.rules().isAllowed(item.normalised())) return true;
        record(UrlOutcome.skipped(
                item.url(),
                item.normalised(),
                SkipReason.ROBOTS,
                "robots.txt of " + item.host() + " does not allow this " + what
                        + (rules.note() == null ? "" : " (" + rules.note() + ")")));
        return false;
    }

    /** Fetches a report queued by the pages; what it answers is read as a report if it is a PDF. */
    private void visitReport(Frontier.Item item) throws InterruptedException {
        if (!allowedByRobots(item, "report")) return;
        FetchResult result = fetch(item.normalised(), item.host());
        progress(runId, item.url(), pagesDone.incrementAndGet());
        switch (result) {
            case FetchResult.Failure failure -> failed(item.url(), item.normalised(), failure);
            case FetchResult.Page page -> {
                pagesRead.incrementAndGet();
                if (page.isPdf() || ReportExtractor.startsLikePdf(page.body())) {
                    readReport(item, page);
                } else {
                    record(UrlOutcome.skipped(
                                    item.url(),
                                    item.normalised(),
                                    SkipReason.NOT_A_REPORT,
                                    "(" + page.contentType() + "): the address ends in .pdf, but the answer is no PDF")
                            .answered(page.status(), page.truncated()));
                }
            }
        }
    }

    /**
     * Reads a fetched PDF and stores it, unless the same bytes are stored at its URL already. A
     * report without a text layer is stored too (the entry lists it), and the outcome says why it
     * will not be found by its words.
     */
    private void readReport(Frontier.Item item, FetchResult.Page page) {
        String url = item.normalised().toString();
        if (page.truncated()) {
            record(UrlOutcome.failed(
                            item.url(),
                            item.normalised(),
                            "report: served as '" + page.contentType() + "', not as application/pdf, so it was cut at "
                                    + tools.fetcher().settings().maxBodyBytes() + " bytes like a page;"
                                    + " ask the partner to serve it as application/pdf")
                    .answered(page.status(), true));
            return;
        }
        String hash = ReportExtractor.hash(page.body());
        Optional<ReportSummary> known = tools.reports().find(url);
        if (known.isPresent() && known.get().contentHash().equals(hash)) {
            tools.candidates().reportRead(url);
            record(UrlOutcome.submitted(
                            item.url(),
                            item.normalised(),
                            Outcome.UNCHANGED,
                            "report " + known.get().id() + " unchanged since "
                                    + known.get().fetchedAt())
                    .answered(page.status(), false)
                    .hashed(hash));
            return;
        }
        ExtractedReport read;
        try {
            read = ReportExtractor.extract(page.body(), page.url());
        } catch (UnreadableReport e) {
            record(UrlOutcome.failed(item.url(), item.normalised(), "report: " + e.getMessage())
                    .answered(page.status(), false)
                    .hashed(hash));
            return;
        }
        String language = reportLanguages.getOrDefault(
                item.normalised(), source.getLanguage() == null ? Language.DEFAULT.code() : source.getLanguage());
        Reports.Stored stored = tools.reports()
                .store(new ReportContent(
                        url,
                        read.title(),
                        language,
                        read.pages(),
                        read.textLayer(),
                        hash,
                        tools.clock().instant()));
        tools.candidates().reportRead(url);
        String what = "report " + stored.id() + ", " + read.pageCount() + " pages, '" + read.title() + "'"
                + (read.textLayer() ? "" : "; no text layer — not searchable; no OCR");
        record(UrlOutcome.submitted(
                        item.url(),
                        item.normalised(),
                        stored.change() == Reports.Change.UNCHANGED ? Outcome.UNCHANGED : Outcome.IMPORTED,
                        switch (stored.change()) {
                            case NEW -> what;
                            case CHANGED -> "report changed: " + what;
                            case UNCHANGED -> "unchanged: " + what;
                        })
                .answered(page.status(), false)
                .hashed(hash));
    }

    /**
     * Why a page is no project report, or empty, for a source that says it: a profile's title selector
     * decides alone; without one, a path that matches one of the source's include patterns is a
     * project page, because the source said so. Every other page is judged by the signals it carries
     * ({@link PageKind}) in {@link #readCandidate}.
     */
    private Optional<String> notAProject(Document doc) {
        if (profile.selector("title") != null) return PageExtractor.notAProjectPage(doc, profile);
        return Optional.empty();
    }

    private FetchResult fetch(URI url, String host) throws InterruptedException {
        tools.gate().acquire(host, delayFor(host));
        try {
            progress(runId, url.toString(), pagesDone.get());
            return tools.fetcher().fetch(url, this::redirectRefusal);
        } finally {
            tools.gate().release(host);
        }
    }

    /** Why a redirect target must not be followed: another host, or robots.txt says no. */
    private Optional<String> redirectRefusal(URI target) {
        String host = Urls.host(target);
        if (!hosts.contains(host)) {
            return Optional.of("host " + host + " is not among the source's allowed hosts");
        }
        HostRules rules = robots.get(host);
        if (rules != null && !rules.rules().isAllowed(target)) {
            return Optional.of("robots.txt of " + host + " does not allow it");
        }
        return Optional.empty();
    }

    private long delayFor(String host) {
        HostRules rules = robots.get(host);
        long crawlDelay = rules == null ? 0 : rules.rules().crawlDelayMillis();
        return Math.max(source.getDelayMs(), crawlDelay);
    }

    /** The host's robots.txt, fetched once per run under the host's politeness like any page. */
    private HostRules robotsFor(URI page) throws InterruptedException {
        String host = Urls.host(page);
        HostRules known = robots.get(host);
        if (known != null) return known;
        URI robotsUrl = Urls.origin(page).resolve("/robots.txt");
        FetchResult result = fetch(robotsUrl, host);
        HostRules rules = switch (result) {
            case FetchResult.Page p ->
                new HostRules(RobotRules.parse(robotsUrl, p.body(), p.contentType(), CrawlProperties.AGENT_NAME), null);
            case FetchResult.Failure f when f.refused() -> new HostRules(RobotRules.allowAll(), null);
            case FetchResult.Failure f
            when f.status() != null ->
                new HostRules(RobotRules.unavailable(f.status()), "robots.txt answered HTTP " + f.status());
            case FetchResult.Failure f ->
                new HostRules(RobotRules.unavailable(503), "robots.txt could not be read: " + f.reason());
        };
        robots.put(host, rules);
        return rules;
    }

    private void readSitemap(String sitemapUrl) {
        Optional<URI> parsed = Urls.parseHttp(sitemapUrl);
        if (parsed.isEmpty()) return;
        URI url = Urls.normalise(parsed.get());
        synchronized (seenUrls) {
            seenUrls.add(url.toString());
            seenPages.putIfAbsent(Urls.pageKey(url), url);
        }
        String host = Urls.host(url);
        if (!hosts.contains(host)) {
            record(UrlOutcome.skipped(
                    sitemapUrl,
                    url,
                    SkipReason.SITEMAP,
                    "host " + host + " is not among the source's allowed hosts " + hosts
                            + "; the sitemap is not read"));
            return;
        }
        FetchResult result;
        try {
            result = fetch(url, host);
        } catch (InterruptedException e) {
            cancelled = true;
            Thread.currentThread().interrupt();
            record(UrlOutcome.skipped(sitemapUrl, url, SkipReason.CANCELLED, "the sitemap was read"));
            return;
        }
        switch (result) {
            case FetchResult.Failure f ->
                record(UrlOutcome.failed(sitemapUrl, url, "sitemap: " + f.reason())
                        .answered(f.status(), false));
            case FetchResult.Page p -> {
                try {
                    Sitemaps.Content content = Sitemaps.parse(p.url(), p.body(), p.contentType());
                    content.pages().forEach(page -> offer(page, 0, Via.SITEMAP));
                    record(UrlOutcome.skipped(
                                    sitemapUrl,
                                    url,
                                    SkipReason.SITEMAP,
                                    "read for its " + content.pages().size() + " page URLs, no candidate itself"
                                            + (content.sitemaps().isEmpty()
                                                    ? ""
                                                    : "; the "
                                                            + content.sitemaps().size()
                                                            + " sitemaps it lists are not followed"))
                            .answered(p.status(), p.truncated()));
                } catch (IllegalArgumentException e) {
                    record(UrlOutcome.failed(sitemapUrl, url, e.getMessage()).answered(p.status(), p.truncated()));
                }
            }
        }
    }

    // The workers of a run share its row: their writes go one after the other.
    private synchronized void record(UrlOutcome outcome) {
        tools.recorder().outcome(runId, outcome);
    }

    private synchronized void progress(long run, String url, int done) {
        tools.recorder().progress(run, url, done);
    }
}
