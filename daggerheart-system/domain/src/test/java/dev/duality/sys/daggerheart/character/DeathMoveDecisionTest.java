package dev.duality.sys.daggerheart.character;

import dev.duality.core.testing.RecordingNestedCommands;
import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.Dice;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.core.testing.Folded;
import dev.duality.core.testing.History;
import dev.duality.sys.daggerheart.character.api.ApplyDeathMove;
import dev.duality.sys.daggerheart.character.api.DeathMoveResolved;
import dev.duality.sys.daggerheart.character.api.DeathMoveResult;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.RecordDeathMove;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.DeathMove;
import dev.duality.sys.daggerheart.rules.DeathMoves;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_ACTIVE;
import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code sys.daggerheart.death_move.apply}: the session rolls the move's d12s (or records the table's), then the sheet
 * records the move with them, nested in one unit of work. The nested commands are recorded, not run: what they decide
 * is {@link DeathMoveTest}'s.
 */
class DeathMoveDecisionTest {
    private static final CampaignId CAMPAIGN = History.CAMPAIGN;
    private static final CharacterId HERO = CharacterId.of("hero-1");
    private static final SessionId SESSION = SessionId.of("s-1");
    private static final ShortCode DEATH_MOVE = new ShortCode("death_move");
    private static final DiceSpec ONE_D12 = new DiceSpec(List.of(new DiceGroup(1, 12)), 0);
    private static final DiceSpec TWO_D12 = new DiceSpec(List.of(new DiceGroup(2, 12)), 0);

    private final FakeAggregateLookup lookup = new FakeAggregateLookup();

    /** The session answers a roll with the table's dice under roll number 7; the sheet with a recorded move. */
    private static Object answer(Object command) {
        if (command instanceof ResolveRoll roll) {
            return new RollResolved(roll.campaignId(), roll.sessionId(), 7L, roll.characterId(), roll.label(),
                    Dice.physical(roll.dice(), roll.physicalResults()));
        }
        RecordDeathMove move = (RecordDeathMove) command;
        return new DeathMoveResolved(move.campaignId(), move.characterId(), move.sessionId(), move.rollSeq(),
                move.move(), move.hopeDie(), move.fearDie(), 1, false, 0, 0, 7, 2, 3, 6, LifeState.UNCONSCIOUS,
                ConditionSet.NONE);
    }

    @Test
    void avoidDeathRollsTheHopeDieThenRecordsTheMoveWithIt() {
        RecordingNestedCommands nested = new RecordingNestedCommands(DeathMoveDecisionTest::answer);

        DeathMoveResult result = new DeathMoveDecision().handle(new ApplyDeathMove(CAMPAIGN, HERO, SESSION,
                DeathMove.AVOID_DEATH, List.of(3), null), nested, lookup);

        assertThat(nested.sent()).containsExactly(
                new ResolveRoll(CAMPAIGN, SESSION, HERO, DEATH_MOVE, ONE_D12, List.of(3)),
                new RecordDeathMove(CAMPAIGN, HERO, SESSION, 7L, DeathMove.AVOID_DEATH, 3, null,
                        DeathMoves.RiskItAllSplit.HP_FIRST));
        assertThat(result.roll().rollSeq()).isEqualTo(7L);
        assertThat(result.resolved().hopeDie()).isEqualTo(3);
    }

    @Test
    void riskItAllRollsTheHopeDieThenTheFearDieAndPassesTheSplit() {
        RecordingNestedCommands nested = new RecordingNestedCommands(DeathMoveDecisionTest::answer);
        DeathMoves.RiskItAllSplit split = new DeathMoves.RiskItAllSplit(null, 2);

        new DeathMoveDecision().handle(new ApplyDeathMove(CAMPAIGN, HERO, SESSION, DeathMove.RISK_IT_ALL,
                List.of(9, 4), split), nested, lookup);

        assertThat(nested.sent()).containsExactly(
                new ResolveRoll(CAMPAIGN, SESSION, HERO, DEATH_MOVE, TWO_D12, List.of(9, 4)),
                new RecordDeathMove(CAMPAIGN, HERO, SESSION, 7L, DeathMove.RISK_IT_ALL, 9, 4, split));
    }

    @Test
    void serverDiceAreAskedForWithoutPhysicalResults() {
        RecordingNestedCommands nested = new RecordingNestedCommands(command -> command instanceof ResolveRoll roll
                ? new RollResolved(CAMPAIGN, SESSION, 2L, HERO, roll.label(), Dice.roll(roll.dice(), 42L))
                : answer(command));

        new DeathMoveDecision().handle(new ApplyDeathMove(CAMPAIGN, HERO, SESSION, DeathMove.RISK_IT_ALL, null, null),
                nested, lookup);

        assertThat(nested.sent().get(0)).isEqualTo(new ResolveRoll(CAMPAIGN, SESSION, HERO, DEATH_MOVE, TWO_D12,
                null));
        RecordDeathMove recorded = (RecordDeathMove) nested.sent().get(1);
        // the dice recorded on the sheet are the session's, in spec order
        List<Integer> rolled = Dice.roll(TWO_D12, 42L).results().stream().map(d -> d.value()).toList();
        assertThat(List.of(recorded.hopeDie(), recorded.fearDie())).isEqualTo(rolled);
        assertThat(recorded.rollSeq()).isEqualTo(2L);
    }

    @Test
    void blazeOfGloryRollsNothingButIsMadeInTheActiveSession() {
        lookup.with(CAMPAIGN.value(), Folded.campaign(History.draft().pc(HERO, History.OWNER).firstSession(SESSION)));
        RecordingNestedCommands nested = new RecordingNestedCommands(DeathMoveDecisionTest::answer);

        DeathMoveResult result = new DeathMoveDecision().handle(new ApplyDeathMove(CAMPAIGN, HERO, SESSION,
                DeathMove.BLAZE_OF_GLORY, null, null), nested, lookup);

        assertThat(nested.sent()).containsExactly(new RecordDeathMove(CAMPAIGN, HERO, SESSION, null,
                DeathMove.BLAZE_OF_GLORY, null, null, DeathMoves.RiskItAllSplit.HP_FIRST));
        assertThat(result.roll()).isNull();
    }

    @Test
    void blazeOfGloryOutsideTheActiveSessionIsRefused() {
        lookup.with(CAMPAIGN.value(), Folded.campaign(History.draft().pc(HERO, History.OWNER).firstSession(SESSION)
                .end(SESSION)));
        RecordingNestedCommands nested = new RecordingNestedCommands(DeathMoveDecisionTest::answer);

        assertThatThrownBy(() -> new DeathMoveDecision().handle(new ApplyDeathMove(CAMPAIGN, HERO, SESSION,
                DeathMove.BLAZE_OF_GLORY, null, null), nested, lookup))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.code()).isEqualTo(SESSION_NOT_ACTIVE));
        assertThatThrownBy(() -> new DeathMoveDecision().handle(new ApplyDeathMove(CAMPAIGN, HERO,
                SessionId.of("s-unknown"), DeathMove.BLAZE_OF_GLORY, null, null), nested, lookup))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.code()).isEqualTo(SESSION_NOT_FOUND));
        assertThat(nested.sent()).isEmpty();
    }

    @Test
    void theRequestIsCheckedForTheMove() {
        assertThatThrownBy(() -> new ApplyDeathMove(CAMPAIGN, HERO, SESSION, DeathMove.BLAZE_OF_GLORY, List.of(5),
                null)).isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("physical_results"));
        assertThatThrownBy(() -> new ApplyDeathMove(CAMPAIGN, HERO, SESSION, DeathMove.AVOID_DEATH, null,
                new DeathMoves.RiskItAllSplit(2, null)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("clear_hp"));
        assertThatThrownBy(() -> new ApplyDeathMove(CAMPAIGN, HERO, SESSION, DeathMove.BLAZE_OF_GLORY, null,
                new DeathMoves.RiskItAllSplit(null, 1)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.field()).isEqualTo("clear_stress"));
    }
}
