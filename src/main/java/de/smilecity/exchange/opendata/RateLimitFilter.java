package de.smilecity.exchange.opendata;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits anonymous use of the API and the feed per client address; signed-in callers (session,
 * HTTP Basic or personal token) are not limited. Runs after Spring Security, so it knows who calls.
 * A refused call gets 429 as problem+json with {@code Retry-After} in seconds; every limited call
 * says what is left in {@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining}.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    static final String TOO_MANY_REQUESTS = "https://smile-exchange.example/problems/too-many-requests";

    private final ClientLimit limit;
    private final JsonMapper json;

    RateLimitFilter(ClientLimit limit, JsonMapper json) {
        this.limit = limit;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return HttpMethod.OPTIONS.matches(request.getMethod()) || isSignedIn();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ClientLimit.Decision decision = limit.take(request.getRemoteAddr());
        response.setHeader("X-RateLimit-Limit", String.valueOf(limit.capacity()));
        response.setHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TOO_MANY_REQUESTS);
        problem.put("title", "Too many requests");
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put(
                "detail",
                "Anonymous use of the API is limited to " + limit.describe() + "; "
                        + "try again in " + seconds + " s, or sign in (HTTP Basic or a personal API token) to "
                        + "call without this limit");
        problem.put("instance", request.getRequestURI());
        json.writeValue(response.getOutputStream(), problem);
    }

    private static boolean isSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
