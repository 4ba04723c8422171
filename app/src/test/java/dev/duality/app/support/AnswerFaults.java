package dev.duality.app.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.duality.web.RequestEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.util.UUID;

/**
 * Test-only faults around a keyed request, inside the idempotency filter (order 0), so that filter sees them. Part of
 * the shared test context, unused unless a test sends one of the headers:
 * <ul>
 * <li>{@link #HEADER}: the request runs as usual (its command commits), then its answer is thrown away and replaced by
 * a 500, as if the node failed between the commit and the answer;</li>
 * <li>{@link #TAKEN_OVER}: before the request runs, its claim on the key passes to another attempt, as if its lease ran
 * out while it was slow and a retry took the key over.</li>
 * </ul>
 */
@TestConfiguration(proxyBeanMethods = false)
public class AnswerFaults {
    public static final String HEADER = "X-Test-Fail-After-Commit";
    public static final String TAKEN_OVER = "X-Test-Key-Taken-Over";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> answerFaultFilter(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        Object claim = request.getAttribute(RequestEnvelope.IDEMPOTENCY_CLAIM_ATTRIBUTE);
                        if (request.getHeader(TAKEN_OVER) != null && claim != null) {
                            jdbc.update("update idempotency_keys set claim_id = ? where claim_id = ?",
                                    "retry-" + UUID.randomUUID(), claim);
                        }
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
