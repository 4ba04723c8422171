package dev.duality.sys.daggerheart.gm;

import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.gm.api.CampaignSettingsUpdated;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.UpdateCampaignSettings;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static dev.duality.core.testing.Rejections.assertRejected;
import static dev.duality.sys.daggerheart.gm.DaggerheartGmStateTest.CAMPAIGN;
import static dev.duality.sys.daggerheart.gm.DaggerheartGmStateTest.seeded;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code sys.daggerheart.campaign_settings.update}: the campaign's optional rules, before or after the seed. */
class CampaignSettingsTest {
    private final FixtureConfiguration<DaggerheartGmState> fixture = new AggregateTestFixture<>(DaggerheartGmState.class);

    @Test
    void settingsChosenBeforeTheFirstSessionCreateTheStateWithoutFear() {
        fixture.givenNoPriorActivity()
                .when(new UpdateCampaignSettings(CAMPAIGN, true))
                .expectEvents(new CampaignSettingsUpdated(CAMPAIGN, true))
                .expectState(state -> {
                    assertThat(state.campaignId()).isEqualTo(CAMPAIGN);
                    assertThat(state.massiveDamage()).isTrue();
                    assertThat(state.gmFear()).isZero();
                });
    }

    @Test
    void settingsChangedAfterTheSeedKeepTheFear() {
        fixture.given(seeded(4), new GmFearChanged(CAMPAIGN, 4, 6, null, 0, null))
                .when(new UpdateCampaignSettings(CAMPAIGN, true))
                .expectEvents(new CampaignSettingsUpdated(CAMPAIGN, true))
                .expectState(state -> {
                    assertThat(state.massiveDamage()).isTrue();
                    assertThat(state.gmFear()).isEqualTo(6);
                });
    }

    @Test
    void massiveDamageCanBeTurnedOffAgain() {
        fixture.given(new CampaignSettingsUpdated(CAMPAIGN, true))
                .when(new UpdateCampaignSettings(CAMPAIGN, false))
                .expectEvents(new CampaignSettingsUpdated(CAMPAIGN, false))
                .expectState(state -> assertThat(state.massiveDamage()).isFalse());
    }

    @Test
    void theSettingMustBeGiven() {
        assertRejected(() -> new UpdateCampaignSettings(CAMPAIGN, null), ValueRejection.VALUE_REQUIRED,
                "massive_damage");
    }
}
