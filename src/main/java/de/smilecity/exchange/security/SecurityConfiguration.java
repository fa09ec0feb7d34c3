package de.smilecity.exchange.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.smilecity.exchange.security.ui.LoginView;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every request has an explicit rule. Public reads of the catalogue and the static files are open;
 * the API takes a session (writes then with the CSRF token), HTTP Basic or a personal token
 * ({@code Authorization: Bearer}); the Vaadin views decide by their access annotations, and the
 * services check again.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC_FILES = {
        "/styles/**", "/images/**", "/favicon.ico", "/robots.txt", "/icons/**", "/lumo/**"
    };

    /**
     * What pages may load and from where. Vaadin's client needs inline scripts and styles and eval
     * for its templates; everything still comes from this origin only, and no page may be framed.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The public reads of the open data, which any origin may fetch and which need no account. */
    static final String[] PUBLIC_READS = {
        "/api/v1/practices",
        "/api/v1/practices/**",
        "/api/v1/suggest",
        "/api/v1/passages",
        "/api/v1/compare",
        "/api/v1/export.*",
        "/feed.atom",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html"
    };

    /**
     * Public reads that take no other method: any method is let through, so that a write attempted
     * on them is told 405 with the methods allowed, rather than asked to sign in for a write that
     * does not exist.
     */
    static final String[] READ_ONLY_PATHS = {
        "/api/v1/suggest",
        "/api/v1/passages",
        "/api/v1/compare",
        "/api/v1/export.*",
        "/api/v1/practices/*/similar",
        "/api/v1/practices/*/lineage",
        "/api/v1/practices/*/kit.*"
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            ApiTokenService tokens,
            LoginThrottle throttle,
            UserDetailsService users,
            PasswordEncoder encoder,
            SecurityContextHolderStrategy contexts,
            VaadinDefaultRequestCache requestCache,
            SessionRegistry sessionRegistry)
            throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(auth -> auth
                // The error answer of every request, public ones included: closed, a failed public read
                // would answer with a sign-in challenge instead of its error.
                .requestMatchers("/error")
                .permitAll()
                // Static files first: the Vaadin configurer would otherwise send them to the login (STACK trap 4).
                .requestMatchers(PUBLIC_FILES)
                .permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                .permitAll()
                // Open data: every public read of the published catalogue.
                .requestMatchers(HttpMethod.GET, PUBLIC_READS)
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, PUBLIC_READS)
                .permitAll()
                .requestMatchers(READ_ONLY_PATHS)
                .permitAll()
                // The demo partner site that a fresh start can crawl offline (served in the demo profile).
                .requestMatchers(HttpMethod.GET, "/demo-partner-site/**")
                .permitAll()
                .requestMatchers("/api/v1/admin/index/**", "/api/v1/admin/users/**")
                .hasRole(Role.ADMIN.name())
                .requestMatchers("/api/v1/admin/**")
                .hasRole(Role.EDITOR.name())
                .requestMatchers("/api/**")
                .authenticated());
        // A refused API call is no page to return to after signing in.
        requestCache.ignoreRequests(api);
        // A session is a cookie that any site can make the browser send: API calls on it need the
        // CSRF token. Scripts that name their credentials in a header need none (see ApiCsrf).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(ApiCsrf.needsNoToken(api)));
        http.exceptionHandling(refused -> refused.defaultAccessDeniedHandlerFor(ApiCsrf::refuse, api));
        // Every signed-in session is registered, so that changing or disabling an account can end
        // its sessions (AccountSessions), and an ended session is refused at its next request.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new EndedSessionAnswer(api)));
        // Other sites' scripts may read the open data; never with the caller's cookies or credentials.
        http.cors(cors -> cors.configurationSource(publicReadsCors()));
        http.httpBasic(withDefaults());
        http.addFilterBefore(new BearerTokenFilter(tokens, contexts), BasicAuthenticationFilter.class);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        http.authenticationProvider(new ThrottledAuthenticationProvider(passwords, throttle));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                // Vaadin writes its pages past the response wrapper that adds headers on commit:
                // written up front, they reach every page too.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // Tell a throttled person why, instead of "wrong password" again.
        http.formLogin(form -> form.failureHandler((request, response, exception) -> {
            String target = exception instanceof LockedException ? "/login?locked" : "/login?error";
            new SimpleUrlAuthenticationFailureHandler(request.getContextPath() + target)
                    .onAuthenticationFailure(request, response, exception);
        }));
        return http.build();
    }

    /** The signed-in sessions of this node, by account. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends or changes its id, so that it forgets it. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * CORS for the public reads only: any origin, GET and HEAD (and the preflight), no credentials,
     * and the headers a harvester needs to see. Writes get no CORS headers, so browsers refuse them
     * cross-origin.
     */
    static CorsConfigurationSource publicReadsCors() {
        CorsConfiguration reads = new CorsConfiguration();
        reads.addAllowedOrigin("*");
        reads.setAllowedMethods(List.of("GET", "HEAD", "OPTIONS"));
        reads.addAllowedHeader("*");
        reads.setAllowCredentials(false);
        reads.setExposedHeaders(List.of(
                "ETag",
                "Last-Modified",
                "Link",
                "X-Total-Count",
                "Retry-After",
                "X-RateLimit-Limit",
                "X-RateLimit-Remaining",
                "Content-Disposition"));
        reads.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource(PathPatternParser.defaultInstance);
        for (String path : PUBLIC_READS) {
            source.registerCorsConfiguration(path, reads);
        }
        return source;
    }
}
