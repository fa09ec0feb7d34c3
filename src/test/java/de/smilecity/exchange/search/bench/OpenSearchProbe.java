package de.smilecity.exchange.search.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import de.smilecity.exchange.search.SearchService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * Where a search on OpenSearch spends its time, question by question: the HTTP requests one service
 * search sends (read off Hibernate Search's request log, which names each request with its body and
 * the time the client waited), and for each search request the node's own figures — {@code took}
 * as sent and with parts of the body left out, and the breakdown of OpenSearch's {@code profile} —
 * sent again, straight to the node. Opt-in ({@code bench.opensearch-probe=true}), after the
 * OpenSearch rebuild of each size; the measured rounds come after it, unchanged.
 */
final class OpenSearchProbe {

    static final String PROPERTY = "bench.opensearch-probe";

    /** Hibernate Search's logger of every request it sends, with bodies at TRACE. */
    private static final String REQUEST_LOG = "org.hibernate.search.elasticsearch.client.request";

    /** The OpenSearch engine's logger: the {@code _msearch} of a page, worded as the request log. */
    private static final String ENGINE_LOG = "de.smilecity.exchange.search.internal.OpenSearchEngine";

    /** Times each variant of a request is sent to the node, after as many to warm up. */
    private static final int REPEATS = 15;

    private static final Pattern EXECUTED = Pattern.compile(
            "HTTP (\\w+) request to '[^']*' with path '([^']*)', query parameters \\{([^}]*)\\} and \\d+ objects in"
                    + " payload in (\\d+)ms",
            Pattern.DOTALL);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(OpenSearchProbe.class);

    /** One request that a search sent, as the request log tells it. */
    record Sent(String method, String path, String parameters, long clientMillis, String body, String response) {

        boolean isSearch() {
            return path.endsWith("/_search");
        }

        /**
         * The searches of the request, each as a {@code _search} of its own: the request itself, or
         * each body of an {@code _msearch} (headers without an index of their own).
         */
        List<Sent> searches() {
            if (isSearch()) return body.contains("\"aggregations\"") ? List.of(this) : List.of();
            if (!path.endsWith("/_msearch")) return List.of();
            String index = path.substring(0, path.length() - "/_msearch".length());
            List<Sent> each = new ArrayList<>();
            String[] lines = body.strip().split("\n");
            for (int i = 1; i < lines.length; i += 2) {
                each.add(new Sent(method, index + "/_search", parameters, clientMillis, lines[i], ""));
            }
            return each;
        }
    }

    private OpenSearchProbe() {}

    static boolean wanted() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Probes each question through {@code search} on the node at {@code url}, and logs what it found. */
    static void probe(SearchService search, String url, List<BenchQuery> questions) throws Exception {
        StringBuilder report = new StringBuilder();
        for (BenchQuery q : questions) {
            for (int i = 0; i < 3; i++) search.search(SearchBenchmark.request(q));
            List<Sent> sent = requestsOf(() -> search.search(SearchBenchmark.request(q)));
            report.append("\n### ").append(q).append(": ").append(sent.size()).append(" HTTP requests\n");
            for (Sent request : sent) {
                report.append(String.format(
                        Locale.ROOT,
                        "- %s %s (%s): client %d ms, took %s, request %d B, response %d B%n",
                        request.method(),
                        request.path(),
                        request.parameters(),
                        request.clientMillis(),
                        took(request.response()),
                        request.body().length(),
                        request.response().length()));
            }
            int n = 0;
            for (Sent request : sent) {
                Path file = DUMPS.resolve(q.text().replaceAll("\\W+", "_") + "-" + (n++) + ".json");
                Files.createDirectories(DUMPS);
                Files.writeString(file, request.path() + "?" + request.parameters() + "\n" + request.body() + "\n");
                for (Sent one : request.searches()) {
                    if (!one.body().contains("\"from\"") && !one.body().contains("\"aggregations\"")) {
                        // A count of the index statistics: the request's own time above says what it costs.
                        report.append("  ").append(one.path()).append(" (statistics)\n");
                        continue;
                    }
                    report.append("  ")
                            .append(one.path())
                            .append(one.body().contains("\"aggregations\"") ? " (counts)\n" : " (page)\n");
                    try {
                        report.append(variants(url, one));
                        report.append(profile(url, one));
                    } catch (RuntimeException e) {
                        report.append("  probe failed: ").append(e).append('\n');
                    }
                }
            }
        }
        log.warn("OpenSearch probe ({}):{}", PROPERTY, report);
        long hold = Long.getLong(PROPERTY + ".hold-seconds", 0);
        if (hold > 0) {
            log.warn("OpenSearch probe: the node at {} stays for {} s; request bodies in {}", url, hold, DUMPS);
            long until = System.nanoTime() + hold * 1_000_000_000L;
            // Ended early by creating the file "release" beside the bodies.
            while (System.nanoTime() < until && !Files.exists(DUMPS.resolve("release"))) Thread.sleep(1000);
        }
    }

    /** Where the bodies of the probed requests are written, to send them again by hand. */
    private static final Path DUMPS = Path.of("target", "bench", "opensearch-probe");

    /** The requests that {@code search} sends, captured from the request log. */
    static List<Sent> requestsOf(Runnable search) {
        List<Logger> loggers =
                List.of((Logger) LoggerFactory.getLogger(REQUEST_LOG), (Logger) LoggerFactory.getLogger(ENGINE_LOG));
        List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
        List<Boolean> additive = loggers.stream().map(Logger::isAdditive).toList();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        for (Logger logger : loggers) {
            logger.addAppender(appender);
            logger.setAdditive(false);
            logger.setLevel(Level.TRACE);
        }
        try {
            search.run();
        } finally {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(levels.get(i));
                loggers.get(i).setAdditive(additive.get(i));
                loggers.get(i).detachAppender(appender);
            }
        }
        List<Sent> sent = new ArrayList<>();
        for (ILoggingEvent event : appender.list) {
            String message = event.getFormattedMessage();
            Matcher m = EXECUTED.matcher(message);
            if (!m.find()) continue;
            int bodyAt = message.indexOf("Request body: <");
            int responseAt = message.lastIndexOf(">. Response body: <");
            String body = bodyAt < 0 || responseAt < bodyAt ? "" : message.substring(bodyAt + 15, responseAt);
            String response = responseAt < 0 ? "" : message.substring(responseAt + 19, message.length() - 1);
            sent.add(new Sent(m.group(1), m.group(2), m.group(3), Long.parseLong(m.group(4)), body, response));
        }
        return sent;
    }

    /** The node's median {@code took} for the request as sent and with parts of it left out. */
    private static String variants(String url, Sent request) throws Exception {
        JsonObject body = JsonParser.parseString(request.body()).getAsJsonObject();
        Map<String, UnaryOperator<JsonObject>> variants = new LinkedHashMap<>();
        variants.put("as sent", b -> b);
        variants.put("no aggregations", b -> without(b, "aggregations"));
        variants.put("no hits (size 0)", b -> with(b, "size", 0));
        variants.put("no post_filter", b -> without(b, "post_filter"));
        variants.put("total not exact", b -> with(b, "track_total_hits", 1000));
        variants.put(
                "query only (size 0, no aggregations, total not exact)",
                b -> with(with(without(b, "aggregations"), "size", 0), "track_total_hits", 1000));
        StringBuilder out = new StringBuilder("  node `took` (median of " + REPEATS + ", ms) and client wall:\n");
        for (Map.Entry<String, UnaryOperator<JsonObject>> variant : variants.entrySet()) {
            String sent = variant.getValue().apply(body.deepCopy()).toString();
            long[] took = new long[REPEATS];
            long[] wall = new long[REPEATS];
            for (int i = 0; i < REPEATS; i++) post(url, request, sent);
            for (int i = 0; i < REPEATS; i++) {
                long start = System.nanoTime();
                took[i] = Long.parseLong(took(post(url, request, sent)));
                wall[i] = (System.nanoTime() - start) / 1_000_000;
            }
            out.append(String.format(
                    Locale.ROOT,
                    "  - %s: took %d (min %d), wall %d%n",
                    variant.getKey(),
                    median(took),
                    Arrays.stream(took).min().orElse(-1),
                    median(wall)));
        }
        return out.toString();
    }

    /** OpenSearch's profile of the request as sent: query, collectors, each aggregation, fetch. */
    private static String profile(String url, Sent request) throws Exception {
        JsonObject body = JsonParser.parseString(request.body()).getAsJsonObject();
        body.addProperty("profile", true);
        JsonObject answer =
                JsonParser.parseString(post(url, request, body.toString())).getAsJsonObject();
        StringBuilder out = new StringBuilder("  profile (ms):\n");
        for (JsonElement shard : answer.getAsJsonObject("profile").getAsJsonArray("shards")) {
            JsonObject s = shard.getAsJsonObject();
            for (JsonElement search : s.getAsJsonArray("searches")) {
                JsonObject q = search.getAsJsonObject();
                for (JsonElement query : q.getAsJsonArray("query")) {
                    JsonObject top = query.getAsJsonObject();
                    out.append(String.format(
                            Locale.ROOT, "  - query %s: %.1f%n", top.get("type").getAsString(), ms(top)));
                    out.append(breakdown(top));
                }
                out.append(String.format(
                        Locale.ROOT,
                        "  - rewrite: %.1f%n",
                        q.get("rewrite_time").getAsLong() / 1e6));
                for (JsonElement collector : q.getAsJsonArray("collector")) {
                    JsonObject c = collector.getAsJsonObject();
                    out.append(String.format(
                            Locale.ROOT,
                            "  - collector %s (%s): %.1f%n",
                            c.get("name").getAsString(),
                            c.get("reason").getAsString(),
                            ms(c)));
                }
            }
            JsonArray aggregations = s.getAsJsonArray("aggregations");
            double aggregationsMs = 0;
            StringBuilder each = new StringBuilder();
            for (JsonElement aggregation : aggregations) {
                JsonObject a = aggregation.getAsJsonObject();
                aggregationsMs += ms(a);
                each.append(String.format(
                        Locale.ROOT, " %s %.1f;", a.get("description").getAsString(), ms(a)));
            }
            out.append(String.format(Locale.ROOT, "  - aggregations: %.1f (%s)%n", aggregationsMs, each));
            JsonElement fetch = s.get("fetch");
            if (fetch != null && fetch.isJsonArray()) {
                for (JsonElement phase : fetch.getAsJsonArray()) {
                    out.append(String.format(Locale.ROOT, "  - fetch: %.1f%n", ms(phase.getAsJsonObject())));
                }
            } else if (fetch != null) {
                out.append(String.format(Locale.ROOT, "  - fetch: %.1f%n", ms(fetch.getAsJsonObject())));
            }
        }
        return out.toString();
    }

    /** The largest parts of a query's own time, e.g. {@code score}, {@code next_doc}. */
    private static String breakdown(JsonObject query) {
        if (!query.has("breakdown")) return "";
        List<Map.Entry<String, Long>> parts = new ArrayList<>();
        query.getAsJsonObject("breakdown").entrySet().forEach(e -> {
            if (!e.getKey().endsWith("_count") && e.getValue().isJsonPrimitive()) {
                parts.add(Map.entry(e.getKey(), e.getValue().getAsLong()));
            }
        });
        parts.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        StringBuilder out = new StringBuilder("    ");
        parts.stream()
                .limit(5)
                .forEach(p -> out.append(String.format(Locale.ROOT, "%s %.1f; ", p.getKey(), p.getValue() / 1e6)));
        return out.append('\n').toString();
    }

    private static double ms(JsonObject timed) {
        return timed.get("time_in_nanos").getAsLong() / 1e6;
    }

    private static String post(String url, Sent request, String body) throws IOException, InterruptedException {
        String parameters = request.parameters().isBlank()
                ? ""
                : "?"
                        + String.join(
                                "&",
                                Arrays.stream(request.parameters().split(",\\s*"))
                                        .toList());
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url + request.path() + parameters))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The node answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String took(String response) {
        try {
            JsonObject answer = JsonParser.parseString(response).getAsJsonObject();
            return answer.has("took") ? answer.get("took").getAsString() : "-";
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static JsonObject without(JsonObject body, String key) {
        body.remove(key);
        return body;
    }

    private static JsonObject with(JsonObject body, String key, int value) {
        body.addProperty(key, value);
        return body;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
