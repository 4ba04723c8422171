package dev.duality.app.ops;

import dev.duality.app.DualityApplication;
import dev.duality.app.support.Api;
import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.app.support.FableDatabaseInitializer;
import dev.duality.sys.fable.FablePlugin;
import dev.duality.sys.fable.TaleProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection handler that fails on an event, in the inline apply mode: the command still succeeds, the event and the
 * later events of its sequence are parked as dead letters (with the cause) in the command's transaction, other
 * sequences and projections go on, and the admin retries or evicts them. Fable's tale projection fails on purpose: on
 * lines starting with {@link TaleProjection#refusing}, and on a first word too long for its column.
 */
// Fable's context, the one FableSystemIT boots (same configuration, so one context serves both)
@SpringBootTest(classes = {DualityApplication.class, FablePlugin.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"axoniq.update-checker.disabled=true", "duality.admin.token=" + DualityIntegrationTest.ADMIN_TOKEN})
@ContextConfiguration(initializers = FableDatabaseInitializer.class)
class DeadLetterIT {
    private static final String TALES = "fable-tales";
    @LocalServerPort
    int port;

    @AfterEach
    void healed() {
        TaleProjection.refusing = null;
    }

    @Test
    void aFailingHandlerParksItsSequenceAndTheCommandSucceeds() {
        Api admin = new Api(port).as(DualityIntegrationTest.ADMIN_TOKEN);
        Fable fable = fable("Parked tales");
        Fable other = fable("Other tales");
        fable.tell("Once there was a fox.");
        int lettersBefore = letters(admin).size();

        TaleProjection.refusing = "Cursed";
        // the command answers as usual; the projection's failure is parked, not the request's
        assertThat(fable.tell("Cursed was the crow.").json().at("/items").size()).isEqualTo(1);
        // a later event of the same chronicle waits behind it, in order; another campaign's goes on
        assertThat(fable.tell("Then the rain came.").json().at("/items").size()).isEqualTo(1);
        assertThat(other.tell("Elsewhere, a hare.").json().at("/items").size()).isEqualTo(1);

        List<JsonNode> parked = letters(admin, fable);
        assertThat(parked).hasSize(2);
        assertThat(parked.get(0).at("/event_type").asString()).isEqualTo("sys.fable.tale_told");
        assertThat(parked.get(0).at("/cause_type").asString()).isEqualTo(IllegalStateException.class.getName());
        assertThat(parked.get(0).at("/cause_message").asString()).contains("Cursed");
        assertThat(parked.get(1).at("/index").asLong()).isGreaterThan(parked.get(0).at("/index").asLong());
        // the other projections applied the events: the timeline lists both
        assertThat(fable.owner.get(fable.campaign + "/timeline").text()).contains("Cursed was the crow.",
                "Then the rain came.");
        JsonNode state = admin.get("/admin/v1/projections/" + TALES).json();
        assertThat(state.at("/dead_letters").asLong()).isEqualTo(lettersBefore + 2);

        // still broken: the retry fails again and keeps both, with a fresh cause
        Api.Response failed = admin.post("/admin/v1/dead-letters/" + parked.get(0).at("/dead_letter_id").asString()
                + "/retry", "");
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.json().at("/applied").asBoolean()).isFalse();
        assertThat(letters(admin, fable)).hasSize(2);

        // fixed: the retry applies the whole sequence, in order
        TaleProjection.refusing = null;
        Api.Response retried = admin.post("/admin/v1/dead-letters/" + parked.get(0).at("/dead_letter_id").asString()
                + "/retry", "");
        assertThat(retried.json().at("/applied").asBoolean()).isTrue();
        assertThat(letters(admin, fable)).isEmpty();
        assertThat(lines(fable)).containsExactly("Once there was a fox.", "Cursed was the crow.",
                "Then the rain came.");
        assertThat(lines(other)).containsExactly("Elsewhere, a hare.");
    }

    @Test
    void aValueTooLongForItsColumnIsParkedNotA500() {
        Api admin = new Api(port).as(DualityIntegrationTest.ADMIN_TOKEN);
        Fable fable = fable("Long words");
        // the tale's first word is 34 characters; the table keeps 16: the database refuses the row
        Api.Response told = fable.tell("Supercalifragilisticexpialidocious, sang the owl.");
        assertThat(told.status()).isEqualTo(201);
        assertThat(fable.tell("The owl slept.").status()).isEqualTo(201);

        List<JsonNode> parked = letters(admin, fable);
        assertThat(parked).hasSize(2);
        assertThat(parked.get(0).at("/cause_message").asString()).containsIgnoringCase("too long");

        // evicting the first skips it for good; the one behind it is applied by a retry
        String first = parked.get(0).at("/dead_letter_id").asString();
        assertThat(admin.post("/admin/v1/dead-letters/" + first + "/evict", "").status()).isEqualTo(204);
        List<JsonNode> left = letters(admin, fable);
        assertThat(left).hasSize(1);
        assertThat(admin.post("/admin/v1/dead-letters/" + left.get(0).at("/dead_letter_id").asString() + "/retry",
                "").json().at("/applied").asBoolean()).isTrue();
        assertThat(lines(fable)).containsExactly("The owl slept.");

        Api.Response unknown = admin.post("/admin/v1/dead-letters/" + first + "/retry", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.at("/code")).isEqualTo("DEAD_LETTER_NOT_FOUND");
        assertThat(admin.get("/admin/v1/dead-letters?projection=no-such").at("/code"))
                .isEqualTo("PROJECTION_NOT_FOUND");
    }

    private record Fable(String id, String campaign, Api owner) {
        Api.Response tell(String line) {
            Api.Response told = owner.post(campaign + "/fable/tales", "{\"line\": \"" + line + "\"}");
            assertThat(told.status()).as(told.text()).isEqualTo(201);
            return told;
        }
    }

    private Fable fable(String name) {
        Api.Response created = new Api(port).post("/api/v1/campaigns", """
                {"name": "%s", "game_system": {"id": "fable", "version": "1.2.0"}, "owner_name": "Ash"}"""
                .formatted(name));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.at("/campaign_id");
        return new Fable(id, "/api/v1/campaigns/" + id, new Api(port).as(created.at("/access_token")));
    }

    private static List<String> lines(Fable fable) {
        List<String> lines = new ArrayList<>();
        fable.owner().get(fable.campaign() + "/fable/tales").json().at("/items")
                .forEach(tale -> lines.add(tale.at("/line").asString()));
        return lines;
    }

    private static List<JsonNode> letters(Api admin) {
        Api.Response listed = admin.get("/admin/v1/dead-letters?projection=" + TALES);
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        List<JsonNode> letters = new ArrayList<>();
        listed.json().at("/items").forEach(letters::add);
        return letters;
    }

    private static List<JsonNode> letters(Api admin, Fable fable) {
        return letters(admin).stream().filter(letter -> letter.at("/sequence").asString().contains(fable.id()))
                .toList();
    }
}
