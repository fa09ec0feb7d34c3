package de.smilecity.exchange.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} until {@link StartupWork} says the app is ready, instead of
 * a wrong answer: an empty search, or a refused sign-in because the accounts are not yet created.
 * It runs before Spring Security, so that a sign-in tried this early never reaches the sign-in
 * throttle and never counts as a failure. Health probes and static files pass.
 */
@Configuration(proxyBeanMethods = false)
class StartupGate {

    /** Seconds a client is asked to wait before it tries again: a start-up takes seconds, not minutes. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** Before Spring Security's filter chain, which runs at order -100. */
    static final int ORDER = -110;

    static final String PROBLEM_TYPE = "https://smile-exchange.example/problems/starting";

    /** Paths answered while starting: the probes that say so, and files that need nothing loaded. */
    private static final List<String> OPEN_PREFIXES =
            List.of("/actuator/health", "/styles/", "/images/", "/icons/", "/favicon.ico", "/VAADIN/static/");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> startupGateFilter(StartupWork work) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Gate(work));
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/*");
        registration.setName("startupGate");
        return registration;
    }

    static final class Gate extends OncePerRequestFilter {
        private final StartupWork work;

        Gate(StartupWork work) {
            this.work = work;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (work.ready() || open(request)) {
                chain.doFilter(request, response);
                return;
            }
            String detail = "smile exchange is starting and cannot answer this request yet (still: " + work.waitingFor()
                    + "); try again in " + RETRY_AFTER_SECONDS + " seconds";
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            String accept = request.getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
                // A person in a browser: a page that tries again by itself.
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.getWriter()
                        .write(
                                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\""
                                        + RETRY_AFTER_SECONDS + "\"><title>smile exchange</title></head><body><p>"
                                        + "smile exchange is starting; this page reloads in a few seconds."
                                        + "</p></body></html>");
                return;
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"" + PROBLEM_TYPE + "\",\"title\":\"Starting\",\"status\":503,\"detail\":\""
                            + json(detail) + "\"}");
        }

        private static boolean open(HttpServletRequest request) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            return OPEN_PREFIXES.stream().anyMatch(path::startsWith);
        }

        private static String json(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
