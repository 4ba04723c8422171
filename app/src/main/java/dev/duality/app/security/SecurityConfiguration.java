package dev.duality.app.security;

import dev.duality.web.Gateway;
import dev.duality.core.rejection.Rejected;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may reach which endpoint. Creating a campaign, claiming an invite, health, metrics scraping, the API docs and
 * the web page's files are open; /admin and the other actuator endpoints need the admin token; everything else needs a participant token
 * (or the admin's). Which campaign a participant may touch, and which commands, is decided further in: by
 * {@link CampaignAccessInterceptor} for the path and by each command's catalog policy.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    static final String PLAY_PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain api(HttpSecurity http, AdminProperties admin, Gateway gateway,
                            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> { })
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // the page keeps an access token in the browser's storage: only its own scripts may run, and no
                // other site may frame it
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        PathPatternRequestMatcher.withDefaults().matcher("/play/**"),
                        new StaticHeadersWriter("Content-Security-Policy", PLAY_PAGE_POLICY))))
                .addFilterBefore(new BearerTokenFilter(admin, gateway, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // the dispatch that finishes an event stream (SSE): the request was authorized when it began
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/campaigns", "/api/v1/campaigns/*/invites/claim")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error")
                        .permitAll()
                        // the web page's static files: they hold no data, every call they make carries a token
                        .requestMatchers("/play", "/play/**").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> problems.resolveException(request,
                                response, null, new Rejected(AuthRejection.AUTH_TOKEN_MISSING, "Authorization",
                                        "send Authorization: Bearer <token>")))
                        .accessDeniedHandler((request, response, e) -> problems.resolveException(request, response,
                                null, new Rejected(AuthRejection.AUTHZ_DENY_ADMIN_ONLY, "admin token required"))));
        return http.build();
    }
}
