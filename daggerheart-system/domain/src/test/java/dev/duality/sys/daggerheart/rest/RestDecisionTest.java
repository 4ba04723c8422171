package dev.duality.sys.daggerheart.rest;

import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.Dice;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.rejection.RejectionCode;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.core.testing.Folded;
import dev.duality.core.testing.History;
import dev.duality.core.testing.RecordingNestedCommands;
import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.ApplyDowntimeMove;
import dev.duality.sys.daggerheart.character.api.CharacterProfileUpdated;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.DowntimeMoveApplied;
import dev.duality.sys.daggerheart.character.api.EndTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.ExpireConditions;
import dev.duality.sys.daggerheart.character.api.Heritage;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.SwapLoadoutCardAtRest;
import dev.duality.sys.daggerheart.character.api.WakeCharacter;
import dev.duality.sys.daggerheart.countdown.DaggerheartCountdowns;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdown;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownBoardId;
import dev.duality.sys.daggerheart.countdown.api.CountdownCreated;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.gm.DaggerheartGmState;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.rest.api.RecordRest;
import dev.duality.sys.daggerheart.rest.api.RestRecorded;
import dev.duality.sys.daggerheart.rest.api.RestResult;
import dev.duality.sys.daggerheart.rest.api.RestTaken;
import dev.duality.sys.daggerheart.rest.api.TakeRest;
import dev.duality.sys.daggerheart.rest.api.TakeRest.ChosenMove;
import dev.duality.sys.daggerheart.rest.api.TakeRest.RestSwap;
import dev.duality.sys.daggerheart.rest.api.TakeRest.RestingCharacter;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import dev.duality.sys.daggerheart.rules.Ancestry;
import dev.duality.sys.daggerheart.rules.CardPlace;
import dev.duality.sys.daggerheart.rules.Community;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.DowntimeMove;
import dev.duality.sys.daggerheart.rules.RestType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_ACTIVE;
import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_FOUND;
import static dev.duality.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThatCode;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CARD_NOT_HELD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_CANNOT_ACT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_DEAD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_TRIGGER_PENDING;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DOWNTIME_MOVES_TOO_MANY;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LONG_REST_REQUIRED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_MOVE_TARGET_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_PREPARE_ALONE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_REST_TOO_SHORT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TARGET_DUPLICATE;
import static dev.duality.sys.daggerheart.rules.DowntimeMove.CLEAR_STRESS;
import static dev.duality.sys.daggerheart.rules.DowntimeMove.PREPARE;
import static dev.duality.sys.daggerheart.rules.DowntimeMove.REPAIR_ARMOR;
import static dev.duality.sys.daggerheart.rules.DowntimeMove.TEND_TO_WOUNDS;
import static dev.duality.sys.daggerheart.rules.DowntimeMove.WORK_ON_A_PROJECT;
import static dev.duality.sys.daggerheart.rules.EffectDuration.LONG_REST;
import static dev.duality.sys.daggerheart.rules.EffectDuration.SHORT_REST;
import static dev.duality.sys.daggerheart.rules.RestType.LONG;
import static dev.duality.sys.daggerheart.rules.RestType.SHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code sys.daggerheart.rest.take}: the rest's decision reads the party's sheets and the campaign, checks the rest
 * against the SRD's rest rules, then sends its steps nested, in order. The nested commands are recorded, not run: what
 * each decides is {@code DowntimeMoveTest}'s, {@code RestRecordTest}'s, the countdown board's and the sheet's own
 * tests'; the whole rest runs over HTTP in {@code DaggerheartRestIT}.
 *
 * <p>The party: Sable (level 1, tier 1), Marlowe (level 5, tier 3) and Wren (an Elf: Celestial Trance, one more
 * downtime move), the campaign's three PCs; its NPC, the Ferryman, does not count for a long rest's Fear.
 */
class RestDecisionTest {
    private static final CampaignId CAMPAIGN = History.CAMPAIGN;
    private static final SessionId SESSION = SessionId.of("s-1");
    private static final CharacterId SABLE = CharacterId.of("sable");
    private static final CharacterId MARLOWE = CharacterId.of("marlowe");
    private static final CharacterId WREN = CharacterId.of("wren");
    private static final CharacterId FERRYMAN = CharacterId.of("ferryman");
    /** A character of the campaign who has no Daggerheart sheet. */
    private static final CharacterId NO_SHEET = CharacterId.of("no-sheet");
    private static final CountdownId FORGE = CountdownId.of("forge");
    private static final CountdownId WAR = CountdownId.of("war");
    private static final DiceSpec D4 = new DiceSpec(List.of(new DiceGroup(1, 4)), 0);
    private static final ShortCode REST_FEAR = new ShortCode("rest_fear");
    private static final ShortCode PROJECT = ShortCode.of("work_on_a_project", "reason");
    private static final ShortCode LONG_REST_REASON = ShortCode.of("long_rest", "reason");
    private static final long SEED = 42L;

    private final FakeAggregateLookup lookup = new FakeAggregateLookup();
    /** Session roll numbers handed out in order, from 1. */
    private long rolls;

    @BeforeEach
    void aPartyInItsFirstSession() {
        lookup.with(CAMPAIGN.value(), Folded.campaign(History.draft().pc(SABLE, History.OWNER)
                .pc(MARLOWE, History.OWNER).pc(WREN, History.OWNER).npc(FERRYMAN, History.OWNER)
                .firstSession(SESSION)));
        sheet(SABLE, 1, null);
        sheet(MARLOWE, 5, null);
        sheet(WREN, 1, Ancestry.ELF);
        sheet(FERRYMAN, 1, null);
    }

    /** A Bard's sheet at {@code level}, of {@code ancestry} when given (the heritage step). */
    private void sheet(CharacterId character, int level, Ancestry ancestry) {
        List<Object> events = new ArrayList<>(List.of(new DaggerheartCharacterCreated(CAMPAIGN, character,
                DaggerheartClass.BARD, null, level, 5, 6, 2, 6, 10, 1, 0, 1, 2, List.of())));
        if (ancestry != null) {
            events.add(new CharacterProfileUpdated(CAMPAIGN, character, null, new Heritage(ancestry,
                    Community.WILDBORNE), null, null, null, null, null, null, null, null, 5, 6, 10, 1, 0, 1, 2, 0,
                    0, 0, List.of(CreationStep.HERITAGE)));
        }
        lookup.with(DaggerheartCharacterId.of(CAMPAIGN, character).value(),
                Folded.of(DaggerheartCharacter.class, events.toArray()));
    }

    /**
     * The nested handlers' answers: the session rolls (the table's dice, or the server's with {@link #SEED}) under the
     * next roll number; the GM state records the rest and gains 1d4 (+ PCs) Fear from 2; the sheets record the moves;
     * the board advances a countdown from 4.
     */
    private Object answer(Object command) {
        if (command instanceof ResolveRoll roll) {
            return new RollResolved(roll.campaignId(), roll.sessionId(), ++rolls, roll.characterId(), roll.label(),
                    roll.physicalResults() == null ? Dice.roll(roll.dice(), SEED)
                            : Dice.physical(roll.dice(), roll.physicalResults()));
        }
        if (command instanceof RecordRest rest) {
            int fear = rest.benefits() == null ? 0
                    : rest.fearDie() + (rest.benefits() == LONG ? rest.playerCharacters() : 0);
            RestTaken taken = new RestTaken(rest.campaignId(), rest.sessionId(), rest.type(), rest.interrupted(),
                    rest.benefits(), rest.fearRollSeq(), rest.fearDie(), fear, 1, rest.party());
            GmFearChanged changed = fear == 0 ? null : new GmFearChanged(CAMPAIGN, 2, 2 + fear,
                    DaggerheartGmState.SHORT_REST, 0, rest.fearRollSeq());
            return new RestRecorded(taken, changed, 2 + fear);
        }
        if (command instanceof ApplyDowntimeMove move) {
            return new DowntimeMoveApplied(move.campaignId(), move.characterId(), move.byCharacterId(), move.move(),
                    move.benefits(), move.die(), move.rollSeq(), 1, move.hope(), 0, 0, 0, 2, LifeState.ALIVE,
                    ConditionSet.NONE, move.project());
        }
        if (command instanceof AdvanceCountdown advance) {
            return new CountdownAdvanced(CAMPAIGN, advance.countdownId(), 4, 3, 1, false, advance.reason(), null,
                    false);
        }
        return null; // swaps, the end of temporary armor and conditions, waking: their results are not read
    }

    private RecordingNestedCommands nested() {
        return new RecordingNestedCommands(this::answer);
    }

    /** Answers as {@link #answer}, except that {@code refused} commands are refused as their handler would. */
    private RecordingNestedCommands refusing(Predicate<Object> refused, Rejected rejection) {
        return new RecordingNestedCommands(command -> {
            if (refused.test(command)) {
                throw rejection;
            }
            return answer(command);
        });
    }

    private RestResult rest(TakeRest command, RecordingNestedCommands nested) {
        return rest(command, nested, History.OWNER);
    }

    private RestResult rest(TakeRest command, RecordingNestedCommands nested, ParticipantId actor) {
        return new RestDecision().handle(command, nested, lookup, actor.value());
    }

    private static TakeRest take(RestType type, boolean interrupted, CountdownId longTerm, Integer fearDie,
                                 RestingCharacter... party) {
        return new TakeRest(CAMPAIGN, SESSION, type, interrupted, List.of(party), longTerm, fearDie);
    }

    private static RestingCharacter resting(CharacterId character, ChosenMove... moves) {
        return new RestingCharacter(character, List.of(moves), List.of());
    }

    private static ChosenMove own(DowntimeMove move) {
        return new ChosenMove(move, null, false, null, null);
    }

    private static ChosenMove rolled(DowntimeMove move, int die) {
        return new ChosenMove(move, null, false, null, die);
    }

    private static ChosenMove helping(DowntimeMove move, CharacterId ally) {
        return new ChosenMove(move, ally, false, null, null);
    }

    private static ChosenMove prepareTogether() {
        return new ChosenMove(PREPARE, null, true, null, null);
    }

    private static ChosenMove project(CountdownId countdown) {
        return new ChosenMove(WORK_ON_A_PROJECT, null, false, countdown, null);
    }

    private static ApplyDowntimeMove applying(CharacterId helped, CharacterId mover, DowntimeMove move,
                                              RestType benefits, Integer die, Long rollSeq, int tier, int hope,
                                              CountdownId project) {
        return new ApplyDowntimeMove(CAMPAIGN, helped, mover, move, benefits, die, rollSeq, tier, hope, project);
    }

    // --- what a rest sends, in order ----------------------------------------------------------------------------

    @Test
    void aLongRestSendsSwapsFearMovesThenWhatEndsWakingAndTheLongTermCountdown() {
        RestingCharacter sable = new RestingCharacter(SABLE, List.of(helping(TEND_TO_WOUNDS, MARLOWE),
                project(FORGE)), List.of(new RestSwap("bone-untouchable", CardPlace.VAULT)));
        RestingCharacter marlowe = resting(MARLOWE, own(CLEAR_STRESS), prepareTogether());
        RestingCharacter wren = resting(WREN, prepareTogether(), helping(REPAIR_ARMOR, SABLE), own(TEND_TO_WOUNDS));
        RecordingNestedCommands nested = nested();

        RestResult result = rest(take(LONG, false, WAR, null, sable, marlowe, wren), nested);

        // the Fear die is the session's; a long rest adds the 3 PCs (not the NPC)
        int fearDie = Dice.roll(D4, SEED).total();
        assertThat(nested.sent()).containsExactly(
                new SwapLoadoutCardAtRest(CAMPAIGN, SABLE, "bone-untouchable", CardPlace.VAULT),
                new ResolveRoll(CAMPAIGN, SESSION, null, REST_FEAR, D4, null),
                new RecordRest(CAMPAIGN, SESSION, LONG, false, LONG, 1L, fearDie, 3, List.of(SABLE, MARLOWE, WREN)),
                // each character's moves in the order given, a long rest's without dice, with the mover's tier
                applying(MARLOWE, SABLE, TEND_TO_WOUNDS, LONG, null, null, 1, 0, null),
                applying(SABLE, SABLE, WORK_ON_A_PROJECT, LONG, null, null, 1, 0, FORGE),
                new AdvanceCountdown(CAMPAIGN, FORGE, 1, null, PROJECT),
                applying(MARLOWE, MARLOWE, CLEAR_STRESS, LONG, null, null, 3, 0, null),
                applying(MARLOWE, MARLOWE, PREPARE, LONG, null, null, 3, 2, null),
                applying(WREN, WREN, PREPARE, LONG, null, null, 1, 2, null),
                applying(SABLE, WREN, REPAIR_ARMOR, LONG, null, null, 1, 0, null),
                applying(WREN, WREN, TEND_TO_WOUNDS, LONG, null, null, 1, 0, null),
                // per character: the long rest's temporary armor, then its conditions
                new EndTemporaryArmor(CAMPAIGN, SABLE, LONG_REST), new ExpireConditions(CAMPAIGN, SABLE, LONG_REST),
                new EndTemporaryArmor(CAMPAIGN, MARLOWE, LONG_REST),
                new ExpireConditions(CAMPAIGN, MARLOWE, LONG_REST),
                new EndTemporaryArmor(CAMPAIGN, WREN, LONG_REST), new ExpireConditions(CAMPAIGN, WREN, LONG_REST),
                new WakeCharacter(CAMPAIGN, SABLE, LONG_REST_REASON),
                new WakeCharacter(CAMPAIGN, MARLOWE, LONG_REST_REASON),
                new WakeCharacter(CAMPAIGN, WREN, LONG_REST_REASON),
                new AdvanceCountdown(CAMPAIGN, WAR, 1, null, LONG_REST_REASON));
        assertThat(result.rest().fearGained()).isEqualTo(fearDie + 3);
        assertThat(result.gmFear()).isEqualTo(2 + fearDie + 3);
        assertThat(result.moves()).extracting(DowntimeMoveApplied::characterId, DowntimeMoveApplied::move)
                .containsExactly(tuple(MARLOWE, TEND_TO_WOUNDS), tuple(SABLE, WORK_ON_A_PROJECT),
                        tuple(MARLOWE, CLEAR_STRESS), tuple(MARLOWE, PREPARE), tuple(WREN, PREPARE),
                        tuple(SABLE, REPAIR_ARMOR), tuple(WREN, TEND_TO_WOUNDS));
        assertThat(result.countdowns()).extracting(CountdownAdvanced::countdownId).containsExactly(FORGE, WAR);
    }

    @Test
    void aShortRestRollsARecoveryDieForEachRecoveryMoveTheTablesWhenReported() {
        RecordingNestedCommands nested = nested();

        RestResult result = rest(take(SHORT, false, null, 2, resting(MARLOWE, rolled(TEND_TO_WOUNDS, 3), own(PREPARE)),
                resting(SABLE, own(CLEAR_STRESS), helping(REPAIR_ARMOR, MARLOWE))), nested);

        int serverDie = Dice.roll(D4, SEED).total();
        assertThat(nested.sent()).containsExactly(
                new ResolveRoll(CAMPAIGN, SESSION, null, REST_FEAR, D4, List.of(2)),
                new RecordRest(CAMPAIGN, SESSION, SHORT, false, SHORT, 1L, 2, 3, List.of(MARLOWE, SABLE)),
                // the table's 3, rolled by Marlowe; cleared 3 + tier 3 by the sheet
                new ResolveRoll(CAMPAIGN, SESSION, MARLOWE, new ShortCode("tend_to_wounds"), D4, List.of(3)),
                applying(MARLOWE, MARLOWE, TEND_TO_WOUNDS, SHORT, 3, 2L, 3, 0, null),
                // Prepare rolls nothing: 1 Hope alone
                applying(MARLOWE, MARLOWE, PREPARE, SHORT, null, null, 3, 1, null),
                // no die reported: the session's, with the mover's tier
                new ResolveRoll(CAMPAIGN, SESSION, SABLE, new ShortCode("clear_stress"), D4, null),
                applying(SABLE, SABLE, CLEAR_STRESS, SHORT, serverDie, 3L, 1, 0, null),
                new ResolveRoll(CAMPAIGN, SESSION, SABLE, new ShortCode("repair_armor"), D4, null),
                applying(MARLOWE, SABLE, REPAIR_ARMOR, SHORT, serverDie, 4L, 1, 0, null),
                new EndTemporaryArmor(CAMPAIGN, MARLOWE, SHORT_REST),
                new ExpireConditions(CAMPAIGN, MARLOWE, SHORT_REST),
                new EndTemporaryArmor(CAMPAIGN, SABLE, SHORT_REST), new ExpireConditions(CAMPAIGN, SABLE, SHORT_REST));
        // a short rest's Fear is the d4 alone; no one wakes, no long-term countdown
        assertThat(result.rest().fearGained()).isEqualTo(2);
        assertThat(result.moves()).extracting(DowntimeMoveApplied::die).containsExactly(3, null, serverDie,
                serverDie);
        assertThat(result.countdowns()).isEmpty();
    }

    @Test
    void anInterruptedShortRestRecordsTheRestAndNothingElse() {
        RecordingNestedCommands nested = nested();

        RestResult result = rest(take(SHORT, true, null, null, resting(SABLE), resting(MARLOWE)), nested);

        assertThat(nested.sent()).containsExactly(new RecordRest(CAMPAIGN, SESSION, SHORT, true, null, null, null, 3,
                List.of(SABLE, MARLOWE)));
        assertThat(result.fear()).isNull();
        assertThat(result.moves()).isEmpty();
    }

    @Test
    void anInterruptedLongRestGivesAShortRestsBenefits() {
        RecordingNestedCommands nested = nested();

        rest(take(LONG, true, null, 4, resting(SABLE, rolled(TEND_TO_WOUNDS, 1))), nested);

        // dice for recovery, short rest effects ending, nobody woken by it
        assertThat(nested.sent()).containsExactly(
                new ResolveRoll(CAMPAIGN, SESSION, null, REST_FEAR, D4, List.of(4)),
                new RecordRest(CAMPAIGN, SESSION, LONG, true, SHORT, 1L, 4, 3, List.of(SABLE)),
                new ResolveRoll(CAMPAIGN, SESSION, SABLE, new ShortCode("tend_to_wounds"), D4, List.of(1)),
                applying(SABLE, SABLE, TEND_TO_WOUNDS, SHORT, 1, 2L, 1, 0, null),
                new EndTemporaryArmor(CAMPAIGN, SABLE, SHORT_REST), new ExpireConditions(CAMPAIGN, SABLE, SHORT_REST));
    }

    @Test
    void anElfMakesThreeMovesAndOthersTwo() {
        RecordingNestedCommands nested = nested();

        RestResult result = rest(take(SHORT, false, null, 1, resting(WREN, own(PREPARE), own(PREPARE),
                own(PREPARE)), resting(SABLE, own(PREPARE), own(PREPARE))), nested);

        assertThat(result.moves()).hasSize(5);
    }

    // --- refusals: the rest's own checks, before any step is sent --------------------------------------------------

    private void assertRefusedBeforeAnyStep(TakeRest command, RejectionCode code, String field) {
        RecordingNestedCommands nested = nested();
        assertRejected(() -> rest(command, nested), code, field);
        assertThat(nested.sent()).as("steps sent before the refusal").isEmpty();
    }

    @Test
    void aPlayerNamesOnlyCountdownsPlayersSeeAHiddenOneIsAnsweredAsUnknown() {
        ParticipantId riley = ParticipantId.of("p-riley");
        lookup.with(CAMPAIGN.value(), Folded.campaign(History.draft().join(riley, ParticipantRole.PLAYER,
                        CampaignAccess.MEMBER).pc(SABLE, riley).firstSession(SESSION)));
        lookup.with(CountdownBoardId.of(CAMPAIGN).value(), Folded.of(DaggerheartCountdowns.class,
                new CountdownCreated(CAMPAIGN, FORGE, new Name("The forge"), CountdownTone.PROGRESS,
                        CountdownPolicy.LONG_TERM, 4, 4, CountdownLoop.NONE, false),
                new CountdownCreated(CAMPAIGN, WAR, new Name("The war"), CountdownTone.CONSEQUENCE,
                        CountdownPolicy.LONG_TERM, 4, 4, CountdownLoop.NONE, true)));

        RecordingNestedCommands nested = nested();
        assertRejected(() -> rest(take(LONG, false, null, null, resting(SABLE, own(PREPARE), project(FORGE))),
                nested, riley), DAGGERHEART_COUNTDOWN_NOT_FOUND, "party[0].moves[1].project");
        assertRejected(() -> rest(take(LONG, false, FORGE, null, resting(SABLE)), nested, riley),
                DAGGERHEART_COUNTDOWN_NOT_FOUND, "long_term_countdown_id");
        assertThat(nested.sent()).as("steps sent before the refusals").isEmpty();

        // the visible one a player may work on; the GM may name the hidden one too
        assertThat(rest(take(LONG, false, null, null, resting(SABLE, own(PREPARE), project(WAR))), nested(), riley)
                .countdowns()).hasSize(1);
        assertThat(rest(take(LONG, false, FORGE, null, resting(SABLE, own(PREPARE), project(FORGE))), nested())
                .countdowns()).hasSize(2);
    }

    @Test
    void aRestOutsideTheActiveSessionIsRefused() {
        // an interrupted short rest rolls no die: the rest itself checks its session
        assertRefusedBeforeAnyStep(new TakeRest(CAMPAIGN, SessionId.of("s-unknown"), SHORT, true,
                List.of(resting(SABLE)), null, null), SESSION_NOT_FOUND, "session_id");
        lookup.with(CAMPAIGN.value(), Folded.campaign(History.draft().pc(SABLE, History.OWNER).firstSession(SESSION)
                .end(SESSION)));
        assertRefusedBeforeAnyStep(take(SHORT, true, null, null, resting(SABLE)), SESSION_NOT_ACTIVE, "session_id");
    }

    @Test
    void aCharacterWithoutASheetIsRefused() {
        assertRefusedBeforeAnyStep(take(SHORT, false, null, null, resting(SABLE), resting(NO_SHEET)),
                DAGGERHEART_CHARACTER_SHEET_NOT_FOUND, "party[1].character_id");
    }

    @Test
    void theUnconsciousMakeNoMoveButAnAllyMayTendTheirWounds() {
        // SRD, Avoid Death: Marlowe is unconscious and can't act; Sable may still tend his wounds (and wake him)
        lookup.with(DaggerheartCharacterId.of(CAMPAIGN, MARLOWE).value(), Folded.of(DaggerheartCharacter.class,
                new DaggerheartCharacterCreated(CAMPAIGN, MARLOWE, DaggerheartClass.BARD, null, 5, 5, 6, 2, 6, 10, 1,
                        0, 1, 2, List.of()),
                new CharacterStatePatched(CAMPAIGN, MARLOWE, 5, 0, 2, 6, 0, LifeState.UNCONSCIOUS, ConditionSet.NONE,
                        null, null, null)));
        assertRefusedBeforeAnyStep(take(LONG, false, null, null, resting(SABLE),
                resting(MARLOWE, helping(TEND_TO_WOUNDS, SABLE))), DAGGERHEART_CHARACTER_CANNOT_ACT,
                "party[1].moves");
        // tended first (the party's order is the moves' order), he wakes and may move himself
        assertThatCode(() -> rest(take(LONG, false, null, null, resting(SABLE, helping(TEND_TO_WOUNDS, MARLOWE)),
                resting(MARLOWE, helping(TEND_TO_WOUNDS, SABLE))), nested())).doesNotThrowAnyException();
    }

    @Test
    void theDeadMakeNoMove() {
        // Marlowe died; he would tend Sable's wounds, a move applied to her sheet
        lookup.with(DaggerheartCharacterId.of(CAMPAIGN, MARLOWE).value(), Folded.of(DaggerheartCharacter.class,
                new DaggerheartCharacterCreated(CAMPAIGN, MARLOWE, DaggerheartClass.BARD, null, 5, 5, 6, 2, 6, 10, 1,
                        0, 1, 2, List.of()),
                new CharacterStatePatched(CAMPAIGN, MARLOWE, 5, 0, 2, 6, 0, LifeState.DEAD, ConditionSet.NONE, null,
                        null, null)));
        assertRefusedBeforeAnyStep(take(LONG, false, null, null, resting(SABLE),
                resting(MARLOWE, helping(TEND_TO_WOUNDS, SABLE))), DAGGERHEART_CHARACTER_DEAD, null);
        // resting with the party, making no move, is not refused: there is nothing to do for them
        RecordingNestedCommands nested = nested();
        rest(take(LONG, false, null, null, resting(SABLE), resting(MARLOWE)), nested);
        assertThat(nested.sent()).contains(new EndTemporaryArmor(CAMPAIGN, MARLOWE, LONG_REST));
    }

    @Test
    void whatOnlyALongRestGivesIsRefusedOnAShorterOne() {
        // moves on an interrupted short rest, which gives nothing
        assertRefusedBeforeAnyStep(take(SHORT, true, null, null, resting(SABLE, own(PREPARE))),
                DAGGERHEART_REST_TOO_SHORT, "party[0].moves");
        // a project on a short rest, or on an interrupted long rest (a short rest's benefits)
        assertRefusedBeforeAnyStep(take(SHORT, false, null, null, resting(SABLE, own(PREPARE)),
                resting(MARLOWE, own(PREPARE), project(FORGE))), DAGGERHEART_REST_TOO_SHORT, "party[1].moves[1].move");
        assertRefusedBeforeAnyStep(take(LONG, true, null, null, resting(SABLE, project(FORGE))),
                DAGGERHEART_REST_TOO_SHORT, "party[0].moves[0].move");
        // the long-term countdown
        assertRefusedBeforeAnyStep(take(SHORT, false, WAR, null, resting(SABLE)), DAGGERHEART_REST_TOO_SHORT,
                "long_term_countdown_id");
        assertRefusedBeforeAnyStep(take(LONG, true, WAR, null, resting(SABLE)), DAGGERHEART_REST_TOO_SHORT,
                "long_term_countdown_id");
    }

    @Test
    void moreMovesThanTheCharacterMakesAreRefused() {
        // 2 per rest; Wren the Elf makes 3, but not 4 (and the request itself allows no more than 3)
        assertRefusedBeforeAnyStep(take(LONG, false, null, null, resting(WREN, own(PREPARE)),
                        resting(SABLE, own(PREPARE), own(PREPARE), own(PREPARE))), DAGGERHEART_DOWNTIME_MOVES_TOO_MANY,
                "party[1].moves");
    }

    @Test
    void aMoveAimedAtSomeoneItCannotHelpIsRefused() {
        // Clear Stress and Prepare are one's own
        assertRefusedBeforeAnyStep(take(SHORT, false, null, null, resting(SABLE, helping(CLEAR_STRESS, MARLOWE)),
                resting(MARLOWE)), DAGGERHEART_MOVE_TARGET_INVALID, "party[0].moves[0].target");
        assertRefusedBeforeAnyStep(take(SHORT, false, null, null, resting(SABLE), resting(MARLOWE, own(PREPARE),
                helping(PREPARE, SABLE))), DAGGERHEART_MOVE_TARGET_INVALID, "party[1].moves[1].target");
        // an ally who is not resting with the party
        assertRefusedBeforeAnyStep(take(SHORT, false, null, null, resting(SABLE, helping(TEND_TO_WOUNDS, WREN))),
                DAGGERHEART_MOVE_TARGET_INVALID, "party[0].moves[0].target");
    }

    @Test
    void aMoveAimedAtOneselfByNameIsOnesOwn() {
        RecordingNestedCommands nested = nested();

        rest(take(LONG, false, null, null, resting(SABLE, helping(CLEAR_STRESS, SABLE))), nested);

        assertThat(nested.sent()).contains(applying(SABLE, SABLE, CLEAR_STRESS, LONG, null, null, 1, 0, null));
    }

    @Test
    void preparingTogetherAloneIsRefused() {
        assertRefusedBeforeAnyStep(take(SHORT, false, null, null, resting(SABLE, prepareTogether()),
                resting(MARLOWE, own(PREPARE))), DAGGERHEART_PREPARE_ALONE, "party[0].moves[0].together");
        // twice together by one character is still alone
        assertRefusedBeforeAnyStep(take(SHORT, false, null, null, resting(SABLE, prepareTogether(),
                prepareTogether())), DAGGERHEART_PREPARE_ALONE, "party[0].moves[0].together");
    }

    @Test
    void aPartOfAMoveThatDoesNotBelongToItIsRefused() {
        assertRefusedBeforeAnyStep(take(SHORT, false, null, null, resting(SABLE, new ChosenMove(CLEAR_STRESS, null,
                true, null, null))), ValueRejection.VALUE_OUT_OF_RANGE, "party[0].moves[0].together");
        assertRefusedBeforeAnyStep(take(LONG, false, null, null, resting(SABLE, new ChosenMove(PREPARE, null, false,
                FORGE, null))), ValueRejection.VALUE_OUT_OF_RANGE, "party[0].moves[0].project");
        // dice: none on a long rest, none for Prepare
        assertRefusedBeforeAnyStep(take(LONG, false, null, null, resting(SABLE, rolled(TEND_TO_WOUNDS, 2))),
                ValueRejection.VALUE_OUT_OF_RANGE, "party[0].moves[0].die");
        assertRefusedBeforeAnyStep(take(SHORT, false, null, null, resting(SABLE, rolled(PREPARE, 2))),
                ValueRejection.VALUE_OUT_OF_RANGE, "party[0].moves[0].die");
        // no Fear from an interrupted short rest
        assertRefusedBeforeAnyStep(take(SHORT, true, null, 3, resting(SABLE)), ValueRejection.VALUE_OUT_OF_RANGE,
                "fear_die");
    }

    @Test
    void aProjectWithoutItsCountdownIsRefused() {
        assertRefusedBeforeAnyStep(take(LONG, false, null, null, resting(SABLE, project(null))),
                ValueRejection.VALUE_REQUIRED, "party[0].moves[0].project");
    }

    // --- refusals of the request itself -------------------------------------------------------------------------

    @Test
    void theTablesDiceAreD4s() {
        assertRejected(() -> take(SHORT, false, null, 5, resting(SABLE)), DAGGERHEART_DIE_OUT_OF_RANGE, "fear_die");
        assertRejected(() -> take(SHORT, false, null, 0, resting(SABLE)), DAGGERHEART_DIE_OUT_OF_RANGE, "fear_die");
        assertRejected(() -> take(SHORT, false, null, null, resting(SABLE), resting(MARLOWE,
                own(PREPARE), rolled(CLEAR_STRESS, 5))), DAGGERHEART_DIE_OUT_OF_RANGE, "party[1].moves[1].die");
    }

    @Test
    void aCharacterRestsOnce() {
        assertRejected(() -> take(SHORT, false, null, null, resting(SABLE), resting(MARLOWE), resting(SABLE)),
                DAGGERHEART_TARGET_DUPLICATE, "party[2]");
    }

    @Test
    void theRequestsListsAreBounded() {
        assertRejected(() -> new TakeRest(CAMPAIGN, SESSION, SHORT, false, List.of(), null, null),
                ValueRejection.VALUE_OUT_OF_RANGE, "party");
        assertRejected(() -> take(SHORT, false, null, null, resting(SABLE, own(PREPARE), own(PREPARE), own(PREPARE),
                own(PREPARE))), ValueRejection.VALUE_OUT_OF_RANGE, "party[0].moves");
        List<RestingCharacter> withANull = new ArrayList<>();
        withANull.add(null);
        assertRejected(() -> new TakeRest(CAMPAIGN, SESSION, SHORT, false, withANull, null, null),
                ValueRejection.VALUE_REQUIRED, "party[0]");
        assertRejected(() -> take(SHORT, false, null, null, resting(SABLE, new ChosenMove(null, null, false, null,
                null))), ValueRejection.VALUE_REQUIRED, "party[0].moves[0].move");
    }

    // --- refusals of a step refuse the rest, naming the request's field -----------------------------------------

    private void assertStepRefusal(TakeRest command, Predicate<Object> step, Rejected refusal, RejectionCode code,
                                   String field) {
        ThrowingCallable resting = () -> rest(command, refusing(step, refusal));
        assertRejected(resting, code, field);
    }

    @Test
    void aStepsRefusalRefusesTheRestNamingWhereTheClientGaveTheInput() {
        // Marlowe's second swap moves a card he does not hold: the swap names its card_id
        TakeRest swapping = take(SHORT, false, null, null, resting(SABLE), new RestingCharacter(MARLOWE, List.of(),
                List.of(new RestSwap("bone-untouchable", CardPlace.VAULT),
                        new RestSwap("blade-whirlwind", CardPlace.LOADOUT))));
        assertStepRefusal(swapping, c -> c instanceof SwapLoadoutCardAtRest swap
                        && swap.cardId().equals("blade-whirlwind"), new Rejected(DAGGERHEART_CARD_NOT_HELD, "card_id",
                "no such card"), DAGGERHEART_CARD_NOT_HELD, "party[1].swaps[1].card_id");
        // an unknown project: the board names its countdown_id
        TakeRest working = take(LONG, false, null, null, resting(SABLE, own(PREPARE), project(FORGE)));
        assertStepRefusal(working, AdvanceCountdown.class::isInstance, new Rejected(DAGGERHEART_COUNTDOWN_NOT_FOUND,
                "countdown_id", "no countdown forge"), DAGGERHEART_COUNTDOWN_NOT_FOUND, "party[0].moves[1].project");
        TakeRest longTerm = take(LONG, false, WAR, null, resting(SABLE));
        assertStepRefusal(longTerm, AdvanceCountdown.class::isInstance, new Rejected(DAGGERHEART_COUNTDOWN_NOT_FOUND,
                "countdown_id", "no countdown war"), DAGGERHEART_COUNTDOWN_NOT_FOUND, "long_term_countdown_id");
        // refusals about state name no field, and keep none
        assertStepRefusal(longTerm, AdvanceCountdown.class::isInstance,
                new Rejected(DAGGERHEART_COUNTDOWN_TRIGGER_PENDING,
                "war reached 0"), DAGGERHEART_COUNTDOWN_TRIGGER_PENDING, null);
        assertStepRefusal(take(SHORT, false, null, null, resting(SABLE, helping(TEND_TO_WOUNDS, MARLOWE)),
                        resting(MARLOWE)), ApplyDowntimeMove.class::isInstance, new Rejected(DAGGERHEART_CHARACTER_DEAD,
                        "marlowe is dead"), DAGGERHEART_CHARACTER_DEAD, null);
        // the GM state's refusal of a fourth short rest names the request's own type
        assertStepRefusal(take(SHORT, false, null, null, resting(SABLE)), RecordRest.class::isInstance,
                new Rejected(DAGGERHEART_LONG_REST_REQUIRED, "type", "three short rests"),
                DAGGERHEART_LONG_REST_REQUIRED, "type");
    }

    @Test
    void theSessionsRefusalOfTheFearRollIsTheRests() {
        assertStepRefusal(take(SHORT, false, null, null, resting(SABLE)), ResolveRoll.class::isInstance,
                new Rejected(SESSION_NOT_ACTIVE, "session_id", "ended"), SESSION_NOT_ACTIVE, "session_id");
    }

    @Test
    void nothingIsSentAfterARefusedStep() {
        RecordingNestedCommands nested = refusing(RecordRest.class::isInstance,
                new Rejected(DAGGERHEART_LONG_REST_REQUIRED, "type", "three short rests"));

        assertRejected(() -> rest(take(SHORT, false, null, null, resting(SABLE, own(PREPARE))), nested),
                DAGGERHEART_LONG_REST_REQUIRED, "type");

        // the Fear roll, then the refused record: no move, nothing ended (the unit of work rolls back the roll)
        assertThat(nested.sent()).hasSize(2).last().isInstanceOf(RecordRest.class);
    }
}
