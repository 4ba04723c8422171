package dev.duality.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** Duality: an event-sourced game service for tabletop RPG campaigns. */
@SpringBootApplication(scanBasePackages = "dev.duality")
@ConfigurationPropertiesScan("dev.duality.app")
// Axon registers its own entity packages, which turns off scanning of ours: list every package explicitly.
@EntityScan(basePackages = {
        "dev.duality.projections",
        "org.axonframework.eventsourcing.eventstore.jpa",
        "org.axonframework.eventhandling.tokenstore.jpa",
        "org.axonframework.eventhandling.deadletter.jpa",
        "org.axonframework.modelling.saga.repository.jpa"})
public class DualityApplication {

    public static void main(String[] args) {
        disableAxonUpdateChecker();
        SpringApplication.run(DualityApplication.class, args);
    }

    /** Axon reports usage to AxonIQ unless told not to; the service never calls out. */
    public static void disableAxonUpdateChecker() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
