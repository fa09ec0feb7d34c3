package de.smilecity.exchange.contribute.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.testsupport.Acting;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The write API over real HTTP, exactly as the issue checks it: HTTP Basic for scripts, personal
 * tokens as {@code Authorization: Bearer}, 403 for a role that may not, 404 for a draft a visitor
 * asks for, 409 with the reason for a state that does not allow the step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ContributionApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    ApplicationContext spring;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void otherContributor() {
        new Acting(spring)
                .ensureOtherContributor(catalogue.getOrganisation("ulm").getId());
    }

    record Answer(int status, JsonNode body, String contentType) {}

    Answer call(String method, String path, @Nullable String authorization, @Nullable String body)
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
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode json = text.isBlank() || !text.strip().startsWith("{") ? JSON.nullNode() : JSON.readTree(text);
        return new Answer(
                response.statusCode(),
                json,
                response.headers().firstValue("Content-Type").orElse(""));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static final String PARTNER = basic("partner", "partner");
    static final String EDITOR = basic("editor", "editor");

    static String entry(String title, @Nullable String organisation) {
        return """
                {"title": "%s", "summary": "Ein Eintrag, der über die API kommt.", "language": "de",
                 "innovationFields": ["administration"]%s}""".formatted(title, organisation == null ? "" : ", \"organisation\": \"" + organisation + "\"");
    }

    @Test
    void thePartnerCreatesADraftTheEditorApprovesItAndItBecomesPublicAndFindable() throws Exception {
        String title = "Offene Ratsinformation " + UUID.randomUUID().toString().substring(0, 6);
        Answer created = call("POST", "/api/v1/practices", PARTNER, entry(title, "kiel"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().path("state").asString()).isEqualTo("DRAFT");
        assertThat(created.body().path("organisation").path("slug").asString()).isEqualTo("kiel");
        long id = created.body().path("id").asLong();
        String slug = created.body().path("slug").asString();

        assertThat(call("POST", "/api/v1/practices", PARTNER, entry("Nicht meine Stadt", "ulm"))
                        .status())
                .isEqualTo(403);
        assertThat(call("GET", "/api/v1/practices/" + id, null, null).status()).isEqualTo(404);
        assertThat(call("GET", "/api/v1/practices/" + slug, null, null).status())
                .isEqualTo(404);

        assertThat(call("POST", "/api/v1/practices/" + id + "/transitions", PARTNER, "{\"action\": \"submit\"}")
                        .status())
                .isEqualTo(200);
        Answer partnerApproves =
                call("POST", "/api/v1/practices/" + id + "/transitions", PARTNER, "{\"action\": \"approve\"}");
        assertThat(partnerApproves.status()).isEqualTo(403);
        assertThat(partnerApproves.contentType()).startsWith("application/problem+json");

        Answer approved = call("POST", "/api/v1/practices/" + id + "/transitions", EDITOR, "{\"action\": \"approve\"}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().path("state").asString()).isEqualTo("PUBLISHED");

        assertThat(call("GET", "/api/v1/practices/" + slug, null, null).status())
                .isEqualTo(200);
        Answer found = call("GET", "/api/v1/practices?q=" + title.replace(' ', '+'), null, null);
        assertThat(found.body().path("hits").findValuesAsString("slug")).contains(slug);

        Answer again = call("POST", "/api/v1/practices/" + id + "/transitions", EDITOR, "{\"action\": \"approve\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().path("detail").asString()).contains("is published");
    }

    @Test
    void aTokenWorksAsBearerUntilItIsRevoked() throws Exception {
        Acting acting = new Acting(spring);
        var tokens = spring.getBean(de.smilecity.exchange.security.ApiTokenService.class);
        var created = acting.as("partner", () -> tokens.create("Kiel CMS"));
        String bearer = "Bearer " + created.secret();

        Answer me = call("GET", "/api/v1/me", bearer, null);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("username").asString()).isEqualTo("partner");
        assertThat(me.body().path("organisation").path("slug").asString()).isEqualTo("kiel");
        assertThat(call("POST", "/api/v1/practices", bearer, entry("Per Token angelegt", null))
                        .status())
                .isEqualTo(201);

        acting.run("partner", () -> tokens.revoke(created.token().getId()));

        Answer refused = call("GET", "/api/v1/me", bearer, null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(call("POST", "/api/v1/practices", bearer, entry("Nach dem Widerruf", null))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() throws Exception {
        Answer invalid = call(
                "POST",
                "/api/v1/practices",
                PARTNER,
                "{\"title\": \"\", \"summary\": \"%s\"}".formatted("x".repeat(400)));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.body().path("errors").findValuesAsString("field")).contains("title", "summary");
    }

    @Test
    void aRequestForChangesWithoutACommentIsRefusedWithTheReason() throws Exception {
        Answer created = call("POST", "/api/v1/practices", PARTNER, entry("Ohne Kommentar", null));
        long id = created.body().path("id").asLong();
        call("POST", "/api/v1/practices/" + id + "/transitions", PARTNER, "{\"action\": \"submit\"}");
        Answer refused =
                call("POST", "/api/v1/practices/" + id + "/transitions", EDITOR, "{\"action\": \"requestChanges\"}");
        // Missing input is bad input (400), whatever the entry's state.
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("detail").asString()).contains("comment");
        Answer unknown = call("POST", "/api/v1/practices/" + id + "/transitions", EDITOR, "{\"action\": \"publish\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("detail").asString()).contains("requestChanges");
    }

    @Test
    void visitorsCannotWriteAndAreToldToAuthenticate() throws Exception {
        Answer anonymous = call("POST", "/api/v1/practices", null, entry("Anonym", "kiel"));
        assertThat(anonymous.status()).isEqualTo(401);
        Answer wrongPassword = call("POST", "/api/v1/practices", basic("partner", "falsch"), entry("x", null));
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void aContributorOfAnotherCityCanNeitherReadNorChangeKielsDraft() throws Exception {
        String other = basic(Acting.OTHER_CONTRIBUTOR, Acting.OTHER_PASSWORD);
        Answer created = call("POST", "/api/v1/practices", PARTNER, entry("Kieler Entwurf", null));
        long id = created.body().path("id").asLong();
        assertThat(call("GET", "/api/v1/practices/" + id, other, null).status()).isEqualTo(404);
        assertThat(call("PUT", "/api/v1/practices/" + id, other, entry("Übernommen", null))
                        .status())
                .isEqualTo(403);
        assertThat(call("POST", "/api/v1/practices/" + id + "/transitions", other, "{\"action\": \"submit\"}")
                        .status())
                .isEqualTo(403);
    }
}
