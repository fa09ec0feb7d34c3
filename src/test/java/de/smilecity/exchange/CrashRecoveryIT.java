package de.smilecity.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The app as a separate process, killed with SIGKILL while a crawl runs, an index rebuild runs and an
 * export streams, then started again on the same data folder (H2 file database and index): no run
 * stays running, the crawl goes on in a new run, the index matches the database and nothing saved is
 * lost.
 */
@Tag("hostile")
class CrashRecoveryIT {

    /** Generous: the test machine may be busy, and a start-up there can take a minute or more. */
    static final Duration STARTUP = Duration.ofMinutes(7);

    /** Between two requests of the crawl, so that the kill lands while it runs. */
    static final int SLOW_CRAWL_DELAY_MS = 4_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();
    private int port;
    private Path log;

    @AfterEach
    void stopApp() {
        started.forEach(Process::destroyForcibly);
    }

    @Test
    void afterAKillInTheMiddleOfACrawlARebuildAndAnExportNothingIsStuckOrLost() throws Exception {
        port = freePort();
        Process app = start("first");

        // Saved before the kill: a published entry.
        String slug = publishedEntry();
        long publishedBefore = health().path("publishedInDatabase").asLong();

        // A crawl of the demo partner site, slowed down so that it is still running at the kill.
        long sourceId = slowDemoSource();
        long runId = send("POST", "/api/v1/admin/sources/" + sourceId + "/runs", "editor:editor", null, 202)
                .path("id")
                .asLong();
        JsonNode run = awaitRunFetched(runId);
        int candidatesBefore =
                get("/api/v1/admin/candidates?run=" + runId, "editor:editor").size();

        // An export that is being read, slowly.
        HttpResponse<InputStream> export =
                http.send(request("/api/v1/export.json", null).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(export.statusCode()).isEqualTo(200);
        InputStream exportBody = export.body();
        assertThat(exportBody.readNBytes(16)).isNotEmpty();

        // A rebuild, then at once the kill.
        JsonNode rebuild = send("POST", "/api/v1/admin/index/rebuild", "admin:admin", null, 202);
        assertThat(rebuild.path("state").asString()).isEqualTo("REBUILDING");
        assertThat(get("/api/v1/admin/runs/" + runId, "editor:editor")
                        .path("state")
                        .asString())
                .as("the crawl still runs at the kill: %s", run)
                .isIn("running", "queued");
        app.destroyForcibly();
        assertThat(app.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        exportBody.close();

        start("second");

        JsonNode after = get("/api/v1/admin/runs/" + runId, "editor:editor");
        assertThat(after.path("state").asString()).isEqualTo("interrupted");
        assertThat(after.path("reason").asString()).contains("stopped");
        assertThat(get("/api/v1/admin/candidates?run=" + runId, "editor:editor").size())
                .isGreaterThanOrEqualTo(candidatesBefore);
        // The restarted node goes on with the crawl by itself, in a run that names the lost one.
        long again = after.path("continuedAs").asLong();
        assertThat(again).as("the lost run is continued: %s", after).isPositive();
        JsonNode continuation = awaitRunFetched(again);
        assertThat(continuation.path("continuesRun").asLong()).isEqualTo(runId);
        assertThat(continuation.path("sourceId").asLong()).isEqualTo(sourceId);
        send("POST", "/api/v1/admin/runs/" + again + "/cancel", "editor:editor", null, 200);

        JsonNode health = health();
        assertThat(health.path("status").path("state").asString()).isEqualTo("READY");
        assertThat(health.path("missingIds").size()).isZero();
        assertThat(health.path("orphanedIds").size()).isZero();
        assertThat(health.path("publishedInDatabase").asLong()).isEqualTo(publishedBefore);
        assertThat(health.path("documentsInIndex").asLong()).isEqualTo(publishedBefore);

        assertThat(get("/api/v1/practices/" + slug, null).path("slug").asString())
                .isEqualTo(slug);
        assertThat(get("/api/v1/practices?q=Absturzsichere+Bauanträge", null)
                        .path("hits")
                        .toString())
                .contains(slug);
        assertThat(get("/api/v1/export.json", null).size()).isEqualTo((int) publishedBefore);
    }

    private String publishedEntry() throws Exception {
        ObjectNode body = JSON.createObjectNode()
                .put("title", "Absturzsichere Bauanträge")
                .put("summary", "Bauanträge online stellen, auch wenn der Server stürzt.");
        body.putArray("innovationFields").add("administration");
        String slug = send("POST", "/api/v1/practices", "partner:partner", body, 201)
                .path("slug")
                .asString();
        send("POST", "/api/v1/practices/" + slug + "/transitions", "partner:partner", action("submit"), 200);
        send("POST", "/api/v1/practices/" + slug + "/transitions", "editor:editor", action("approve"), 200);
        return slug;
    }

    private static ObjectNode action(String name) {
        return JSON.createObjectNode().put("action", name);
    }

    /** The seeded demo source, pointed at this app's port and slowed down. */
    private long slowDemoSource() throws Exception {
        JsonNode sources = get("/api/v1/admin/sources", "editor:editor");
        JsonNode demo = sources.get(0);
        String pointed = demo.toString().replace("http://localhost:8080", "http://localhost:" + port);
        ObjectNode source = (ObjectNode) JSON.readTree(pointed);
        source.put("delayMs", SLOW_CRAWL_DELAY_MS);
        long id = demo.path("id").asLong();
        send("PUT", "/api/v1/admin/sources/" + id, "editor:editor", source, 200);
        return id;
    }

    private JsonNode awaitRunFetched(long runId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = get("/api/v1/admin/runs/" + runId, "editor:editor");
            if (run.path("pagesDone").asInt() >= 2) return run;
            if (!List.of("queued", "running").contains(run.path("state").asString())) {
                fail("The crawl ended before the kill: %s%n%s", run, tail());
            }
            Thread.sleep(200);
        }
        return fail("The crawl fetched no pages within a minute%n%s", tail());
    }

    private JsonNode health() throws Exception {
        return get("/api/v1/admin/index/health", "admin:admin");
    }

    private Process start(String name) throws Exception {
        log = dataDir.resolve("app-" + name + ".log");
        Path seed = Path.of("seed-content").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Application.class.getName(),
                        "--spring.profiles.active=demo",
                        "--server.port=" + port,
                        "--smile.data-dir=" + dataDir.resolve("data"),
                        "--smile.seed.path=" + seed,
                        "--smile.crawl.local-network-allowed=true",
                        "--vaadin.devmode.usageStatistics.enabled=false",
                        "--vaadin.devmode.devTools.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        Process process = builder.start();
        started.add(process);
        awaitReady(process);
        return process;
    }

    private void awaitReady(Process process) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) fail("The app exited with %d%n%s", process.exitValue(), tail());
            try {
                HttpResponse<String> readiness = http.send(
                        request("/actuator/health/readiness", null).build(), HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == 200) return;
            } catch (IOException notListeningYet) {
                // the server socket is not open yet
            }
            Thread.sleep(500);
        }
        fail("The app was not ready within %s%n%s", STARTUP, tail());
    }

    private JsonNode get(String path, String credentials) throws Exception {
        return send("GET", path, credentials, null, 200);
    }

    private JsonNode send(String method, String path, String credentials, JsonNode body, int expected)
            throws Exception {
        HttpRequest.Builder request = request(path, credentials)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) request.header("Content-Type", "application/json");
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            fail(
                    "%s %s answered %d, expected %d: %s%n%s",
                    method, path, response.statusCode(), expected, response.body(), tail());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String path, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
