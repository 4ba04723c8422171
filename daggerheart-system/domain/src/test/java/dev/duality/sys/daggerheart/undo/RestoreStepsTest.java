package dev.duality.sys.daggerheart.undo;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.CharacterStateRestored;
import dev.duality.sys.daggerheart.character.api.CharacterTracks;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.RestoreCharacterState;
import dev.duality.sys.daggerheart.countdown.DaggerheartCountdowns;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownCreated;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.countdown.api.CountdownRestored;
import dev.duality.sys.daggerheart.countdown.api.RestoreCountdown;
import dev.duality.sys.daggerheart.gm.DaggerheartGmState;
import dev.duality.sys.daggerheart.gm.api.CampaignSettingsUpdated;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.GmStateRestored;
import dev.duality.sys.daggerheart.gm.api.RestoreGmState;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_STATE_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore steps of an undo on each aggregate: each records the values the undo decided, naming the decision, and
 * folding copies them (the fixtures report state set outside an event-sourcing handler).
 */
class RestoreStepsTest {
    private static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
    private static final CharacterId HERO = CharacterId.of("hero-1");
    private static final CountdownId RITUAL = CountdownId.of("ritual");

    @Test
    void aSheetGetsBackEveryTrackItHad() {
        FixtureConfiguration<DaggerheartCharacter> fixture = new AggregateTestFixture<>(DaggerheartCharacter.class);
        fixture.registerInjectableResource(new FakeAggregateLookup());
        CharacterTracks before = new CharacterTracks(1, 2, 3, 6, 1, 3, List.of(), LifeState.ALIVE,
                ConditionSet.of(List.of(Condition.HIDDEN), "conditions"), Map.of(Condition.HIDDEN, EffectDuration.SESSION), false,
                AcquiredCards.NONE, List.of());
        fixture.given(new DaggerheartCharacterCreated(CAMPAIGN, HERO, DaggerheartClass.GUARDIAN, null, 1, 7, 6, 2, 6,
                        9, 1, 3, 7, 14, List.of()),
                        new CharacterStatePatched(CAMPAIGN, HERO, 7, 6, 0, 6, 3, LifeState.UNCONSCIOUS,
                                ConditionSet.of(List.of(Condition.VULNERABLE), "conditions"), null, null, null))
                .when(new RestoreCharacterState(CAMPAIGN, HERO, UndoneKind.DAMAGE, "hit", before))
                .expectEvents(new CharacterStateRestored(CAMPAIGN, HERO, UndoneKind.DAMAGE, "hit", before))
                .expectState(sheet -> {
                    assertThat(sheet.tracks()).isEqualTo(before);
                    assertThat(List.of(sheet.hope(), sheet.stressMarked(), sheet.lifeState()))
                            .containsExactly(3, 2, LifeState.ALIVE);
                });
    }

    @Test
    void theGmStateGetsBackItsFearAndItsRunOfShortRests() {
        FixtureConfiguration<DaggerheartGmState> fixture = new AggregateTestFixture<>(DaggerheartGmState.class);
        fixture.given(new GmFearChanged(CAMPAIGN, 0, 3, GmFearChanged.FIRST_SESSION_SEED, 0, null),
                        new GmFearChanged(CAMPAIGN, 3, 5, null, 0, null))
                .when(new RestoreGmState(CAMPAIGN, UndoneKind.REST, "rest", 3, 2))
                .expectEvents(new GmStateRestored(CAMPAIGN, UndoneKind.REST, "rest", 5, 3, 2))
                .expectState(state -> assertThat(List.of(state.gmFear(), state.shortRestsInARow()))
                        .containsExactly(3, 2));
    }

    @Test
    void aGmStateNeverSeededIsNotRestored() {
        FixtureConfiguration<DaggerheartGmState> fixture = new AggregateTestFixture<>(DaggerheartGmState.class);
        assertRefused(fixture.given(new CampaignSettingsUpdated(CAMPAIGN, true))
                .when(new RestoreGmState(CAMPAIGN, UndoneKind.REST, "rest", 3, 0)), DAGGERHEART_GM_STATE_NOT_FOUND,
                null);
    }

    @Test
    void aCountdownGetsBackWhatRemainedAndItsTrigger() {
        FixtureConfiguration<DaggerheartCountdowns> fixture = new AggregateTestFixture<>(DaggerheartCountdowns.class);
        fixture.given(ritual(), new CountdownAdvanced(CAMPAIGN, RITUAL, 1, 0, 1, true, CountdownAdvanced.ACTION_ROLL,
                        4L, true))
                .when(new RestoreCountdown(CAMPAIGN, RITUAL, UndoneKind.ROLL_OUTCOME, "outcome", 1, false))
                .expectEvents(new CountdownRestored(CAMPAIGN, RITUAL, UndoneKind.ROLL_OUTCOME, "outcome", 0, 1, false,
                        true))
                .expectState(board -> assertThat(board.countdowns().get(RITUAL))
                        .extracting(DaggerheartCountdowns.Countdown::remaining,
                                DaggerheartCountdowns.Countdown::triggerPending)
                        .containsExactly(1, false));
    }

    @Test
    void anUnknownCountdownIsNotRestored() {
        FixtureConfiguration<DaggerheartCountdowns> fixture = new AggregateTestFixture<>(DaggerheartCountdowns.class);
        assertRefused(fixture.given(ritual())
                        .when(new RestoreCountdown(CAMPAIGN, CountdownId.of("door"), UndoneKind.ROLL_OUTCOME, "o", 1,
                                false)),
                DAGGERHEART_COUNTDOWN_NOT_FOUND, "countdown_id");
    }

    private static CountdownCreated ritual() {
        return new CountdownCreated(CAMPAIGN, RITUAL, new Name("Ritual"), CountdownTone.CONSEQUENCE,
                CountdownPolicy.ACTION_STANDARD, 4, 4, CountdownLoop.NONE, true);
    }
}
