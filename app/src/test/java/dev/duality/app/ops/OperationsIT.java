package dev.duality.app.ops;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Health and the Axon meters operators scrape. */
@DualityIntegrationTest
class OperationsIT {
    @LocalServerPort
    int port;

    @Test
    void healthIsUp() {
        Api.Response health = new Api(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.at("/status")).isEqualTo("UP");
    }

    @Test
    void prometheusExposesCommandBusEventStoreAndEventProcessorMeters() {
        Api api = new Api(port);
        assertThat(api.createCampaign("Metrics").status()).isEqualTo(201);
        String scrape = api.get("/actuator/prometheus").text();
        assertThat(scrape)
                .contains("commandBus_successCounter_total{")
                .contains("payloadType=\"CreateCampaign\"")
                .contains("eventStore_ingestedCounter_total{")
                .contains("eventProcessor_processedCounter_total{")
                .contains("processorName=\"campaigns\"");
    }

    @Test
    void healthAndPrometheusAreOpenAndTheOtherActuatorEndpointsNeedTheAdminToken() {
        Api api = new Api(port);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(200);

        Api.Response anonymous = api.get("/actuator/metrics");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.at("/code")).isEqualTo("AUTH_TOKEN_MISSING");

        String participantToken = api.createCampaign("Not an operator").at("/access_token");
        Api.Response participant = api.as(participantToken).get("/actuator/metrics");
        assertThat(participant.status()).isEqualTo(403);
        assertThat(participant.at("/code")).isEqualTo("AUTHZ_DENY_ADMIN_ONLY");

        Api.Response admin = api.as(DualityIntegrationTest.ADMIN_TOKEN).get("/actuator/metrics");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.json().at("/names").valueStream().map(n -> n.asString()))
                .anyMatch(name -> name.startsWith("commandBus"));
    }
}
