package de.smilecity.exchange.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every failure of a public read is an answer a caller can act on: {@code problem+json} with the
 * right status and a detail naming what to change, never a sign-in challenge, never an exception's
 * message, class or stack. Sent over a raw socket, so that addresses no well-behaved client would
 * send (broken percent-encoding, control characters) reach the server as a hostile one sends them.
 */
@Tag("hostile")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class PublicReadErrorsTest {

    static final String ENTRY = "/api/v1/practices/rostock-beteiligungsplattform-mein-rostock";

    /** What an answer must never show: exception classes, stack frames, framework internals. */
    static final List<String> LEAKS = List.of(
            "Exception",
            "exception",
            "\tat ",
            "at org.",
            "at java.",
            "at de.",
            "java.lang",
            "org.springframework",
            "org.hibernate",
            "org.apache",
            "trace",
            "SQL");

    @LocalServerPort
    int port;

    /** One HTTP exchange as it came over the wire: status, headers (lower-case names), body. */
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    Answer send(String method, String target, String... headers) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            request.append("Host: localhost:").append(port).append("\r\n");
            request.append("Connection: close\r\n");
            boolean accept = false;
            for (int i = 0; i < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
                accept |= headers[i].equalsIgnoreCase("Accept");
            }
            if (!accept) request.append("Accept: application/json\r\n");
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String head = end < 0 ? raw : raw.substring(0, end);
            String body = end < 0 ? "" : raw.substring(end + 4);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> parsed = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    parsed.merge(
                            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).strip(),
                            (a, b) -> a + ", " + b);
                }
            }
            return new Answer(status, parsed, body);
        }
    }

    Answer get(String target) throws IOException {
        return send("GET", target);
    }

    /** A problem+json answer with this status, a detail, and nothing that a visitor must not see. */
    static void assertProblem(String fullTarget, Answer answer, int status, String... detailContains) {
        String target = shortened(fullTarget);
        assertThat(answer.status())
                .as(target + " → " + shortened(answer.body()))
                .isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(target).startsWith("application/problem+json");
        assertThat(answer.header("WWW-Authenticate")).as(target).isEmpty();
        assertThat(answer.body()).as(target).contains("\"detail\"").contains("\"status\":" + status);
        for (String part : detailContains) assertThat(answer.body()).as(target).contains(part);
        assertNothingLeaks(target, answer);
    }

    static void assertNothingLeaks(String target, Answer answer) {
        for (String leak : LEAKS) {
            assertThat(answer.body()).as(target + " shows '" + leak + "'").doesNotContain(leak);
        }
        Matcher detail = DETAIL.matcher(answer.body());
        if (detail.find()) {
            assertThat(detail.group(1)).as(target + ": a short detail").hasSizeLessThan(400);
        }
    }

    // Possessive: a long detail must not overflow the regex engine's stack.
    static final Pattern DETAIL = Pattern.compile("\"detail\":\"((?:[^\"\\\\]|\\\\.)*+)\"");

    /** The target as a failure names it: short. */
    static String shortened(String target) {
        return target.length() <= 120 ? target : target.substring(0, 120) + "…";
    }

    @Test
    void hugePagesAreA400ThatNamesTheLimitNotASignInChallenge() throws IOException {
        for (String target : List.of(
                "/api/v1/practices?page=21474837&size=100",
                "/api/v1/practices?page=42949672&size=100",
                "/api/v1/practices?page=2147483647&size=100")) {
            assertProblem(target, get(target), 400, "page", "10000");
        }
    }

    @Test
    void unreadableNumbersAndValuesNameTheParameterAndWhatCame() throws IOException {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("/api/v1/practices?page=abc", "page must be a whole number");
        cases.put("/api/v1/practices?page=99999999999999999999", "page must be a whole number");
        cases.put("/api/v1/practices?page=-1", "page must be 0 or more");
        cases.put("/api/v1/practices?size=0", "size must be between 1 and 100");
        cases.put("/api/v1/practices?size=-5", "size must be between 1 and 100");
        cases.put("/api/v1/practices?size=1e3", "size must be a whole number");
        cases.put("/api/v1/practices?sort=cheapest", "sort must be one of");
        cases.put("/api/v1/practices?sort=" + "x".repeat(3000), "sort must be one of");
        cases.put("/api/v1/practices?phase=imaginary", "unknown phase 'imaginary'");
        cases.put("/api/v1/practices?kind=%00%1B%7F", "unknown kind");
        cases.put("/api/v1/practices?field=a" + "&field=a".repeat(60), "field has 61 values");
        cases.put("/api/v1/practices?q=" + "b".repeat(600), "at most 500");
        cases.put(ENTRY + "/similar?size=abc", "size must be a whole number");
        cases.put(ENTRY + "/similar?size=-1", "size must be between 1 and 20");
        cases.put(ENTRY + "/similar?size=2147483648", "size must be a whole number");
        cases.put("/api/v1/suggest?q=" + "b".repeat(600), "at most 500");
        cases.put("/api/v1/compare?ids=a", "Compare 2 to 4");
        cases.put("/api/v1/compare?ids=" + "a,b,c,d,e,".repeat(300), "Compare 2 to 4");
        cases.put("/api/v1/export.csv?sort=cheapest", "sort must be one of");
        cases.put("/api/v1/export.json?phase=imaginary", "unknown phase");
        cases.put("/api/v1/export.jsonld?keyword=" + "k".repeat(300), "at most 200");
        cases.put("/feed.atom?q=" + "b%20".repeat(30), "at most 20");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertProblem(c.getKey(), get(c.getKey()), 400, c.getValue());
        }
    }

    @Test
    void controlCharactersAndBrokenUtf8InAQueryAreSearchedOrRefusedNeverAFailure() throws IOException {
        for (String target : List.of(
                "/api/v1/practices?q=%00%01%1B%7F%0A%0D",
                "/api/v1/practices?q=%C3%28",
                "/api/v1/practices?q=%FF%FE%FD",
                "/api/v1/practices?q=%ED%A0%80",
                "/api/v1/suggest?q=%C3%28%C3%28",
                "/feed.atom?q=%C3%28",
                "/api/v1/export.csv?q=%00%1B")) {
            Answer answer = get(target);
            assertThat(answer.status()).as(target).isIn(200, 400);
            assertThat(answer.header("WWW-Authenticate")).as(target).isEmpty();
            if (answer.status() == 400) assertProblem(target, answer, 400);
        }
    }

    @Test
    void brokenAddressesAreA400ProblemNotAChallenge() throws IOException {
        for (String target : List.of(
                "/api/v1/practices?q=%zz",
                "/api/v1/practices?q=%",
                "/api/v1/practices/%00",
                "/api/v1/practices/a%2F..%2F..%2Fadmin",
                "/api/v1/practices/..;/..;/admin",
                "/api/v1/export.csv?%C3=%28")) {
            Answer answer = get(target);
            assertThat(answer.status())
                    .as(target + " → " + shortened(answer.body()))
                    .isEqualTo(400);
            assertThat(answer.header("WWW-Authenticate")).as(target).isEmpty();
            assertNothingLeaks(target, answer);
        }
    }

    @Test
    void requestsLargerThanTheServerReadsAreRefusedBeforeTheApplication() throws IOException {
        // 10 000 facet values do not fit into the 8 KB the server reads of a request's head: the
        // server refuses them itself (without the application, so not as problem+json), and so
        // neither with a challenge nor with anything of its inner workings.
        for (String target : List.of(
                "/api/v1/practices?" + "keyword=k&".repeat(10_000),
                "/api/v1/export.csv?" + "field=a&".repeat(10_000),
                "/api/v1/practices/" + "x".repeat(20_000))) {
            Answer answer = get(target);
            assertThat(answer.status()).as(shortened(target)).isBetween(400, 431);
            assertThat(answer.header("WWW-Authenticate")).isEmpty();
            assertNothingLeaks(shortened(target), answer);
            assertThat(answer.body()).doesNotContainIgnoringCase("tomcat");
        }
    }

    @Test
    void missingEntriesAreA404ProblemOnEveryRead() throws IOException {
        String longSlug = "x".repeat(4000);
        List<String> targets = new ArrayList<>();
        for (String entry : List.of("gibt-es-nicht", longSlug, "-1", "99999999999999999999")) {
            String base = "/api/v1/practices/" + entry;
            targets.addAll(List.of(
                    base,
                    base + "/similar",
                    base + "/lineage",
                    base + "/kit.md",
                    base + "/kit.pdf",
                    base + "/kit.html"));
        }
        targets.add("/api/v1/compare?ids=gibt-es-nicht,auch-nicht");
        targets.add("/api/v1/practices?like=gibt-es-nicht");
        targets.add("/api/v1/export.csv?like=gibt-es-nicht");
        targets.add(ENTRY + "/no-such-read");
        for (String target : targets) {
            assertProblem(target, get(target), 404);
        }
    }

    @Test
    void unacceptableFormatsAndMethodsKeepTheirStatus() throws IOException {
        Answer xml = send("GET", "/api/v1/practices?size=1", "Accept", "application/xml");
        assertThat(xml.status()).isEqualTo(406);
        assertThat(xml.header("WWW-Authenticate")).isEmpty();
        assertNothingLeaks("406", xml);
        String editor = "Basic " + Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8));
        String target = "/api/v1/suggest?q=Bu";
        Answer delete = send("DELETE", target, "Authorization", editor);
        assertProblem(target, delete, 405, "Allow header");
        assertThat(delete.header("Allow")).contains("GET");
        for (String readOnly : List.of(target, "/api/v1/export.csv", ENTRY + "/similar", ENTRY + "/kit.md")) {
            Answer anonymous = send("POST", readOnly, "Content-Length", "0");
            assertProblem(readOnly, anonymous, 405, "Allow header");
            assertThat(anonymous.header("WWW-Authenticate")).isEmpty();
        }
    }

    @Test
    void theErrorAnswerIsPublicAndNeutral() throws IOException {
        Answer error = get("/error");
        assertThat(error.status()).isNotEqualTo(401);
        assertThat(error.header("WWW-Authenticate")).isEmpty();
        assertNothingLeaks("/error", error);
    }
}
