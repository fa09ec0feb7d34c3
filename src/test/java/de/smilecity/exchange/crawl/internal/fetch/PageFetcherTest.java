package de.smilecity.exchange.crawl.internal.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.crawl.FixtureServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real local server: errors, redirects, size cap, timeouts, refusals. */
class PageFetcherTest {

    static final FetchSettings SETTINGS = new FetchSettings(
            "smile-exchange-crawler/1.0 (+https://example.org/crawler)",
            Duration.ofSeconds(2),
            Duration.ofMillis(800),
            64 * 1024,
            256 * 1024,
            5,
            false);

    /** "intranet.test" stands for a name that resolves into the private network. */
    static final HostResolver RESOLVER = host -> host.equals("intranet.test")
            ? List.of(InetAddress.getByAddress(host, new byte[] {10, 1, 2, 3}))
            : HostResolver.SYSTEM.resolve(host);

    // The fixture server is on 127.0.0.1: loopback counts as public here, everything else as in production.
    final PageFetcher fetcher = new PageFetcher(
            SETTINGS, RESOLVER, a -> a.isLoopbackAddress() ? Optional.empty() : AddressPolicy.nonPublicKind(a));
    final FixtureServer server = FixtureServer.serving("profile-site");

    @AfterEach
    void close() {
        server.close();
        fetcher.close();
    }

    @Test
    void fetchesAPageWithItsStatusAndType() throws Exception {
        FetchResult result = fetch("/index.html");
        assertThat(result).isInstanceOfSatisfying(FetchResult.Page.class, page -> {
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.isHtml()).isTrue();
            assertThat(page.truncated()).isFalse();
            assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Städtebund");
        });
    }

    @Test
    void failsWithTheStatusOfAMissingPage() throws Exception {
        assertThat(fetch("/projekte/gibt-es-nicht.html")).isInstanceOfSatisfying(FetchResult.Failure.class, f -> {
            assertThat(f.status()).isEqualTo(404);
            assertThat(f.reason()).startsWith("HTTP 404");
        });
    }

    @Test
    void stopsARedirectLoop() throws Exception {
        server.on("/a", ex -> redirect(ex, "/b")).on("/b", ex -> redirect(ex, "/a"));
        assertThat(fetch("/a"))
                .isInstanceOfSatisfying(
                        FetchResult.Failure.class, f -> assertThat(f.reason()).startsWith("redirect loop"));
        assertThat(server.requestedPaths()).containsExactly("/a", "/b");
    }

    @Test
    void followsAtMostFiveRedirects() throws Exception {
        for (int i = 0; i < 10; i++) {
            int next = i + 1;
            server.on("/hop" + i, ex -> redirect(ex, "/hop" + next));
        }
        assertThat(fetch("/hop0"))
                .isInstanceOfSatisfying(
                        FetchResult.Failure.class, f -> assertThat(f.reason()).startsWith("more than 5 redirects"));
        assertThat(server.requests()).hasSize(6);
    }

    @Test
    void refusesARedirectIntoThePrivateNetwork() throws Exception {
        server.on("/moved", ex -> redirect(ex, "http://intranet.test/admin"));
        assertThat(fetch("/moved")).isInstanceOfSatisfying(FetchResult.Failure.class, f -> {
            assertThat(f.refused()).isTrue();
            assertThat(f.reason())
                    .contains("10.1.2.3")
                    .contains("private")
                    .contains("smile.crawl.local-network-allowed");
        });
    }

    @Test
    void refusesLoopbackWithTheProductionPolicyUnlessTheInstallationAllowsIt() throws UnknownHostException {
        try (PageFetcher strict = new PageFetcher(SETTINGS, HostResolver.SYSTEM);
                PageFetcher local = new PageFetcher(
                        new FetchSettings(
                                SETTINGS.userAgent(),
                                SETTINGS.connectTimeout(),
                                SETTINGS.readTimeout(),
                                SETTINGS.maxBodyBytes(),
                                SETTINGS.maxReportBytes(),
                                SETTINGS.maxRedirects(),
                                true),
                        HostResolver.SYSTEM)) {
            assertThat(strict.check(URI.create(server.url("/index.html"))))
                    .hasValueSatisfying(refusal -> assertThat(refusal.reason())
                            .isEqualTo("refused: 127.0.0.1 is a loopback address; the crawler reaches only public"
                                    + " addresses (the deployment setting smile.crawl.local-network-allowed is for"
                                    + " test and demo installations)"));
            assertThat(local.check(URI.create(server.url("/index.html")))).isEmpty();
            assertThat(local.fetch(URI.create(server.url("/index.html")), target -> Optional.empty()))
                    .isInstanceOf(FetchResult.Page.class);
            assertThat(local.check(URI.create("ftp://example.org/file")))
                    .hasValueSatisfying(refusal -> assertThat(refusal.reason()).contains("only http and https"));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void cutsAnOversizedBodyAndSaysSo() throws Exception {
        server.on("/huge.html", ex -> FixtureServer.send(ex, 200, "text/html", "<p>" + "x".repeat(200_000) + "</p>"));
        assertThat(fetch("/huge.html")).isInstanceOfSatisfying(FetchResult.Page.class, page -> {
            assertThat(page.truncated()).isTrue();
            assertThat(page.body()).hasSize(SETTINGS.maxBodyBytes());
        });
    }

    @Test
    void readsAReportLargerThanAPageWithinTheReportCap() throws Exception {
        byte[] pdf = de.smilecity.exchange.testsupport.TestReports.atLeast(100 * 1024);
        assertThat(pdf.length).isBetween(SETTINGS.maxBodyBytes(), SETTINGS.maxReportBytes());
        server.on("/bericht.pdf", ex -> sendBytes(ex, "application/pdf", pdf, false));
        assertThat(fetch("/bericht.pdf")).isInstanceOfSatisfying(FetchResult.Page.class, page -> {
            assertThat(page.isPdf()).isTrue();
            assertThat(page.truncated()).isFalse();
            assertThat(page.body()).isEqualTo(pdf);
        });
    }

    @Test
    void refusesAReportBeyondItsCapWhetherAnnouncedOrStreamed() throws Exception {
        byte[] pdf = de.smilecity.exchange.testsupport.TestReports.atLeast(300 * 1024);
        server.on("/announced.pdf", ex -> sendBytes(ex, "application/pdf", pdf, false));
        server.on("/streamed.pdf", ex -> sendBytes(ex, "application/pdf", pdf, true));
        assertThat(fetch("/announced.pdf")).isInstanceOfSatisfying(FetchResult.Failure.class, f -> {
            assertThat(f.status()).isEqualTo(200);
            assertThat(f.reason())
                    .startsWith("report too large: a PDF may have at most " + SETTINGS.maxReportBytes() + " bytes ("
                            + pdf.length + " bytes announced)");
        });
        assertThat(fetch("/streamed.pdf"))
                .isInstanceOfSatisfying(
                        FetchResult.Failure.class,
                        f -> assertThat(f.reason())
                                .contains("more than that arrived")
                                .contains("smile.crawl.max-report-size"));
    }

    @Test
    void givesUpOnASlowServerWithATimeoutReason() throws Exception {
        server.on("/slow.html", ex -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            FixtureServer.send(ex, 200, "text/html", "<p>late</p>");
        });
        assertThat(fetch("/slow.html"))
                .isInstanceOfSatisfying(
                        FetchResult.Failure.class, f -> assertThat(f.reason()).startsWith("timeout"));
    }

    @Test
    void givesUpOnABodyThatTricklesInTooSlowly() throws Exception {
        server.on("/trickle.html", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write("<p>tick</p>".getBytes());
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.io.IOException e) {
                // The client hung up at its deadline: exactly what this test wants.
                return;
            }
        });
        assertThat(fetch("/trickle.html"))
                .isInstanceOfSatisfying(
                        FetchResult.Failure.class, f -> assertThat(f.reason()).startsWith("timeout"));
    }

    @Test
    void keepsHostsApartAndWaitsTheDelay() throws InterruptedException {
        HostGate gate = new HostGate();
        gate.acquire("a.example", 200);
        assertThat(gate.isReady("a.example", 0)).isFalse();
        assertThat(gate.isReady("b.example", 200)).isTrue();
        gate.release("a.example");
        long start = System.nanoTime();
        gate.acquire("a.example", 200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(190);
        gate.release("a.example");
    }

    private FetchResult fetch(String path) throws InterruptedException {
        return fetcher.fetch(URI.create(server.url(path)), target -> Optional.empty());
    }

    /** Sends the bytes with their length announced, or chunked without one. */
    private static void sendBytes(com.sun.net.httpserver.HttpExchange ex, String type, byte[] body, boolean chunked)
            throws java.io.IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, chunked ? 0 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (java.io.IOException e) {
            // The client hung up once it had read its cap: what the refusal tests want.
            return;
        }
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws java.io.IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }
}
