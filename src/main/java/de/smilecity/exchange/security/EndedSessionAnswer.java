package de.smilecity.exchange.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The answer to the first request of a session that {@link AccountSessions} ended (its account was
 * disabled, changed role or organisation, or got a new password). Spring Security has signed the
 * session out already; this only says so: the API answers 401 as problem+json, a page load goes to
 * the same address again (now as a visitor, so a protected page leads to the sign-in), and a Vaadin
 * request gets 401, which its client takes as "session expired" and reloads.
 */
final class EndedSessionAnswer implements SessionInformationExpiredStrategy {

    private final RequestMatcher api;

    EndedSessionAnswer(RequestMatcher api) {
        this.api = api;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        if (api.matches(request)) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8);
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"Your session was ended because your account changed (disabled, new "
                            + "role or organisation, or a new password); sign in again\"}");
        } else if (HttpMethod.GET.matches(request.getMethod())) {
            String query = request.getQueryString();
            response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
        } else {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
