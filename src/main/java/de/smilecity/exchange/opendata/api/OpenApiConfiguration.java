package de.smilecity.exchange.opendata.api;

import de.smilecity.exchange.search.Facet;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1} and the feed, served at {@code /v3/api-docs} with its
 * UI at {@code /swagger-ui.html}. Controllers describe their own operations; what all of them share
 * is added here once: the facet parameters of every filterable endpoint, the rate limit's 429,
 * 401/403 for the calls that need an account, and problem+json as the body of every client error.
 */
@Configuration
class OpenApiConfiguration {

    /** The endpoints that take the search's filters. */
    static final Set<String> FILTERABLE = Set.of(
            "/api/v1/practices", "/api/v1/export.csv", "/api/v1/export.json", "/api/v1/export.jsonld", "/feed.atom");

    private static final String PROBLEM = "application/problem+json";

    /** In the facets' own order: {@code Map.ofEntries} would list them in a new order on every start. */
    private static final Map<Facet, String> FACETS = new EnumMap<>(Map.ofEntries(
            Map.entry(Facet.FIELD, "innovation-field code, e.g. mobility"),
            Map.entry(Facet.PILLAR, "smile pillar code: citizens, places, governance or exchange"),
            Map.entry(Facet.STATE, "state or region of the owning organisation, as written there"),
            Map.entry(Facet.COUNTRY, "country code of the owning organisation, e.g. DE"),
            Map.entry(Facet.SIZE_CLASS, "size class of the owning organisation, e.g. grossstadt"),
            Map.entry(Facet.PHASE, "phase: idea, strategy, implementation, operation, scaled or discontinued"),
            Map.entry(Facet.KIND, "kind: practice, template or adaptation"),
            Map.entry(Facet.KEYWORD, "free keyword"),
            Map.entry(Facet.LANGUAGE, "language of the entry: de or en"),
            Map.entry(Facet.ORGANISATION, "slug of the owning organisation"),
            Map.entry(
                    Facet.ADAPTED, "true: entries adapted by another organisation at least once; false: the others")));

    @Bean
    OpenAPI smileExchangeOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("smile exchange API")
                        .version("v1")
                        .description("The catalogue of municipal best practices of smile city Rostock. Reads of"
                                + " published content are public (CORS for any origin, anonymous use rate-limited);"
                                + " writes take HTTP Basic, a personal token (Authorization: Bearer smx_…) or a"
                                + " session. Errors are application/problem+json.")
                        .license(new License()
                                .name("Metadata: CC BY 4.0")
                                .url("https://creativecommons.org/licenses/by/4.0/")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("User name and password, for scripts"))
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token, created under My account")));
    }

    @Bean
    OpenApiCustomizer sharedParametersAndErrors() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                if (FILTERABLE.contains(path) && entry.getKey() == PathItem.HttpMethod.GET) {
                    FACETS.forEach((facet, meaning) -> operation.addParametersItem(new Parameter()
                            .in("query")
                            .name(facet.parameter())
                            .description("Filter by " + meaning + "; may repeat, values of one facet combine with OR,"
                                    + " different facets with AND")
                            .required(false)
                            .schema(new ArraySchema().items(new StringSchema()))
                            .explode(true)));
                }
                ApiResponses responses = operation.getResponses();
                problemsForErrors(responses);
                if (!isPublic(path, entry.getKey())) {
                    responses.addApiResponse("401", problem("Not signed in: send HTTP Basic or a personal token"));
                    responses.addApiResponse("403", problem("The caller's role or organisation does not allow this"));
                    operation.setSecurity(List.of(
                            new io.swagger.v3.oas.models.security.SecurityRequirement().addList("basic"),
                            new io.swagger.v3.oas.models.security.SecurityRequirement().addList("token")));
                } else {
                    responses.addApiResponse(
                            "429",
                            problem("Too many anonymous calls from this address; Retry-After says how many seconds to"
                                    + " wait. Signed-in calls are not limited."));
                }
            }
        });
    }

    /**
     * Every client error of the API is problem+json ({@code shared/ApiProblems}): the controllers
     * describe when an error happens, and the body is set here once (springdoc would otherwise give
     * an error the operation's own return type).
     */
    private static void problemsForErrors(ApiResponses responses) {
        responses.forEach((code, response) -> {
            if (code.startsWith("4")) response.content(new Content().addMediaType(PROBLEM, new MediaType()));
        });
    }

    /** Whether anybody may call it: the public reads, as the security configuration lets them through. */
    static boolean isPublic(String path, PathItem.HttpMethod method) {
        if (method != PathItem.HttpMethod.GET) return false;
        return path.equals("/feed.atom")
                || path.startsWith("/api/v1/export.")
                || path.equals("/api/v1/suggest")
                || path.equals("/api/v1/passages")
                || path.equals("/api/v1/compare")
                || path.startsWith("/api/v1/practices");
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM, new MediaType()));
    }
}
