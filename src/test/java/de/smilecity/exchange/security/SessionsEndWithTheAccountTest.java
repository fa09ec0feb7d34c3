package de.smilecity.exchange.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.testsupport.Acting;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A careless or hurried admin takes rights away: the account's open sessions, signed in over real
 * HTTP, must not go on with the rights they had. The next request of such a session is refused.
 */
@Tag("hostile")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SessionsEndWithTheAccountTest {

    static final String PASSWORD = "session-test-password";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext spring;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserAdministration administration;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    OrganisationDirectory organisations;

    Acting acting;
    UserAccount account;

    @BeforeEach
    void anEditorWithAnOpenSession() {
        acting = new Acting(spring);
        account = accounts.save(new UserAccount(
                "session-" + System.nanoTime(), "Sitzung", Role.EDITOR, null, encoder.encode(PASSWORD), Instant.now()));
    }

    @AfterEach
    void noRequestLeftBehind() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndItsTokens() throws Exception {
        SessionClient session = signedIn();
        String token =
                acting.as(account.getUsername(), () -> tokens.create("script")).secret();
        assertThat(bearer(token, "/api/v1/me").statusCode()).isEqualTo(200);

        acting.run("admin", () -> administration.setEnabled(id(), false));

        assertRefused(session);
        assertThat(bearer(token, "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(new SessionClient(port)
                        .get("/api/v1/me", "Authorization", WebSecurityTest.basic(account.getUsername(), PASSWORD))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aNewRoleEndsTheSessionsThatHoldTheOldOne() throws Exception {
        SessionClient session = signedIn();
        assertThat(session.get("/api/v1/admin/runs").statusCode()).isEqualTo(200);
        long organisation = organisations.all().getFirst().id();

        acting.run("admin", () -> administration.update(id(), "Sitzung", null, Role.CONTRIBUTOR, organisation));

        HttpResponse<String> next = session.get("/api/v1/admin/runs");
        assertThat(next.statusCode()).isEqualTo(401);
        assertThat(next.body()).contains("sign in again");
        // Signed in anew, the account has its new rights.
        SessionClient again = signedIn();
        assertThat(again.get("/api/v1/me").body()).contains("\"role\":\"contributor\"");
        assertThat(again.get("/api/v1/admin/runs").statusCode()).isEqualTo(403);
    }

    @Test
    void aNewOrganisationEndsTheSessions() throws Exception {
        var all = organisations.all();
        account.setRole(Role.CONTRIBUTOR);
        account.setOrganisationId(all.get(0).id());
        account = accounts.save(account);
        SessionClient session = signedIn();

        acting.run(
                "admin",
                () -> administration.update(
                        id(), "Sitzung", null, Role.CONTRIBUTOR, all.get(1).id()));

        assertRefused(session);
    }

    @Test
    void aChangeOfNameAloneLeavesTheSessions() throws Exception {
        SessionClient session = signedIn();

        acting.run("admin", () -> administration.update(id(), "Neuer Name", null, Role.EDITOR, null));

        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordResetEndsTheSessions() throws Exception {
        SessionClient session = signedIn();

        acting.run("admin", () -> administration.resetPassword(id()));

        assertRefused(session);
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsButNotTheCurrentOne() throws Exception {
        SessionClient here = signedIn();
        SessionClient elsewhere = signedIn();

        // The change is made in the request of the session "here", as the account page does.
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, sessionId(here)));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        acting.run(account.getUsername(), () -> administration.changeOwnPassword(PASSWORD, "a-brand-new-password"));

        assertThat(here.get("/api/v1/me").statusCode()).isEqualTo(200);
        assertRefused(elsewhere);
    }

    private SessionClient signedIn() throws Exception {
        SessionClient session = new SessionClient(port).signIn(account.getUsername(), PASSWORD);
        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(200);
        return session;
    }

    private void assertRefused(SessionClient session) throws Exception {
        HttpResponse<String> next = session.get("/api/v1/me");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(401);
        assertThat(session.get("/api/v1/me").statusCode())
                .as("and stays signed out")
                .isEqualTo(401);
    }

    private HttpResponse<String> bearer(String token, String path) throws Exception {
        return new SessionClient(port).get(path, "Authorization", "Bearer " + token);
    }

    private long id() {
        return java.util.Objects.requireNonNull(account.getId());
    }

    private String sessionId(SessionClient client) {
        return client.sessionId();
    }
}
