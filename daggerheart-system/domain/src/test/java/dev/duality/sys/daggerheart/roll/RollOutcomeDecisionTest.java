package dev.duality.sys.daggerheart.roll;

import dev.duality.core.testing.RecordingNestedCommands;
import dev.duality.core.action.api.ApplyOutcome;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.Dice;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.session.Session;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.core.testing.Folded;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.PatchCharacterState;
import dev.duality.sys.daggerheart.countdown.DaggerheartCountdowns;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdownsForRoll;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownBoardId;
import dev.duality.sys.daggerheart.countdown.api.CountdownCreated;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.countdown.api.CountdownTriggerResolved;
import dev.duality.sys.daggerheart.countdown.api.CountdownsAdvancedByRoll;
import dev.duality.sys.daggerheart.gm.api.GainGmFear;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.roll.api.ApplyRollOutcome;
import dev.duality.sys.daggerheart.roll.api.RecordRollOutcome;
import dev.duality.sys.daggerheart.roll.api.RollOutcomeResult;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import dev.duality.sys.daggerheart.rules.DualityResult;
import dev.duality.sys.daggerheart.rules.GmMove;
import dev.duality.sys.daggerheart.rules.Trait;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sys.daggerheart.roll_outcome.apply} as one decision: which nested commands it sends, in which order, and
 * what it answers. The aggregates it reads are folded from events; the nested commands are recorded, not run (each
 * one's decider has its own fixture tests).
 */
class RollOutcomeDecisionTest {
    private static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
    private static final SessionId SESSION = SessionId.of("session-1");
    private static final CharacterId HERO = CharacterId.of("hero-1");
    private static final long ROLL = 3;
    private static final CountdownId BRIDGE = CountdownId.of("bridge");
    private static final CountdownId WAR = CountdownId.of("war");

    private final FakeAggregateLookup lookup = new FakeAggregateLookup();
    /** What the countdowns' advance answers, as its decider would: nothing advanced unless a test says otherwise. */
    private CountdownsAdvancedByRoll countdownsAnswer = CountdownsAdvancedByRoll.NONE;
    /** Records what the decision sends, answering the Fear gain and the countdowns' advance as their deciders would. */
    private final RecordingNestedCommands nested = new RecordingNestedCommands(command -> {
        if (command instanceof GainGmFear gain) {
            return new GmFearChanged(gain.campaignId(), 2, 2 + gain.amount(), gain.reason(), 0, gain.rollSeq());
        }
        return command instanceof AdvanceCountdownsForRoll ? countdownsAnswer : null;
    });

    @Test
    void aRollWithFearGivesFearThenAdvancesTheCountdownsThenRecordsTheOutcomeLast() {
        table(roll(DualityResult.SUCCESS_WITH_FEAR, 1, 0, false), board(standard(BRIDGE, 3)));
        CountdownAdvanced tick = new CountdownAdvanced(CAMPAIGN, BRIDGE, 3, 2, 1, false, CountdownAdvanced.ACTION_ROLL,
                ROLL, false);
        countdownsAnswer = new CountdownsAdvancedByRoll(List.of(tick), List.of());

        RollOutcomeResult result = apply();

        assertThat(nested.sent()).extracting(Object::getClass).containsExactly(GainGmFear.class,
                AdvanceCountdownsForRoll.class, RecordRollOutcome.class, ApplyOutcome.class);
        assertThat(nested.sent().get(1)).isEqualTo(new AdvanceCountdownsForRoll(CAMPAIGN, ROLL,
                DualityResult.SUCCESS_WITH_FEAR));
        assertThat(result.countdowns().advanced()).containsExactly(tick);
        assertThat(result.fearGained()).isEqualTo(1);
    }

    @Test
    void aRollWithHopeGivesHopeBeforeTheCountdownsAdvance() {
        table(roll(DualityResult.SUCCESS_WITH_HOPE, 0, 1, false), board(standard(BRIDGE, 3)));

        apply();

        assertThat(nested.sent()).extracting(Object::getClass).containsExactly(PatchCharacterState.class,
                AdvanceCountdownsForRoll.class, RecordRollOutcome.class, ApplyOutcome.class);
    }

    @Test
    void aCampaignWithoutCountdownsIsNotWrittenTo() {
        table(roll(DualityResult.SUCCESS_WITH_HOPE, 0, 1, false), null);

        RollOutcomeResult result = apply();

        assertThat(nested.sent()).extracting(Object::getClass).containsExactly(PatchCharacterState.class,
                RecordRollOutcome.class, ApplyOutcome.class);
        assertThat(result.countdowns()).isEqualTo(CountdownsAdvancedByRoll.NONE);
        assertThat(lookup.reads()).contains(new FakeAggregateLookup.Read(DaggerheartCountdowns.class,
                CountdownBoardId.of(CAMPAIGN).value()));
    }

    @Test
    void longTermAndManualCountdownsGiveTheRollNothingToAdvance() {
        // SRD section 8 "Variants": long-term countdowns advance after rests, not rolls
        table(roll(DualityResult.FAILURE_WITH_FEAR, 1, 0, false), board(
                new CountdownCreated(CAMPAIGN, WAR, new Name("War"), CountdownTone.CONSEQUENCE,
                        CountdownPolicy.LONG_TERM, 6, 6, CountdownLoop.NONE, false),
                new CountdownCreated(CAMPAIGN, BRIDGE, new Name("Bridge"), CountdownTone.NEUTRAL,
                        CountdownPolicy.MANUAL, 3, 3, CountdownLoop.NONE, false)));

        RollOutcomeResult result = apply();

        assertThat(nested.sent()).extracting(Object::getClass).doesNotContain(AdvanceCountdownsForRoll.class);
        assertThat(result.countdowns()).isEqualTo(CountdownsAdvancedByRoll.NONE);
    }

    @Test
    void finishedCountdownsGiveTheRollNothingToAdvance() {
        table(roll(DualityResult.SUCCESS_WITH_HOPE, 0, 1, false), board(standard(BRIDGE, 1),
                new CountdownAdvanced(CAMPAIGN, BRIDGE, 1, 0, 1, true, null, null, false),
                new CountdownTriggerResolved(CAMPAIGN, BRIDGE, CountdownLoop.NONE, 1, 1, 0, true, false)));

        apply();

        assertThat(nested.sent()).extracting(Object::getClass).doesNotContain(AdvanceCountdownsForRoll.class);
    }

    @Test
    void aReactionRollAdvancesNoCountdown() {
        // SRD section 8: standard countdowns advance per action roll; a reaction roll is not one
        table(roll(DualityResult.SUCCESS_WITH_HOPE, 0, 0, true), board(standard(BRIDGE, 3)));

        RollOutcomeResult result = apply();

        assertThat(nested.sent()).extracting(Object::getClass).containsExactly(RecordRollOutcome.class,
                ApplyOutcome.class);
        assertThat(result.countdowns()).isEqualTo(CountdownsAdvancedByRoll.NONE);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private RollOutcomeResult apply() {
        return new RollOutcomeDecision().handle(new ApplyRollOutcome(CAMPAIGN, SESSION, ROLL, "outcome-3"), nested,
                lookup);
    }

    /** The session with the roll, the roller's sheet with its meaning, and the campaign's countdowns if any. */
    private void table(ActionRollResolved roll, DaggerheartCountdowns board) {
        lookup.with(SessionStreamId.of(CAMPAIGN, SESSION).value(), Folded.of(Session.class,
                new RollResolved(CAMPAIGN, SESSION, ROLL, HERO, new ShortCode("action_roll"),
                        Dice.physical(DiceSpec.of(0, new DiceGroup(2, 12)), List.of(roll.hopeDie(),
                                roll.fearDie())))));
        // a level-1 Guardian (SRD class table: 7 HP, Evasion 9), 6 Stress, 2 of 6 Hope
        lookup.with(DaggerheartCharacterId.of(CAMPAIGN, HERO).value(), Folded.of(DaggerheartCharacter.class,
                new DaggerheartCharacterCreated(CAMPAIGN, HERO, DaggerheartClass.GUARDIAN, null, 1, 7, 6, 2, 6, 9, 1,
                        0, 1, 2, List.of()), roll));
        if (board != null) {
            lookup.with(CountdownBoardId.of(CAMPAIGN).value(), board);
        }
    }

    private static DaggerheartCountdowns board(Object... events) {
        return Folded.of(DaggerheartCountdowns.class, events);
    }

    private static CountdownCreated standard(CountdownId id, int start) {
        return new CountdownCreated(CAMPAIGN, id, new Name("Countdown " + id), CountdownTone.NEUTRAL,
                CountdownPolicy.ACTION_STANDARD, start, start, CountdownLoop.NONE, false);
    }

    /** Roll {@link #ROLL}: Hope 9 / Fear 4 (or 4 / 9 with Fear), with what its result gives. */
    private static ActionRollResolved roll(DualityResult result, int fearGained, int hopeGained, boolean reaction) {
        boolean withFear = !result.withHope();
        return new ActionRollResolved(CAMPAIGN, HERO, SESSION, ROLL, Trait.STRENGTH, 2, List.of(), 0, 0,
                withFear ? 4 : 9, withFear ? 9 : 4, 0, 12, reaction, 15, result, hopeGained, 0, fearGained,
                withFear && !reaction, withFear ? GmMove.MINOR : GmMove.NONE, false, 0, 2);
    }
}
