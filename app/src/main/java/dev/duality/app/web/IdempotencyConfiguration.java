package dev.duality.app.web;

import dev.duality.app.persistence.IdempotencyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Registers the idempotency filter after Spring Security, so it knows the caller a key belongs to; marks keyed
 * commands committed in their own transaction; renews the leases of running requests and purges expired keys.
 */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    /** One thread renews every running request's lease and purges expired keys. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService idempotencyScheduler(IdempotencyStore store, IdempotencyProperties settings) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "idempotency-leases");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.purgeInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> purge(store, settings), every, every, TimeUnit.MILLISECONDS);
        return scheduler;
    }

    private static void purge(IdempotencyStore store, IdempotencyProperties settings) {
        try {
            int purged = store.purge(settings.retention());
            if (purged > 0) {
                LOG.info("purged {} idempotency keys older than {}", purged, settings.retention());
            }
        } catch (RuntimeException e) {
            // a failed purge is tried again at the next interval; the scheduler must not stop
            LOG.warn("purging expired idempotency keys failed", e);
        }
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems, JsonMapper json,
            IdempotencyProperties settings, @Qualifier("idempotencyScheduler") ScheduledExecutorService scheduler,
            @Qualifier("requestMappingHandlerMapping") HandlerMapping handlers) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(store, problems, json, settings, scheduler, handlers));
        registration.addUrlPatterns("/api/*");
        // Spring Security's chain runs at -100; this comes after it
        registration.setOrder(0);
        return registration;
    }
}
