package dev.duality.sys.daggerheart.undo;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.system.DecisionJournal;
import dev.duality.core.testing.Folded;
import dev.duality.core.testing.RecordingNestedCommands;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.CharacterStateRestored;
import dev.duality.sys.daggerheart.character.api.CharacterTracks;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.RestoreCharacterState;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownBoardId;
import dev.duality.sys.daggerheart.countdown.api.CountdownCreated;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.countdown.api.RestoreCountdown;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.GmStateId;
import dev.duality.sys.daggerheart.gm.api.RestoreGmState;
import dev.duality.sys.daggerheart.rest.api.RestTaken;
import dev.duality.sys.daggerheart.roll.api.RollOutcomeApplied;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.ArmorSlotUse;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.CountdownLoop;
import dev.duality.sys.daggerheart.rules.CountdownPolicy;
import dev.duality.sys.daggerheart.rules.CountdownTone;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.RestType;
import dev.duality.sys.daggerheart.rules.Severity;
import dev.duality.sys.daggerheart.undo.api.UndoDecision;
import dev.duality.sys.daggerheart.undo.api.UndoResult;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static dev.duality.core.testing.Rejections.assertRejected;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DECISION_ALREADY_UNDONE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DECISION_HAS_LATER_EVENTS;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DECISION_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DECISION_NOT_UNDOABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code sys.daggerheart.decision.undo}: which decision an event names, what it restores (the streams as they were
 * just before it, folded by the aggregates themselves) and every refusal, against a journal in memory.
 */
class DecisionUndoTest {
    private static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
    private static final CharacterId HERO = CharacterId.of("hero-1");
    private static final CharacterId ALLY = CharacterId.of("hero-2");
    private static final CountdownId RITUAL = CountdownId.of("ritual");
    private static final String SETUP = "setup";

    private final FakeJournal journal = new FakeJournal();
    private final RecordingNestedCommands nested = new RecordingNestedCommands();

    @Test
    void aDamageToTwoCharactersRestoresBothSheetsAsTheyWereBeforeIt() {
        sheet(HERO, 1, 3);
        sheet(ALLY, 0, 4);
        journal.append(sheetOf(HERO), "sys.daggerheart.damage_applied", "area", damage(HERO, 3, 1));
        String second = journal.append(sheetOf(ALLY), "sys.daggerheart.damage_applied", "area", damage(ALLY, 2, 0));

        UndoResult result = undo(second);

        assertThat(result.undone()).isEqualTo(UndoneKind.DAMAGE);
        assertThat(result.correlationId()).isEqualTo("area");
        assertThat(result.undoneEventIds()).hasSize(2).endsWith(second);
        assertThat(result.characters()).containsExactly(HERO, ALLY);
        assertThat(result.gmFear()).isNull();
        // in the order of the sheets' ids, each back to its HP and Hope before the damage
        assertThat(nested.sent()).extracting(c -> (RestoreCharacterState) c)
                .extracting(RestoreCharacterState::characterId, c -> c.tracks().hpMarked(), c -> c.tracks().hope(),
                        RestoreCharacterState::undone, RestoreCharacterState::undoneCorrelationId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(HERO, 1, 3, UndoneKind.DAMAGE, "area"),
                        org.assertj.core.groups.Tuple.tuple(ALLY, 0, 4, UndoneKind.DAMAGE, "area"));
    }

    @Test
    void anOutcomeRestoresTheRollersTracksTheCountdownsItAdvancedAndTheFear() {
        sheet(HERO, 0, 2);
        journal.append(GmStateId.of(CAMPAIGN).value(), "sys.daggerheart.gm_fear_changed", SETUP,
                new GmFearChanged(CAMPAIGN, 0, 2, GmFearChanged.FIRST_SESSION_SEED, 0, null));
        journal.append(board(), "sys.daggerheart.countdown_created", SETUP, new CountdownCreated(CAMPAIGN, RITUAL,
                new Name("Ritual"), CountdownTone.CONSEQUENCE, CountdownPolicy.ACTION_STANDARD, 4, 4,
                CountdownLoop.NONE, false));
        String fear = journal.append(GmStateId.of(CAMPAIGN).value(), "sys.daggerheart.gm_fear_changed", "outcome",
                new GmFearChanged(CAMPAIGN, 2, 3, ShortCode.of("roll_with_fear", "reason"), 0, 1L));
        journal.append(board(), "sys.daggerheart.countdown_advanced", "outcome",
                new CountdownAdvanced(CAMPAIGN, RITUAL, 4, 3, 1, false, CountdownAdvanced.ACTION_ROLL, 1L, false));
        journal.append(sheetOf(HERO), "sys.daggerheart.roll_outcome_applied", "outcome",
                new RollOutcomeApplied(CAMPAIGN, HERO, 1, "key-1"));

        UndoResult result = undo(fear);

        assertThat(result.undone()).isEqualTo(UndoneKind.ROLL_OUTCOME);
        assertThat(result.gmFear()).isEqualTo(2);
        assertThat(result.countdowns()).containsExactly(RITUAL);
        // streams in the order of their ids: the sheet, the countdowns, the GM state
        assertThat(nested.sent()).hasSize(3);
        assertThat(nested.sent().get(0)).isInstanceOf(RestoreCharacterState.class);
        assertThat(nested.sent().get(1)).isEqualTo(new RestoreCountdown(CAMPAIGN, RITUAL, UndoneKind.ROLL_OUTCOME,
                "outcome", 4, false));
        assertThat(nested.sent().get(2)).isEqualTo(new RestoreGmState(CAMPAIGN, UndoneKind.ROLL_OUTCOME, "outcome", 2,
                0));
    }

    @Test
    void aRestRestoresTheRunOfShortRestsAndTheFear() {
        sheet(HERO, 2, 2);
        String gm = GmStateId.of(CAMPAIGN).value();
        journal.append(gm, "sys.daggerheart.gm_fear_changed", SETUP,
                new GmFearChanged(CAMPAIGN, 0, 5, GmFearChanged.FIRST_SESSION_SEED, 0, null));
        journal.append(gm, "sys.daggerheart.rest_taken", "first-rest", rest(1));
        String taken = journal.append(gm, "sys.daggerheart.rest_taken", "rest", rest(2));
        journal.append(gm, "sys.daggerheart.gm_fear_changed", "rest",
                new GmFearChanged(CAMPAIGN, 5, 7, ShortCode.of("short_rest", "reason"), 0, 3L));
        journal.append(sheetOf(HERO), "sys.daggerheart.character_state_patched", "rest", patched(HERO, 0, 2));

        UndoResult result = undo(taken);

        assertThat(result.undone()).isEqualTo(UndoneKind.REST);
        assertThat(nested.sent()).containsExactly(
                new RestoreCharacterState(CAMPAIGN, HERO, UndoneKind.REST, "rest", tracks(2, 2)),
                new RestoreGmState(CAMPAIGN, UndoneKind.REST, "rest", 5, 1));
    }

    @Test
    void anUnknownEventIsRefused() {
        sheet(HERO, 0, 2);
        assertRejected(() -> undo("no-such-event"), DAGGERHEART_DECISION_NOT_FOUND, "event_id");
        assertThat(nested.sent()).isEmpty();
    }

    @Test
    void aDecisionOfAnotherKindIsRefused() {
        String patch = sheet(HERO, 0, 2);
        assertRejected(() -> undo(patch), DAGGERHEART_DECISION_NOT_UNDOABLE, "event_id");
        // a damage beside something no undo restores (here, a Fear seed) is not a damage application
        journal.append(sheetOf(HERO), "sys.daggerheart.damage_applied", "mixed", damage(HERO, 2, 0));
        String seed = journal.append(GmStateId.of(CAMPAIGN).value(), "sys.daggerheart.gm_fear_changed", "mixed",
                new GmFearChanged(CAMPAIGN, 0, 2, GmFearChanged.FIRST_SESSION_SEED, 0, null));
        assertRejected(() -> undo(seed), DAGGERHEART_DECISION_NOT_UNDOABLE, "event_id");
        assertThat(nested.sent()).isEmpty();
    }

    @Test
    void aDecisionAnUndoAlreadyFollowsIsRefusedAsUndone() {
        sheet(HERO, 0, 2);
        String hit = journal.append(sheetOf(HERO), "sys.daggerheart.damage_applied", "hit", damage(HERO, 2, 0));
        journal.append(sheetOf(HERO), "sys.daggerheart.character_state_restored", "undo",
                new CharacterStateRestored(CAMPAIGN, HERO, UndoneKind.DAMAGE, "hit", tracks(0, 2)));

        assertRejected(() -> undo(hit), DAGGERHEART_DECISION_ALREADY_UNDONE, "event_id");
        assertThat(nested.sent()).isEmpty();
    }

    @Test
    void aDecisionWithALaterEventInAStreamItChangedIsRefusedNamingThatEvent() {
        sheet(HERO, 0, 2);
        String hit = journal.append(sheetOf(HERO), "sys.daggerheart.damage_applied", "hit", damage(HERO, 2, 0));
        String later = journal.append(sheetOf(HERO), "sys.daggerheart.character_state_patched", "patch",
                patched(HERO, 2, 5));

        assertThatThrownBy(() -> undo(hit)).hasMessageContaining(later)
                .hasMessageContaining("sys.daggerheart.character_state_patched");
        assertRejected(() -> undo(hit), DAGGERHEART_DECISION_HAS_LATER_EVENTS, "event_id");
        assertThat(nested.sent()).isEmpty();
    }

    // ---- the journal in memory ----

    private UndoResult undo(String eventId) {
        return new DecisionUndo().handle(new UndoDecision(CAMPAIGN, eventId), nested, journal);
    }

    /** A sheet created, then set to {@code hpMarked} and {@code hope}; answers the set event's id. */
    private String sheet(CharacterId character, int hpMarked, int hope) {
        journal.append(sheetOf(character), "sys.daggerheart.character_created", SETUP,
                new DaggerheartCharacterCreated(CAMPAIGN, character, DaggerheartClass.GUARDIAN, null, 1, 7, 6, 2, 6, 9,
                        1, 3, 7, 14, List.of()));
        return journal.append(sheetOf(character), "sys.daggerheart.character_state_patched", "set-" + character,
                patched(character, hpMarked, hope));
    }

    private static String sheetOf(CharacterId character) {
        return DaggerheartCharacterId.of(CAMPAIGN, character).value();
    }

    private static String board() {
        return CountdownBoardId.of(CAMPAIGN).value();
    }

    private static CharacterStatePatched patched(CharacterId character, int hpMarked, int hope) {
        return new CharacterStatePatched(CAMPAIGN, character, hpMarked, 0, hope, 6, 0, LifeState.ALIVE,
                ConditionSet.NONE, null, null, null);
    }

    /** The Guardian's tracks with {@code hpMarked} and {@code hope}: 3 Armor Slots, nothing else marked. */
    private static CharacterTracks tracks(int hpMarked, int hope) {
        return new CharacterTracks(hpMarked, 0, hope, 6, 0, 3, List.of(), LifeState.ALIVE, ConditionSet.NONE, Map.of(),
                false, AcquiredCards.NONE, List.of());
    }

    private static DamageApplied damage(CharacterId character, int hpMarked, int armorMarked) {
        return new DamageApplied(CAMPAIGN, character, 9, Set.of(DamageType.PHYSICAL), 9, Severity.MAJOR,
                Severity.MAJOR, 2, armorMarked, ArmorSlotUse.NOT_REQUESTED, false, false, false, false, 7, 14, hpMarked,
                0, armorMarked, false, LifeState.ALIVE, null, null, null);
    }

    private static RestTaken rest(int shortRestsInARow) {
        return new RestTaken(CAMPAIGN, dev.duality.core.session.api.SessionId.of("session-1"), RestType.SHORT, false,
                RestType.SHORT, 3L, 2, 2, shortRestsInARow, List.of(HERO));
    }

    /** Streams of recorded events, numbered from 0, each event with the correlation of the request it came from. */
    private static final class FakeJournal implements DecisionJournal {
        private final Map<String, List<RecordedEvent>> streams = new LinkedHashMap<>();
        private final List<RecordedEvent> all = new ArrayList<>();

        String append(String aggregateId, String type, String correlationId, Object payload) {
            List<RecordedEvent> stream = streams.computeIfAbsent(aggregateId, id -> new ArrayList<>());
            RecordedEvent event = new RecordedEvent("event-" + (all.size() + 1), aggregateId, stream.size(), type,
                    correlationId, payload);
            stream.add(event);
            all.add(event);
            return event.eventId();
        }

        @Override
        public List<RecordedEvent> decisionOf(CampaignId campaignId, String eventId) {
            return all.stream().filter(event -> event.eventId().equals(eventId)).findFirst()
                    .map(named -> all.stream().filter(e -> e.correlationId().equals(named.correlationId())).toList())
                    .orElse(List.of());
        }

        @Override
        public Optional<RecordedEvent> next(String aggregateId, long sequenceNumber) {
            return streams.getOrDefault(aggregateId, List.of()).stream()
                    .filter(event -> event.sequenceNumber() > sequenceNumber).findFirst();
        }

        @Override
        public <A, R> Optional<R> readBefore(Class<A> aggregateType, String aggregateId, long sequenceNumber,
                                             Function<A, R> reader) {
            return Folded.aggregate(aggregateType, aggregateId, streams.getOrDefault(aggregateId, List.of()).stream()
                    .filter(event -> event.sequenceNumber() < sequenceNumber).map(RecordedEvent::payload).toList())
                    .map(reader);
        }
    }
}
