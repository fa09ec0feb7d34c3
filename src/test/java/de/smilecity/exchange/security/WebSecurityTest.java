package de.smilecity.exchange.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The web security of the running server, over real HTTP: the security headers on pages and API,
 * sessions renewed at sign-in, and throttled guessing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class WebSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    HttpResponse<String> get(HttpClient client, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) request.headers(headers);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(HttpClient client, String path, String form) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAndApiCarryTheSecurityHeaders() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : new String[] {"/", "/practices", "/login", "/api/v1/practices?size=1"}) {
            String accept = path.startsWith("/api/") ? "application/json" : "text/html";
            HttpResponse<String> response = get(client, path, "Accept", accept);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .contains("strict-origin-when-cross-origin");
        }
    }

    @Test
    void aSignInGetsANewSession() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        get(client, "/login");
        String before = session(cookies).orElseThrow();

        HttpResponse<String> signIn = postForm(client, "/login", "username=editor&password=editor");
        assertThat(signIn.statusCode()).isEqualTo(302);
        String after = session(cookies).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(get(client, "/api/v1/me").body()).contains("\"username\":\"editor\"");
        // Signing out (a Vaadin action) is tested in the browser: ContributionJourneyIT.
    }

    @Test
    void guessingAPasswordIsStoppedAfterFiveTriesEvenWithTheRightOneAfterwards() throws Exception {
        String username = "guess-target";
        if (!accounts.existsByUsername(username)) {
            accounts.save(new UserAccount(
                    username, "Ziel", Role.CONTRIBUTOR, null, encoder.encode("right-password-1234"), Instant.now()));
        }
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < LoginThrottle.MAX_PER_ACCOUNT; i++) {
            assertThat(get(client, "/api/v1/me", "Authorization", basic(username, "wrong-" + i))
                            .statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> right = get(client, "/api/v1/me", "Authorization", basic(username, "right-password-1234"));
        assertThat(right.statusCode()).isEqualTo(401);

        HttpResponse<String> form =
                postForm(client, "/login", "username=" + username + "&password=right-password-1234");
        assertThat(form.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?locked"));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static Optional<String> session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }
}
