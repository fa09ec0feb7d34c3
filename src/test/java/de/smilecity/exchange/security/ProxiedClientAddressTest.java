package de.smilecity.exchange.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The rate limit and the sign-in throttle with the production profile's forwarded-header setting:
 * a client that makes up {@code X-Forwarded-For} is still counted by its own address; a request of
 * a trusted proxy is counted by the address the proxy forwards. Here the proxy is the test client
 * on 127.0.0.1, and the client that connects over ::1 stands for anybody else on the internet.
 */
@Tag("hostile")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestPropertySource(
        locations = "classpath:application-prod.properties",
        properties = {
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1",
            "smile.opendata.rate-limit.capacity=3",
            "smile.opendata.rate-limit.period=1h"
        })
class ProxiedClientAddressTest {

    static final String PROXY = "127.0.0.1";
    static final String ANYBODY = "[::1]";

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aMadeUpForwardedForBuysNoMoreApiCalls() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(apiCall(ANYBODY, "203.0.113." + i).statusCode()).isEqualTo(200);
        }

        assertThat(apiCall(ANYBODY, "203.0.113.99").statusCode()).isEqualTo(429);
    }

    @Test
    void behindTheProxyEachForwardedClientHasItsOwnBudget() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(apiCall(PROXY, "198.51.100.1").statusCode()).isEqualTo(200);
        }

        assertThat(apiCall(PROXY, "198.51.100.1").statusCode()).isEqualTo(429);
        assertThat(apiCall(PROXY, "198.51.100.2").statusCode()).isEqualTo(200);
    }

    @Test
    void aMadeUpForwardedForBuysNoMoreSignIns() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_PER_ADDRESS; i++) {
            assertThat(signIn(ANYBODY, "203.0.113." + i, "nobody-" + i)).endsWith("/login?error");
        }

        assertThat(signIn(ANYBODY, "203.0.113.99", "nobody-else")).endsWith("/login?locked");
    }

    @Test
    void behindTheProxySignInsAreCountedPerForwardedClient() throws Exception {
        for (int i = 0; i < LoginThrottle.MAX_PER_ADDRESS; i++) {
            assertThat(signIn(PROXY, "198.51.100.20", "someone-" + i)).endsWith("/login?error");
        }

        assertThat(signIn(PROXY, "198.51.100.20", "someone-else")).endsWith("/login?locked");
        assertThat(signIn(PROXY, "198.51.100.21", "someone-else")).endsWith("/login?error");
    }

    private HttpResponse<String> apiCall(String host, String forwardedFor) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/api/v1/practices?size=1"))
                        .header("Accept", "application/json")
                        .header("X-Forwarded-For", forwardedFor)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A failed sign-in through the form; returns where it sends the browser. */
    private String signIn(String host, String forwardedFor, String username) throws Exception {
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Forwarded-For", forwardedFor)
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=wrong"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.headers().firstValue("Location").orElse("(no Location, status " + response.statusCode() + ")");
    }
}
