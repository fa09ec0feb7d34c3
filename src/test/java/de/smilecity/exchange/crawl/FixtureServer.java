package de.smilecity.exchange.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 and a random port serving one fixture folder of
 * {@code src/test/resources/crawl-fixtures/} at its root, with {@code {{BASE}}} in every text file
 * replaced by its own address; a folder's address (with or without its slash) answers with the
 * folder's index.html. It logs every request (path and time), and tests can add special
 * answers (redirects, slow or huge bodies) for single paths.
 */
public final class FixtureServer implements AutoCloseable {

    public static final Path FIXTURES = Path.of("src", "test", "resources", "crawl-fixtures");

    /** One request as the server saw it. */
    public record Request(String path, long nanoTime, String userAgent) {}

    private final HttpServer server;
    private final Path root;
    private final List<Request> log = new CopyOnWriteArrayList<>();
    private final Map<String, HttpHandler> special = new ConcurrentHashMap<>();
    private final Map<String, String> overrides = new ConcurrentHashMap<>();
    private final String origin;

    private FixtureServer(Path root, String origin) throws IOException {
        this.root = root;
        this.origin = origin;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    /** Serves {@code crawl-fixtures/<site>}; a missing site serves only the special answers. */
    public static FixtureServer serving(String site) {
        try {
            return new FixtureServer(FIXTURES.resolve(site), "{{BASE}}");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the fixture server for " + site, e);
        }
    }

    /**
     * Serves a folder written for another address (its pages name {@code origin} in canonical links,
     * robots.txt and sitemaps), with that origin replaced by the server's own.
     */
    public static FixtureServer servingFolder(Path folder, String origin) {
        try {
            return new FixtureServer(folder, origin);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the fixture server for " + folder, e);
        }
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    public List<Request> requests() {
        return List.copyOf(log);
    }

    public List<String> requestedPaths() {
        return log.stream().map(Request::path).toList();
    }

    /** Answers one path with the given handler instead of a file. */
    public FixtureServer on(String path, HttpHandler handler) {
        special.put(path, handler);
        return this;
    }

    /** Serves the given text (after {{BASE}} replacement) at a path instead of the file there. */
    public FixtureServer override(String path, String content) {
        overrides.put(path, content);
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        log.add(new Request(
                query == null ? path : path + "?" + query,
                System.nanoTime(),
                String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"))));
        try (exchange) {
            HttpHandler handler = special.get(path);
            if (handler != null) {
                handler.handle(exchange);
                return;
            }
            String text = overrides.get(path);
            Path file = root.resolve(path.substring(1)).normalize();
            // A folder's address answers with its index.html, as web servers do.
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (text == null && (!file.startsWith(root) || !Files.isRegularFile(file))) {
                send(exchange, 404, "text/plain", "not found");
                return;
            }
            if (text == null) text = Files.readString(file, StandardCharsets.UTF_8);
            send(exchange, 200, contentType(path), text.replace(origin, base()));
        }
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Answers with bytes as they are (a PDF, say), their length announced. */
    public static void sendBytes(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String contentType(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xml")) return "application/xml";
        if (lower.endsWith(".txt")) return "text/plain";
        return "text/html";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
