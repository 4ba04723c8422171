package dev.duality.app.ops;

import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.ServiceIntegrationTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static dev.duality.app.support.Problems.ok;
import static dev.duality.app.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code duality.projections.apply-mode=shadow}: the inline projections answer, and each projection's shadow follows
 * the journal into tables of its own. Runs in the failsafe execution {@code shadow-flows} only, after the core and
 * Daggerheart flows ran in the same shadow-mode service (it runs last, by its order): every shadow then holds, row for row,
 * what the inline projections hold, and a live row changed behind the service's back shows as a divergence.
 */
@DualityIntegrationTest
@Order(Integer.MAX_VALUE)
class ShadowModeIT extends ServiceIntegrationTest {

    @Test
    void everyShadowHoldsWhatTheInlineProjectionsHoldAfterTheFlows() {
        Api admin = anonymous.as(DualityIntegrationTest.ADMIN_TOKEN);
        // some play of its own, whatever ran before
        Api.Response created = ok(anonymous.createCampaign("Shadowed"), 201);
        Api owner = anonymous.as(created.at("/access_token"));
        String id = created.at("/campaign_id");
        Api.Response player = ok(owner.invitePlayer(id, "Riley"), 201);
        String sable = ok(anonymous.as(player.at("/access_token")).createCharacter(id, "Sable", "pc",
                player.at("/participant_id")), 201).at("/character_id");
        ok(anonymous.as(player.at("/access_token")).readyDaggerheartCharacter(id, sable), 200);
        ok(owner.post("/api/v1/campaigns/" + id + "/notes", "{\"content\": \"In the shadows\"}"), 204);

        List<String> projections = ok(admin.get("/admin/v1/projections"), 200).json().findValuesAsString("name");
        assertThat(projections).contains("campaigns", "sessions", "timeline", "daggerheart-characters");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (JsonNode projection : ok(admin.get("/admin/v1/projections"), 200).json()) {
                assertThat(projection.at("/mode").asString()).isEqualTo("shadow");
                assertThat(projection.at("/shadow/lag").asLong()).as(projection.toString()).isZero();
            }
        });
        for (String projection : projections) {
            JsonNode compared = ok(admin.post("/admin/v1/projections/" + projection + "/shadow/compare", ""), 200)
                    .json();
            assertThat(compared.at("/identical").asBoolean()).as(compared.toString()).isTrue();
            JsonNode state = ok(admin.get("/admin/v1/projections/" + projection), 200).json();
            assertThat(state.at("/shadow/last_comparison/identical").asBoolean()).isTrue();
            assertThat(state.at("/shadow/failures").asLong()).isZero();
        }
    }

    @Test
    void aLiveRowChangedBehindTheServicesBackShowsAsADivergence() {
        Api admin = anonymous.as(DualityIntegrationTest.ADMIN_TOKEN);
        Api.Response created = ok(anonymous.createCampaign("Diverging"), 201);
        String id = created.at("/campaign_id");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("update campaigns set name = 'Tampered' where campaign_id = ?", id);
        try {
            JsonNode compared = ok(admin.post("/admin/v1/projections/campaigns/shadow/compare", ""), 200).json();
            assertThat(compared.at("/identical").asBoolean()).isFalse();
            JsonNode campaigns = compared.at("/tables").valueStream()
                    .filter(table -> table.at("/table").asString().equals("campaigns")).findFirst().orElseThrow();
            assertThat(campaigns.at("/missing").asLong()).isOne();
            assertThat(campaigns.at("/unexpected").asLong()).isOne();
            assertThat(campaigns.at("/missing_samples/0/name").asString()).isEqualTo("Diverging");
            assertThat(campaigns.at("/unexpected_samples/0/name").asString()).isEqualTo("Tampered");
            JsonNode state = ok(admin.get("/admin/v1/projections/campaigns"), 200).json();
            assertThat(state.at("/shadow/last_comparison/identical").asBoolean()).isFalse();
            assertThat(state.at("/shadow/last_comparison/differing_rows").asLong()).isEqualTo(2);
        } finally {
            jdbc.update("update campaigns set name = 'Diverging' where campaign_id = ?", id);
        }
        assertThat(ok(admin.post("/admin/v1/projections/campaigns/shadow/compare", ""), 200).json()
                .at("/identical").asBoolean()).isTrue();
        assertProblem(admin.post("/admin/v1/projections/no-such/shadow/compare", ""), 404, "PROJECTION_NOT_FOUND");
    }
}
