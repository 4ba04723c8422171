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
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may reach which endpoint. Creating a campaign, claiming an invite, health, metrics scraping and the API docs
 * are open; /admin and the other actuator endpoints need the admin token; everything else needs a participant token
 * (or the admin's). Which campaign a participant may touch, and which commands, is decided further in: by
 * {@link CampaignAccessInterceptor} for the path and by each command's catalog policy.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

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
                .addFilterBefore(new BearerTokenFilter(admin, gateway, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // the dispatch that finishes an event stream (SSE): the request was authorized when it began
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/campaigns", "/api/v1/campaigns/*/invites/claim")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error")
                        .permitAll()
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
