package de.smilecity.exchange.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Search, autocomplete, similar entries and index maintenance through the public API. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class SearchApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void searchesWithHighlightsFacetsAndTiming() {
        assertThat(mvc.get().uri("/api/v1/practices?q=Beteiligung&size=5").header("Accept-Language", "de"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat()
                            .extractingPath("$.total")
                            .asNumber()
                            .satisfies(n -> assertThat(n.intValue()).isGreaterThan(5));
                    json.assertThat().extractingPath("$.hits[0].highlights").isNotNull();
                    json.assertThat()
                            .extractingPath("$.hits[0].score")
                            .asNumber()
                            .isNotNull();
                    json.assertThat()
                            .extractingPath("$.facets.field[0].label")
                            .asString()
                            .isNotBlank();
                    json.assertThat()
                            .extractingPath("$.facets.phase[0].count")
                            .asNumber()
                            .isNotNull();
                    for (String facet : new String[] {
                        "field",
                        "pillar",
                        "state",
                        "country",
                        "sizeClass",
                        "phase",
                        "kind",
                        "keyword",
                        "language",
                        "organisation"
                    }) {
                        json.assertThat().hasPath("$.facets." + facet);
                    }
                });
    }

    @Test
    void highlightsAreHtmlSafe() throws Exception {
        String body = mvc.get()
                .uri("/api/v1/practices?q=Lastenrad")
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains("<mark>").doesNotContain("<script");
    }

    @Test
    void offersDidYouMeanForATypo() {
        assertThat(mvc.get().uri("/api/v1/practices?q=Hitzeshutz"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.didYouMean")
                .asString()
                .isEqualTo("Hitzeschutz");
    }

    @Test
    void selectsSeveralValuesOfAFacetWithRepeatedParameters() {
        assertThat(mvc.get().uri("/api/v1/practices?field=mobility&field=energy&size=100"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.facets.field[?(@.selected == true)].value")
                .asArray()
                .containsExactlyInAnyOrder("mobility", "energy");
    }

    @Test
    void suggestsTitlesKeywordsAndOrganisations() {
        assertThat(mvc.get().uri("/api/v1/suggest?q=Ros"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].type")
                .asArray()
                .contains("ORGANISATION");
        assertThat(mvc.get().uri("/api/v1/suggest?q=R"))
                .hasStatusOk()
                .bodyJson()
                .isLenientlyEqualTo("[]");
    }

    @Test
    void listsSimilarEntries() {
        assertThat(mvc.get().uri("/api/v1/practices/rostock-beteiligungsplattform-mein-rostock/similar?size=3"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].slug")
                .asArray()
                .hasSize(3)
                .doesNotContain("rostock-beteiligungsplattform-mein-rostock");
        assertThat(mvc.get().uri("/api/v1/practices/gibt-es-nicht/similar")).hasStatus(404);
    }

    @Test
    void indexMaintenanceIsForAdminsOnly() {
        assertThat(mvc.get().uri("/api/v1/admin/index/health")).hasStatus(401);
        assertThat(mvc.get().uri("/api/v1/admin/index/health").with(basic("editor")))
                .hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/admin/index/health").with(basic("admin")))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat().extractingPath("$.missingIds").asArray().isEmpty();
                    json.assertThat().extractingPath("$.orphanedIds").asArray().isEmpty();
                });
        assertThat(mvc.post().uri("/api/v1/admin/index/rebuild").with(basic("admin")))
                .hasStatus(202)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
                user, user);
    }
}
