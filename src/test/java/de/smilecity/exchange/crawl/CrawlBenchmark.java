package de.smilecity.exchange.crawl;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Crawler throughput, not part of {@code verify} (the class name matches no test pattern). Run:
 * {@code ./mvnw test -Dtest=CrawlBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>20 hosts are 20 HTTP servers on the loopback addresses 127.0.0.2 … 127.0.0.21: Linux routes
 * all of 127.0.0.0/8 to the loopback interface, so every address is a distinct host for the
 * crawler's per-host politeness without any DNS trick or root rights, and no traffic leaves the
 * machine. Each host serves a listing page that links to its project pages. The whole pipeline
 * runs: robots.txt, fetch, parse, extraction, H2 writes of outcomes and candidates.
 *
 * <p>Writes the table to {@code target/bench/crawler.md}.
 */
@SpringBootTest(properties = {"smile.crawl.hosts-in-parallel=20", "logging.level.de.smilecity.exchange.crawl=WARN"})
@ActiveProfiles({"demo", "test"})
class CrawlBenchmark {

    static final int HOSTS = 20;
    static final int PAGES_PER_HOST = 30;
    static final Logger log = LoggerFactory.getLogger(CrawlBenchmark.class);
    static final List<HttpServer> servers = new ArrayList<>();

    @Autowired
    PartnerSourceService sources;

    @Autowired
    CrawlService crawls;

    @BeforeAll
    static void startHosts() throws IOException {
        for (int h = 0; h < HOSTS; h++) {
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) (h + 2)}), 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(2));
            int host = h;
            server.createContext("/", ex -> {
                String path = ex.getRequestURI().getPath();
                String body;
                int status = 200;
                if (path.equals("/robots.txt")) {
                    body = "User-agent: *\nDisallow: /private/\n";
                } else if (path.equals("/index.html")) {
                    StringBuilder links = new StringBuilder("<html><body><h1>Host " + host + "</h1><ul>");
                    for (int p = 0; p < PAGES_PER_HOST; p++) {
                        links.append("<li><a href=\"/projects/p")
                                .append(p)
                                .append(".html\">Project ")
                                .append(p)
                                .append("</a></li>");
                    }
                    body = links.append("</ul></body></html>").toString();
                } else if (path.startsWith("/projects/")) {
                    body = page(host, path);
                } else {
                    status = 404;
                    body = "not found";
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders()
                        .set("Content-Type", path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8");
                ex.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            servers.add(server);
        }
    }

    static String page(int host, String path) {
        return """
                <html lang="de"><head><title>%s</title><meta name="description" content="Ein Projekt von Host %d."></head>
                <body><header><nav><a href="/index.html">Start</a></nav></header><main><h1 class="t">Projekt %s auf Host %d</h1>
                <p class="lead">Kurzbeschreibung des Projekts mit genug Text für eine Zusammenfassung.</p>
                <table><tr><th>Kommune</th><td>Stadt %d</td></tr><tr><th>Einwohner</th><td>12.345</td></tr>
                <tr><th>Themen</th><td><ul><li>Mobilität</li><li>Unbekannt</li></ul></td></tr></table>
                <section class="text"><p>%s</p></section></main><footer>Impressum</footer></body></html>""".formatted(path, host, path, host, host, "Beschreibender Text. ".repeat(60));
    }

    @AfterAll
    static void stopHosts() {
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void measuresThroughputAndPoliteness() throws Exception {
        List<String> rows = new ArrayList<>();
        rows.add("| scenario | hosts | pages fetched | seconds | pages/s | politeness ceiling | share of ceiling |");
        rows.add("|---|---:|---:|---:|---:|---:|---:|");
        rows.add(measure("no delay, 20 hosts in parallel", 0, PAGES_PER_HOST));
        rows.add(measure("no delay (second run: all unchanged)", 0, PAGES_PER_HOST));
        rows.add(measure("delay 250 ms per host", 250, 10));
        rows.add(measure("delay 1000 ms per host", 1000, 5));
        String table = String.join("\n", rows) + "\n";
        Path out = Path.of("target", "bench", "crawler.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Crawler benchmark\n\n" + machine() + "\n\n" + table);
        log.warn("Crawler benchmark written to {}:\n{}", out.toAbsolutePath(), table);
    }

    private String measure(String scenario, int delayMs, int pagesPerHost) throws InterruptedException {
        PartnerSource source = new PartnerSource();
        source.setName("bench " + scenario + " " + System.nanoTime());
        List<String> starts = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (HttpServer s : servers) {
            String host = s.getAddress().getAddress().getHostAddress();
            starts.add("http://" + host + ":" + s.getAddress().getPort() + "/index.html");
            hosts.add(host);
        }
        source.setStartUrls(starts);
        source.setAllowedHosts(hosts);
        source.setInclude(List.of("^/projects/p(" + String.join("|", range(pagesPerHost)) + ")\\.html$"));
        source.setMaxPages(PartnerSource.MAX_PAGES_LIMIT);
        source.setDelayMs(delayMs);
        source.setFields(ExtractionProfile.of(Map.of(
                "title",
                "h1.t",
                "summary",
                "p.lead",
                "description",
                "section.text",
                "organisation",
                "th:containsOwn(Kommune) + td",
                "innovationFields",
                "th:containsOwn(Themen) + td li")));
        // The "unchanged" scenario re-runs the first source: find it by its scenario prefix.
        PartnerSource saved = scenario.contains("second run")
                ? sources.all().stream()
                        .filter(s -> s.getName().startsWith("bench no delay, 20"))
                        .findFirst()
                        .orElseThrow()
                : sources.save(source);
        long start = System.nanoTime();
        CrawlRun run = crawls.start(saved.getId(), "benchmark");
        while (crawls.getRun(run.id()).getState().isActive()) Thread.sleep(20);
        double seconds = (System.nanoTime() - start) / 1e9;
        CrawlRun done = crawls.getRun(run.id());
        int fetched = done.getPagesDone() + HOSTS; // pages plus one robots.txt per host
        double rate = fetched / seconds;
        String ceiling = delayMs == 0 ? "–" : String.format(Locale.ROOT, "%.1f/s", HOSTS * 1000.0 / delayMs);
        String share =
                delayMs == 0 ? "–" : String.format(Locale.ROOT, "%.0f %%", 100 * rate / (HOSTS * 1000.0 / delayMs));
        return String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.2f | %.1f | %s | %s |",
                scenario,
                HOSTS,
                fetched,
                seconds,
                rate,
                ceiling,
                share);
    }

    private static List<String> range(int n) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < n; i++) values.add(Integer.toString(i));
        return values;
    }

    private static String machine() {
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
                + ", H2 in memory; each request is one HTTP/1.1 exchange on the loopback interface.";
    }
}
