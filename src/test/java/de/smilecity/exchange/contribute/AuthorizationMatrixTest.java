package de.smilecity.exchange.contribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.security.ApiTokenService;
import de.smilecity.exchange.security.Role;
import de.smilecity.exchange.security.UserAdministration;
import de.smilecity.exchange.testsupport.Acting;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every action of the contribution services and of the API, tried as every role: a visitor, the
 * demo partner (contributor of Kiel), a contributor of another city (Ulm), an editor and an admin.
 * Each cell says whether the action is allowed; the services refuse by themselves, not only the views.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class AuthorizationMatrixTest {

    /** The columns: who tries. Null is a visitor. */
    static final List<@Nullable String> WHO =
            java.util.Arrays.asList(null, "partner", Acting.OTHER_CONTRIBUTOR, "editor", "admin");

    static final String V = "visitor";

    @Autowired
    ContributionService contributions;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    UserAdministration users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    ApplicationContext spring;

    @Autowired
    MockMvcTester mvc;

    Acting acting;

    @BeforeEach
    void setUp() {
        acting = new Acting(spring);
        acting.ensureOtherContributor(catalogue.getOrganisation("ulm").getId());
    }

    // ---- fixtures: fresh entries of Kiel in the state an action needs, made by those who may ----

    Practice kielDraft() {
        return acting.as("partner", () -> {
            Practice p = contributions.newDraft();
            fill(p);
            return contributions.save(p);
        });
    }

    Practice kielInReview() {
        Practice p = kielDraft();
        return acting.as("partner", () -> contributions.transition(p.getId(), WorkflowAction.SUBMIT, null));
    }

    Practice kielPublished() {
        Practice p = kielInReview();
        return acting.as("editor", () -> contributions.transition(p.getId(), WorkflowAction.APPROVE, null));
    }

    void fill(Practice p) {
        p.setTitle("Matrix " + UUID.randomUUID().toString().substring(0, 8));
        p.setSummary("Ein Eintrag für die Rechteprüfung.");
        Concept field = catalogue.conceptsByKey().get("innovation-field:administration");
        p.setConcepts(ConceptScheme.INNOVATION_FIELD, Set.of(field));
    }

    // ---- the service matrix ----

    /** An action of the services; what it needs is made inside, as the people who may. */
    record Action(String name, Consumer<AuthorizationMatrixTest> prepareAndRun) {}

    /** Expected per column: visitor, partner, other city, editor, admin. */
    static final Map<String, boolean[]> SERVICE_EXPECTATIONS = new java.util.LinkedHashMap<>();

    static {
        SERVICE_EXPECTATIONS.put("create a draft of Kiel", allowed(false, true, false, true, true));
        SERVICE_EXPECTATIONS.put("edit a draft of Kiel", allowed(false, true, false, true, true));
        SERVICE_EXPECTATIONS.put("submit a draft of Kiel", allowed(false, true, false, true, true));
        SERVICE_EXPECTATIONS.put("open the workspace of a draft of Kiel", allowed(false, true, false, true, true));
        SERVICE_EXPECTATIONS.put("comment on a draft of Kiel", allowed(false, true, false, true, true));
        SERVICE_EXPECTATIONS.put(
                "start a new version of a published entry of Kiel", allowed(false, true, false, true, true));
        SERVICE_EXPECTATIONS.put("approve", allowed(false, false, false, true, true));
        SERVICE_EXPECTATIONS.put("request changes", allowed(false, false, false, true, true));
        SERVICE_EXPECTATIONS.put("reject", allowed(false, false, false, true, true));
        SERVICE_EXPECTATIONS.put("archive", allowed(false, false, false, true, true));
        SERVICE_EXPECTATIONS.put("feature", allowed(false, false, false, true, true));
        SERVICE_EXPECTATIONS.put("publish at once", allowed(false, false, false, true, true));
        SERVICE_EXPECTATIONS.put("see the review queue", allowed(false, false, false, true, true));
        SERVICE_EXPECTATIONS.put("list accounts", allowed(false, false, false, false, true));
        SERVICE_EXPECTATIONS.put("create an account", allowed(false, false, false, false, true));
        SERVICE_EXPECTATIONS.put("reset a password", allowed(false, false, false, false, true));
        SERVICE_EXPECTATIONS.put("create an API token", allowed(false, true, true, true, true));
    }

    static boolean[] allowed(boolean... byColumn) {
        return byColumn;
    }

    /** Runs the named action as {@code who}; throws what the services throw. */
    void perform(String action, @Nullable String who) {
        switch (action) {
            case "create a draft of Kiel" ->
                acting.run(who, () -> {
                    Practice p = contributions.newDraft();
                    fill(p);
                    p.setOrganisation(catalogue.getOrganisation("kiel"));
                    contributions.save(p);
                });
            case "edit a draft of Kiel" -> {
                Practice p = kielDraft();
                acting.run(who, () -> {
                    Practice own = contributions.editable(p.getSlug());
                    own.setSummary("Geändert.");
                    contributions.save(own);
                });
            }
            case "submit a draft of Kiel" -> {
                Practice p = kielDraft();
                acting.run(who, () -> contributions.transition(p.getId(), WorkflowAction.SUBMIT, null));
            }
            case "open the workspace of a draft of Kiel" -> {
                Practice p = kielDraft();
                acting.run(who, () -> contributions.get(p.getId()));
            }
            case "comment on a draft of Kiel" -> {
                Practice p = kielDraft();
                acting.run(who, () -> contributions.comment(p, "Eine Anmerkung."));
            }
            case "start a new version of a published entry of Kiel" -> {
                Practice p = kielPublished();
                acting.run(who, () -> {
                    Practice copy = contributions.editable(p.getSlug());
                    copy.setSummary("Neue Fassung.");
                    contributions.save(copy);
                });
            }
            case "approve" -> step(who, kielInReview(), WorkflowAction.APPROVE);
            case "request changes" -> step(who, kielInReview(), WorkflowAction.REQUEST_CHANGES);
            case "reject" -> step(who, kielInReview(), WorkflowAction.REJECT);
            case "archive" -> step(who, kielPublished(), WorkflowAction.ARCHIVE);
            case "feature" -> {
                Practice p = kielDraft();
                acting.run(who, () -> {
                    Practice own = contributions.editable(p.getSlug());
                    own.setFeatured(true);
                    contributions.save(own);
                });
            }
            case "publish at once" -> {
                Practice p = kielDraft();
                acting.run(who, () -> contributions.saveAndPublish(contributions.editable(p.getSlug())));
            }
            case "see the review queue" -> acting.run(who, () -> contributions.reviewQueue(null, null));
            case "list accounts" -> acting.run(who, () -> users.all());
            case "create an account" ->
                acting.run(
                        who,
                        () -> users.create(new UserAdministration.NewAccount(
                                "matrix-" + UUID.randomUUID().toString().substring(0, 8),
                                "Matrix",
                                null,
                                Role.EDITOR,
                                null)));
            case "reset a password" -> {
                long id = acting.as(
                        "admin",
                        () -> users.all().stream()
                                .filter(a -> a.getUsername().equals(Acting.OTHER_CONTRIBUTOR))
                                .findFirst()
                                .orElseThrow()
                                .getId());
                acting.run(who, () -> users.resetPassword(id));
            }
            case "create an API token" -> acting.run(who, () -> tokens.create("Matrix"));
            default -> throw new IllegalArgumentException("No action '" + action + "' in the matrix");
        }
    }

    void step(@Nullable String who, Practice p, WorkflowAction action) {
        acting.run(who, () -> contributions.transition(p.getId(), action, "Kommentar der Matrix"));
    }

    static Stream<Arguments> serviceCells() {
        List<Arguments> cells = new ArrayList<>();
        SERVICE_EXPECTATIONS.forEach((action, expected) -> {
            for (int i = 0; i < WHO.size(); i++) {
                cells.add(Arguments.of(action, WHO.get(i) == null ? V : WHO.get(i), expected[i]));
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("serviceCells")
    void service(String action, String who, boolean allowed) {
        String account = V.equals(who) ? null : who;
        if (allowed) {
            assertThatCode(() -> perform(action, account)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> perform(action, account)).isInstanceOf(AccessDeniedException.class);
        }
    }

    // ---- the API matrix ----

    static @Nullable String basic(@Nullable String who) {
        if (who == null) return null;
        String password = who.equals(Acting.OTHER_CONTRIBUTOR) ? Acting.OTHER_PASSWORD : who;
        return "Basic " + Base64.getEncoder().encodeToString((who + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Expected status per column: visitor, partner, other city, editor, admin. */
    static Stream<Arguments> apiCells() {
        Map<String, int[]> expected = new java.util.LinkedHashMap<>();
        expected.put("POST /api/v1/practices (Kiel)", new int[] {401, 201, 403, 201, 201});
        expected.put("PUT /api/v1/practices/{draft of Kiel}", new int[] {401, 200, 403, 200, 200});
        expected.put("GET /api/v1/practices/{draft of Kiel}", new int[] {404, 200, 404, 200, 200});
        expected.put("POST submit {draft of Kiel}", new int[] {401, 200, 403, 200, 200});
        expected.put("POST approve {Kiel in review}", new int[] {401, 403, 403, 200, 200});
        expected.put("POST requestChanges {Kiel in review}", new int[] {401, 403, 403, 200, 200});
        expected.put("POST reject {Kiel in review}", new int[] {401, 403, 403, 200, 200});
        expected.put("POST archive {Kiel published}", new int[] {401, 403, 403, 200, 200});
        expected.put("GET /api/v1/me", new int[] {401, 200, 200, 200, 200});
        expected.put("GET /api/v1/admin/index/health", new int[] {401, 403, 403, 403, 200});
        List<Arguments> cells = new ArrayList<>();
        expected.forEach((call, statuses) -> {
            for (int i = 0; i < WHO.size(); i++) {
                cells.add(Arguments.of(call, WHO.get(i) == null ? V : WHO.get(i), statuses[i]));
            }
        });
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("apiCells")
    void api(String call, String who, int status) {
        String authorization = basic(V.equals(who) ? null : who);
        MvcTestResult result = switch (call) {
            case "POST /api/v1/practices (Kiel)" ->
                send(
                        mvc.post().uri("/api/v1/practices"),
                        authorization,
                        "{\"title\": \"API-Matrix\", \"summary\": \"Über die API.\", \"organisation\": \"kiel\", "
                                + "\"innovationFields\": [\"administration\"]}");
            case "PUT /api/v1/practices/{draft of Kiel}" ->
                send(
                        mvc.put().uri("/api/v1/practices/" + kielDraft().getId()),
                        authorization,
                        "{\"summary\": \"Über die API geändert.\"}");
            case "GET /api/v1/practices/{draft of Kiel}" ->
                send(mvc.get().uri("/api/v1/practices/" + kielDraft().getId()), authorization, null);
            case "POST submit {draft of Kiel}" -> transition(kielDraft(), "submit", authorization);
            case "POST approve {Kiel in review}" -> transition(kielInReview(), "approve", authorization);
            case "POST requestChanges {Kiel in review}" -> transition(kielInReview(), "requestChanges", authorization);
            case "POST reject {Kiel in review}" -> transition(kielInReview(), "reject", authorization);
            case "POST archive {Kiel published}" -> transition(kielPublished(), "archive", authorization);
            case "GET /api/v1/me" -> send(mvc.get().uri("/api/v1/me"), authorization, null);
            case "GET /api/v1/admin/index/health" ->
                send(mvc.get().uri("/api/v1/admin/index/health"), authorization, null);
            default -> throw new IllegalArgumentException("No call '" + call + "' in the matrix");
        };
        assertThat(result).hasStatus(status);
    }

    MvcTestResult transition(Practice p, String action, @Nullable String authorization) {
        return send(
                mvc.post().uri("/api/v1/practices/" + p.getId() + "/transitions"),
                authorization,
                "{\"action\": \"" + action + "\", \"comment\": \"Kommentar der Matrix\"}");
    }

    MvcTestResult send(
            MockMvcTester.MockMvcRequestBuilder request, @Nullable String authorization, @Nullable String body) {
        if (authorization != null) request.header("Authorization", authorization);
        if (body != null) request.contentType(MediaType.APPLICATION_JSON).content(body);
        return request.accept(MediaType.APPLICATION_JSON).exchange();
    }
}
