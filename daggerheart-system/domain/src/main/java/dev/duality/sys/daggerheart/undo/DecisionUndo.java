package dev.duality.sys.daggerheart.undo;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.system.DecisionJournal;
import dev.duality.core.system.DecisionJournal.RecordedEvent;
import dev.duality.core.system.NestedCommands;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.CharacterTracks;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.RestoreCharacterState;
import dev.duality.sys.daggerheart.countdown.DaggerheartCountdowns;
import dev.duality.sys.daggerheart.countdown.DaggerheartCountdowns.Countdown;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownBoardId;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.countdown.api.RestoreCountdown;
import dev.duality.sys.daggerheart.gm.DaggerheartGmState;
import dev.duality.sys.daggerheart.gm.api.GmStateId;
import dev.duality.sys.daggerheart.gm.api.RestoreGmState;
import dev.duality.sys.daggerheart.undo.api.UndoDecision;
import dev.duality.sys.daggerheart.undo.api.UndoResult;
import dev.duality.sys.daggerheart.undo.api.Undoing;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;
import org.axonframework.commandhandling.CommandHandler;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DECISION_ALREADY_UNDONE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DECISION_HAS_LATER_EVENTS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DECISION_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DECISION_NOT_UNDOABLE;

/**
 * Undoes a decision by compensating events, against the journal (never a read model). The decision is every event
 * of the request that recorded the named event. What it changed in Daggerheart's streams (sheets, the GM state, the
 * countdowns) is put back as it was just before it: each stream is folded up to the decision's first event in it,
 * and a nested restore command records those values in a {@code *_restored} event naming the decision. The core's
 * streams are left as they are: a roll's outcome stays applied on the session (it is applied exactly once), and its
 * gate and spotlight, and the dice a rest rolled, stay in the session's record.
 * <p>
 * In this order, it refuses: an event this campaign does not hold ({@code DAGGERHEART_DECISION_NOT_FOUND}); a
 * decision that is not a damage application, a roll's outcome or a rest, judged by the types of its Daggerheart
 * events ({@code DAGGERHEART_DECISION_NOT_UNDOABLE}); one a restore already follows
 * ({@code DAGGERHEART_DECISION_ALREADY_UNDONE}); and one after which any stream it changed has another event, which
 * may depend on it ({@code DAGGERHEART_DECISION_HAS_LATER_EVENTS}, naming that event). Streams are restored in the
 * order of their ids, the order nested commands lock aggregates in.
 */
public final class DecisionUndo {
    static final String STREAM_PREFIX = "daggerheart:";
    static final String DAMAGE_APPLIED = "sys.daggerheart.damage_applied";
    static final String ROLL_OUTCOME_APPLIED = "sys.daggerheart.roll_outcome_applied";
    static final String REST_TAKEN = "sys.daggerheart.rest_taken";
    private static final String GM_FEAR_CHANGED = "sys.daggerheart.gm_fear_changed";
    private static final String STATE_PATCHED = "sys.daggerheart.character_state_patched";
    private static final String COUNTDOWN_ADVANCED = "sys.daggerheart.countdown_advanced";

    /** Per kind: the event type that marks it, and every Daggerheart event type its decision may record. */
    private static final Map<UndoneKind, Set<String>> KINDS = Map.of(
            UndoneKind.DAMAGE, Set.of(DAMAGE_APPLIED),
            UndoneKind.ROLL_OUTCOME, Set.of(ROLL_OUTCOME_APPLIED, STATE_PATCHED, GM_FEAR_CHANGED, COUNTDOWN_ADVANCED),
            UndoneKind.REST, Set.of(REST_TAKEN, GM_FEAR_CHANGED, STATE_PATCHED, COUNTDOWN_ADVANCED,
                    "sys.daggerheart.loadout_swapped", "sys.daggerheart.downtime_move_applied",
                    "sys.daggerheart.character_temporary_armor_ended", "sys.daggerheart.condition_changed"));
    private static final Map<UndoneKind, String> MARKERS = Map.of(UndoneKind.DAMAGE, DAMAGE_APPLIED,
            UndoneKind.ROLL_OUTCOME, ROLL_OUTCOME_APPLIED, UndoneKind.REST, REST_TAKEN);

    @CommandHandler
    public UndoResult handle(UndoDecision command, NestedCommands nested, DecisionJournal journal) {
        CampaignId campaign = command.campaignId();
        List<RecordedEvent> events = journal.decisionOf(campaign, command.eventId());
        Rejected.unless(!events.isEmpty(), DAGGERHEART_DECISION_NOT_FOUND, UndoDecision.EVENT_ID,
                "campaign " + campaign + " has no event " + command.eventId());
        String correlation = events.get(0).correlationId();
        // the decision's events in each Daggerheart stream, streams in the order of their ids
        Map<String, List<RecordedEvent>> streams = new TreeMap<>();
        events.stream().filter(event -> event.aggregateId().startsWith(STREAM_PREFIX))
                .forEach(event -> streams.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event));
        UndoneKind kind = kindOf(streams).orElseThrow(() -> new Rejected(DAGGERHEART_DECISION_NOT_UNDOABLE,
                UndoDecision.EVENT_ID, "event " + command.eventId() + " belongs to a decision that is not a damage "
                + "application, a roll's outcome or a rest"));

        Map<String, RecordedEvent> later = new TreeMap<>();
        streams.forEach((stream, own) -> journal.next(stream, own.get(own.size() - 1).sequenceNumber())
                .ifPresent(next -> later.put(stream, next)));
        Rejected.unless(later.values().stream().noneMatch(next -> next.payload() instanceof Undoing undoing
                        && undoing.undoneCorrelationId().equals(correlation)), DAGGERHEART_DECISION_ALREADY_UNDONE,
                UndoDecision.EVENT_ID, "the decision of event " + command.eventId() + " was already undone");
        later.values().stream().findFirst().ifPresent(next -> {
            throw new Rejected(DAGGERHEART_DECISION_HAS_LATER_EVENTS, UndoDecision.EVENT_ID, "event "
                    + next.eventId() + " (" + next.type() + ") came after the decision of event "
                    + command.eventId() + " in " + next.aggregateId() + "; undo it first");
        });

        List<CharacterId> characters = new ArrayList<>();
        List<CountdownId> countdowns = new ArrayList<>();
        Integer[] gmFear = {null};
        streams.forEach((stream, own) -> {
            long first = own.get(0).sequenceNumber();
            if (stream.startsWith(DaggerheartCharacterId.PREFIX)) {
                CharacterId character = CharacterId.of(stream.substring(
                        (DaggerheartCharacterId.PREFIX + campaign.value() + ":").length()));
                CharacterTracks tracks = before(journal, DaggerheartCharacter.class, stream, first,
                        DaggerheartCharacter::tracks);
                nested.send(new RestoreCharacterState(campaign, character, kind, correlation, tracks));
                characters.add(character);
            } else if (stream.equals(GmStateId.of(campaign).value())) {
                DaggerheartGmState gm = before(journal, DaggerheartGmState.class, stream, first, state -> state);
                nested.send(new RestoreGmState(campaign, kind, correlation, gm.gmFear(), gm.shortRestsInARow()));
                gmFear[0] = gm.gmFear();
            } else if (stream.equals(CountdownBoardId.of(campaign).value())) {
                Map<CountdownId, Countdown> board = before(journal, DaggerheartCountdowns.class, stream, first,
                        DaggerheartCountdowns::countdowns);
                Set<CountdownId> advanced = new LinkedHashSet<>();
                own.forEach(event -> advanced.add(((CountdownAdvanced) event.payload()).countdownId()));
                advanced.forEach(id -> nested.send(new RestoreCountdown(campaign, id, kind, correlation,
                        board.get(id).remaining(), board.get(id).triggerPending())));
                countdowns.addAll(advanced);
            } else {
                throw new IllegalStateException("no undo for stream " + stream); // kindOf admits no other stream
            }
        });
        return new UndoResult(kind, correlation, events.stream().map(RecordedEvent::eventId).toList(), characters,
                gmFear[0], countdowns);
    }

    /**
     * The kind of the decision: the one whose marking type it recorded and whose types include all it recorded in
     * Daggerheart's streams (a sheet, the GM state, the countdowns; never an adversary).
     */
    static Optional<UndoneKind> kindOf(Map<String, List<RecordedEvent>> streams) {
        Set<String> types = new LinkedHashSet<>();
        streams.values().forEach(own -> own.forEach(event -> types.add(event.type())));
        return KINDS.entrySet().stream()
                .filter(kind -> types.contains(MARKERS.get(kind.getKey())) && kind.getValue().containsAll(types))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The aggregate as its stream was before the decision; the decision never created one it can undo. */
    private static <A, R> R before(DecisionJournal journal, Class<A> type, String stream, long sequenceNumber,
                                   Function<A, R> reader) {
        return journal.readBefore(type, stream, sequenceNumber, reader).orElseThrow(() -> new Rejected(
                DAGGERHEART_DECISION_NOT_UNDOABLE, UndoDecision.EVENT_ID, "the decision began " + stream));
    }
}
