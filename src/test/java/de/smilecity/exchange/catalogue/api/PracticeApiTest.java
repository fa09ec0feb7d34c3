package de.smilecity.exchange.catalogue.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The public read API over the seed content. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class PracticeApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsThePublishedCataloguePageByPage() {
        assertThat(mvc.get().uri("/api/v1/practices?size=5&page=1"))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat()
                            .extractingPath("$.total")
                            .asNumber()
                            .satisfies(n -> assertThat(n.intValue()).isGreaterThanOrEqualTo(40));
                    json.assertThat().extractingPath("$.hits").asArray().hasSize(5);
                    json.assertThat()
                            .extractingPath("$.hits[0].organisation.slug")
                            .asString()
                            .isNotBlank();
                    json.assertThat().extractingPath("$.page").asNumber().isEqualTo(1);
                    json.assertThat()
                            .hasPathSatisfying("$.tookMs", v -> v.assertThat().isNotNull());
                    json.assertThat()
                            .hasPathSatisfying("$.facets", v -> v.assertThat().isNotNull());
                });
    }

    @Test
    void filtersLikeTheCataloguePage() {
        assertThat(mvc.get().uri("/api/v1/practices?organisation=rostock&phase=operation&size=100"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.hits[*].organisation.slug")
                .asArray()
                .isNotEmpty()
                .containsOnly("rostock");
    }

    @Test
    void returnsEveryFieldOfOneEntryBySlugOrId() throws Exception {
        var bySlug = mvc.get().uri("/api/v1/practices/rostock-lastenrad-tour-stadtteile");
        assertThat(bySlug).hasStatusOk().bodyJson().satisfies(json -> {
            json.assertThat().extractingPath("$.title").asString().startsWith("Lastenrad-Tour");
            json.assertThat()
                    .extractingPath("$.organisation.sizeClass")
                    .asString()
                    .isEqualTo("large-city");
            json.assertThat()
                    .extractingPath("$.innovationFields[*].code")
                    .asArray()
                    .contains("participation");
            json.assertThat()
                    .extractingPath("$.innovationFields[0].label.de")
                    .asString()
                    .isNotBlank();
            json.assertThat().extractingPath("$.phase").asString().isEqualTo("DISCONTINUED");
            json.assertThat().extractingPath("$.discontinuedReason").asString().isNotBlank();
            json.assertThat().extractingPath("$.links").asArray().isNotEmpty();
            json.assertThat().extractingPath("$.provenance.licence").asString().isEqualTo("CC-BY-4.0");
            for (String field : new String[] {
                "summary",
                "description",
                "language",
                "pillars",
                "sdgs",
                "targetGroups",
                "technologies",
                "keywords",
                "startYear",
                "endYear",
                "lastVerifiedOn",
                "challenge",
                "approach",
                "results",
                "lessonsLearned",
                "prerequisites",
                "participation",
                "processSteps",
                "costs",
                "contacts",
                "indicators",
                "adaptedFrom",
                "adaptationNotes",
                "state",
                "featured",
                "completeness",
                "createdAt",
                "updatedAt",
                "publishedAt"
            }) {
                json.assertThat().hasPath("$." + field);
            }
        });
        String id = idOf("rostock-lastenrad-tour-stadtteile");
        assertThat(mvc.get().uri("/api/v1/practices/" + id))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.slug")
                .asString()
                .isEqualTo("rostock-lastenrad-tour-stadtteile");
    }

    @Test
    void hidesMembersOnlyContactsFromVisitors() {
        assertThat(mvc.get().uri("/api/v1/practices?size=100")).hasStatusOk();
        // Every contact a visitor receives is public.
        for (String slug : new String[] {"rostock-open-data-portal-opendata-hro", "rostock-urbane-datenplattform"}) {
            assertThat(mvc.get().uri("/api/v1/practices/" + slug))
                    .hasStatusOk()
                    .bodyJson()
                    .extractingPath("$.contacts[*].public")
                    .asArray()
                    .doesNotContain(false);
        }
    }

    @Test
    void answersAnUnknownSlugWithAProblemThatNamesIt() {
        assertThat(mvc.get().uri("/api/v1/practices/gibt-es-nicht"))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("gibt-es-nicht");
    }

    @Test
    void explainsBadParametersAsProblems() {
        assertThat(mvc.get().uri("/api/v1/practices?size=1000"))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .satisfies(json -> {
                    json.assertThat()
                            .extractingPath("$.errors[0].field")
                            .asString()
                            .isEqualTo("size");
                    json.assertThat().extractingPath("$.detail").asString().contains("between 1 and 100");
                });
        assertThat(mvc.get().uri("/api/v1/practices?phase=someday"))
                .hasStatus(400)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("unknown phase 'someday'");
        assertThat(mvc.get().uri("/api/v1/practices?sort=random")).hasStatus(400);
    }

    private String idOf(String slug) throws java.io.UnsupportedEncodingException {
        String body = mvc.get()
                .uri("/api/v1/practices/" + slug)
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return body.replaceFirst("^\\{\"id\":(\\d+),.*$", "$1");
    }
}
