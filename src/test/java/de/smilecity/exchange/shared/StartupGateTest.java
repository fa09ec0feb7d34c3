package de.smilecity.exchange.shared;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.Application;
import de.smilecity.exchange.security.LoginThrottle;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Requests that arrive while the app is still loading its seed content and accounts are told to come
 * back (503 with Retry-After) instead of getting an empty search or a refused sign-in, and such early
 * sign-ins never count against the account in the sign-in throttle.
 */
@Tag("hostile")
class StartupGateTest {

    /** Generous: the test machine may be busy, and a start-up there can take a minute or two. */
    static final int STARTUP_SECONDS = 300;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void answersServiceUnavailableUntilSeedAndAccountsAreLoaded() throws Exception {
        int port = freePort();
        HoldBack holdBack = new HoldBack();
        CompletableFuture<ConfigurableApplicationContext> app =
                CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(Application.class)
                        .profiles("demo", "test")
                        .initializers(context -> context.getBeanFactory().registerSingleton("holdBack", holdBack))
                        // a command-line argument, because default properties lose to application.properties
                        .run("--server.port=" + port));
        try {
            assertThat(holdBack.reached.await(STARTUP_SECONDS, TimeUnit.SECONDS))
                    .as("the app reached the held-back step of its start-up")
                    .isTrue();
            String base = "http://localhost:" + port;

            HttpResponse<String> readiness = get(base + "/actuator/health/readiness", null);
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");

            HttpResponse<String> search = get(base + "/api/v1/practices?q=fahrrad", null);
            assertThat(search.statusCode()).isEqualTo(503);
            assertThat(search.headers().firstValue("Retry-After"))
                    .hasValue(String.valueOf(StartupGate.RETRY_AFTER_SECONDS));
            assertThat(search.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(search.body()).contains("is starting");

            // More early sign-ins than the throttle allows failures: none may count.
            for (int i = 0; i <= LoginThrottle.MAX_PER_ACCOUNT; i++) {
                HttpResponse<String> signIn = get(base + "/api/v1/admin/runs", "editor:editor");
                assertThat(signIn.statusCode()).isEqualTo(503);
                assertThat(signIn.headers().firstValue("Retry-After")).isPresent();
            }

            holdBack.release.countDown();
            ConfigurableApplicationContext context = app.get(STARTUP_SECONDS, TimeUnit.SECONDS);
            try {
                assertThat(context.getBean(LoginThrottle.class).blockedFor("editor", "127.0.0.1"))
                        .isEmpty();
                assertThat(get(base + "/actuator/health/readiness", null).statusCode())
                        .isEqualTo(200);
                assertThat(get(base + "/api/v1/admin/runs", "editor:editor").statusCode())
                        .isEqualTo(200);
                HttpResponse<String> ready = get(base + "/api/v1/practices?q=fahrrad", null);
                assertThat(ready.statusCode()).isEqualTo(200);
                assertThat(ready.body()).contains("\"total\"");
            } finally {
                context.close();
            }
        } finally {
            holdBack.release.countDown();
            app.thenAccept(ConfigurableApplicationContext::close);
        }
    }

    private HttpResponse<String> get(String url, String credentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A start-up step between the seed content and the demo accounts that waits until the test lets it go. */
    static final class HoldBack implements ApplicationRunner, Ordered {
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void run(ApplicationArguments args) throws InterruptedException {
            reached.countDown();
            release.await(STARTUP_SECONDS, TimeUnit.SECONDS);
        }

        @Override
        public int getOrder() {
            return 15;
        }
    }
}
