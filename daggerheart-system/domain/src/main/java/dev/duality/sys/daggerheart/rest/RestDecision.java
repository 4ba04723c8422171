package dev.duality.sys.daggerheart.rest;

import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.Campaign;
import dev.duality.core.campaign.Roster;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.NestedCommands;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Wire;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.ApplyDowntimeMove;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.DowntimeMoveApplied;
import dev.duality.sys.daggerheart.character.api.EndTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.ExpireConditions;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.SwapLoadoutCardAtRest;
import dev.duality.sys.daggerheart.character.api.WakeCharacter;
import dev.duality.sys.daggerheart.countdown.DaggerheartCountdowns;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdown;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownBoardId;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.rest.api.RecordRest;
import dev.duality.sys.daggerheart.rest.api.RestRecorded;
import dev.duality.sys.daggerheart.rest.api.RestResult;
import dev.duality.sys.daggerheart.rest.api.TakeRest.ChosenMove;
import dev.duality.sys.daggerheart.rest.api.TakeRest.RestSwap;
import dev.duality.sys.daggerheart.rest.api.TakeRest.RestingCharacter;
import dev.duality.sys.daggerheart.rest.api.TakeRest;
import dev.duality.sys.daggerheart.rules.DowntimeMove;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import dev.duality.sys.daggerheart.rules.RestType;
import dev.duality.sys.daggerheart.rules.Rests;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_CANNOT_ACT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_DEAD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_COUNTDOWN_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DOWNTIME_MOVES_TOO_MANY;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_MOVE_TARGET_INVALID;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_PREPARE_ALONE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_REST_TOO_SHORT;

/**
 * Decides a rest of the party as one unit, in this order: the free loadout swaps of the rest's start; the GM's Fear
 * die rolled by the session (or the table's) and the rest recorded on the GM state, which refuses a fourth short rest
 * in a row and gains the Fear; each character's downtime moves in the order given, a recovery die rolled for each on a
 * short rest; the end of temporary armor and conditions lasting until this kind of rest; and after a long rest's
 * benefits, the unconscious waking and the long-term countdown the GM picked advancing. Any refusal refuses the whole
 * rest.
 */
public final class RestDecision {
    static final ShortCode REST_FEAR = new ShortCode("rest_fear");
    static final ShortCode WORK_ON_A_PROJECT = ShortCode.of("work_on_a_project", "reason");
    private static final DiceSpec D4 = new DiceSpec(List.of(new DiceGroup(1, Rests.REST_DIE_SIDES)), 0);

    @CommandHandler
    public RestResult handle(TakeRest command, NestedCommands nested, AggregateLookup lookup,
                             @MetaDataValue(Envelope.ACTOR_ID) String actorId) {
        requireActiveSession(command, lookup);
        Optional<RestType> benefits = Rests.benefits(command.type(), command.interrupted());
        List<DaggerheartCharacter> sheets = sheetsOf(command, lookup);
        validate(command, benefits, sheets);
        requireCountdownsSeen(command, lookup, actorId);

        for (int i = 0; i < command.party().size(); i++) {
            RestingCharacter resting = command.party().get(i);
            for (int j = 0; j < resting.swaps().size(); j++) {
                RestSwap swap = resting.swaps().get(j);
                String at = TakeRest.PARTY + "[" + i + "].swaps[" + j + "]";
                send(nested, new SwapLoadoutCardAtRest(command.campaignId(), resting.characterId(), swap.cardId(),
                        swap.to()), field -> at + "." + field);
            }
        }
        RollResolved fearRoll = benefits.isEmpty() ? null
                : roll(nested, command, null, REST_FEAR, command.fearDie());
        RestRecorded recorded = nested.send(new RecordRest(command.campaignId(), command.sessionId(), command.type(),
                command.interrupted(), benefits.orElse(null), fearRoll == null ? null : fearRoll.rollSeq(),
                fearRoll == null ? null : fearRoll.roll().total(), playerCharacters(command, lookup),
                command.characterIds()));

        List<DowntimeMoveApplied> moves = new ArrayList<>();
        List<CountdownAdvanced> countdowns = new ArrayList<>();
        for (int i = 0; i < command.party().size(); i++) {
            RestingCharacter resting = command.party().get(i);
            for (int j = 0; j < resting.moves().size(); j++) {
                ChosenMove chosen = resting.moves().get(j);
                moves.add(move(nested, command, resting.characterId(), sheets.get(i).tier(), chosen,
                        benefits.orElseThrow()));
                if (chosen.move() == DowntimeMove.WORK_ON_A_PROJECT) {
                    String project = TakeRest.PARTY + "[" + i + "].moves[" + j + "].project";
                    countdowns.add(send(nested, new AdvanceCountdown(command.campaignId(), chosen.project(), 1, null,
                            WORK_ON_A_PROJECT), field -> project));
                }
            }
        }
        benefits.ifPresent(rest -> {
            EffectDuration ended = rest == RestType.LONG ? EffectDuration.LONG_REST : EffectDuration.SHORT_REST;
            command.characterIds().forEach(character -> {
                nested.send(new EndTemporaryArmor(command.campaignId(), character, ended));
                nested.send(new ExpireConditions(command.campaignId(), character, ended));
            });
        });
        if (benefits.orElse(null) == RestType.LONG) {
            command.characterIds().forEach(character -> nested.send(new WakeCharacter(command.campaignId(),
                    character, AdvanceCountdown.LONG_REST)));
            if (command.longTermCountdownId() != null) {
                countdowns.add(send(nested, new AdvanceCountdown(command.campaignId(), command.longTermCountdownId(),
                        1, null, AdvanceCountdown.LONG_REST), field -> "long_term_countdown_id"));
            }
        }
        return new RestResult(recorded.rest(), recorded.fear(), recorded.gmFear(), moves, countdowns);
    }

    private static DowntimeMoveApplied move(NestedCommands nested, TakeRest command, CharacterId mover, int tier,
                                            ChosenMove chosen, RestType benefits) {
        RollResolved die = chosen.move().recovers() && benefits == RestType.SHORT
                ? roll(nested, command, mover, new ShortCode(Wire.name(chosen.move())), chosen.die()) : null;
        CharacterId helped = chosen.target() == null ? mover : chosen.target();
        return nested.send(new ApplyDowntimeMove(command.campaignId(), helped, mover, chosen.move(), benefits,
                die == null ? null : die.roll().total(), die == null ? null : die.rollSeq(), tier,
                chosen.move() == DowntimeMove.PREPARE ? Rests.prepareHope(chosen.together()) : 0, chosen.project()));
    }

    /**
     * Sends a step whose refusal may name a field of its own (a swap's {@code card_id}, a countdown's
     * {@code countdown_id}): the client gave that input inside the rest's body, so the refusal names it there.
     */
    private static <R> R send(NestedCommands nested, Object command, UnaryOperator<String> field) {
        try {
            return nested.send(command);
        } catch (Rejected rejected) {
            if (rejected.field() == null) {
                throw rejected;
            }
            throw new Rejected(rejected.code(), field.apply(rejected.field()), rejected.getMessage());
        }
    }

    /** A d4 rolled by the session for this rest, or the table's die when one was reported. */
    private static RollResolved roll(NestedCommands nested, TakeRest command, CharacterId roller, ShortCode label,
                                     Integer physical) {
        return nested.send(new ResolveRoll(command.campaignId(), command.sessionId(), roller, label, D4,
                physical == null ? null : List.of(physical)));
    }

    private static List<DaggerheartCharacter> sheetsOf(TakeRest command, AggregateLookup lookup) {
        List<DaggerheartCharacter> sheets = new ArrayList<>();
        for (int i = 0; i < command.party().size(); i++) {
            CharacterId character = command.party().get(i).characterId();
            String field = TakeRest.PARTY + "[" + i + "].character_id";
            sheets.add(lookup.read(DaggerheartCharacter.class,
                            DaggerheartCharacterId.of(command.campaignId(), character).value(), sheet -> sheet)
                    .orElseThrow(() -> new Rejected(DAGGERHEART_CHARACTER_SHEET_NOT_FOUND, field,
                            "character " + character + " has no Daggerheart sheet")));
        }
        return sheets;
    }

    /**
     * The rest is taken in the active session. The session's roll of the Fear die checks it too, but an interrupted
     * short rest rolls nothing.
     */
    private static void requireActiveSession(TakeRest command, AggregateLookup lookup) {
        lookup.read(Campaign.class, command.campaignId().value(), campaign -> {
            campaign.sessions().requireActive(command.sessionId());
            return campaign;
        });
    }

    /**
     * A player names only countdowns players see: a hidden one is answered as an unknown one, so a rest neither
     * advances it nor tells that it exists. GMs (and the admin, who is no participant) name any.
     */
    private static void requireCountdownsSeen(TakeRest command, AggregateLookup lookup, String actorId) {
        boolean player = lookup.read(Campaign.class, command.campaignId().value(), campaign -> {
            Roster.Seat seat = campaign.roster().seatOf(actorId);
            return seat != null && seat.role() != ParticipantRole.GM;
        }).orElse(false);
        if (!player) {
            return;
        }
        Map<String, CountdownId> named = new LinkedHashMap<>();
        for (int i = 0; i < command.party().size(); i++) {
            List<ChosenMove> moves = command.party().get(i).moves();
            for (int j = 0; j < moves.size(); j++) {
                if (moves.get(j).project() != null) {
                    named.put(TakeRest.PARTY + "[" + i + "].moves[" + j + "].project", moves.get(j).project());
                }
            }
        }
        if (command.longTermCountdownId() != null) {
            named.put("long_term_countdown_id", command.longTermCountdownId());
        }
        named.forEach((field, countdownId) -> Rejected.unless(lookup.read(DaggerheartCountdowns.class,
                        CountdownBoardId.of(command.campaignId()).value(), board -> board.countdown(countdownId)
                                .map(DaggerheartCountdowns.Countdown::visibleToPlayers).orElse(true))
                        .orElse(true), DAGGERHEART_COUNTDOWN_NOT_FOUND, field,
                "no countdown " + countdownId + " in this campaign"));
    }

    /** The campaign's live PCs, which a long rest adds to the GM's Fear. */
    private static int playerCharacters(TakeRest command, AggregateLookup lookup) {
        return lookup.read(Campaign.class, command.campaignId().value(), campaign -> (int) campaign.roster()
                .liveCharacters().values().stream().filter(c -> c.kind() == CharacterKind.PC).count()).orElse(0);
    }

    private static void validate(TakeRest command, Optional<RestType> benefits, List<DaggerheartCharacter> sheets) {
        Set<CharacterId> resting = Set.copyOf(command.characterIds());
        long preparingTogether = command.party().stream().filter(r -> r.moves().stream()
                .anyMatch(m -> m.move() == DowntimeMove.PREPARE && m.together())).count();
        // moves happen in the party's order: an ally's Tend to Wounds (it always clears HP) wakes an unconscious one
        Set<CharacterId> woken = new java.util.HashSet<>();
        for (int i = 0; i < command.party().size(); i++) {
            RestingCharacter character = command.party().get(i);
            String field = TakeRest.PARTY + "[" + i + "].moves";
            Rejected.unless(benefits.isPresent() || character.moves().isEmpty(), DAGGERHEART_REST_TOO_SHORT, field,
                    "an interrupted short rest gives nothing: no downtime moves");
            // a move for an ally is applied to the ally's sheet, which does not know its mover is dead
            Rejected.unless(character.moves().isEmpty() || sheets.get(i).lifeState() != LifeState.DEAD,
                    DAGGERHEART_CHARACTER_DEAD, "character " + character.characterId() + " is dead and makes no "
                            + "downtime moves");
            // SRD, Avoid Death: the unconscious can't act, unless an ally's earlier Tend to Wounds woke them
            Rejected.unless(character.moves().isEmpty() || sheets.get(i).lifeState() != LifeState.UNCONSCIOUS
                            || woken.contains(character.characterId()),
                    DAGGERHEART_CHARACTER_CANNOT_ACT, field, "character " + character.characterId()
                            + " is unconscious and makes no downtime moves");
            character.moves().stream().filter(m -> m.move() == DowntimeMove.TEND_TO_WOUNDS && m.target() != null)
                    .forEach(m -> woken.add(m.target()));
            int allowed = Rests.movesPerRest(sheets.get(i).ancestry());
            Rejected.unless(character.moves().size() <= allowed, DAGGERHEART_DOWNTIME_MOVES_TOO_MANY, field,
                    "character " + character.characterId() + " makes " + allowed + " downtime moves per rest");
            for (int j = 0; j < character.moves().size(); j++) {
                validateMove(character.characterId(), character.moves().get(j), field + "[" + j + "]",
                        benefits.orElseThrow(), resting, preparingTogether);
            }
        }
        Rejected.unless(command.longTermCountdownId() == null || benefits.orElse(null) == RestType.LONG,
                DAGGERHEART_REST_TOO_SHORT, "long_term_countdown_id",
                "only a long rest's benefits advance a long-term countdown");
        Rejected.unless(command.fearDie() == null || benefits.isPresent(), ValueRejection.VALUE_OUT_OF_RANGE,
                "fear_die", "an interrupted short rest gives the GM no Fear: leave fear_die out");
    }

    private static void validateMove(CharacterId mover, ChosenMove chosen, String field, RestType benefits,
                                     Set<CharacterId> resting, long preparingTogether) {
        DowntimeMove move = chosen.move();
        Rejected.unless(Rests.available(move, benefits), DAGGERHEART_REST_TOO_SHORT, field + ".move",
                Wire.name(move) + " needs a long rest");
        if (chosen.target() != null && !chosen.target().equals(mover)) {
            Rejected.unless(move.mayTargetAnAlly(), DAGGERHEART_MOVE_TARGET_INVALID, field + ".target",
                    Wire.name(move) + " is made for oneself");
            Rejected.unless(resting.contains(chosen.target()), DAGGERHEART_MOVE_TARGET_INVALID, field + ".target",
                    "character " + chosen.target() + " is not resting with the party");
        }
        Rejected.unless(!chosen.together() || move == DowntimeMove.PREPARE, ValueRejection.VALUE_OUT_OF_RANGE,
                field + ".together", "only Prepare is made together");
        Rejected.unless(!chosen.together() || preparingTogether >= 2, DAGGERHEART_PREPARE_ALONE,
                field + ".together", "preparing together needs another resting character preparing together");
        CountdownId project = chosen.project();
        Rejected.unless(project != null || move != DowntimeMove.WORK_ON_A_PROJECT, ValueRejection.VALUE_REQUIRED,
                field + ".project", "work_on_a_project names its project's countdown");
        Rejected.unless(project == null || move == DowntimeMove.WORK_ON_A_PROJECT, ValueRejection.VALUE_OUT_OF_RANGE,
                field + ".project", "only work_on_a_project names a project");
        boolean rollsADie = move.recovers() && benefits == RestType.SHORT;
        Rejected.unless(chosen.die() == null || rollsADie, ValueRejection.VALUE_OUT_OF_RANGE, field + ".die",
                "no die is rolled for " + Wire.name(move) + " on a " + Wire.name(benefits) + " rest");
    }
}
