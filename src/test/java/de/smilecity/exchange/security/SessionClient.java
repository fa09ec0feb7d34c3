package de.smilecity.exchange.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser as far as sessions go: keeps its cookies, signs in through the login form, and reads the
 * CSRF token that every page carries in its {@code _csrf} meta tag.
 */
final class SessionClient {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client =
            HttpClient.newBuilder().cookieHandler(cookies).build();

    SessionClient(int port) {
        this.port = port;
    }

    /** Signs in through the form, as the sign-in page does, and checks that it worked. */
    SessionClient signIn(String username, String password) throws Exception {
        get("/login");
        HttpResponse<String> signIn = send(
                "POST",
                "/login",
                "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8),
                "Content-Type",
                "application/x-www-form-urlencoded");
        assertThat(signIn.headers().firstValue("Location"))
                .as("sign-in of %s", username)
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        return this;
    }

    /** The CSRF token of this session, from the meta tag of a page. */
    String csrfToken() throws Exception {
        HttpResponse<String> page = get("/", "Accept", "text/html");
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the page carries a _csrf meta tag").isTrue();
        return token.group(1);
    }

    /** The id in this client's session cookie. */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No session cookie"));
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return send("GET", path, null, headers);
    }

    /** Sends a request; {@code body} null sends none. */
    HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) request.headers(headers);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
