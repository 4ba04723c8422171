package dev.duality.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** Duality: an event-sourced game service for tabletop RPG campaigns. */
// the core's own packages; each game system plugs in through its own auto-configuration
@SpringBootApplication(scanBasePackages = {"dev.duality.app", "dev.duality.web", "dev.duality.projections"})
@ConfigurationPropertiesScan("dev.duality.app")
// Axon registers its own entity packages, which turns off scanning of ours: list every package explicitly (a game
// system's plug-in adds its own).
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
