package dev.duality.sys.daggerheart.gm.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_OUT_OF_RANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GmFearTest {
    // the journal's settings (app AxonWiring): snake_case, nulls left out, tolerant reader
    private static final ObjectMapper JOURNAL = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    // SRD: "Fear: GM start / max = 1 per PC / 12", and the pool is never negative
    @ParameterizedTest(name = "{0} Fear")
    @ValueSource(ints = {0, 1, 6, 11, 12})
    void everyAmountFromNoneToTwelveIsFear(int amount) {
        assertThat(GmFear.of(amount, "after").value()).isEqualTo(amount);
    }

    @ParameterizedTest(name = "{0} Fear")
    @ValueSource(ints = {-1, 13, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void amountsOutsideZeroToTwelveAreRefusedNamingTheField(int amount) {
        assertThatThrownBy(() -> GmFear.of(amount, "after"))
                .isInstanceOfSatisfying(Rejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(DAGGERHEART_GM_FEAR_OUT_OF_RANGE);
                    assertThat(rejected.field()).isEqualTo("after");
                });
    }

    @Test
    void theCanonicalConstructorNamesGmFear() {
        assertThatThrownBy(() -> new GmFear(13))
                .isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.field()).isEqualTo("gm_fear"));
    }

    @Test
    void noFearIsZero() {
        assertThat(GmFear.NONE.value()).isZero();
    }

    @Test
    void fearIsWrittenAsAPlainNumber() throws Exception {
        assertThat(JOURNAL.writeValueAsString(GmFear.of(7, "after"))).isEqualTo("7");
        assertThat(JOURNAL.readValue("7", GmFear.class)).isEqualTo(GmFear.of(7, "after"));
    }

    @Test
    void theChangedEventRoundTripsThroughTheJournalMapper() throws Exception {
        GmFearChanged seeded = new GmFearChanged(CampaignId.of("c-1"), 0, 4, GmFearChanged.FIRST_SESSION_SEED, 0,
                null);

        String json = JOURNAL.writeValueAsString(seeded);

        assertThat(json).isEqualTo("{\"campaign_id\":\"c-1\",\"before\":0,\"after\":4,"
                + "\"reason\":\"first_session_seed\",\"lost_to_cap\":0}");
        assertThat(JOURNAL.readValue(json, GmFearChanged.class)).isEqualTo(seeded);
    }

    @Test
    void aCappedGainFromARollRecordsTheFearLostAndTheRoll() throws Exception {
        GmFearChanged gained = new GmFearChanged(CampaignId.of("c-1"), 11, 12, ShortCode.of("roll_with_fear", "reason"),
                1, 42L);

        String json = JOURNAL.writeValueAsString(gained);

        assertThat(json).isEqualTo("{\"campaign_id\":\"c-1\",\"before\":11,\"after\":12,"
                + "\"reason\":\"roll_with_fear\",\"lost_to_cap\":1,\"roll_seq\":42}");
        assertThat(JOURNAL.readValue(json, GmFearChanged.class)).isEqualTo(gained);
    }

    @Test
    void aChangeWithoutReasonLeavesTheFieldOut() throws Exception {
        GmFearChanged set = new GmFearChanged(CampaignId.of("c-1"), 4, 3, null, 0, null);

        String json = JOURNAL.writeValueAsString(set);

        assertThat(json).doesNotContain("reason").doesNotContain("roll_seq");
        assertThat(JOURNAL.readValue(json, GmFearChanged.class)).isEqualTo(set);
    }

    @Test
    void theStateIdIsPrefixedSoItNeverCollidesWithTheCampaignsOwnId() {
        GmStateId id = GmStateId.of(CampaignId.of("c-1"));

        assertThat(id.value()).isEqualTo("daggerheart:gm:c-1").isNotEqualTo("c-1");
        assertThat(id).hasToString("daggerheart:gm:c-1");
        assertThat(new SetGmFear(CampaignId.of("c-1"), GmFear.NONE, GmFear.of(1, "after"), null).gmStateId())
                .isEqualTo(id);
        assertThat(new SeedGmFear(CampaignId.of("c-1"), 3).gmStateId()).isEqualTo(id);
        assertThat(new GainGmFear(CampaignId.of("c-1"), 1, false, null, null).gmStateId()).isEqualTo(id);
        assertThat(new SpendGmFear(CampaignId.of("c-1"), 1, null).gmStateId()).isEqualTo(id);
        assertThat(new UpdateCampaignSettings(CampaignId.of("c-1"), true).gmStateId()).isEqualTo(id);
    }

    @Test
    void aNegativePlayerCharacterCountCannotBeSeeded() {
        assertThatThrownBy(() -> new SeedGmFear(CampaignId.of("c-1"), -1))
                .isInstanceOfSatisfying(Rejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("player_character_count"));
    }

    @Test
    void aSetNeedsBeforeAndAfter() {
        CampaignId campaign = CampaignId.of("c-1");
        assertThatThrownBy(() -> new SetGmFear(campaign, null, GmFear.NONE, ShortCode.of("x", "reason")))
                .isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.field()).isEqualTo("before"));
        assertThatThrownBy(() -> new SetGmFear(campaign, GmFear.NONE, null, null))
                .isInstanceOfSatisfying(Rejected.class, rejected -> assertThat(rejected.field()).isEqualTo("after"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, 13, -1})
    void aGainOrASpendIsOneToTwelveFear(int amount) {
        CampaignId campaign = CampaignId.of("c-1");
        assertThatThrownBy(() -> new GainGmFear(campaign, amount, true, null, null))
                .isInstanceOfSatisfying(Rejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(ValueRejection.VALUE_OUT_OF_RANGE);
                    assertThat(rejected.field()).isEqualTo("amount");
                });
        assertThatThrownBy(() -> new SpendGmFear(campaign, amount, null))
                .isInstanceOfSatisfying(Rejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(ValueRejection.VALUE_OUT_OF_RANGE);
                    assertThat(rejected.field()).isEqualTo("amount");
                });
    }
}
