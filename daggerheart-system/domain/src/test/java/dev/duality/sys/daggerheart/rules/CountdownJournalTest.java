package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.Name;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdown;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownCreated;
import dev.duality.sys.daggerheart.countdown.api.CountdownDeleted;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.countdown.api.CountdownTriggerResolved;
import dev.duality.sys.daggerheart.countdown.api.CountdownUpdated;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.duality.sys.daggerheart.rules.Refusals.JOURNAL;
import static org.assertj.core.api.Assertions.assertThat;

/** The countdown events as the journal stores them: snake_case, wire names, plain ids, and back again unchanged. */
class CountdownJournalTest {
    private static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
    private static final CountdownId RITUAL = CountdownId.of("ritual");

    @Test
    void aCreatedCountdownIsStoredWithItsWireNames() throws Exception {
        CountdownCreated created = new CountdownCreated(CAMPAIGN, RITUAL, new Name("The ritual completes"),
                CountdownTone.CONSEQUENCE, CountdownPolicy.ACTION_DYNAMIC, 4, 3, CountdownLoop.RESET_INCREASE_START,
                true);

        JsonNode json = JOURNAL.readTree(JOURNAL.writeValueAsString(created));

        assertThat(json.path("countdown_id").asText()).isEqualTo("ritual");
        assertThat(json.path("name").asText()).isEqualTo("The ritual completes");
        assertThat(json.path("tone").asText()).isEqualTo("consequence");
        assertThat(json.path("policy").asText()).isEqualTo("action_dynamic");
        assertThat(json.path("starting_value").asInt()).isEqualTo(4);
        assertThat(json.path("loop").asText()).isEqualTo("reset_increase_start");
        assertThat(json.path("visible_to_players").asBoolean()).isTrue();
        assertThat(JOURNAL.treeToValue(json, CountdownCreated.class)).isEqualTo(created);
    }

    @Test
    void everyCountdownEventReadsBackAsItWasWritten() throws Exception {
        List<Object> events = List.of(
                new CountdownUpdated(CAMPAIGN, RITUAL, new Name("The rite"), false),
                new CountdownAdvanced(CAMPAIGN, RITUAL, 3, 0, 3, true, CountdownAdvanced.ACTION_ROLL, 12L, false),
                new CountdownAdvanced(CAMPAIGN, RITUAL, 3, 2, 1, false, AdvanceCountdown.LONG_REST, null, false),
                new CountdownAdvanced(CAMPAIGN, RITUAL, 3, 2, 1, false, null, null, false),
                new CountdownTriggerResolved(CAMPAIGN, RITUAL, CountdownLoop.RESET_DECREASE_START, 4, 3, 3, false, false),
                new CountdownDeleted(CAMPAIGN, RITUAL, false));

        for (Object event : events) {
            assertThat(JOURNAL.readValue(JOURNAL.writeValueAsString(event), event.getClass())).isEqualTo(event);
        }
    }
}
