package de.smilecity.exchange.search.bench;

import de.smilecity.exchange.Application;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.search.IndexMaintenance;
import de.smilecity.exchange.search.IndexStatus;
import de.smilecity.exchange.search.SearchRequest;
import de.smilecity.exchange.search.SearchService;
import de.smilecity.exchange.testsupport.OpenSearchNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The app a second time in the benchmark's JVM, on the OpenSearch engine and the same database as
 * the embedded one: the same entries, indexed by its own rebuild into a node of its own, searched
 * through its own {@link SearchService}. The node gets a larger heap and the full compilers (not the
 * quick test node's settings), because here its latencies are what is measured.
 */
final class OpenSearchSide implements AutoCloseable {

    /** The node's heap: the index of 100 000 entries and its aggregations fit in it with room to spare. */
    static final String HEAP = System.getProperty("bench.opensearch-heap", "1g");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final OpenSearchNode node;
    private final ConfigurableApplicationContext context;
    private final String prefix;

    private OpenSearchSide(OpenSearchNode node, ConfigurableApplicationContext context, String prefix) {
        this.node = node;
        this.context = context;
        this.prefix = prefix;
    }

    /**
     * Starts a node and the app on it, with the database of {@code embedded}; returns once the app's
     * start-up rebuild (of what the database holds now) is done.
     */
    static OpenSearchSide start(Environment embedded, List<String> properties) throws InterruptedException {
        OpenSearchNode node = OpenSearchNode.startForBenchmark(HEAP);
        List<String> args = new ArrayList<>();
        properties.forEach(property -> args.add("--" + property));
        for (String key :
                List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password")) {
            args.add("--" + key + "=" + embedded.getRequiredProperty(key));
        }
        args.add("--smile.search.engine=opensearch");
        args.add("--smile.opensearch.url=" + node.url());
        String prefix = "bench-" + ProcessHandle.current().pid() + "-";
        args.add("--smile.opensearch.index-prefix=" + prefix);
        args.add("--spring.jmx.enabled=false");
        // Like a Spring test's mock web environment: the web beans exist, but no server starts and no
        // Vaadin front end is built.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("demo", "test")
                .web(WebApplicationType.SERVLET)
                .contextFactory(
                        ApplicationContextFactory.of(() -> new GenericWebApplicationContext(new MockServletContext())))
                .run(args.toArray(String[]::new));
        OpenSearchSide side = new OpenSearchSide(node, context, prefix);
        while (side.index().status().state() == IndexStatus.State.REBUILDING) Thread.sleep(50);
        return side;
    }

    IndexMaintenance index() {
        return context.getBean(IndexMaintenance.class);
    }

    SearchService search() {
        return context.getBean(SearchService.class);
    }

    CatalogueService catalogue() {
        return context.getBean(CatalogueService.class);
    }

    /** Rebuilds the OpenSearch index from the database with the app's mass indexer. */
    IndexStatus rebuild() throws Exception {
        return index().rebuild("benchmark").get(60, TimeUnit.MINUTES);
    }

    /** Published entries in the OpenSearch index: the total of a search without words. */
    long documents() {
        return search().search(SearchRequest.of("")).total();
    }

    String url() {
        return node.url();
    }

    /** The property that keeps the node's request cache on in the measured rounds. */
    static final String REQUEST_CACHE = "bench.opensearch-request-cache";

    /**
     * Turns the node's shard request cache off for this app's indexes and empties it. The mix asks
     * each question again every round, and the cache would answer the {@code size: 0} searches of a
     * repeated question (the index statistics, the facet counts) without running them: the embedded
     * engine has no such cache, and a new question gets no help from it either. In production it stays
     * on, where paging through a question or going back to it asks the same counts again.
     */
    void withoutRequestCache() {
        String indexes = prefix + "*";
        send("PUT", "/" + indexes + "/_settings", "{\"index.requests.cache.enable\":false}");
        send("POST", "/" + indexes + "/_cache/clear?request=true", "");
    }

    private void send(String method, String path, String body) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(node.url() + path))
                            .header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(body))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /**
     * The shards and segments of this app's indexes as the node lists them ({@code _cat/shards},
     * {@code _cat/segments}): how well a rebuild left them merged, and whether a replica waits for a
     * second node.
     */
    String layout() {
        String indexes = prefix + "*";
        return "shards:\n"
                + cat("/_cat/shards/" + indexes + "?v&h=index,shard,prirep,state,docs,store")
                + "segments:\n"
                + cat("/_cat/segments/" + indexes + "?v&h=index,shard,prirep,segment,docs.count,docs.deleted,size");
    }

    private String cat(String path) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(node.url() + path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            return path + " failed: " + e + "\n";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return path + " interrupted\n";
        }
    }

    @Override
    public void close() {
        context.close();
        node.close();
    }
}
