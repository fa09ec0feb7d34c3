package de.smilecity.exchange.security;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import de.smilecity.exchange.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Every request has an explicit rule. Public reads of the catalogue and the static files are open;
 * the API is stateless with HTTP Basic; the Vaadin views decide by their access annotations.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    private static final String[] PUBLIC_FILES = {"/styles/**", "/images/**", "/favicon.ico", "/robots.txt", "/icons/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(auth -> auth
                // Static files first: the Vaadin configurer would otherwise send them to the login (STACK trap 4).
                .requestMatchers(PUBLIC_FILES)
                .permitAll()
                .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                .permitAll()
                // Open data: every public read of the published catalogue.
                .requestMatchers(
                        HttpMethod.GET,
                        "/api/v1/practices",
                        "/api/v1/practices/**",
                        "/api/v1/suggest",
                        "/api/v1/compare",
                        "/api/v1/export.*",
                        "/feed.atom",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
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
        // The API is for machines: no session cookie needed, so no CSRF token either.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(api));
        http.httpBasic(withDefaults());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
