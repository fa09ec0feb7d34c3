package de.smilecity.exchange.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Anonymous callers get a clear 429 when they call too often; signed-in callers are not limited. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"smile.opendata.rate-limit.capacity=3", "smile.opendata.rate-limit.period=1h"})
@ActiveProfiles({"demo", "test"})
class RateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void anonymousCallsBeyondTheLimitGet429WithRetryAfterAndSignedInCallsDoNot() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> last = null;
        for (int i = 0; i < 3; i++) {
            last = http.get("/api/v1/practices?size=1", "Accept", "application/json");
            assertThat(last.statusCode()).isEqualTo(200);
        }
        assertThat(last.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        HttpResponse<String> refused = http.get("/api/v1/export.csv", "Accept", "application/json");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 1200L);
        JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains("try again in " + retryAfter + " s", "sign in");

        String editor = "Basic " + Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/v1/practices?size=1", "Authorization", editor)
                            .statusCode())
                    .isEqualTo(200);
        }
        // Pages are not limited, whatever the API's budget.
        assertThat(http.get("/login").statusCode()).isEqualTo(200);
    }
}
