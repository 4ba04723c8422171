package dev.duality.sys.daggerheart.character;

import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.roll.api.RecordRollOutcome;
import dev.duality.sys.daggerheart.roll.api.RollOutcomeApplied;
import dev.duality.sys.daggerheart.rules.DualityResult;
import dev.duality.sys.daggerheart.rules.GmMove;
import dev.duality.sys.daggerheart.rules.Trait;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ROLL_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ROLL_OUTCOME_ALREADY_APPLIED;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.SESSION;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code sys.daggerheart.roll_outcome.record}: a Duality roll's outcome is applied exactly once. */
class RollOutcomeRecordTest {
    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    @Test
    void theOutcomeOfARollIsMarkedApplied() {
        fixture.given(guardian(), rolled(5))
                .when(new RecordRollOutcome(CAMPAIGN, HERO, 5, "req-1"))
                .expectEvents(new RollOutcomeApplied(CAMPAIGN, HERO, 5, "req-1"))
                .expectState(sheet -> assertThat(sheet.roll(5)).contains(rolled(5)));
    }

    @Test
    void eachRollHasItsOwnOutcome() {
        fixture.given(guardian(), rolled(5), rolled(6), new RollOutcomeApplied(CAMPAIGN, HERO, 5, "req-1"))
                .when(new RecordRollOutcome(CAMPAIGN, HERO, 6, "req-2"))
                .expectEvents(new RollOutcomeApplied(CAMPAIGN, HERO, 6, "req-2"));
    }

    @Test
    void aRollTheCharacterDidNotMakeIsRefused() {
        assertRefused(fixture.given(guardian(), rolled(5))
                .when(new RecordRollOutcome(CAMPAIGN, HERO, 6, "req-1")), DAGGERHEART_ROLL_NOT_FOUND, "roll_seq");
    }

    @Test
    void aCharacterWithoutRollsHasNoOutcomeToApply() {
        assertRefused(fixture.given(guardian())
                .when(new RecordRollOutcome(CAMPAIGN, HERO, 1, "req-1")), DAGGERHEART_ROLL_NOT_FOUND, "roll_seq");
    }

    @Test
    void anOutcomeIsNotAppliedTwice() {
        assertRefused(fixture.given(guardian(), rolled(5), new RollOutcomeApplied(CAMPAIGN, HERO, 5, "req-1"))
                        .when(new RecordRollOutcome(CAMPAIGN, HERO, 5, "req-2")),
                DAGGERHEART_ROLL_OUTCOME_ALREADY_APPLIED, "roll_seq");
    }

    @Test
    void anOutcomeIsNotAppliedTwiceEvenWithTheSameRequest() {
        // replaying a request is the HTTP layer's business (Idempotency-Key); the sheet only knows it is done
        assertRefused(fixture.given(guardian(), rolled(5), new RollOutcomeApplied(CAMPAIGN, HERO, 5, "req-1"))
                        .when(new RecordRollOutcome(CAMPAIGN, HERO, 5, "req-1")),
                DAGGERHEART_ROLL_OUTCOME_ALREADY_APPLIED, "roll_seq");
    }

    /** Roll {@code seq}: Hope 9, Fear 4, Strength +2 against 15, a success with Hope. */
    private static ActionRollResolved rolled(long seq) {
        return new ActionRollResolved(CAMPAIGN, HERO, SESSION, seq, Trait.STRENGTH, 2, List.of(), 0, 0, 9, 4, 0, 15,
                false, 15, DualityResult.SUCCESS_WITH_HOPE, 1, 0, 0, false, GmMove.NONE, false, 0, 2);
    }
}
