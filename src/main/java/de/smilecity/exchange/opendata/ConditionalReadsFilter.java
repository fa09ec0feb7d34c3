package de.smilecity.exchange.opendata;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * ETags for the API's reads, so that {@code If-None-Match} gets a 304 without the body: the answer's
 * hash for most reads, unless the controller set a tag of its own (a single entry's names its id and
 * version, so that a client can send it back as {@code If-Match} on a write); for the list and search, whose answer also says how long it
 * took (and so never hashes the same), the catalogue's version with the query and the language of
 * the facet labels, which spares the search itself when nothing changed. The exports stream and set
 * their own ETag from the catalogue's version, so they are left out.
 * Spring Security forbids storing any answer ({@code no-store}), which also rules out ETags; reads
 * get {@code no-cache} instead (store, but ask again), and {@code private} when signed in, because
 * then an answer may hold members-only contacts.
 */
final class ConditionalReadsFilter extends ShallowEtagHeaderFilter {

    private static final UrlPathHelper PATHS = new UrlPathHelper();
    private static final String SEARCH = "/api/v1/practices";

    private final Supplier<CatalogueVersion> versions;

    ConditionalReadsFilter(Supplier<CatalogueVersion> versions) {
        this.versions = versions;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = PATHS.getPathWithinApplication(request);
        return !(HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))
                || !path.startsWith("/api/v1/")
                || path.startsWith("/api/v1/export.");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, isSignedIn() ? "private, no-cache" : "no-cache");
        if (SEARCH.equals(PATHS.getPathWithinApplication(request))) {
            String query = request.getQueryString() == null ? "" : request.getQueryString();
            String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
            String etag = versions.get().etag("search;" + (language == null ? "" : language), query);
            if (!new ServletWebRequest(request, response).checkNotModified(etag)) {
                chain.doFilter(request, response);
            }
            return;
        }
        super.doFilterInternal(request, response, chain);
    }

    private static boolean isSignedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
