package dev.duality.core.session;

import dev.duality.core.action.api.AddStoryNote;
import dev.duality.core.value.Wire;
import dev.duality.core.action.api.ApplyOutcome;
import dev.duality.core.action.api.OutcomeApplied;
import dev.duality.core.action.api.OutcomeRejected;
import dev.duality.core.action.api.RejectOutcome;
import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.action.api.StoryNoteAdded;
import dev.duality.core.campaign.Campaign;
import dev.duality.core.campaign.Roster;
import dev.duality.core.campaign.api.CampaignActivated;
import dev.duality.core.campaign.api.CampaignOperation;
import dev.duality.core.campaign.api.CampaignStatus;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.dice.Dice;
import dev.duality.core.dice.DiceRoll;
import dev.duality.core.dice.SeedSource;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.AbandonGate;
import dev.duality.core.session.api.ClearSpotlight;
import dev.duality.core.session.api.EndSession;
import dev.duality.core.session.api.GateAbandoned;
import dev.duality.core.session.api.GateId;
import dev.duality.core.session.api.GateOpened;
import dev.duality.core.session.api.GateResolved;
import dev.duality.core.session.api.GateResponseRecorded;
import dev.duality.core.session.api.OpenGate;
import dev.duality.core.session.api.RecordGateResponse;
import dev.duality.core.session.api.ResolveGate;
import dev.duality.core.session.api.SessionEnded;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStarted;
import dev.duality.core.session.api.SetSpotlight;
import dev.duality.core.session.api.SpotlightCleared;
import dev.duality.core.session.api.SpotlightSet;
import dev.duality.core.session.api.SpotlightType;
import dev.duality.core.session.api.StartSession;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.core.system.SystemRuntime;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dev.duality.core.action.api.ActionRejection.*;
import static dev.duality.core.session.api.SessionRejection.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Sessions of a campaign and what happens in them: start (with the readiness rules) and end, at most one open gate,
 * the spotlight, rolls and their outcomes, story notes. Lives inside the campaign's consistency boundary because its
 * invariants (one active session, the session lock, readiness) are the campaign's.
 */
public class SessionTrack {
    private final Campaign campaign;
    private final Set<SessionId> knownSessions = new HashSet<>();
    private SessionId active;
    private Gate openGate;
    private Spotlight spotlight;
    private final Map<Long, Roll> rolls = new HashMap<>();
    private long lastRollSeq;

    private record Gate(GateId id, Set<ParticipantId> eligible, Set<ParticipantId> responded) {
    }

    private record Spotlight(SpotlightType type, CharacterId characterId) {
    }

    private record Roll(SessionId sessionId, boolean outcomeApplied) {
    }

    public SessionTrack(Campaign campaign) {
        this.campaign = campaign;
    }

    public boolean hasActiveSession() {
        return active != null;
    }

    public boolean hasOpenGate() {
        return openGate != null;
    }

    @CommandHandler
    public void handle(StartSession command, SystemRuntime systems) {
        Rejected.unless(!knownSessions.contains(command.sessionId()), SESSION_ALREADY_EXISTS, "session_id",
                "session " + command.sessionId() + " already exists");
        List<ReadinessBlocker> blockers = readinessBlockers(systems);
        if (!blockers.isEmpty()) {
            throw new SessionNotReady(blockers);
        }
        boolean firstSession = knownSessions.isEmpty();
        apply(new SessionStarted(campaign.id(), command.sessionId(), command.name()));
        if (campaign.status() == CampaignStatus.DRAFT) {
            apply(new CampaignActivated(campaign.id()));
        }
        if (firstSession) {
            systems.bootstrapFirstSession(campaign.systemId(), campaign.systemVersion(), firstSession());
        }
    }

    /** The readiness rules, each blocker with its own code, always in this order. */
    private List<ReadinessBlocker> readinessBlockers(SystemRuntime systems) {
        List<ReadinessBlocker> blockers = new ArrayList<>();
        Roster roster = campaign.roster();
        if (!campaign.status().allows(CampaignOperation.START_SESSION)) {
            blockers.add(new ReadinessBlocker(SESSION_READINESS_CAMPAIGN_STATUS, null,
                    "a " + Wire.name(campaign.status()) + " campaign cannot start a session"));
        }
        if (active != null) {
            blockers.add(new ReadinessBlocker(SESSION_READINESS_SESSION_ACTIVE, null,
                    "session " + active + " is still active"));
        }
        if (roster.participants().values().stream().noneMatch(s -> s.role() == ParticipantRole.GM)) {
            blockers.add(new ReadinessBlocker(SESSION_READINESS_NO_GM, null, "the table has no GM"));
        }
        if (roster.participants().values().stream().noneMatch(s -> s.role() == ParticipantRole.PLAYER)) {
            blockers.add(new ReadinessBlocker(SESSION_READINESS_NO_PLAYER, null, "the table has no player"));
        }
        Map<CharacterId, Roster.CharacterState> characters = roster.liveCharacters();
        roster.participants().forEach((participantId, seat) -> {
            if (seat.role() == ParticipantRole.PLAYER
                    && characters.values().stream().noneMatch(c -> c.owner().equals(participantId))) {
                blockers.add(new ReadinessBlocker(SESSION_READINESS_PLAYER_WITHOUT_CHARACTER, null,
                        "player " + participantId + " controls no character"));
            }
        });
        characters.forEach((characterId, character) -> {
            if (!roster.participants().containsKey(character.owner())) {
                blockers.add(new ReadinessBlocker(SESSION_READINESS_CHARACTER_WITHOUT_CONTROLLER, characterId.value(),
                        "character " + characterId + " has no controlling participant"));
            }
        });
        characters.keySet().forEach(characterId -> {
            List<ReadinessBlocker> system = systems.readinessBlockers(campaign.systemId(), campaign.id().value(),
                    characterId.value());
            if (!system.isEmpty()) {
                blockers.add(new ReadinessBlocker(SESSION_READINESS_CHARACTER_NOT_READY, characterId.value(),
                        "character " + characterId + " is not ready for " + campaign.systemId()));
                blockers.addAll(system);
            }
        });
        return blockers;
    }

    private FirstSession firstSession() {
        Map<CharacterId, Roster.CharacterState> characters = campaign.roster().liveCharacters();
        return new FirstSession(campaign.id(),
                characters.entrySet().stream().filter(e -> e.getValue().kind() == CharacterKind.PC)
                        .map(Map.Entry::getKey).toList(),
                List.copyOf(characters.keySet()));
    }

    @CommandHandler
    public void handle(EndSession command) {
        requireActive(command.sessionId());
        apply(new SessionEnded(campaign.id(), command.sessionId()));
    }

    @CommandHandler
    public void handle(OpenGate command) {
        requireActive(command.sessionId());
        Rejected.unless(openGate == null, SESSION_GATE_OPEN, "gate " + (openGate == null ? "" : openGate.id())
                + " is still open");
        Set<ParticipantId> participants = campaign.roster().participants().keySet();
        List<ParticipantId> requested = Objects.requireNonNullElse(command.eligibleParticipantIds(), List.of());
        requested.forEach(p -> Rejected.unless(participants.contains(p), GATE_ELIGIBLE_NOT_PARTICIPANT,
                "eligible_participant_ids", p + " is not a participant"));
        // an empty list means everyone seated now; the event records the resolved list so replay never recomputes it
        List<ParticipantId> eligible = requested.isEmpty() ? List.copyOf(participants)
                : List.copyOf(new LinkedHashSet<>(requested));
        apply(new GateOpened(campaign.id(), command.sessionId(), command.gateId(), command.gateType(), command.reason(),
                eligible));
    }

    @CommandHandler
    public void handle(RecordGateResponse command) {
        requireActive(command.sessionId());
        Gate gate = requireOpenGate(command.gateId());
        Rejected.unless(gate.eligible().contains(command.participantId()), GATE_PARTICIPANT_NOT_ELIGIBLE,
                "participant_id", command.participantId() + " is not eligible to answer this gate");
        Rejected.unless(!gate.responded().contains(command.participantId()), GATE_RESPONSE_ALREADY_RECORDED,
                "participant_id", command.participantId() + " already answered this gate");
        apply(new GateResponseRecorded(campaign.id(), command.sessionId(), command.gateId(), command.participantId(),
                command.decision(), command.response()));
    }

    @CommandHandler
    public void handle(ResolveGate command) {
        requireActive(command.sessionId());
        requireOpenGate(command.gateId());
        apply(new GateResolved(campaign.id(), command.sessionId(), command.gateId(), command.decision(),
                command.resolution()));
    }

    @CommandHandler
    public void handle(AbandonGate command) {
        requireActive(command.sessionId());
        requireOpenGate(command.gateId());
        apply(new GateAbandoned(campaign.id(), command.sessionId(), command.gateId(), command.reason()));
    }

    @CommandHandler
    public void handle(SetSpotlight command) {
        requireActive(command.sessionId());
        boolean onCharacter = command.spotlightType() == SpotlightType.CHARACTER;
        Rejected.unless(!onCharacter || command.characterId() != null, SPOTLIGHT_CHARACTER_REQUIRED, "character_id",
                "a character spotlight needs character_id");
        Rejected.unless(onCharacter || command.characterId() == null, SPOTLIGHT_GM_TAKES_NO_CHARACTER, "character_id",
                "a GM spotlight names no character");
        if (onCharacter) {
            campaign.roster().requireLiveCharacter(command.characterId());
        }
        Rejected.unless(!new Spotlight(command.spotlightType(), command.characterId()).equals(spotlight),
                SPOTLIGHT_UNCHANGED, "the spotlight is already there");
        apply(new SpotlightSet(campaign.id(), command.sessionId(), command.spotlightType(), command.characterId()));
    }

    @CommandHandler
    public void handle(ClearSpotlight command) {
        requireActive(command.sessionId());
        Rejected.unless(spotlight != null, SPOTLIGHT_UNCHANGED, "nobody has the spotlight");
        apply(new SpotlightCleared(campaign.id(), command.sessionId(), command.reason()));
    }

    /**
     * The seed is drawn here, once, and recorded in the event: replay folds the recorded dice and never rolls. The
     * event is also the command's result, because rolls are replay-only and no read model shows them.
     */
    @CommandHandler
    public RollResolved handle(ResolveRoll command, SeedSource seeds) {
        requireActive(command.sessionId());
        if (command.characterId() != null) {
            campaign.roster().requireLiveCharacter(command.characterId());
        }
        DiceRoll roll = command.physicalResults() == null ? Dice.roll(command.dice(), seeds.nextSeed())
                : Dice.physical(command.dice(), command.physicalResults());
        RollResolved resolved = new RollResolved(campaign.id(), command.sessionId(), lastRollSeq + 1,
                command.characterId(), command.label(), roll);
        apply(resolved);
        return resolved;
    }

    @CommandHandler
    public void handle(ApplyOutcome command) {
        requireActive(command.sessionId());
        Rejected.unless(command.requestId() != null && !command.requestId().isBlank(), OUTCOME_REQUEST_ID_REQUIRED,
                "request_id", "applying an outcome needs a request id (Idempotency-Key)");
        Roll roll = requireRoll(command.rollSeq(), command.sessionId());
        Rejected.unless(!roll.outcomeApplied(), OUTCOME_ALREADY_APPLIED, "roll_seq",
                "the outcome of roll " + command.rollSeq() + " was already applied");
        Objects.requireNonNullElse(command.targets(), List.<CharacterId>of())
                .forEach(target -> campaign.roster().requireLiveCharacter(target));
        apply(new OutcomeApplied(campaign.id(), command.sessionId(), command.rollSeq(), command.requestId(),
                Objects.requireNonNullElse(command.targets(), List.of()), command.requiresComplication(),
                command.summary()));
    }

    @CommandHandler
    public void handle(RejectOutcome command) {
        requireActive(command.sessionId());
        Roll roll = requireRoll(command.rollSeq(), command.sessionId());
        Rejected.unless(!roll.outcomeApplied(), OUTCOME_ALREADY_APPLIED, "roll_seq",
                "the outcome of roll " + command.rollSeq() + " was already applied");
        apply(new OutcomeRejected(campaign.id(), command.sessionId(), command.rollSeq(), command.reasonCode(),
                command.message()));
    }

    @CommandHandler
    public void handle(AddStoryNote command) {
        // a note adds to the campaign's story: in play during a session, like an update outside one; a completed or
        // archived campaign takes neither
        campaign.requireStatusAllows(active != null ? CampaignOperation.PLAY : CampaignOperation.UPDATE);
        if (command.characterId() != null) {
            campaign.roster().requireLiveCharacter(command.characterId());
        }
        apply(new StoryNoteAdded(campaign.id(), active, command.content(), command.characterId()));
    }

    private void requireActive(SessionId sessionId) {
        Rejected.unless(knownSessions.contains(sessionId), SESSION_NOT_FOUND, "session_id", "no session " + sessionId);
        Rejected.unless(sessionId.equals(active), SESSION_NOT_ACTIVE, "session_id",
                "session " + sessionId + " is not active");
    }

    private Gate requireOpenGate(GateId gateId) {
        Rejected.unless(openGate != null && openGate.id().equals(gateId), GATE_NOT_FOUND, "gate_id",
                "gate " + gateId + " is not the open gate");
        return openGate;
    }

    private Roll requireRoll(long rollSeq, SessionId sessionId) {
        Roll roll = rolls.get(rollSeq);
        Rejected.unless(roll != null, ROLL_NOT_FOUND, "roll_seq", "no roll " + rollSeq);
        Rejected.unless(roll.sessionId().equals(sessionId), ROLL_OTHER_SESSION, "roll_seq",
                "roll " + rollSeq + " belongs to session " + roll.sessionId());
        return roll;
    }

    @EventSourcingHandler
    void on(SessionStarted event) {
        knownSessions.add(event.sessionId());
        active = event.sessionId();
    }

    @EventSourcingHandler
    void on(SessionEnded event) {
        active = null;
        openGate = null;
        spotlight = null;
    }

    @EventSourcingHandler
    void on(GateOpened event) {
        openGate = new Gate(event.gateId(), new LinkedHashSet<>(event.eligibleParticipantIds()), new HashSet<>());
    }

    @EventSourcingHandler
    void on(GateResponseRecorded event) {
        openGate.responded().add(event.participantId());
    }

    @EventSourcingHandler
    void on(GateResolved event) {
        openGate = null;
    }

    @EventSourcingHandler
    void on(GateAbandoned event) {
        openGate = null;
    }

    @EventSourcingHandler
    void on(SpotlightSet event) {
        spotlight = new Spotlight(event.spotlightType(), event.characterId());
    }

    @EventSourcingHandler
    void on(SpotlightCleared event) {
        spotlight = null;
    }

    @EventSourcingHandler
    void on(RollResolved event) {
        rolls.put(event.rollSeq(), new Roll(event.sessionId(), false));
        lastRollSeq = Math.max(lastRollSeq, event.rollSeq());
    }

    @EventSourcingHandler
    void on(OutcomeApplied event) {
        rolls.computeIfPresent(event.rollSeq(), (seq, roll) -> new Roll(roll.sessionId(), true));
    }
}
