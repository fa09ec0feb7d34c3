package de.smilecity.exchange.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What harvesters and other sites' scripts rely on: ETags on reads, CORS, paging links. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class MachineReadsTest {

    static final String OTHER_SITE = "https://other-catalogue.example";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void readsAnswer304ToTheirETag() throws Exception {
        for (String path : new String[] {
            "/api/v1/practices/rostock-beteiligungsplattform-mein-rostock",
            "/api/v1/practices?field=mobility",
            "/api/v1/suggest?q=Bu"
        }) {
            HttpResponse<String> first = http.get(path, "Accept", "application/json");
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag =
                    first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " has no ETag"));
            assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
            HttpResponse<String> again = http.get(path, "Accept", "application/json", "If-None-Match", etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }

    @Test
    void publicReadsMayBeFetchedFromAnyOrigin() throws Exception {
        for (String path : new String[] {"/api/v1/practices?size=1", "/api/v1/export.csv", "/feed.atom"}) {
            HttpResponse<String> response = http.get(path, "Origin", OTHER_SITE);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(path)
                    .hasValue("*");
            assertThat(response.headers().firstValue("Access-Control-Allow-Credentials"))
                    .isEmpty();
            assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
                    .hasValueSatisfying(h -> assertThat(h).contains("ETag", "Link"));
        }
        HttpResponse<String> preflight = http.send(
                "OPTIONS", "/api/v1/export.json", "Origin", OTHER_SITE, "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(m -> assertThat(m).contains("GET").doesNotContain("POST"));
    }

    @Test
    void writesAreNotOpenToOtherOrigins() throws Exception {
        HttpResponse<String> preflight = http.send(
                "OPTIONS", "/api/v1/practices", "Origin", OTHER_SITE, "Access-Control-Request-Method", "POST");
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void listsNameTheirNeighbourPagesInALinkHeader() throws Exception {
        HttpResponse<String> response =
                http.get("/api/v1/practices?size=5&page=1&field=mobility", "Accept", "application/json");
        long total =
                Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
        long last = (total - 1) / 5;
        String link = response.headers().firstValue("Link").orElseThrow();
        assertThat(link)
                .contains("page=0>; rel=\"first\"")
                .contains("page=0>; rel=\"prev\"")
                .contains("page=" + last + ">; rel=\"last\"")
                .contains("field=mobility");
        if (last > 1) assertThat(link).contains("page=2>; rel=\"next\"");
        assertThat(http.get("/api/v1/practices?size=100", "Accept", "application/json")
                        .headers()
                        .firstValue("Link")
                        .orElseThrow())
                .doesNotContain("rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
    }
}
