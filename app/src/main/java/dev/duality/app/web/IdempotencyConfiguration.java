package dev.duality.app.web;

import dev.duality.app.persistence.IdempotencyStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import tools.jackson.databind.json.JsonMapper;

/** Registers the idempotency filter after Spring Security, so it knows the caller a key belongs to. */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfiguration {
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems, JsonMapper json) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(store, problems, json));
        registration.addUrlPatterns("/api/*");
        // Spring Security's chain runs at -100; this comes after it
        registration.setOrder(0);
        return registration;
    }
}
