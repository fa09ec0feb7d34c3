package de.smilecity.exchange.crawl.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import de.smilecity.exchange.crawl.FixtureServer;
import de.smilecity.exchange.crawl.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The admin API of the crawler end to end: a source, a run, its outcomes, the candidates, a published entry. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class CrawlApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext spring;

    /**
     * Services ask the JVM-wide SecurityContextHolder who is calling, while the filter chain of this
     * context signs the caller in through its own strategy (Vaadin keeps one per context, and the
     * holder points at whichever context started last): point the holder at this context's.
     */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(spring.getBean(SecurityContextHolderStrategy.class));
        Fixtures.clearReviewQueue(spring);
    }

    @Test
    void createsASourceCrawlsItAndPublishesAnAcceptedCandidate() throws Exception {
        try (FixtureServer server = FixtureServer.serving("profile-site")) {
            JsonNode source = post("/api/v1/admin/sources", profileSource(server), 201);
            long sourceId = source.get("id").asLong();
            assertThat(source.get("warnings")).isEmpty();

            JsonNode run = post("/api/v1/admin/sources/" + sourceId + "/runs", null, 202);
            JsonNode finished = awaitRun(run.get("id").asLong());
            assertThat(finished.get("state").asString()).isEqualTo("finished");
            assertThat(finished.get("counts").get("imported").asInt()).isEqualTo(5);
            assertThat(finished.get("counts").get("failed").asInt()).isEqualTo(1);
            // The profile names the population's element: every imported page took it from there.
            assertThat(finished.get("fieldOrigins")
                            .get("population")
                            .get("profile")
                            .asInt())
                    .isEqualTo(5);
            assertThat(finished.get("outcomes")
                            .valueStream()
                            .filter(o -> o.get("url").asString().endsWith("/privat/entwurf.html"))
                            .findFirst()
                            .orElseThrow()
                            .get("outcome")
                            .asString())
                    .isEqualTo("skipped");

            JsonNode candidates =
                    get("/api/v1/admin/candidates?run=" + run.get("id").asLong());
            assertThat(candidates).hasSize(5);
            JsonNode rufbus = candidates
                    .valueStream()
                    .filter(c -> c.get("sourceUrl").asString().endsWith("/projekte/auenbrunn-rufbus.html"))
                    .findFirst()
                    .orElseThrow();
            assertThat(rufbus.get("state").asString()).isEqualTo("Sachsen-Anhalt");
            assertThat(rufbus.get("population").asInt()).isEqualTo(118402);
            assertThat(rufbus.get("phase").asString()).isEqualTo("OPERATION");
            assertThat(rufbus.get("review").asString()).isEqualTo("pending");
            assertThat(rufbus.get("reports").isArray())
                    .as("the reports its page links")
                    .isTrue();

            JsonNode entry = post("/api/v1/admin/candidates/" + rufbus.get("id").asLong() + "/accept", null, 200);
            assertThat(entry.get("state").asString()).isEqualTo("PUBLISHED");
            assertThat(entry.get("provenance").get("origin").asString()).isEqualTo("CRAWL");
            assertThat(entry.get("organisation").get("name").asString()).isEqualTo("Auenbrunn");
            assertThat(mvc.get().uri("/api/v1/practices/" + entry.get("slug").asString()))
                    .hasStatusOk()
                    .bodyJson()
                    .extractingPath("$.title")
                    .isEqualTo("Rufbus auf Bestellung für die Ortsteile");
            // Accepted means findable: the search index follows the commit.
            assertThat(mvc.get().uri("/api/v1/practices?q=Rufbus"))
                    .hasStatusOk()
                    .bodyJson()
                    .extractingPath("$.hits[*].slug")
                    .asArray()
                    .contains(entry.get("slug").asString());

            post("/api/v1/admin/candidates/" + rufbus.get("id").asLong() + "/reject", null, 409);
        }
    }

    @Test
    void namesEachInvalidFieldOfASource() throws Exception {
        Map<String, Object> body = Map.of(
                "name", "Kaputt",
                "startUrls", List.of("ftp://partner.example/", "nicht mal eine URL"),
                "include", List.of("^/projekte/(unclosed"),
                "maxPages", 0,
                "fields", Map.of("title", "h1[unclosed", "organisation", "th:containsOwn(Kommune) + td"));
        MvcTestResult result = mvc.post()
                .uri("/api/v1/admin/sources")
                .with(httpBasic("editor", "editor"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body))
                .exchange();
        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JSON.readTree(result.getResponse().getContentAsString());
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("startUrls[0]", "startUrls[1]", "include[0]", "maxPages", "fields.title")
                .doesNotContain("fields.organisation");
    }

    /**
     * The local network is the installation's setting: a body that still sets it on a source is
     * refused, so that a script does not believe it turned it on (or off), and nothing is stored.
     */
    @Test
    @Tag("hostile")
    void refusesABodyThatStillSetsTheLocalNetworkOnASource() throws Exception {
        int before = get("/api/v1/admin/sources").size();
        for (Object value : List.of(true, false, "yes")) {
            Map<String, Object> body = new java.util.HashMap<>(profileSource("http://127.0.0.1:9/index.html"));
            body.put("localNetworkAllowed", value);
            MvcTestResult created = mvc.post()
                    .uri("/api/v1/admin/sources")
                    .with(httpBasic("editor", "editor"))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(JSON.writeValueAsString(body))
                    .exchange();
            assertThat(created).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(created.getResponse().getContentAsString())
                    .contains("localNetworkAllowed")
                    .contains("smile.crawl.local-network-allowed")
                    .contains("setting of the installation");
        }
        JsonNode stored = post("/api/v1/admin/sources", profileSource("http://127.0.0.1:9/index.html"), 201);
        assertThat(stored.has("localNetworkAllowed")).isFalse();
        Map<String, Object> change = new java.util.HashMap<>(profileSource("http://127.0.0.1:9/index.html"));
        change.put("localNetworkAllowed", true);
        change.put("name", "geändert");
        MvcTestResult changed = mvc.put()
                .uri("/api/v1/admin/sources/" + stored.get("id").asLong())
                .with(httpBasic("editor", "editor"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(change))
                .exchange();
        assertThat(changed).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get("/api/v1/admin/sources/" + stored.get("id").asLong())
                        .get("name")
                        .asString())
                .isNotEqualTo("geändert");
        assertThat(get("/api/v1/admin/sources")).hasSize(before + 1);
    }

    @Test
    void keepsContributorsAndVisitorsOut() {
        assertThat(mvc.get().uri("/api/v1/admin/sources").with(httpBasic("partner", "partner")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/admin/sources")).hasStatus(401);
    }

    private Map<String, Object> profileSource(FixtureServer server) {
        Map<String, Object> source = new java.util.HashMap<>(profileSource(server.url("/index.html")));
        source.put("sitemapUrl", server.url("/sitemap.xml"));
        return source;
    }

    private Map<String, Object> profileSource(String startUrl) {
        return Map.ofEntries(
                Map.entry("name", "Städtebund " + System.nanoTime()),
                Map.entry("startUrls", List.of(startUrl)),
                Map.entry("allowedHosts", List.of("127.0.0.1")),
                Map.entry("include", List.of("^/projekte/", "^/privat/")),
                Map.entry("maxPages", 50),
                Map.entry("maxDepth", 3),
                Map.entry("delayMs", 0),
                Map.entry("language", "de"),
                Map.entry(
                        "fields",
                        Map.of(
                                "title", "div.card .card-title",
                                "summary", "div.card p.card-lead",
                                "description", "div.card div.card-body",
                                "organisation", "dt:containsOwn(Gemeinde) + dd",
                                "state", "dt:containsOwn(Bundesland) + dd",
                                "population", "dt:containsOwn(Einwohnerzahl) + dd",
                                "phase", "dt:containsOwn(Stand) + dd",
                                "innovationFields", "dt:containsOwn(Themen) + dd span",
                                "keywords", "dt:containsOwn(Stichworte) + dd span")),
                Map.entry("phaseLabels", Map.of("Pilotphase", "IMPLEMENTATION", "Regelbetrieb", "operation")));
    }

    private JsonNode awaitRun(long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = get("/api/v1/admin/runs/" + id);
            String state = run.get("state").asString();
            if (!state.equals("queued") && !state.equals("running")) return run;
            Thread.sleep(200);
        }
        throw new AssertionError("run " + id + " did not end");
    }

    private JsonNode get(String uri) throws Exception {
        MvcTestResult result =
                mvc.get().uri(uri).with(httpBasic("editor", "editor")).exchange();
        assertThat(result).hasStatusOk();
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    private JsonNode post(String uri, Object body, int status) throws Exception {
        var request = mvc.post().uri(uri).with(httpBasic("editor", "editor"));
        if (body != null)
            request = request.contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body));
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatus(status);
        return JSON.readTree(result.getResponse().getContentAsString());
    }
}
