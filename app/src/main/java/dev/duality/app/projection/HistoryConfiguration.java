package dev.duality.app.projection;

import dev.duality.app.axon.JournalStorageEngine;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.web.CampaignGuard;
import jakarta.persistence.EntityManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.HandlerExceptionResolver;
import tools.jackson.databind.json.JsonMapper;

/** Reads of a campaign's past: {@code ?as_of_seq=}, {@code ?as_of=}, {@code ?diff_from_seq=} and {@code ?explain=}. */
@Configuration(proxyBeanMethods = false)
public class HistoryConfiguration {

    @Bean
    History history(ProjectionRebuilds rebuilds, EventStorageEngine journal, PlatformTransactionManager transactions,
                    JdbcTemplate jdbc, EntityManager entityManager, MessageCatalog catalog,
                    ProjectionConfiguration.ProcessorPlan plan, ProjectionProperties properties) {
        return new History(rebuilds, (JournalStorageEngine) journal, transactions, jdbc, entityManager, catalog,
                plan.groups(), properties.historyCheckpointEvery());
    }

    @Bean
    FilterRegistrationBean<HistoryFilter> historyFilter(History history, CampaignGuard guard, MessageCatalog catalog,
            JsonMapper json, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        FilterRegistrationBean<HistoryFilter> registration = new FilterRegistrationBean<>(
                new HistoryFilter(history, guard, catalog, json, problems));
        registration.addUrlPatterns("/api/*");
        // after Spring Security (-100), so the caller is known; reads only, so beside the dry run's filter (-1)
        registration.setOrder(-2);
        return registration;
    }
}
