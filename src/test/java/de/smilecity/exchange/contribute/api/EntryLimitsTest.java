package de.smilecity.exchange.contribute.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Contact;
import de.smilecity.exchange.catalogue.Entries;
import de.smilecity.exchange.catalogue.Indicator;
import de.smilecity.exchange.catalogue.Link;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ProcessStep;
import de.smilecity.exchange.catalogue.TestEntries;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every limit of an entry over real HTTP, at the limit (saved) and one over (400 problem+json that
 * names the field, the limit and what came, and nothing saved), and bodies over the API's size cap
 * (413 before anything parses them), with and without {@code Content-Length}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag("hostile")
class EntryLimitsTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PARTNER =
            "Basic " + Base64.getEncoder().encodeToString("partner:partner".getBytes(StandardCharsets.UTF_8));
    static final int BODY_CAP = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    Entries practices;

    @Autowired
    ApplicationContext spring;

    final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, JsonNode body, String contentType) {}

    Answer send(String method, String path, HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", PARTNER)
                .method(method, body)
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode json = text.isBlank() || !text.strip().startsWith("{") ? JSON.nullNode() : JSON.readTree(text);
        return new Answer(
                response.statusCode(),
                json,
                response.headers().firstValue("Content-Type").orElse(""));
    }

    Answer post(String body) throws IOException, InterruptedException {
        return send("POST", "/api/v1/practices", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** A valid entry with one more field, under a title that says whether it was saved. */
    static String entry(String title, String extraField) {
        return """
                {"title": "%s", "summary": "Ein Eintrag an der Grenze.", "language": "de",
                 "innovationFields": ["administration"], %s}""".formatted(title, extraField);
    }

    static String list(String field, int count, IntFunction<String> item) {
        return "\"" + field + "\": [" + IntStream.range(0, count).mapToObj(item).collect(Collectors.joining(",")) + "]";
    }

    static String text(String field, int length) {
        return "\"" + field + "\": \"" + "x".repeat(length) + "\"";
    }

    static String title() {
        return "Grenzfall " + UUID.randomUUID().toString().substring(0, 8);
    }

    boolean saved(String title) {
        return new TestEntries(spring).anyTitled(title);
    }

    /** field, limit, and the body part with a given count or length. */
    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("processSteps", Practice.MAX_PROCESS_STEPS, (IntFunction<String>)
                        n -> list("processSteps", n, i -> "{\"title\": \"Schritt " + i + "\"}")),
                Arguments.of("contacts", Practice.MAX_CONTACTS, (IntFunction<String>)
                        n -> list("contacts", n, i -> "{\"role\": \"Rolle " + i + "\"}")),
                Arguments.of("indicators", Practice.MAX_INDICATORS, (IntFunction<String>)
                        n -> list("indicators", n, i -> "{\"name\": \"Kennzahl " + i + "\"}")),
                Arguments.of("links", Practice.MAX_LINKS, (IntFunction<String>) n -> list(
                        "links", n, i -> "{\"title\": \"Link " + i + "\", \"url\": \"https://x.example/" + i + "\"}")),
                Arguments.of("keywords", Practice.MAX_TAGS, (IntFunction<String>)
                        n -> list("keywords", n, i -> "\"k" + i + "\"")),
                Arguments.of("technologies", Practice.MAX_TAGS, (IntFunction<String>)
                        n -> list("technologies", n, i -> "\"t" + i + "\"")),
                Arguments.of("title", Practice.TITLE_MAX_LENGTH, (IntFunction<String>) n -> "\"kind\": \"PRACTICE\""),
                Arguments.of(
                        "summary", Practice.SUMMARY_MAX_LENGTH, (IntFunction<String>) n -> "\"kind\": \"PRACTICE\""),
                Arguments.of("description", Practice.DESCRIPTION_MAX_LENGTH, (IntFunction<String>)
                        n -> text("description", n)),
                Arguments.of("challenge", Practice.SECTION_MAX_LENGTH, (IntFunction<String>) n -> text("challenge", n)),
                Arguments.of("participation", Practice.SECTION_MAX_LENGTH, (IntFunction<String>)
                        n -> text("participation", n)),
                Arguments.of("processSteps[0].title", ProcessStep.TITLE_MAX_LENGTH, (IntFunction<String>)
                        n -> "\"processSteps\": [{\"title\": \"" + "s".repeat(n) + "\"}]"),
                Arguments.of("processSteps[0].description", ProcessStep.DESCRIPTION_MAX_LENGTH, (IntFunction<String>)
                        n -> "\"processSteps\": [{\"title\": \"S\", \"description\": \"" + "d".repeat(n) + "\"}]"),
                Arguments.of("contacts[0].role", Contact.ROLE_MAX_LENGTH, (IntFunction<String>)
                        n -> "\"contacts\": [{\"role\": \"" + "r".repeat(n) + "\"}]"),
                Arguments.of("contacts[0].phone", Contact.PHONE_MAX_LENGTH, (IntFunction<String>)
                        n -> "\"contacts\": [{\"role\": \"R\", \"phone\": \"" + "1".repeat(n) + "\"}]"),
                Arguments.of("indicators[0].name", Indicator.NAME_MAX_LENGTH, (IntFunction<String>)
                        n -> "\"indicators\": [{\"name\": \"" + "n".repeat(n) + "\"}]"),
                Arguments.of("links[0].url", Link.URL_MAX_LENGTH, (IntFunction<String>)
                        n -> "\"links\": [{\"title\": \"T\", \"url\": \"https://x.example/"
                                + "u".repeat(n - "https://x.example/".length()) + "\"}]"));
    }

    @ParameterizedTest(name = "{0} at {1} is saved, at {1} + 1 refused")
    @MethodSource("limits")
    void everyLimitHoldsAtItsValueAndRefusesOneMore(String field, int limit, IntFunction<String> part)
            throws Exception {
        String atLimit = field.equals("title") ? "T".repeat(limit) : title();
        String body = field.equals("summary")
                ? entry(atLimit, part.apply(limit)).replace("Ein Eintrag an der Grenze.", "s".repeat(limit))
                : entry(atLimit, part.apply(limit));
        Answer ok = post(body);
        assertThat(ok.status()).as(ok.body().toString()).isEqualTo(201);

        String over = field.equals("title") ? "T".repeat(limit + 1) : title();
        String overBody = field.equals("summary")
                ? entry(over, part.apply(limit)).replace("Ein Eintrag an der Grenze.", "s".repeat(limit + 1))
                : entry(over, part.apply(limit + 1));
        Answer refused = post(overBody);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode error = refused.body().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo(field);
        assertThat(error.path("message").asString())
                .contains(String.valueOf(limit))
                .contains("(" + (limit + 1) + " given)");
        assertThat(saved(over)).isFalse();
    }

    @Test
    void aNumberTooLargeForItsColumnIsRefusedNotAServerError() throws Exception {
        String title = title();
        Answer refused = post(entry(title, "\"indicators\": [{\"name\": \"N\", \"value\": 1234567890123456789}]"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString())
                .isEqualTo("indicators[0].value");
        assertThat(saved(title)).isFalse();
    }

    @Test
    void tenThousandStepsGetOneMessage() throws Exception {
        String title = title();
        Answer refused = post(entry(title, list("processSteps", 10_000, i -> "{}")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors")).hasSize(1);
        assertThat(refused.body().path("errors").get(0).path("message").asString())
                .contains("(10000 given)");
        assertThat(saved(title)).isFalse();
    }

    @Test
    void aBodyOverTheCapIsRefusedWith413ByItsContentLength() throws Exception {
        String title = title();
        String body = entry(title, text("description", BODY_CAP));
        Answer refused = post(body);
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("detail").asString()).contains(String.valueOf(BODY_CAP));
        assertThat(saved(title)).isFalse();
    }

    @Test
    void aChunkedBodyOverTheCapIsRefusedWith413WhileReading() throws Exception {
        String title = title();
        byte[] body = entry(title, text("description", BODY_CAP)).getBytes(StandardCharsets.UTF_8);
        // No length known in advance: the client sends the body in chunks.
        Answer refused = send(
                "POST",
                "/api/v1/practices",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(saved(title)).isFalse();
    }

    @Test
    void aChunkedBodyUnderTheCapIsReadAsAlways() throws Exception {
        String title = title();
        byte[] body = entry(title, text("description", 10)).getBytes(StandardCharsets.UTF_8);
        Answer created = send(
                "POST",
                "/api/v1/practices",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertThat(created.status()).isEqualTo(201);
        assertThat(saved(title)).isTrue();
    }

    @Test
    void theCapHoldsForEveryWriteOfTheApi() throws Exception {
        String big = "{\"action\": \"submit\", \"comment\": \"" + "c".repeat(BODY_CAP) + "\"}";
        Answer transition = send("POST", "/api/v1/practices/1/transitions", HttpRequest.BodyPublishers.ofString(big));
        assertThat(transition.status()).isEqualTo(413);
        Answer source = send("POST", "/api/v1/admin/sources", HttpRequest.BodyPublishers.ofString(big));
        assertThat(source.status()).isEqualTo(413);
    }

    @Test
    void aTooLongTransitionCommentIsInvalidInputNotAConflict() throws Exception {
        Answer created = post(entry(title(), "\"kind\": \"PRACTICE\""));
        long id = created.body().path("id").asLong();
        Answer refused = send(
                "POST",
                "/api/v1/practices/" + id + "/transitions",
                HttpRequest.BodyPublishers.ofString(
                        "{\"action\": \"submit\", \"comment\": \"" + "c".repeat(4_001) + "\"}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString())
                .isEqualTo("comment");
        assertThat(practices.find(id).orElseThrow().getState().name()).isEqualTo("DRAFT");
    }
}
