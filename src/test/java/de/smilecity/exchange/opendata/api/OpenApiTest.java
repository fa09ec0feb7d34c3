package de.smilecity.exchange.opendata.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.opendata.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description covers every endpoint of the API: each handler that Spring MVC maps under
 * {@code /api/v1} (and the feed) is in the document with a summary, a description for each parameter
 * and each response, and at least one documented error, every error with a problem+json body. A new endpoint without its description
 * fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OpenApiTest {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(String path, String method, String handler) {}

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods()
                .forEach((RequestMappingInfo info, org.springframework.web.method.HandlerMethod handler) -> {
                    for (String path : info.getPatternValues()) {
                        if (!path.startsWith("/api/v1") && !path.equals("/feed.atom")) continue;
                        assertThat(info.getMethodsCondition().getMethods())
                                .as("%s names its HTTP method", handler)
                                .isNotEmpty();
                        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                            endpoints.add(
                                    new Endpoint(path, method.name().toLowerCase(Locale.ROOT), handler.toString()));
                        }
                    }
                });
        return endpoints;
    }

    @Test
    void everyPublicEndpointIsDescribed() throws Exception {
        HttpResponse<String> response = new Http(port).get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = JsonMapper.builder().build().readTree(response.body()).get("paths");
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(25);
        for (Endpoint endpoint : endpoints) {
            String what = endpoint.method() + " " + endpoint.path() + " (" + endpoint.handler() + ")";
            JsonNode operation = paths.path(endpoint.path()).path(endpoint.method());
            assertThat(operation.isMissingNode())
                    .as("%s is in the OpenAPI document", what)
                    .isFalse();
            assertThat(operation.path("summary").asString(""))
                    .as("summary of %s", what)
                    .isNotBlank();
            for (JsonNode parameter : operation.path("parameters")) {
                assertThat(parameter.path("description").asString(""))
                        .as("parameter %s of %s", parameter.path("name").asString(), what)
                        .isNotBlank();
            }
            if (operation.has("requestBody")) {
                assertThat(operation.path("requestBody").path("description").asString(""))
                        .as("request body of %s", what)
                        .isNotBlank();
            }
            List<String> errors = new ArrayList<>();
            operation.path("responses").properties().forEach(entry -> {
                assertThat(entry.getValue().path("description").asString(""))
                        .as("response %s of %s", entry.getKey(), what)
                        .isNotBlank()
                        .isNotEqualTo("OK");
                if (entry.getKey().startsWith("4")) {
                    errors.add(entry.getKey());
                    assertThat(entry.getValue().path("content").propertyNames())
                            .as("body of response %s of %s", entry.getKey(), what)
                            .containsExactly("application/problem+json");
                }
            });
            assertThat(errors).as("documented errors of %s", what).isNotEmpty();
        }
    }

    @Test
    void searchDocumentsItsFacetParameters() throws Exception {
        JsonNode search = JsonMapper.builder()
                .build()
                .readTree(new Http(port).get("/v3/api-docs").body())
                .get("paths")
                .get("/api/v1/practices")
                .get("get");
        List<String> names = new ArrayList<>();
        search.get("parameters").forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).contains("q", "page", "size", "sort").doesNotContain("parameters", "locale");
        // Every facet, also one added later, is a documented parameter.
        for (de.smilecity.exchange.search.Facet facet : de.smilecity.exchange.search.Facet.values()) {
            assertThat(names).as("facet parameter %s", facet.parameter()).contains(facet.parameter());
        }
    }

    @Test
    void exportsDocumentTheirFiltersAndAnswers() throws Exception {
        JsonNode paths = JsonMapper.builder()
                .build()
                .readTree(new Http(port).get("/v3/api-docs").body())
                .get("paths");
        for (String export : List.of("/api/v1/export.csv", "/api/v1/export.json", "/api/v1/export.jsonld")) {
            JsonNode operation = paths.get(export).get("get");
            List<String> names = new ArrayList<>();
            operation.get("parameters").forEach(p -> names.add(p.get("name").asString()));
            assertThat(names).as("parameters of %s", export).startsWith("q", "sort", "like");
            // The facets follow in their own order, the same on every start.
            List<String> facets = java.util.Arrays.stream(de.smilecity.exchange.search.Facet.values())
                    .map(de.smilecity.exchange.search.Facet::parameter)
                    .toList();
            assertThat(names.subList(3, names.size()))
                    .as("facets of %s", export)
                    .isEqualTo(facets);
            List<String> answers = new ArrayList<>();
            operation.get("responses").propertyNames().forEach(answers::add);
            assertThat(answers).as("answers of %s", export).contains("200", "304", "400", "404", "429");
        }
    }

    @Test
    void swaggerUiIsServedToEverybody() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> redirect = http.get("/swagger-ui.html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/swagger-ui/index.html"));
        HttpResponse<String> page = http.get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        // The page and its initializer run under the site's policy: scripts from this origin only.
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(page.body()).doesNotContain("<script>");
        assertThat(http.get("/swagger-ui/swagger-initializer.js").statusCode()).isEqualTo(200);
        assertThat(http.get("/v3/api-docs/swagger-config").statusCode()).isEqualTo(200);
    }
}
