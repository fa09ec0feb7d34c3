package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.crawl.internal.fetch.FetchResult;
import de.smilecity.exchange.crawl.internal.fetch.HostGate;
import de.smilecity.exchange.crawl.internal.fetch.PageFetcher;
import de.smilecity.exchange.crawl.internal.parse.Extracted;
import de.smilecity.exchange.crawl.internal.parse.PageExtractor;
import de.smilecity.exchange.crawl.internal.parse.PageKind;
import de.smilecity.exchange.crawl.internal.parse.PageText;
import de.smilecity.exchange.crawl.internal.parse.Profile;
import de.smilecity.exchange.crawl.internal.parse.RobotRules;
import de.smilecity.exchange.crawl.internal.parse.Sitemaps;
import de.smilecity.exchange.crawl.internal.parse.Urls;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 */
final class Crawl {

    private static final Logger log = LoggerFactory.getLogger(Crawl.class);

    /** What a crawl needs besides the source: shared services, passed in once. */
    record Tools(
            PageFetcher fetcher,
            HostGate gate,
            CrawlRecorder recorder,
            CandidateService candidates,
            Clock clock,
            int hostsInParallel,
            int maxLinksPerPage,
            int maxUrlsPerRun) {}

    private record HostRules(RobotRules rules, @Nullable String note) {}

    private final long runId;
    private final PartnerSource source;
    private final Profile profile;
    private final List<Concept> innovationFields;
    private final Tools tools;
    private final Set<String> hosts;
    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final Frontier frontier;
    // A set and a map, so that checking a link against every URL met so far costs the same for the
    // first and the ten-thousandth; both stay below the run's URL limit.
    private final Set<String> seenUrls = new HashSet<>();
    /** The page key of every URL met (see {@link Urls#pageKey}) and the spelling it was first met under. */
    private final Map<URI, URI> seenPages = new HashMap<>();

    private final Map<String, HostRules> robots = new ConcurrentHashMap<>();
    private final AtomicInteger pagesRequested = new AtomicInteger();
    private final AtomicInteger pagesDone = new AtomicInteger();
    private final AtomicInteger pagesRead = new AtomicInteger();
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
    }

    /** Runs to the end; returns the final state and, if it did not finish normally, why. */
    Result run() {
        for (String start : source.getStartUrls()) {
            offer(start, 0, true);
        }
        if (source.getSitemapUrl() != null) {
            readSitemap(source.getSitemapUrl());
        }
        int workers = Math.max(1, Math.min(tools.hostsInParallel(), hosts.size()));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            threads.add(Thread.ofPlatform()
                    .name("crawl-run-" + runId + "-worker-" + i)
                    .daemon()
                    .start(this::work));
        }
        try {
            for (Thread t : threads) t.join();
        } catch (InterruptedException e) {
            cancelled = true;
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
        }
        for (Frontier.Item rest : frontier.close()) {
            record(UrlOutcome.skipped(rest.url(), rest.normalised(), SkipReason.CANCELLED, "this page was fetched"));
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

    private void work() {
        try {
            while (true) {
                Optional<Frontier.Item> next =
                        frontier.take(host -> tools.gate().isReady(host, delayFor(host)));
                if (next.isEmpty()) return;
                Frontier.Item item = next.get();
                try {
                    if (tools.recorder().isCancelRequested(runId)) {
                        cancelled = true;
                        record(UrlOutcome.skipped(
                                item.url(), item.normalised(), SkipReason.CANCELLED, "this page was fetched"));
                        frontier.close()
                                .forEach(rest -> record(UrlOutcome.skipped(
                                        rest.url(), rest.normalised(), SkipReason.CANCELLED, "this page was fetched")));
                        return;
                    }
                    visit(item);
                } catch (RuntimeException e) {
                    log.error("Crawl run {}: unexpected error on {}", runId, item.url(), e);
                    record(UrlOutcome.failed(item.url(), item.normalised(), "unexpected error: " + e));
                } finally {
                    frontier.done(item);
                }
            }
        } catch (InterruptedException e) {
            cancelled = true;
            Thread.currentThread().interrupt();
        }
    }

    /** Decides what to do with a URL met as a start URL, in a sitemap or as a link. */
    private void offer(String url, int depth, boolean start) {
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
        if (!start && excludedBy.isPresent()) {
            record(UrlOutcome.skipped(raw, normalised, SkipReason.PATTERN, "excluded by '" + excludedBy.get() + "'"));
            return;
        }
        if (!start && !included) {
            record(UrlOutcome.skipped(raw, normalised, SkipReason.PATTERN, "the path matches no include pattern"));
            return;
        }
        if (depth > source.getMaxDepth()) {
            record(UrlOutcome.skipped(
                    raw, normalised, SkipReason.LIMIT, "deeper than the depth limit of " + source.getMaxDepth()));
            return;
        }
        if (!frontier.add(new Frontier.Item(raw, normalised, host, depth, included && excludedBy.isEmpty()))) {
            urlsLeftOut.incrementAndGet();
        }
    }

    private void visit(Frontier.Item item) throws InterruptedException {
        HostRules rules = robotsFor(item.normalised());
        if (!rules.rules().isAllowed(item.normalised())) {
            record(UrlOutcome.skipped(
                    item.url(),
                    item.normalised(),
                    SkipReason.ROBOTS,
                    "robots.txt of " + item.host() + " does not allow this page"
                            + (rules.note() == null ? "" : " (" + rules.note() + ")")));
            return;
        }
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
        if (!page.isHtml()) {
            record(UrlOutcome.skipped(
                            item.url(), item.normalised(), SkipReason.NOT_HTML, "(" + page.contentType() + ")")
                    .answered(page.status(), page.truncated()));
            return;
        }
        Document doc =
                PageExtractor.parse(page.body(), page.charset(), page.url().toString());
        // Links beyond the depth limit are still met, so they get their outcome ("limit") too.
        List<String> links = PageExtractor.links(doc);
        int taken = Math.min(links.size(), tools.maxLinksPerPage());
        for (String link : links.subList(0, taken)) offer(link, item.depth() + 1, false);
        String truncation = cut;
        if (taken < links.size()) {
            linksLeftOut.addAndGet(links.size() - taken);
            pagesWithTooManyLinks.incrementAndGet();
            truncation += "; " + (links.size() - taken) + " of its " + links.size()
                    + " links were left out (only the first " + taken + " links of a page are taken)";
        }
        if (!item.candidate()) {
            record(UrlOutcome.skipped(
                            item.url(),
                            item.normalised(),
                            SkipReason.LISTING,
                            "a start page, read for its links only (its path matches no include pattern)" + truncation)
                    .answered(page.status(), page.truncated()));
            return;
        }
        Optional<String> notAProject = notAProject(doc, Urls.path(item.normalised()));
        if (notAProject.isPresent()) {
            record(UrlOutcome.skipped(
                            item.url(), item.normalised(), SkipReason.NOT_A_PROJECT, notAProject.get() + truncation)
                    .answered(page.status(), page.truncated()));
            return;
        }
        Extracted extracted = PageExtractor.extract(doc, profile, innovationFields);
        if (extracted.title().isBlank()) {
            record(UrlOutcome.failed(
                            item.url(),
                            item.normalised(),
                            "no title found: no title selector match, JSON-LD name, og:title, h1 or title" + truncation)
                    .answered(page.status(), page.truncated()));
            return;
        }
        String hash = extracted.contentHash();
        CandidateService.Submission submission = tools.candidates()
                .submit(
                        runId,
                        source,
                        item.normalised().toString(),
                        extracted,
                        PageText.of(doc),
                        hash,
                        tools.clock().instant());
        record(UrlOutcome.submitted(
                        item.url(), item.normalised(), submission.outcome(), submission.reason() + truncation)
                .answered(page.status(), page.truncated())
                .hashed(hash));
    }

    /**
     * Why a page is no project report, or empty. A profile's title selector decides alone. Without
     * one, a path that matches one of the source's include patterns is a project page, because the
     * source said so; every other page is judged by the signals it carries ({@link PageKind}).
     */
    private Optional<String> notAProject(Document doc, String path) {
        if (profile.selector("title") != null) return PageExtractor.notAProjectPage(doc, profile);
        if (include.stream().anyMatch(p -> p.matcher(path).find())) return Optional.empty();
        return PageKind.of(doc).notAProject();
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
                    content.pages().forEach(page -> offer(page, 0, false));
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
