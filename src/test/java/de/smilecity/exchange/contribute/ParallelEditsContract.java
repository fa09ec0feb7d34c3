package de.smilecity.exchange.contribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.api.PracticeETag;
import de.smilecity.exchange.shared.ConcurrentChangeException;
import de.smilecity.exchange.testsupport.Acting;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Two people writing the same entry at the same moment, over real HTTP, on every database we
 * support: the database keeps one new version per published entry, the loser of a race gets 409 and
 * never a second copy or a 500, and {@code If-Match} with the {@code ETag} read before makes a write
 * conditional (412 when someone was faster). Run on H2 ({@link ParallelEditsH2Test}) and MariaDB
 * ({@link ParallelEditsMariaDbTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(RaceGate.class)
@Tag("hostile")
abstract class ParallelEditsContract {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PARTNER = basic("partner", "partner");
    static final String EDITOR = basic("editor", "editor");
    /** Rounds of the parallel race: each is a fresh entry, so that one lucky order proves nothing. */
    static final int ROUNDS = 3;

    @LocalServerPort
    int port;

    @Autowired
    Entries practices;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    ContributionService contributions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext spring;

    final HttpClient http = HttpClient.newHttpClient();

    record Answer(
            int status,
            JsonNode body,
            String contentType,
            @Nullable String etag) {}

    Answer call(String method, String path, @Nullable String authorization, @Nullable String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) request.header("Content-Type", "application/json");
        if (authorization != null) request.header("Authorization", authorization);
        if (headers.length > 0) request.headers(headers);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode json = text.isBlank() || !text.strip().startsWith("{") ? JSON.nullNode() : JSON.readTree(text);
        return new Answer(
                response.statusCode(),
                json,
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("ETag").orElse(null));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String summary(String text) {
        return "{\"summary\": \"" + text + "\"}";
    }

    /** A published entry of Kiel (the demo partner's city), written and approved through the API. */
    String published() throws Exception {
        String title = "Parallel bearbeitet " + UUID.randomUUID().toString().substring(0, 8);
        Answer created = call("POST", "/api/v1/practices", PARTNER, """
                {"title": "%s", "summary": "Zwei bearbeiten gleichzeitig.", "language": "de",
                 "innovationFields": ["administration"]}""".formatted(title));
        assertThat(created.status()).isEqualTo(201);
        String slug = created.body().path("slug").asString();
        assertThat(call("POST", "/api/v1/practices/" + slug + "/transitions", PARTNER, "{\"action\": \"submit\"}")
                        .status())
                .isEqualTo(200);
        assertThat(call("POST", "/api/v1/practices/" + slug + "/transitions", EDITOR, "{\"action\": \"approve\"}")
                        .status())
                .isEqualTo(200);
        return slug;
    }

    long workingCopies(String slug) {
        Long id = practices.find(slug).orElseThrow().getId();
        Long count = jdbc.queryForObject("select count(*) from practice where draft_of_id = ?", Long.class, id);
        return count == null ? 0 : count;
    }

    /** Sends the requests at the same moment from threads of their own; the answers in order. */
    List<Answer> atOnce(List<java.util.concurrent.Callable<Answer>> requests) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (var request : requests) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<Answer> result = new ArrayList<>();
            for (Future<Answer> answer : answers) result.add(answer.get());
            return result;
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void twoParallelPutsOnAPublishedEntryMakeOneNewVersionAndReadsStayWhole() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String slug = published();
            // The editor's request passes the service's check and stops; the partner's saves its
            // new version meanwhile; then the editor's goes on.
            RaceGate.hold("editor");
            List<Answer> answers = new ArrayList<>();
            ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                Future<Answer> editor =
                        thread.submit(() -> call("PUT", "/api/v1/practices/" + slug, EDITOR, summary("Fassung B")));
                assertThat(RaceGate.awaitArrival())
                        .as("the editor's request came to the gate")
                        .isTrue();
                answers.add(call("PUT", "/api/v1/practices/" + slug, PARTNER, summary("Fassung A")));
                RaceGate.release();
                answers.add(editor.get());
            } finally {
                RaceGate.release();
                thread.shutdownNow();
            }
            assertThat(RaceGate.arrivals()).isEqualTo(1);
            assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(200, 409));
            assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
            answers.stream().filter(a -> a.status() == 409).forEach(loser -> {
                assertThat(loser.contentType()).startsWith("application/problem+json");
                assertThat(loser.body().path("detail").asString()).contains(slug, "new version");
            });
            assertThat(workingCopies(slug)).as("working copies of %s", slug).isEqualTo(1);

            assertThat(call("GET", "/api/v1/practices/" + slug, null, null).status())
                    .isEqualTo(200);
            Answer again = call("PUT", "/api/v1/practices/" + slug, PARTNER, summary("Fassung C"));
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body().path("versionOf").path("slug").asString()).isEqualTo(slug);
            assertThat(workingCopies(slug)).isEqualTo(1);
        }
    }

    @Test
    void parallelPutsOnANewVersionNeverAnswer500() throws Exception {
        String slug = published();
        assertThat(call("PUT", "/api/v1/practices/" + slug, PARTNER, summary("Start"))
                        .status())
                .isEqualTo(200);
        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<Answer> answers = atOnce(List.of(
                    () -> call("PUT", "/api/v1/practices/" + slug, PARTNER, summary("A " + r)),
                    () -> call("PUT", "/api/v1/practices/" + slug, EDITOR, summary("B " + r))));
            assertThat(answers).allSatisfy(a -> assertThat(a.status()).isIn(200, 409));
            assertThat(workingCopies(slug)).isEqualTo(1);
        }
    }

    @Test
    void aSaveWithAnOutdatedVersionIsAConcurrentChange() throws Exception {
        String slug = published();
        Acting acting = new Acting(spring);
        Practice mine = acting.as("partner", () -> contributions.editable(slug));
        mine.setSummary("Meine Fassung");
        Practice saved = acting.as("partner", () -> contributions.save(mine));
        Practice theirs = acting.as("editor", () -> contributions.editable(slug));
        theirs.setSummary("Ihre Fassung");
        acting.as("editor", () -> contributions.save(theirs));

        saved.setSummary("Meine zweite Fassung, auf einem alten Stand");
        assertThatThrownBy(() -> acting.as("partner", () -> contributions.save(saved)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(catalogue.getForEdit(saved.getSlug()).getSummary()).isEqualTo("Ihre Fassung");
    }

    @Test
    void ifMatchWithTheETagReadSavesAndAStaleOneIsRefusedWith412() throws Exception {
        String slug = published();
        Answer read = call("GET", "/api/v1/practices/" + slug, PARTNER, null);
        assertThat(read.etag()).isNotNull();
        long id = read.body().path("id").asLong();
        assertThat(read.etag())
                .startsWith("\"" + id + "." + practices.find(slug).orElseThrow().getVersion());

        // The first change starts the new version; its answer carries the new version's tag.
        Answer first = call("PUT", "/api/v1/practices/" + slug, PARTNER, summary("Erste"), "If-Match", read.etag());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.etag()).isNotNull().isNotEqualTo(read.etag());

        // Someone who read the published entry before does not overwrite it.
        Answer stale = call("PUT", "/api/v1/practices/" + slug, EDITOR, summary("Veraltet"), "If-Match", read.etag());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().path("detail").asString()).contains(slug, "new version");
        String copySlug = first.body().path("slug").asString();
        assertThat(catalogue.getForEdit(copySlug).getSummary()).isEqualTo("Erste");

        // With the tag of the new version it goes through, once.
        Answer second = call("PUT", "/api/v1/practices/" + slug, PARTNER, summary("Zweite"), "If-Match", first.etag());
        assertThat(second.status()).isEqualTo(200);
        Answer again =
                call("PUT", "/api/v1/practices/" + copySlug, EDITOR, summary("Dritte"), "If-Match", first.etag());
        assertThat(again.status()).isEqualTo(412);
        assertThat(catalogue.getForEdit(copySlug).getSummary()).isEqualTo("Zweite");

        // A transition with an outdated tag changes nothing either; with the current one it is taken.
        Answer staleSubmit = call(
                "POST",
                "/api/v1/practices/" + copySlug + "/transitions",
                PARTNER,
                "{\"action\": \"submit\"}",
                "If-Match",
                first.etag());
        assertThat(staleSubmit.status()).isEqualTo(412);
        assertThat(catalogue.getForEdit(copySlug).getState()).isEqualTo(PracticeState.DRAFT);
        Answer submit = call(
                "POST",
                "/api/v1/practices/" + copySlug + "/transitions",
                PARTNER,
                "{\"action\": \"submit\"}",
                "If-Match",
                second.etag());
        assertThat(submit.status()).isEqualTo(200);
        assertThat(catalogue.getForEdit(copySlug).getState()).isEqualTo(PracticeState.IN_REVIEW);

        // Without If-Match a write works as it always did.
        assertThat(call("PUT", "/api/v1/practices/" + copySlug, EDITOR, summary("Ohne Bedingung"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theETagOfAReadIsTheOneAWriteAnswersAndIfNoneMatchGets304() throws Exception {
        String slug = published();
        Answer put = call("PUT", "/api/v1/practices/" + slug, PARTNER, summary("Neu"));
        String copy = put.body().path("slug").asString();
        Answer read = call("GET", "/api/v1/practices/" + copy, PARTNER, null);
        // The same entry at the same version; the answers differ (the write's times are not yet
        // rounded to what the database keeps), and so does the hash part of their tags.
        assertThat(PracticeETag.parse(read.etag())).isEqualTo(PracticeETag.parse(put.etag()));
        assertThat(PracticeETag.parse(read.etag()).orElseThrow().id())
                .isEqualTo(read.body().path("id").asLong());
        assertThat(call("GET", "/api/v1/practices/" + copy, PARTNER, null, "If-None-Match", read.etag())
                        .status())
                .isEqualTo(304);
    }

    @Test
    void entriesThatAreNoWorkingCopyMayBeManyWithoutDraftOf() {
        Long withoutDraftOf =
                jdbc.queryForObject("select count(*) from practice where draft_of_id is null", Long.class);
        assertThat(withoutDraftOf).isGreaterThan(1);
    }
}
