package dev.duality.app.axon;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's command bus, event store and event processor meters in Boot's registry. Axon's own Micrometer
 * auto-configuration orders itself after Spring Boot 3 class names that Boot 4 no longer has, so it never sees the
 * MeterRegistry; this does the same wiring explicitly (MetricsIT proves the meters reach /actuator/prometheus).
 */
@Configuration(proxyBeanMethods = false)
public class AxonMetrics {

    @Bean
    GlobalMetricRegistry axonGlobalMetricRegistry(MeterRegistry meterRegistry) {
        return new GlobalMetricRegistry(meterRegistry);
    }

    /** Dimensional meters: one meter per measurement, tagged by payload type and processor. */
    @Bean
    MetricsConfigurerModule axonMetricsConfigurerModule(GlobalMetricRegistry registry) {
        return new MetricsConfigurerModule(registry, true);
    }
}
