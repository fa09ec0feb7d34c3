package de.smilecity.exchange.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real OpenSearch server for the tests, as its own process: the distribution that the build unpacks
 * under {@code target/opensearch} (system property {@code smile.test.opensearch.home}), started on free
 * ports with a data, log and config folder of its own, and stopped (its folder deleted) when the test
 * JVM ends. One node serves every test of a JVM; each Spring context gets indexes of its own through
 * an index prefix ({@link Properties}). With SMILE_TEST_OPENSEARCH_URL set, that server is used instead and nothing is
 * started.
 *
 * <p>Started with {@code java} directly rather than {@code bin/opensearch}: the script needs bash
 * tooling and a JDK of its own choosing, and OpenSearch refuses to run as root, which the CI and
 * these machines are. With JNA's native library kept out ({@code jna.nosys}, {@code
 * jna.noclasspath}) OpenSearch cannot ask which user it runs as and carries on, as it does where
 * JNA is missing; it then also skips memory locking and the system call filter, which a test node
 * does not need.
 */
public final class OpenSearchNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchNode.class);

    /** A loaded two-core machine took 50 to 110 s to start OpenSearch 3.4; an idle one far less. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    static final String HEAP = "512m";

    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static @Nullable OpenSearchNode shared;

    private final String url;
    private final @Nullable Process process;
    private final @Nullable Path workDir;
    private final Duration startTime;

    private OpenSearchNode(String url, @Nullable Process process, @Nullable Path workDir, Duration startTime) {
        this.url = url;
        this.process = process;
        this.workDir = workDir;
        this.startTime = startTime;
    }

    /** The OpenSearch distribution the build unpacked, or null when there is none. */
    static @Nullable Path home() {
        String configured = System.getProperty("smile.test.opensearch.home");
        if (configured != null && !configured.isBlank())
            return Path.of(configured).toAbsolutePath();
        // Absolute: the node runs in a working folder of its own, where a relative path means nothing.
        Path unpacked = Path.of("target", "opensearch").toAbsolutePath();
        if (!Files.isDirectory(unpacked)) return null;
        try (Stream<Path> homes = Files.list(unpacked)) {
            return homes.filter(p -> p.getFileName().toString().startsWith("opensearch-"))
                    .findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static @Nullable String externalUrl() {
        String url = System.getenv("SMILE_TEST_OPENSEARCH_URL");
        return url == null || url.isBlank() ? null : url.replaceAll("/+$", "");
    }

    /** Where the tests' OpenSearch comes from, for the condition's message. */
    static String where() {
        String external = externalUrl();
        return external != null ? "the server at " + external : "started from " + home();
    }

    /** Why no OpenSearch can be had, or null when one can. */
    static @Nullable String problem() {
        String external = externalUrl();
        if (external != null) {
            return health(external) == null ? "no OpenSearch answers at SMILE_TEST_OPENSEARCH_URL=" + external : null;
        }
        Path home = home();
        if (home == null || !Files.isDirectory(home.resolve("lib"))) {
            return "there is no OpenSearch distribution at " + (home == null ? "target/opensearch" : home.toString());
        }
        if (!Files.isDirectory(home.resolve("modules").resolve("analysis-common"))) {
            return "the OpenSearch distribution at " + home + " lacks its analysis-common module";
        }
        return null;
    }

    /**
     * The node of this test JVM, started on first use.
     *
     * @throws IllegalStateException when it does not start, with the end of its log
     */
    public static synchronized OpenSearchNode shared() {
        if (shared == null) {
            String external = externalUrl();
            if (external != null) {
                shared = new OpenSearchNode(external, null, null, Duration.ZERO);
            } else {
                Path home = home();
                if (home == null) throw new IllegalStateException("No OpenSearch distribution: " + problem());
                Path work = Path.of(
                        "target", "opensearch-nodes", ProcessHandle.current().pid() + "");
                shared = start(home, work);
                OpenSearchNode node = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(node::close, "opensearch-node-stop"));
            }
        }
        return shared;
    }

    /**
     * Points a Spring context at the shared node: the OpenSearch engine, its address, and an index
     * prefix of its own, so that contexts never see each other's documents. Named by {@link OpenSearch}.
     */
    public static final class Properties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String prefix = "test-" + ProcessHandle.current().pid() + "-" + CONTEXTS.incrementAndGet() + "-";
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "opensearch-test-node",
                            Map.of(
                                    "smile.search.engine",
                                    "opensearch",
                                    "smile.opensearch.url",
                                    shared().url(),
                                    "smile.opensearch.index-prefix",
                                    prefix)));
        }
    }

    /** Starts a test node of the distribution at {@code home}, with its folders under {@code work}. */
    public static OpenSearchNode start(Path home, Path work) {
        return start(home, work, HEAP, true);
    }

    /**
     * A node for measuring rather than testing: a heap of the given size and the JVM's full compilers,
     * so that its latencies are those of a server that has warmed up, not of a quick test node. Started
     * from the distribution the build unpacked, stopped when the JVM ends.
     */
    public static OpenSearchNode startForBenchmark(String heap) {
        Path home = home();
        if (home == null) throw new IllegalStateException("No OpenSearch distribution: " + problem());
        String problem = problem();
        if (problem != null) throw new IllegalStateException("Cannot start OpenSearch: " + problem);
        Path work =
                Path.of("target", "opensearch-nodes", ProcessHandle.current().pid() + "-bench");
        OpenSearchNode node = start(home, work, heap, false);
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, "opensearch-bench-node-stop"));
        return node;
    }

    private static OpenSearchNode start(Path home, Path work, String heap, boolean quickTestNode) {
        long started = System.nanoTime();
        try {
            Path config = work.resolve("config");
            Path logs = work.resolve("logs");
            Path data = work.resolve("data");
            Path tmp = work.resolve("tmp");
            for (Path dir : List.of(config, logs, data, tmp)) Files.createDirectories(dir);
            Files.copy(
                    home.resolve("config").resolve("log4j2.properties"),
                    config.resolve("log4j2.properties"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(config.resolve("opensearch.yml"), "# settings come from the command line\n");
            describeAnalysisModule(home);
            int httpPort = freePort();
            int transportPort = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms" + heap, "-Xmx" + heap));
            if (quickTestNode) {
                // Serial GC and only the quick compiler: a test node answers few queries, and starts a
                // third faster.
                command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
            }
            command.addAll(List.of(
                    "-javaagent:" + home.resolve("agent").resolve("opensearch-agent.jar"),
                    "-Djna.nosys=true",
                    "-Djna.noclasspath=true",
                    "-Djna.boot.library.path="
                            + work.resolve("no-native-libraries").toAbsolutePath(),
                    "-Djava.io.tmpdir=" + tmp.toAbsolutePath(),
                    "-Dopensearch.path.home=" + home.toAbsolutePath(),
                    "-Dopensearch.path.conf=" + config.toAbsolutePath(),
                    "-Dopensearch.distribution.type=zip",
                    "-Dopensearch.bundled_jdk=false",
                    "-cp",
                    home.resolve("lib").toAbsolutePath() + "/*",
                    "org.opensearch.bootstrap.OpenSearch"));
            for (String setting : List.of(
                    "cluster.name=smile-test",
                    "node.name=smile-test-node",
                    "path.data=" + data.toAbsolutePath(),
                    "path.logs=" + logs.toAbsolutePath(),
                    "network.host=127.0.0.1",
                    "http.port=" + httpPort,
                    "transport.port=" + transportPort,
                    "discovery.type=single-node",
                    // The embedded engine's limit of clauses per query (SearchConfiguration.MAX_CLAUSES).
                    "indices.query.bool.max_clause_count=8192",
                    // A nearly full test disk must not turn the indexes read-only.
                    "cluster.routing.allocation.disk.threshold_enabled=false")) {
                command.add("-E" + setting);
            }
            Path console = logs.resolve("console.log");
            Process process = new ProcessBuilder(command)
                    .directory(work.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(console.toFile())
                    .start();
            String url = "http://127.0.0.1:" + httpPort;
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (health(url) == null) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("OpenSearch at " + home + " stopped while starting (exit "
                            + process.exitValue() + "); the end of " + console + ":\n" + tail(console));
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("OpenSearch at " + home + " did not answer on " + url + " within "
                            + START_TIMEOUT + "; the end of " + console + ":\n" + tail(console));
                }
                Thread.sleep(250);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            log.info(
                    "OpenSearch {} ready at {} after {} ms (data in {})",
                    home.getFileName(),
                    url,
                    took.toMillis(),
                    data);
            return new OpenSearchNode(url, process, work, took);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start OpenSearch from " + home, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while OpenSearch was starting", e);
        }
    }

    /** The address of the node's REST interface, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return url;
    }

    /** From starting the process to a yellow or green cluster; zero for a server that was already running. */
    public Duration startTime() {
        return startTime;
    }

    /** The cluster's status ("green", "yellow"), or null when it does not answer or is red. */
    static @Nullable String health(String url) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) return null;
            Matcher status = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"").matcher(response.body());
            return status.find() && !status.group(1).equals("red") ? status.group(1) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The distribution on Maven Central leaves the analysis module out, and its jar on Maven Central
     * has no plugin descriptor: the build copies the jar into {@code modules/}, and this describes it.
     */
    private static void describeAnalysisModule(Path home) throws IOException {
        Path module = home.resolve("modules").resolve("analysis-common");
        Path descriptor = module.resolve("plugin-descriptor.properties");
        if (Files.exists(descriptor)) return;
        String version = home.getFileName().toString().replaceFirst("^opensearch-", "");
        Files.writeString(
                descriptor,
                String.join(
                        "\n",
                        "description=Analysis components of OpenSearch: stemmers, decompounders, synonyms",
                        "version=" + version,
                        "name=analysis-common",
                        "classname=org.opensearch.analysis.common.CommonAnalysisModulePlugin",
                        "java.version=21",
                        "opensearch.version=" + version,
                        // Its painless extension needs lang-painless, which the distribution lacks too;
                        // without it the module works, minus scripted token filters.
                        "extended.plugins=",
                        "custom.foldername=",
                        "has.native.controller=false",
                        ""),
                StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    /** Stops the process (gracefully, then forcibly) and deletes its folders. */
    @Override
    public void close() {
        if (process == null) return;
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        if (workDir != null) delete(workDir);
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete the OpenSearch test folder {}: {}", dir, e.getMessage());
        }
    }
}
