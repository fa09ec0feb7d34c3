package de.smilecity.exchange.adapt.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The adaptation API over real HTTP, as the issue checks it: adapting (201, linked, pre-filled), the
 * lineage after approval, the kits (the PDF parsed back with another library), and comparison.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AdaptationApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PARTNER = basic("partner", "partner");
    static final String EDITOR = basic("editor", "editor");
    /** Ulm's template for a LoRaWAN network: published, with process steps and indicators, not Kiel's. */
    static final String ORIGINAL = "vorlage-lorawan-sensornetz-aufbauen";

    static final String TEMPLATE = "vorlage-hitzeaktionsplan-aufstellen";

    @LocalServerPort
    int port;

    @Autowired
    CatalogueService catalogue;

    final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, byte[] bytes, String contentType, String disposition) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(text());
        }
    }

    Answer call(String method, String path, @Nullable String authorization, @Nullable String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) request.header("Content-Type", "application/json");
        if (authorization != null) request.header("Authorization", authorization);
        request.header("Accept-Language", "en");
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void thePartnerAdaptsAndOnceApprovedTheOriginalListsKiel() throws Exception {
        Practice original = catalogue.getPublished(ORIGINAL);
        int before = call("GET", "/api/v1/practices/" + ORIGINAL + "/lineage", null, null)
                .json()
                .path("adaptationCount")
                .asInt();

        Answer created = call("POST", "/api/v1/practices/" + original.getId() + "/adaptations", PARTNER, null);
        assertThat(created.status()).isEqualTo(201);
        JsonNode draft = created.json();
        assertThat(draft.path("kind").asString()).isEqualTo("ADAPTATION");
        assertThat(draft.path("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("organisation").path("slug").asString()).isEqualTo("kiel");
        assertThat(draft.path("adaptedFrom").path("slug").asString()).isEqualTo(ORIGINAL);
        assertThat(draft.path("summary").asString()).isEqualTo(original.getSummary());
        assertThat(draft.path("approach").asString()).isEqualTo(original.getApproach());
        assertThat(original.getProcessSteps()).isNotEmpty();
        assertThat(draft.path("processSteps").findValuesAsString("title"))
                .containsExactlyElementsOf(original.getProcessSteps().stream()
                        .map(s -> s.getTitle())
                        .toList());
        assertThat(draft.path("indicators")).hasSize(original.getIndicators().size());
        assertThat(draft.has("adaptationChanges")).isTrue();
        long id = draft.path("id").asLong();

        // Not for another city, not for visitors, and not twice for one's own entry.
        assertThat(call(
                                "POST",
                                "/api/v1/practices/" + ORIGINAL + "/adaptations",
                                PARTNER,
                                "{\"organisation\": \"ulm\"}")
                        .status())
                .isEqualTo(403);
        assertThat(call("POST", "/api/v1/practices/" + ORIGINAL + "/adaptations", null, null)
                        .status())
                .isEqualTo(401);
        Answer own = call("POST", "/api/v1/practices/kiel-smarte-kanalquerung/adaptations", PARTNER, null);
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.contentType()).startsWith("application/problem+json");
        Answer editorWithoutOrganisation = call("POST", "/api/v1/practices/" + ORIGINAL + "/adaptations", EDITOR, null);
        assertThat(editorWithoutOrganisation.status()).isEqualTo(400);
        assertThat(editorWithoutOrganisation.text()).contains("organisation");

        // What changed and why, then through the normal workflow.
        assertThat(call("PUT", "/api/v1/practices/" + id, PARTNER, """
                        {"adaptationChanges": {"scope": "Zuerst für zwei Stadtteile statt für die ganze Stadt.",
                         "technology": "Das Landesportal statt eines eigenen Systems."}}""").status())
                .isEqualTo(200);
        assertThat(call("POST", "/api/v1/practices/" + id + "/transitions", PARTNER, "{\"action\": \"submit\"}")
                        .status())
                .isEqualTo(200);
        assertThat(call("POST", "/api/v1/practices/" + id + "/transitions", EDITOR, "{\"action\": \"approve\"}")
                        .status())
                .isEqualTo(200);

        JsonNode lineage = call("GET", "/api/v1/practices/" + ORIGINAL + "/lineage", null, null)
                .json();
        assertThat(lineage.path("adaptationCount").asInt()).isEqualTo(before + 1);
        List<String> adopters = new ArrayList<>();
        lineage.path("adoptingOrganisations")
                .forEach(a -> adopters.add(a.path("organisationSlug").asString()));
        assertThat(adopters).contains("kiel");
        lineage.path("adoptingOrganisations")
                .forEach(a -> assertThat(a.path("sizeClass").asString()).isNotBlank());
        assertThat(lineage.path("tree").path("slug").asString()).isEqualTo(ORIGINAL);
        assertThat(lineage.path("tree").path("children").findValuesAsString("slug"))
                .contains(draft.path("slug").asString());

        JsonNode ofAdaptation =
                call("GET", "/api/v1/practices/" + id + "/lineage", null, null).json();
        assertThat(ofAdaptation.path("adaptedFrom").path("slug").asString()).isEqualTo(ORIGINAL);
        JsonNode published = call("GET", "/api/v1/practices/" + id, null, null).json();
        assertThat(published.path("adaptationChanges").path("scope").asString()).startsWith("Zuerst");

        JsonNode adapted = call("GET", "/api/v1/practices?adapted=true&sort=adaptations&size=100", null, null)
                .json();
        assertThat(adapted.path("hits").findValuesAsString("slug")).contains(ORIGINAL);
        assertThat(call("GET", "/api/v1/practices?adapted=maybe", null, null).status())
                .isEqualTo(400);
        assertThat(call("POST", "/api/v1/practices/" + id + "/transitions", EDITOR, "{\"action\": \"archive\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void thePdfKitOpensAndHoldsTheTitleAndEveryStep() throws Exception {
        Practice template = catalogue.getPublished(TEMPLATE);
        Answer pdf = call("GET", "/api/v1/practices/" + TEMPLATE + "/kit.pdf", null, null);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).contains(TEMPLATE + "-kit.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(document.getDocumentInformation().getTitle()).startsWith(template.getTitle());
            String text = flat(new PDFTextStripper().getText(document));
            assertThat(text).contains(flat(template.getTitle()));
            assertThat(template.getProcessSteps())
                    .isNotEmpty()
                    .allSatisfy(step -> assertThat(text).contains(flat(step.getTitle())));
            assertThat(text).contains("Schritte (Checkliste)");
        }
    }

    @Test
    void theMarkdownKitHoldsTheSameContentAsTheStepsAsTasks() throws Exception {
        Practice template = catalogue.getPublished(TEMPLATE);
        Answer md = call("GET", "/api/v1/practices/" + TEMPLATE + "/kit.md", null, null);
        assertThat(md.status()).isEqualTo(200);
        assertThat(md.contentType()).startsWith("text/markdown");
        String text = md.text();
        assertThat(text).startsWith("# " + template.getTitle());
        template.getProcessSteps().forEach(step -> assertThat(text).contains("- [ ] **" + step.getTitle() + "**"));
        assertThat(text).contains("## Kurzbeschreibung").contains("## Schritte (Checkliste)");
        // Members-only contacts stay out of a public kit.
        template.getContacts().stream()
                .filter(c -> !c.isPublicContact() && c.getEmail() != null)
                .forEach(c -> assertThat(text).doesNotContain(c.getEmail()));

        Answer html = call("GET", "/api/v1/practices/" + TEMPLATE + "/kit.html", null, null);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.text())
                .contains("<html lang=\"de\">")
                .contains("type=\"checkbox\"")
                .doesNotContain("<script");
        assertThat(call("GET", "/api/v1/practices/no-such-practice/kit.pdf", null, null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void comparingThreePracticesGivesTheirDifferingFieldsSideBySide() throws Exception {
        Answer answer = call(
                "GET",
                "/api/v1/compare?ids=" + ORIGINAL + ",kiel-landstrom-hafen,ulm-lorawan-netz-lorapark",
                null,
                null);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode comparison = answer.json();
        assertThat(comparison.path("practices").findValuesAsString("slug"))
                .containsExactly(ORIGINAL, "kiel-landstrom-hafen", "ulm-lorawan-netz-lorapark");
        JsonNode organisation = null;
        for (JsonNode row : comparison.path("rows")) {
            assertThat(row.path("values")).hasSize(3);
            if (row.path("aspect").asString().equals("organisation")) organisation = row;
        }
        assertThat(organisation).isNotNull();
        assertThat(organisation.path("differs").asBoolean()).isTrue();
        assertThat(organisation.path("label").asString()).isEqualTo("Organisation");

        Answer one = call("GET", "/api/v1/compare?ids=" + ORIGINAL, null, null);
        assertThat(one.status()).isEqualTo(400);
        assertThat(one.contentType()).startsWith("application/problem+json");
        assertThat(call("GET", "/api/v1/compare?ids=" + ORIGINAL + ",nope", null, null)
                        .status())
                .isEqualTo(404);
    }

    /** Text with its line breaks as spaces: PDF text extraction breaks long lines where it likes. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
