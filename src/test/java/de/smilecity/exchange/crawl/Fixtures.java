package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.testsupport.Acting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The expected results written beside each fixture site ({@code expected.yaml}), and sources built from them. */
public final class Fixtures {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private Fixtures() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> expected(String site) {
        try {
            String text = Files.readString(
                    FixtureServer.FIXTURES.resolve(site).resolve("expected.yaml"), StandardCharsets.UTF_8);
            return YAML.readValue(text, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> pages(String site) {
        return (List<Map<String, Object>>) expected(site).get("pages");
    }

    /** How long a test waits for a fixture site's crawl to end. */
    public static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);

    /** Starts a run of the saved source, as a test would, and waits for it to end ({@link #awaitEnd}). */
    public static CrawlRun runToEnd(CrawlService crawls, PartnerSource source) {
        return awaitEnd(crawls, crawls.start(Objects.requireNonNull(source.getId()), "test"), RUN_TIMEOUT);
    }

    /**
     * Waits until the run has ended (finished, failed, cancelled, interrupted) and returns it as it ended.
     *
     * @throws AssertionError when it is still active after the timeout
     */
    public static CrawlRun awaitEnd(CrawlService crawls, CrawlRun run, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            CrawlRun now = crawls.getRun(run.id());
            if (!now.getState().isActive()) return now;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Run " + run.id() + " did not end within " + timeout);
    }

    /**
     * Sets aside every pending candidate. Each test crawls its fixture site under a new address, so
     * what earlier tests of the same application left pending would be copies of this test's pages,
     * and accepting would ask which copy is which.
     */
    public static void clearReviewQueue(ApplicationContext spring) {
        CandidateService candidates = spring.getBean(CandidateService.class);
        new Acting(spring).run("editor", () -> candidates.pending().forEach(c -> candidates.reject(c.id())));
    }

    /** The source of the site's expected.yaml, pointed at the running fixture server. */
    @SuppressWarnings("unchecked")
    static PartnerSource source(String site, FixtureServer server) {
        Map<String, Object> s = (Map<String, Object>) expected(site).get("source");
        PartnerSource source = new PartnerSource();
        source.setName(site + " " + System.nanoTime());
        source.setStartUrls(strings(s.get("startUrls"), server));
        if (s.get("sitemapUrl") != null) source.setSitemapUrl(replace((String) s.get("sitemapUrl"), server));
        source.setAllowedHosts(strings(s.get("allowedHosts"), server));
        source.setInclude(strings(s.get("include"), server));
        source.setMaxPages((Integer) s.get("maxPages"));
        source.setMaxDepth((Integer) s.get("maxDepth"));
        source.setDelayMs((Integer) s.get("delayMs"));
        source.setLanguage((String) s.get("language"));
        Map<String, String> fields = (Map<String, String>) s.getOrDefault("fields", Map.of());
        source.setFields(ExtractionProfile.of(fields));
        Map<String, String> labels = (Map<String, String>) s.getOrDefault("phaseLabels", Map.of());
        Map<String, Phase> phases = new LinkedHashMap<>();
        labels.forEach((k, v) -> phases.put(k, Phase.valueOf(v)));
        source.setPhaseLabels(phases);
        return source;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object values, FixtureServer server) {
        return values == null
                ? List.of()
                : ((List<String>) values).stream().map(v -> replace(v, server)).toList();
    }

    private static String replace(String value, FixtureServer server) {
        return value.replace("{{BASE}}", server.base());
    }

    static String json(Object value) {
        return JsonMapper.builder().build().writeValueAsString(value);
    }
}
