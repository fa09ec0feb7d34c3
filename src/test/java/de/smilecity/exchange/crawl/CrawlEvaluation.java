package de.smilecity.exchange.crawl;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.testsupport.Acting;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Measures the crawler on the evaluation sets, each two partner sites crawled with no profile and,
 * where the set's manifest gives one, again with a short profile per site: is a
 * page a project (precision, recall), each project once, planted copies recognised, facts read from
 * label/value structures, reports read and answering their questions. Fourteen sets — {@code
 * crawl-eval} to {@code crawl-eval-14}, the last eleven measured as held out before they were tuned on —
 * have been used to tune the crawler, so their figures say how it does on what it was tuned on; {@code
 * crawl-eval-15}, written apart from the crawler, is held out and says how it does on sites it has
 * never seen, as long as nobody tunes on it.
 * Each pass gets its own table and starts from an empty database and index. A planted copy that is
 * an alternate view (AMP) skipped because its canonical link names its original counts as recognised
 * and as no missed project page; the tables also give the figures counted without that.
 * Not part of {@code verify} (the class name matches no test pattern), and it asserts nothing: the
 * sets are for reporting only. Run: {@code ./mvnw test -Dtest=CrawlEvaluation
 * -Dsurefire.failIfNoSpecifiedTests=false}; the tables go to the console and to {@code
 * target/bench/crawl-evaluation.md}. {@code -Dcrawl.eval.sets=crawl-eval-4} runs only the named sets.
 */
@org.springframework.test.annotation.DirtiesContext(
        classMode = org.springframework.test.annotation.DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@SpringBootTest(properties = {"smile.crawl.schedule-tick=-", "logging.level.de.smilecity.exchange.crawl=WARN"})
@ActiveProfiles({"demo", "test"})
class CrawlEvaluation {

    static final Path SET = Path.of("src", "test", "resources", "crawl-eval");
    static final Path SET_2 = Path.of("src", "test", "resources", "crawl-eval-2");
    static final Path SET_3 = Path.of("src", "test", "resources", "crawl-eval-3");
    static final Path SET_4 = Path.of("src", "test", "resources", "crawl-eval-4");
    static final Path SET_5 = Path.of("src", "test", "resources", "crawl-eval-5");
    static final Path SET_6 = Path.of("src", "test", "resources", "crawl-eval-6");
    static final Path SET_7 = Path.of("src", "test", "resources", "crawl-eval-7");
    static final Path SET_8 = Path.of("src", "test", "resources", "crawl-eval-8");
    static final Path SET_9 = Path.of("src", "test", "resources", "crawl-eval-9");
    static final Path SET_10 = Path.of("src", "test", "resources", "crawl-eval-10");
    static final Path SET_11 = Path.of("src", "test", "resources", "crawl-eval-11");
    static final Path SET_12 = Path.of("src", "test", "resources", "crawl-eval-12");
    static final Path SET_13 = Path.of("src", "test", "resources", "crawl-eval-13");
    static final Path SET_14 = Path.of("src", "test", "resources", "crawl-eval-14");
    static final Path SET_15 = Path.of("src", "test", "resources", "crawl-eval-15");
    static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Manifest(List<Site> sites) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Site(
            String name,
            String folder,
            String language,
            String origin,
            List<Page> pages,
            List<Report> reports,
            @Nullable ShortProfile shortProfile) {}

    /** What an editor writes for a site in a few minutes: start pages, include patterns, a title selector. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ShortProfile(
            List<String> startUrls,
            @Nullable List<String> include,
            @Nullable Map<String, String> fields) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page(
            String path, boolean project, String duplicateOf, Map<String, Object> facts, List<String> statedUnknown) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Report(
            String path,
            String source,
            @Nullable String linkedFrom,
            int pages,
            boolean textLayer,
            @Nullable Boolean overCap,
            List<Question> questions) {

        /** Served larger than the crawler's report size cap, so it must be refused unread. */
        boolean beyondCap() {
            return Boolean.TRUE.equals(overCap);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Question(String question, int page, String answer) {}

    @Autowired
    PartnerSourceService sources;

    @Autowired
    CrawlService crawls;

    @Autowired
    CandidateService candidates;

    @Autowired
    SearchService search;

    @Autowired
    ApplicationContext spring;

    @Autowired
    CrawlProperties crawlSettings;

    /** The tables of the passes measured so far, by their place in the report. */
    private static final Map<Integer, String> TABLES = new java.util.TreeMap<>();

    /** The sets in the order of the report, each with its label. */
    static final List<Map.Entry<Path, String>> SETS = List.of(
            Map.entry(SET, "tuning set (crawl-eval)"),
            Map.entry(SET_2, "tuning set 2 (crawl-eval-2)"),
            Map.entry(SET_3, "tuning set 3 (crawl-eval-3)"),
            Map.entry(SET_4, "tuning set 4 (crawl-eval-4)"),
            Map.entry(SET_5, "tuning set 5 (crawl-eval-5)"),
            Map.entry(SET_6, "tuning set 6 (crawl-eval-6)"),
            Map.entry(SET_7, "tuning set 7 (crawl-eval-7)"),
            Map.entry(SET_8, "tuning set 8 (crawl-eval-8)"),
            Map.entry(SET_9, "tuning set 9 (crawl-eval-9)"),
            Map.entry(SET_10, "tuning set 10 (crawl-eval-10)"),
            Map.entry(SET_11, "tuning set 11 (crawl-eval-11)"),
            Map.entry(SET_12, "tuning set 12 (crawl-eval-12)"),
            Map.entry(SET_13, "tuning set 13 (crawl-eval-13)"),
            Map.entry(SET_14, "tuning set 14 (crawl-eval-14)"),
            Map.entry(SET_15, "held-out set 15 (crawl-eval-15)"));

    /**
     * The passes: each set crawled with no profile and, where its manifest gives one, with each site's
     * short profile. Each pass runs in a Spring context of its own, so in a database and index of its
     * own: an earlier pass's entries would otherwise be what a later pass's copies resemble first.
     */
    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> passes() throws IOException {
        List<org.junit.jupiter.params.provider.Arguments> passes = new ArrayList<>();
        // -Dcrawl.eval.sets=crawl-eval-4 measures only the named sets (comma-separated folder names).
        String only = System.getProperty("crawl.eval.sets", "");
        for (int i = 0; i < SETS.size(); i++) {
            if (!only.isBlank()
                    && !List.of(only.split(","))
                            .contains(SETS.get(i).getKey().getFileName().toString())) {
                continue;
            }
            passes.add(org.junit.jupiter.params.provider.Arguments.of(i, false));
            // A context is started for each pass, so a set without short profiles gets no second one.
            if (manifest(SETS.get(i).getKey()).sites().stream().anyMatch(site -> site.shortProfile() != null)) {
                passes.add(org.junit.jupiter.params.provider.Arguments.of(i, true));
            }
        }
        return passes.stream();
    }

    static Manifest manifest(Path set) throws IOException {
        return YAMLMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build()
                .readValue(Files.readString(set.resolve("manifest.yaml")), Manifest.class);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "set {0}, short profile {1}")
    @org.junit.jupiter.params.provider.MethodSource("passes")
    void measuresTheCrawlerOnItsSets(int index, boolean profiled) throws IOException {
        Path set = SETS.get(index).getKey();
        Manifest manifest = manifest(set);
        String label = SETS.get(index).getValue() + (profiled ? ", short profile" : ", no profile");
        String table = evaluate(set, label, manifest, profiled);
        System.out.println(table);
        TABLES.put(index * 2 + (profiled ? 1 : 0), (index > 0 && !profiled ? "\n" : "") + table);
        Path out = Path.of("target", "bench", "crawl-evaluation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Crawl evaluation\n\n" + String.join("\n", TABLES.values()));
    }

    /** The entries accepted by this pass, by their page: a candidate may resemble one of them. */
    private final Map<Long, String> pageOfEntry = new HashMap<>();

    /** One pass over the set's sites, with no profile or with each site's short profile. */
    private String evaluate(Path set, String label, Manifest manifest, boolean profiled) throws IOException {
        Acting editor = new Acting(spring);
        Map<String, ImportCandidate> byPage = new HashMap<>();
        // Every candidate's page; a page under two URLs (the home page as "/" and "/index.html") has two.
        Map<Long, String> pageOfCandidate = new HashMap<>();
        Map<String, Integer> candidatesOfPage = new HashMap<>();
        List<String> rows = new ArrayList<>();
        // Planted copies that are alternate views (AMP) skipped as their original's page by its canonical link.
        Set<String> alternates = new java.util.HashSet<>();
        int tp = 0, fp = 0, fn = 0, tn = 0, factsRight = 0, factsAll = 0;
        List<String> factMisses = new ArrayList<>();
        // Why a page was left out or could not be read, by its page, and how often each kind of reason came up.
        Map<String, String> leftOutWhy = new HashMap<>();
        Map<String, Integer> reasonCounts = new java.util.TreeMap<>();
        for (Site site : manifest.sites()) {
            try (FixtureServer server = FixtureServer.servingFolder(set.resolve(site.folder()), site.origin())) {
                for (Report report : site.reports() == null ? List.<Report>of() : site.reports()) {
                    byte[] rendered = EvaluationPdfs.render(
                            Files.readString(
                                    set.resolve(site.folder()).resolve(report.source()), StandardCharsets.UTF_8),
                            report.textLayer());
                    byte[] pdf = report.beyondCap()
                            ? EvaluationPdfs.withAttachment(
                                    rendered, crawlSettings.maxReportSize().toBytes() + 1_000_000)
                            : rendered;
                    server.on("/" + report.path(), exchange -> {
                        exchange.getResponseHeaders().set("Content-Type", "application/pdf");
                        exchange.sendResponseHeaders(200, pdf.length);
                        exchange.getResponseBody().write(pdf);
                    });
                }
                PartnerSource source = new PartnerSource();
                source.setName("Evaluation " + site.name() + " " + System.nanoTime());
                source.setStartUrls(List.of(server.url("/index.html")));
                source.setAllowedHosts(List.of("127.0.0.1"));
                source.setMaxPages(300);
                source.setMaxDepth(6);
                source.setDelayMs(0);
                source.setLanguage(site.language());
                ShortProfile profile = profiled ? site.shortProfile() : null;
                if (profile != null) {
                    source.setStartUrls(profile.startUrls().stream()
                            .map(start -> server.url("/" + start))
                            .toList());
                    if (profile.include() != null) source.setInclude(profile.include());
                    if (profile.fields() != null) {
                        ExtractionProfile fields = new ExtractionProfile();
                        profile.fields().forEach(fields::set);
                        source.setFields(fields);
                    }
                }
                CrawlRun run = editor.as("editor", () -> runToEnd(sources.save(source)));
                for (ImportCandidate c : candidates.ofRun(run.id())) {
                    String page = pageOf(site.name(), c.getSourceUrl());
                    candidatesOfPage.merge(page, 1, Integer::sum);
                    byPage.putIfAbsent(page, c);
                    pageOfCandidate.put(c.getId(), page);
                }
                for (CrawlOutcome o : crawls.outcomes(run.id())) {
                    if (o.getOutcome() != Outcome.SKIPPED && o.getOutcome() != Outcome.FAILED) continue;
                    String why = o.getOutcome().name().toLowerCase(Locale.ROOT) + ": "
                            + Objects.requireNonNullElse(o.getReason(), "no reason given");
                    // A page reached again under another URL is recorded as a duplicate of itself; the reason
                    // that counts is the one from the visit that read it.
                    leftOutWhy.merge(
                            pageOf(site.name(), o.getUrl()),
                            why,
                            (first, later) -> first.startsWith("skipped: duplicate") ? later : first);
                    reasonCounts.merge(reasonKind(why), 1, Integer::sum);
                }
                rows.add("| " + site.name() + " | run " + run.id() + ": " + run.getImported() + " imported, "
                        + run.getSkipped() + " skipped, " + run.getFailed() + " failed |");
            }
            for (Page page : site.pages()) {
                ImportCandidate c = byPage.get(site.name() + ":" + page.path());
                if (page.project() && c == null && alternateOfItsOriginal(site, page, leftOutWhy)) {
                    // Known to be its original's page, so neither a missed project nor an unrecognised copy.
                    alternates.add(site.name() + ":" + page.path());
                    continue;
                }
                if (page.project() && c != null) tp++;
                if (!page.project() && c != null) fp++;
                if (page.project() && c == null) fn++;
                if (!page.project() && c == null) tn++;
                if (!page.project() && c != null)
                    factMisses.add("not a project, but a candidate: " + site.name() + ":" + page.path());
                if (page.project() && c == null)
                    factMisses.add("project without candidate: " + site.name() + ":" + page.path()
                            + Optional.ofNullable(leftOutWhy.get(site.name() + ":" + page.path()))
                                    .map(why -> " (" + why + ")")
                                    .orElse(" (no outcome recorded)"));
                if (page.project() && c != null && page.facts() != null) {
                    for (String fact : List.of("population", "state", "area_km2", "phase_category")) {
                        Optional<Boolean> right = factRight(fact, page, c);
                        if (right.isEmpty()) continue;
                        factsAll++;
                        if (right.get()) factsRight++;
                        else
                            factMisses.add(site.name() + ":" + page.path() + " " + fact + ": expected "
                                    + page.facts().get(fact) + ", read " + read(fact, c));
                    }
                }
            }
        }
        int copies = 0, copiesFound = 0, alternatesFound = 0, falseMatches = 0;
        for (Site site : manifest.sites()) {
            for (Page page : site.pages()) {
                if (page.duplicateOf() == null) continue;
                copies++;
                String copy = site.name() + ":" + page.path();
                String original =
                        page.duplicateOf().contains(":") ? page.duplicateOf() : site.name() + ":" + page.duplicateOf();
                if (alternates.contains(copy) && byPage.containsKey(original)) {
                    copiesFound++;
                    alternatesFound++;
                } else if (names(byPage.get(copy), original, pageOfCandidate)
                        || names(byPage.get(original), copy, pageOfCandidate)) {
                    copiesFound++;
                } else {
                    factMisses.add("copy not recognised: " + copy + " of " + original);
                }
            }
        }
        for (ImportCandidate c : byPage.values()) {
            Optional<Resemblance> r = c.getResemblance();
            if (r.isEmpty()) continue;
            String a = pageOfCandidate.get(c.getId());
            String b = r.get().kind() == Resemblance.Kind.CANDIDATE
                    ? pageOfCandidate.get(r.get().id())
                    : pageOfEntry.get(r.get().id());
            if (b == null || !sameProject(manifest, a, b)) {
                falseMatches++;
                factMisses.add(
                        "false match: " + a + " resembles " + b + " (" + r.get().percent() + " %)");
            }
        }
        int moreThanOnce = 0;
        for (Site site : manifest.sites()) {
            for (Page page : site.pages()) {
                int n = candidatesOfPage.getOrDefault(site.name() + ":" + page.path(), 0);
                if (page.project() && n > 1) {
                    moreThanOnce++;
                    factMisses.add("project page with " + n + " candidates: " + site.name() + ":" + page.path());
                }
            }
        }
        int moreRight = 0, moreAll = 0;
        for (Site site : manifest.sites()) {
            for (Page page : site.pages()) {
                ImportCandidate c = byPage.get(site.name() + ":" + page.path());
                if (!page.project() || c == null || page.facts() == null) continue;
                for (String fact : List.of("costs_eur", "start_year", "end_year")) {
                    Optional<Boolean> right = moreFactRight(fact, page, c);
                    if (right.isEmpty()) continue;
                    moreAll++;
                    if (right.get()) moreRight++;
                    else
                        factMisses.add(site.name() + ":" + page.path() + " " + fact + ": expected "
                                + page.facts().get(fact) + ", read " + moreRead(fact, c));
                }
            }
        }
        int reportsAll = 0, reportsRight = 0;
        for (Site site : manifest.sites()) {
            for (Report report : site.reports() == null ? List.<Report>of() : site.reports()) {
                if (report.linkedFrom() == null) continue;
                reportsAll++;
                ImportCandidate c = byPage.get(site.name() + ":" + report.linkedFrom());
                Optional<CandidateService.LinkedReport> linked = c == null
                        ? Optional.empty()
                        : candidates.reports(c.id()).stream()
                                .filter(r -> r.url().endsWith("/" + report.path()))
                                .findFirst();
                String seen = linked.isEmpty()
                        ? "not linked from a candidate"
                        : linked.get()
                                .stored()
                                .map(r -> "stored, " + r.pageCount() + " pages, text layer " + r.textLayer())
                                .orElse("not stored");
                boolean right = report.beyondCap()
                        ? linked.isPresent() && linked.get().stored().isEmpty()
                        : linked.flatMap(CandidateService.LinkedReport::stored)
                                .filter(r -> r.pageCount() == report.pages() && r.textLayer() == report.textLayer())
                                .isPresent();
                if (right) reportsRight++;
                else
                    factMisses.add("report " + site.name() + ":" + report.path() + " expected "
                            + (report.beyondCap()
                                    ? "refused over the size cap"
                                    : report.pages() + " pages, text layer " + report.textLayer())
                            + ", was " + seen);
            }
        }
        // Reports are searchable once their entries are published: every candidate is accepted as a
        // project of its own (an editor would decide per page; here only the reports are measured).
        CandidateEdit field = new CandidateEdit(
                null, null, null, null, null, null, null, null, null, List.of("administration"), null, null);
        int acceptFailed = 0;
        for (ImportCandidate c : byPage.values()) {
            try {
                long entry = editor.as(
                                "editor", () -> candidates.accept(c.id(), field, null, DuplicateChoice.KEEP_BOTH))
                        .getId();
                pageOfEntry.put(entry, pageOfCandidate.get(c.getId()));
            } catch (RuntimeException e) {
                acceptFailed++;
                factMisses.add("not accepted: " + pageOfCandidate.get(c.getId()) + ": " + e.getMessage());
            }
        }
        int questions = 0, answered = 0, textQuestions = 0, textAnswered = 0;
        for (Site site : manifest.sites()) {
            for (Report report : site.reports() == null ? List.<Report>of() : site.reports()) {
                for (Question q : report.questions() == null ? List.<Question>of() : report.questions()) {
                    questions++;
                    if (report.textLayer()) textQuestions++;
                    var passages = search.passages(q.question(), 10);
                    boolean found =
                            passages.stream().anyMatch(p -> p.link().contains(report.path()) && p.page() == q.page());
                    if (found) {
                        answered++;
                        if (report.textLayer()) textAnswered++;
                    } else {
                        factMisses.add("report question not answered on the first page: \"" + q.question() + "\" (page "
                                + q.page() + " of " + report.path() + ")"
                                + (passages.isEmpty()
                                        ? "; the search found no passage at all"
                                        : "; the search's first passage: page "
                                                + passages.getFirst().page() + " of "
                                                + passages.getFirst()
                                                        .link()
                                                        .replaceFirst("^https?://[^/]+/", "")
                                                        .replaceFirst("#.*$", "")));
                    }
                }
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        // The same figures when an alternate view skipped as its original counts as a project page missed.
        double strictRecall = tp + fn + alternates.size() == 0 ? 0 : (double) tp / (tp + fn + alternates.size());
        StringBuilder table = new StringBuilder().append("## ").append(label).append("\n\n| site | run |\n|---|---|\n");
        rows.forEach(r -> table.append(r).append('\n'));
        table.append("\n| measure | value | target |\n|---|---|---|\n")
                .append(String.format(
                        Locale.ROOT,
                        "| is a project: precision | %.2f (%d of %d candidates) | ≥ 0.95 |%n",
                        precision,
                        tp,
                        tp + fp))
                .append(String.format(
                        Locale.ROOT,
                        "| is a project: recall | %.2f (%d of %d project pages%s) | ≥ 0.95 |%n",
                        recall,
                        tp,
                        tp + fn,
                        alternates.isEmpty()
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        "; %d alternate view%s skipped as %s original not counted — counted as"
                                                + " missed: %.2f, %d of %d",
                                        alternates.size(),
                                        alternates.size() == 1 ? "" : "s",
                                        alternates.size() == 1 ? "its" : "their",
                                        strictRecall,
                                        tp,
                                        tp + fn + alternates.size())))
                .append(String.format(Locale.ROOT, "| pages rightly left out | %d |  |%n", tn))
                .append(String.format(
                        Locale.ROOT, "| project pages with more than one candidate | %d | 0 |%n", moreThanOnce))
                .append(String.format(
                        Locale.ROOT,
                        "| facts right (population, state, area, phase) | %.2f (%d of %d) | ≥ 0.90 |%n",
                        factsAll == 0 ? 0 : (double) factsRight / factsAll,
                        factsRight,
                        factsAll))
                .append(String.format(
                        Locale.ROOT,
                        "| facts right (costs in EUR, start year, end year) | %.2f (%d of %d) |  |%n",
                        moreAll == 0 ? 0 : (double) moreRight / moreAll,
                        moreRight,
                        moreAll))
                .append(String.format(
                        Locale.ROOT,
                        "| planted copies recognised | %d of %d%s | all |%n",
                        copiesFound,
                        copies,
                        alternatesFound == 0
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        " (%d as an alternate view skipped for its original; as candidates only: %d"
                                                + " of %d)",
                                        alternatesFound,
                                        copiesFound - alternatesFound,
                                        copies)))
                .append(String.format(
                        Locale.ROOT, "| false matches among distinct projects | %d | 0 |%n", falseMatches))
                .append(String.format(
                        Locale.ROOT,
                        "| report questions answered on the first result page | %d of %d (%d of %d with a text layer) | all |%n",
                        answered,
                        questions,
                        textAnswered,
                        textQuestions))
                .append(String.format(
                        Locale.ROOT,
                        "| reports read as expected (pages and text layer; refused over the size cap) | %d of %d | all |%n",
                        reportsRight,
                        reportsAll))
                .append(String.format(Locale.ROOT, "| candidates that could not be accepted | %d |  |%n", acceptFailed))
                .append("\nSkip and failure reasons (URLs of both sites):\n\n");
        reasonCounts.forEach((why, n) ->
                table.append("- ").append(n).append(" × ").append(why).append('\n'));
        table.append("\nMisses:\n\n");
        factMisses.forEach(m -> table.append("- ").append(m).append('\n'));
        return table.toString();
    }

    /**
     * Whether the planted copy is an alternate view (an AMP page) that the crawler skipped because its
     * canonical link names the original's page: the crawler knows it is that page, and makes no second
     * candidate of it. Such a copy counts as recognised and as no missed project; the report also gives
     * the figures that count it as missed.
     */
    private static boolean alternateOfItsOriginal(Site site, Page page, Map<String, String> leftOutWhy) {
        if (page.duplicateOf() == null || page.duplicateOf().contains(":")) return false;
        String why = leftOutWhy.get(site.name() + ":" + page.path());
        if (why == null || !why.startsWith("skipped: alternate view")) return false;
        java.util.regex.Matcher named =
                java.util.regex.Pattern.compile("https?://\\S+").matcher(why);
        if (!named.find()) return false;
        return fileOf(named.group()).equals(page.duplicateOf());
    }

    /** The manifest's name of the page at a URL: its site and its file. */
    private static String pageOf(String site, String url) {
        return site + ":" + fileOf(url);
    }

    /**
     * The file the fixture server answers a URL with: its path without the leading slash, a folder's
     * address ("", "cases/x/", or no path at all) being its index.html.
     */
    private static String fileOf(String url) {
        String path = java.net.URI.create(url).getPath();
        String file = path == null || path.isEmpty() ? "" : path.substring(1);
        return file.isEmpty() || file.endsWith("/") ? file + "index.html" : file;
    }

    /** A skip or failure reason without the URL or figures it names, so that like reasons are counted together. */
    private static String reasonKind(String why) {
        String kind = why.replaceAll("https?://\\S+", "<url>").replaceAll("[0-9][0-9.,]*", "n");
        return kind.length() > 90 ? kind.substring(0, 90) + "…" : kind;
    }

    /** Whether the candidate resembles the other page's candidate, or its entry from an earlier pass. */
    private boolean names(ImportCandidate c, String other, Map<Long, String> pageOfCandidate) {
        if (c == null) return false;
        return c.getResemblance()
                .map(r -> other.equals(
                        r.kind() == Resemblance.Kind.CANDIDATE ? pageOfCandidate.get(r.id()) : pageOfEntry.get(r.id())))
                .orElse(false);
    }

    private static boolean sameProject(Manifest manifest, String a, String b) {
        return root(manifest, a).equals(root(manifest, b));
    }

    private static String root(Manifest manifest, String page) {
        for (Site site : manifest.sites()) {
            for (Page p : site.pages()) {
                if ((site.name() + ":" + p.path()).equals(page) && p.duplicateOf() != null) {
                    return p.duplicateOf().contains(":") ? p.duplicateOf() : site.name() + ":" + p.duplicateOf();
                }
            }
        }
        return page;
    }

    private static Optional<Boolean> factRight(String fact, Page page, ImportCandidate c) {
        boolean unknown = page.statedUnknown() != null
                && page.statedUnknown().contains(fact.equals("phase_category") ? "phase" : fact);
        Object expected = page.facts().get(fact);
        Object read = read(fact, c);
        if (unknown) return Optional.of(read == null);
        if (expected == null) return Optional.empty();
        return Optional.of(
                switch (fact) {
                    case "population" ->
                        read != null && ((Number) expected).longValue() == ((Integer) read).longValue();
                    case "area_km2" ->
                        read != null
                                && new BigDecimal(expected.toString())
                                                .subtract((BigDecimal) read)
                                                .abs()
                                                .doubleValue()
                                        < 0.05;
                    case "state" ->
                        read != null
                                && expected.toString()
                                        .equalsIgnoreCase(read.toString().strip());
                    default -> read != null && phases(expected.toString()).contains((Phase) read);
                });
    }

    /** Costs (in euros), start and end year: what the page states against what the candidate holds. */
    private static Optional<Boolean> moreFactRight(String fact, Page page, ImportCandidate c) {
        boolean unknown = page.statedUnknown() != null && page.statedUnknown().contains(fact);
        Object expected = page.facts().get(fact);
        Object read = moreRead(fact, c);
        if (unknown) return Optional.of(read == null);
        if (expected == null) return Optional.empty();
        if (read == null) return Optional.of(false);
        if (fact.equals("costs_eur")) {
            boolean euros = c.getCostCurrency() == null || c.getCostCurrency().equals("EUR");
            return Optional.of(euros && new BigDecimal(expected.toString()).compareTo((BigDecimal) read) == 0);
        }
        return Optional.of(((Number) expected).intValue() == (Integer) read);
    }

    private static @Nullable Object moreRead(String fact, ImportCandidate c) {
        return switch (fact) {
            case "costs_eur" -> c.getCostAmount();
            case "start_year" -> c.getStartYear();
            default -> c.getEndYear();
        };
    }

    private static Object read(String fact, ImportCandidate c) {
        return switch (fact) {
            case "population" -> c.getPopulation();
            case "area_km2" -> c.getAreaKm2();
            case "state" -> c.getRegion();
            default -> c.getPhase();
        };
    }

    /** The catalogue's phases that fit the set's reading of a page's phase. */
    private static Set<Phase> phases(String category) {
        return switch (category) {
            case "planned" -> Set.of(Phase.IDEA, Phase.STRATEGY);
            case "pilot", "implementation" -> Set.of(Phase.IMPLEMENTATION);
            case "operational" -> Set.of(Phase.OPERATION, Phase.SCALED);
            case "completed" -> Set.of(Phase.OPERATION, Phase.SCALED, Phase.DISCONTINUED);
            default -> Set.of();
        };
    }

    private CrawlRun runToEnd(PartnerSource source) {
        return Fixtures.awaitEnd(
                crawls, crawls.start(Objects.requireNonNull(source.getId()), "evaluation"), RUN_TIMEOUT);
    }
}
