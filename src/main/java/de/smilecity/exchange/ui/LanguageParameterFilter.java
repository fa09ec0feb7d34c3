package de.smilecity.exchange.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes {@code ?lang=en} on any page address work: remembers the language in the cookie and sends
 * the browser to the same address without the parameter, so that a shared link opens in the
 * sender's language and the page's own URL stays clean.
 */
@Component
class LanguageParameterFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod())
                || request.getParameter(Languages.PARAMETER) == null
                || path.startsWith("/api/")
                || path.startsWith("/VAADIN/")
                || request.getParameter("v-r") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Locale> chosen = Languages.byCode(request.getParameter(Languages.PARAMETER));
        if (chosen.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Cookie cookie = new Cookie(Languages.COOKIE, chosen.get().getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(Languages.COOKIE_MAX_AGE_SECONDS);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.sendRedirect(withoutLanguage(request));
    }

    private static String withoutLanguage(HttpServletRequest request) {
        String query = request.getParameterMap().entrySet().stream()
                .filter(e -> !Languages.PARAMETER.equals(e.getKey()))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> Map.entry(e.getKey(), v)))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return request.getRequestURI() + (query.isEmpty() ? "" : "?" + query);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
