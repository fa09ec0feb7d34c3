package de.smilecity.exchange.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * When a write to the API needs the CSRF token. A browser adds the session cookie to any request to
 * this site, also to a form another site submits, so a call that the session may authenticate needs
 * the token, which only pages of this site can read (the {@code _csrf} meta tags of every page, sent
 * back as the {@code X-CSRF-TOKEN} header). A script that names its credentials in the
 * {@code Authorization} header (HTTP Basic, {@code Bearer smx_…}) needs none: no browser adds such a
 * header to another site's request, and CORS refuses a script of another site that tries.
 *
 * <p>One exception to the exception: a browser remembers HTTP Basic credentials typed into its
 * sign-in dialog and sends them along with any request to this site. Such a request carries
 * {@code Sec-Fetch-Site: cross-site} (or {@code same-site}) when another site started it, and then
 * needs the token too. Scripts send no {@code Sec-Fetch-Site}.
 */
final class ApiCsrf {

    /** What browsers say in {@code Sec-Fetch-Site} when a page of another origin started the request. */
    static final Set<String> FOREIGN_ORIGINS = Set.of("cross-site", "same-site");

    private ApiCsrf() {}

    /**
     * The API calls that need no CSRF token: those that name their credentials in a header and were
     * not started by another site, and those without a session cookie (nothing a foreign page could
     * borrow: without credentials they are refused anyway).
     */
    static RequestMatcher needsNoToken(RequestMatcher api) {
        return request -> api.matches(request)
                && !startedByAnotherSite(request)
                && (hasCredentialsHeader(request) || request.getRequestedSessionId() == null);
    }

    /**
     * The answer to an API call that needs the CSRF token and has none (or a wrong one): 403 as
     * problem+json that says how to call. Other refusals keep Spring Security's answer.
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException)) {
            new AccessDeniedHandlerImpl().handle(request, response, denied);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                        + "\"detail\":\"This call signs in with the session cookie (or a password the browser "
                        + "remembered) but carries no valid CSRF token. Send the content of the page's meta tag "
                        + "'_csrf' as header X-CSRF-TOKEN, or call from a script with HTTP Basic or a personal "
                        + "token (Authorization: Bearer smx_...)\"}");
    }

    private static boolean hasCredentialsHeader(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null
                && (header.regionMatches(true, 0, "Basic ", 0, 6)
                        || header.regionMatches(
                                true, 0, BearerTokenFilter.SCHEME, 0, BearerTokenFilter.SCHEME.length()));
    }

    private static boolean startedByAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && FOREIGN_ORIGINS.contains(site.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
