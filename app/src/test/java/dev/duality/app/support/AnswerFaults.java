package dev.duality.app.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Test-only fault: a request carrying {@link #HEADER} runs as usual (its command commits), then its answer is thrown
 * away and replaced by a 500, as if the node failed between the commit and the answer. Runs inside the idempotency
 * filter (order 0), so that filter sees the 500. Part of the shared test context, unused unless a test sends the
 * header.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AnswerFaults {
    public static final String HEADER = "X-Test-Fail-After-Commit";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> answerFaultFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        chain.doFilter(request, response);
                        if (request.getHeader(HEADER) != null) {
                            response.reset();
                            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                            response.setContentType("application/problem+json");
                            response.getWriter().write("{\"code\": \"INTERNAL_ERROR\", \"status\": 500}");
                        }
                    }
                });
        registration.addUrlPatterns("/api/*");
        registration.setOrder(1);
        return registration;
    }
}
