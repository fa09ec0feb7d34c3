package de.smilecity.exchange.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.testsupport.Acting;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What another site can make a signed-in editor's browser do: a form of another site that posts to
 * the API carries the session cookie (in browsers that ignore SameSite, or when the cookie lacks
 * it) but not the CSRF token, and is refused; the same call from this site's page (with the token)
 * or from a script (HTTP Basic, personal token) works.
 */
@Tag("hostile")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CrossSiteRequestTest {

    /** What a browser sends with a form that a page of another site submits. */
    static final String[] FROM_ANOTHER_SITE = {
        "Origin", "https://evil.example",
        "Sec-Fetch-Site", "cross-site",
        "Content-Type", "application/x-www-form-urlencoded"
    };

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext spring;

    @Autowired
    ApiTokenService tokens;

    long sourceId;

    @BeforeEach
    void aPartnerSourceToCrawl() throws Exception {
        // Created by a script with HTTP Basic (a JSON body no form of another site can send).
        HttpResponse<String> created = new SessionClient(port)
                .send(
                        "POST",
                        "/api/v1/admin/sources",
                        "{\"name\":\"Nirgendwo " + System.nanoTime()
                                + "\",\"startUrls\":[\"https://partner.invalid/\"],"
                                + "\"allowedHosts\":[\"partner.invalid\"]}",
                        "Authorization",
                        WebSecurityTest.basic("editor", "editor"),
                        "Content-Type",
                        "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        sourceId = firstId(created.body());
    }

    @Test
    void aFormOfAnotherSiteCannotStartACrawlWithTheEditorsSession() throws Exception {
        SessionClient editor = new SessionClient(port).signIn("editor", "editor");

        HttpResponse<String> forged =
                editor.send("POST", "/api/v1/admin/sources/" + sourceId + "/runs", "", FROM_ANOTHER_SITE);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(forged.body()).contains("CSRF token", "X-CSRF-TOKEN", "Bearer");
        assertThat(editor.get("/api/v1/admin/runs?source=" + sourceId).body())
                .as("no run was started")
                .isEqualTo("[]");
    }

    @Test
    void aPlainPostWithTheSessionButWithoutTheTokenIsRefusedToo() throws Exception {
        // Older browsers send no Sec-Fetch-Site; the session alone is not enough.
        SessionClient editor = new SessionClient(port).signIn("editor", "editor");

        HttpResponse<String> forged = editor.send("POST", "/api/v1/admin/runs/999999/cancel", "");

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void thisSitesOwnPageSendsTheTokenAndTheCallWorks() throws Exception {
        SessionClient editor = new SessionClient(port).signIn("editor", "editor");

        HttpResponse<String> started = editor.send(
                "POST", "/api/v1/admin/sources/" + sourceId + "/runs", "", "X-CSRF-TOKEN", editor.csrfToken());

        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long runId = firstId(started.body());
        assertThat(editor.get("/api/v1/admin/runs?source=" + sourceId).body()).contains("\"id\":" + runId);
    }

    @Test
    void scriptsWithBasicOrAPersonalTokenNeedNoCsrfToken() throws Exception {
        SessionClient script = new SessionClient(port);
        HttpResponse<String> started = script.send(
                "POST",
                "/api/v1/admin/sources/" + sourceId + "/runs",
                "",
                "Authorization",
                WebSecurityTest.basic("editor", "editor"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long runId = firstId(started.body());

        String secret = new Acting(spring)
                .as("editor", () -> tokens.create("CSRF test"))
                .secret();
        HttpResponse<String> cancelled =
                script.send("POST", "/api/v1/admin/runs/" + runId + "/cancel", "", "Authorization", "Bearer " + secret);
        // 409 when the run (of a host that does not resolve) has ended already: the call got through.
        assertThat(cancelled.statusCode()).as(cancelled.body()).isIn(200, 409);
    }

    @Test
    void aPasswordTheBrowserRemembersDoesNotLetAnotherSitePost() throws Exception {
        // A browser sends HTTP Basic credentials typed into its dialog with every request to the site.
        SessionClient browser = new SessionClient(port);
        String[] headers = concat(FROM_ANOTHER_SITE, "Authorization", WebSecurityTest.basic("editor", "editor"));

        HttpResponse<String> forged = browser.send("POST", "/api/v1/admin/sources/" + sourceId + "/runs", "", headers);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get(
                                "/api/v1/admin/runs?source=" + sourceId,
                                "Authorization",
                                WebSecurityTest.basic("editor", "editor"))
                        .body())
                .isEqualTo("[]");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> login = new SessionClient(port).get("/login");

        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));
    }

    @Test
    void anotherSiteCannotSignTheEditorOut() throws Exception {
        SessionClient editor = new SessionClient(port).signIn("editor", "editor");

        HttpResponse<String> forged = editor.send("POST", "/logout", "", FROM_ANOTHER_SITE);
        editor.get("/logout"); // a link or an image of another site

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(editor.get("/api/v1/me").body()).contains("\"username\":\"editor\"");
    }

    @Test
    void onlyThePublicReadsGetCorsPermission() throws Exception {
        SessionClient other = new SessionClient(port);
        HttpResponse<String> read = other.get("/api/v1/practices?size=1", "Origin", "https://evil.example");
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(read.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();

        for (String[] write : new String[][] {
            {"POST", "/api/v1/admin/runs/1/cancel"},
            {"POST", "/api/v1/practices"},
            {"PUT", "/api/v1/practices/some-entry"},
            {"POST", "/api/v1/practices/some-entry/transitions"},
            {"POST", "/api/v1/admin/index/rebuild"},
            {"DELETE", "/api/v1/admin/sources/1"}
        }) {
            HttpResponse<String> preflight = other.send(
                    "OPTIONS",
                    write[1],
                    null,
                    "Origin",
                    "https://evil.example",
                    "Access-Control-Request-Method",
                    write[0],
                    "Access-Control-Request-Headers",
                    "content-type,x-csrf-token");
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .as("%s %s", write[0], write[1])
                    .isEmpty();
        }
    }

    private static long firstId(String json) {
        Matcher id = ID.matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
