package dev.duality.core.session;

import dev.duality.core.action.api.ApplyOutcome;
import dev.duality.core.action.api.OutcomeApplied;
import dev.duality.core.action.api.OutcomeRejected;
import dev.duality.core.action.api.RejectOutcome;
import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.Campaign;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.dice.Dice;
import dev.duality.core.dice.FairDice;
import dev.duality.core.dice.DiceRoll;
import dev.duality.core.dice.SeedSource;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.AbandonGate;
import dev.duality.core.session.api.ClearSpotlight;
import dev.duality.core.session.api.GateAbandoned;
import dev.duality.core.session.api.GateId;
import dev.duality.core.session.api.GateOpened;
import dev.duality.core.session.api.GateResolved;
import dev.duality.core.session.api.GateResponseRecorded;
import dev.duality.core.session.api.OpenGate;
import dev.duality.core.session.api.RecordGateResponse;
import dev.duality.core.session.api.ResolveGate;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.core.session.api.SetSpotlight;
import dev.duality.core.session.api.SpotlightCleared;
import dev.duality.core.session.api.SpotlightSet;
import dev.duality.core.session.api.SpotlightType;
import dev.duality.core.system.AggregateLookup;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import static dev.duality.core.action.api.ActionRejection.*;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.core.session.api.SessionRejection.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One session's play, as an aggregate and a journal stream of its own ({@link SessionStreamId},
 * {@code session:<campaign id>:<session id>}): at most one open gate, the spotlight, the session's rolls and their
 * outcomes. The campaign keeps what is its own (start, end, readiness, the session lock), so its stream no longer
 * grows with every roll of every session.
 * <p>
 * The stream begins with the session's first play event: every handler creates the aggregate when it is missing, so
 * no event type marks its creation and a session where nothing was played has no stream. The Session decides with the
 * campaign's state, read through {@link AggregateLookup} in the same unit of work (the very instance the command
 * interceptor loaded and locked, so all commands of a campaign stay serialized): its session plays only while the
 * campaign says it is the active one, so the stream takes nothing once the session ended, and participants and live
 * characters come from the campaign's roster.
 * <p>
 * Roll numbers run per campaign, across sessions: a session's first roll continues after the last roll of the latest
 * earlier session that rolled (read through the lookup too), later ones after its own last roll.
 * <p>
 * Command handlers check guard clauses and apply events; event-sourcing handlers only change state.
 */
public class Session {
    /** The gate type a roll's outcome opens when the GM owes the table a consequence. */
    public static final ShortCode GM_CONSEQUENCE = new ShortCode("gm_consequence");

    @AggregateIdentifier
    private SessionStreamId id;
    private Gate openGate;
    private Spotlight spotlight;
    /** This session's rolls, by number, each with who rolled it and whether its outcome was applied. */
    private final Map<Long, Roll> rolls = new LinkedHashMap<>();
    /** This session's first and last roll numbers; 0 while it has none. */
    private long firstRollSeq;
    private long lastRollSeq;

    private record Gate(GateId id, Set<ParticipantId> eligible, Set<ParticipantId> responded) {
    }

    private record Spotlight(SpotlightType type, CharacterId characterId) {
    }

    private record Roll(CharacterId characterId, boolean outcomeApplied) {
    }

    protected Session() {
        // created by Axon: loaded from the stream, or new for the session's first play command
    }

    /** True while a gate of this session is open; admission refuses play commands then. */
    public boolean hasOpenGate() {
        return openGate != null;
    }

    /** The number of this session's last roll, or 0 when it has none. */
    public long lastRollSeq() {
        return lastRollSeq;
    }

    /** The character who made this session's roll {@code rollSeq}; empty for an unknown roll or one with no roller. */
    public Optional<CharacterId> rollerOf(long rollSeq) {
        return Optional.ofNullable(rolls.get(rollSeq)).map(Roll::characterId);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenGate command, AggregateLookup lookup) {
        Campaign campaign = playing(command.campaignId(), command.sessionId(), lookup);
        Rejected.unless(openGate == null, SESSION_GATE_OPEN, "gate " + (openGate == null ? "" : openGate.id())
                + " is still open");
        Set<ParticipantId> participants = campaign.roster().participants().keySet();
        List<ParticipantId> requested = Objects.requireNonNullElse(command.eligibleParticipantIds(), List.of());
        requested.forEach(p -> Rejected.unless(participants.contains(p), GATE_ELIGIBLE_NOT_PARTICIPANT,
                "eligible_participant_ids", p + " is not a participant"));
        // an empty list means everyone seated now; the event records the resolved list so replay never recomputes it
        List<ParticipantId> eligible = requested.isEmpty() ? List.copyOf(participants)
                : List.copyOf(new LinkedHashSet<>(requested));
        apply(new GateOpened(command.campaignId(), command.sessionId(), command.gateId(), command.gateType(),
                command.reason(), eligible));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordGateResponse command, AggregateLookup lookup) {
        playing(command.campaignId(), command.sessionId(), lookup);
        Gate gate = requireOpenGate(command.gateId());
        Rejected.unless(gate.eligible().contains(command.participantId()), GATE_PARTICIPANT_NOT_ELIGIBLE,
                "participant_id", command.participantId() + " is not eligible to answer this gate");
        Rejected.unless(!gate.responded().contains(command.participantId()), GATE_RESPONSE_ALREADY_RECORDED,
                "participant_id", command.participantId() + " already answered this gate");
        apply(new GateResponseRecorded(command.campaignId(), command.sessionId(), command.gateId(),
                command.participantId(), command.decision(), command.response()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ResolveGate command, AggregateLookup lookup) {
        playing(command.campaignId(), command.sessionId(), lookup);
        requireOpenGate(command.gateId());
        apply(new GateResolved(command.campaignId(), command.sessionId(), command.gateId(), command.decision(),
                command.resolution()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AbandonGate command, AggregateLookup lookup) {
        playing(command.campaignId(), command.sessionId(), lookup);
        requireOpenGate(command.gateId());
        apply(new GateAbandoned(command.campaignId(), command.sessionId(), command.gateId(), command.reason()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(SetSpotlight command, AggregateLookup lookup) {
        Campaign campaign = playing(command.campaignId(), command.sessionId(), lookup);
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
        apply(new SpotlightSet(command.campaignId(), command.sessionId(), command.spotlightType(),
                command.characterId()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ClearSpotlight command, AggregateLookup lookup) {
        playing(command.campaignId(), command.sessionId(), lookup);
        Rejected.unless(spotlight != null, SPOTLIGHT_UNCHANGED, "nobody has the spotlight");
        apply(new SpotlightCleared(command.campaignId(), command.sessionId(), command.reason()));
    }

    /**
     * The seed is drawn here, once, and recorded in the event: replay folds the recorded dice and never rolls. The
     * event is also the command's result, because rolls are replay-only and no read model shows them.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RollResolved handle(ResolveRoll command, SeedSource seeds, AggregateLookup lookup) {
        Campaign campaign = playing(command.campaignId(), command.sessionId(), lookup);
        if (command.characterId() != null) {
            campaign.roster().requireLiveCharacter(command.characterId());
        }
        DiceRoll physical = command.physicalResults() == null ? null
                : Dice.physical(command.dice(), command.physicalResults());
        long previous = lastRollSeq > 0 ? lastRollSeq : numberedBefore(campaign, command.sessionId(), lookup);
        long rollSeq = previous + 1;
        // a session that committed to a dice seed rolls from it (provably fair); an older one draws a seed per roll
        DiceRoll roll = physical != null ? physical : Dice.roll(command.dice(), campaign.sessions()
                .diceSeed(command.sessionId())
                .map(seed -> FairDice.rollSeed(seed, command.sessionId().value(), rollSeq))
                .orElseGet(seeds::nextSeed));
        RollResolved resolved = new RollResolved(command.campaignId(), command.sessionId(), rollSeq,
                command.characterId(), command.label(), roll);
        apply(resolved);
        return resolved;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ApplyOutcome command, AggregateLookup lookup) {
        Campaign campaign = playing(command.campaignId(), command.sessionId(), lookup);
        Rejected.unless(command.requestId() != null && !command.requestId().isBlank(), OUTCOME_REQUEST_ID_REQUIRED,
                "request_id", "applying an outcome needs a request id (Idempotency-Key)");
        boolean applied = requireRoll(command.rollSeq(), campaign, command.sessionId(), lookup);
        Rejected.unless(!applied, OUTCOME_ALREADY_APPLIED, "roll_seq",
                "the outcome of roll " + command.rollSeq() + " was already applied");
        List<CharacterId> targets = Objects.requireNonNullElse(command.targets(), List.of());
        targets.forEach(target -> campaign.roster().requireLiveCharacter(target));
        apply(new OutcomeApplied(command.campaignId(), command.sessionId(), command.rollSeq(), command.requestId(),
                targets, command.requiresComplication(), command.summary()));
        if (command.consequenceGateId() != null) {
            // the GM decides the consequence: the gate waits on the campaign's GMs
            List<ParticipantId> gms = campaign.roster().participants().entrySet().stream()
                    .filter(e -> e.getValue().role() == ParticipantRole.GM).map(Map.Entry::getKey).toList();
            apply(new GateOpened(command.campaignId(), command.sessionId(), command.consequenceGateId(),
                    GM_CONSEQUENCE, FreeText.of("the consequence of roll " + command.rollSeq(), "reason"), gms));
        }
        Spotlight onGm = new Spotlight(SpotlightType.GM, null);
        if (command.spotlightToGm() && !onGm.equals(spotlight)) {
            apply(new SpotlightSet(command.campaignId(), command.sessionId(), SpotlightType.GM, null));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RejectOutcome command, AggregateLookup lookup) {
        Campaign campaign = playing(command.campaignId(), command.sessionId(), lookup);
        boolean applied = requireRoll(command.rollSeq(), campaign, command.sessionId(), lookup);
        Rejected.unless(!applied, OUTCOME_ALREADY_APPLIED, "roll_seq",
                "the outcome of roll " + command.rollSeq() + " was already applied");
        apply(new OutcomeRejected(command.campaignId(), command.sessionId(), command.rollSeq(), command.reasonCode(),
                command.message()));
    }

    /** The campaign, once it confirms that {@code sessionId} is its active session. */
    private static Campaign playing(CampaignId campaignId, SessionId sessionId, AggregateLookup lookup) {
        Campaign campaign = lookup.read(Campaign.class, campaignId.value(), Function.identity())
                .orElseThrow(() -> new Rejected(CAMPAIGN_NOT_FOUND, "no campaign " + campaignId));
        campaign.sessions().requireActive(sessionId);
        return campaign;
    }

    private Gate requireOpenGate(GateId gateId) {
        Rejected.unless(openGate != null && openGate.id().equals(gateId), GATE_NOT_FOUND, "gate_id",
                "gate " + gateId + " is not the open gate");
        return openGate;
    }

    /**
     * Whether the outcome of this session's roll {@code rollSeq} was applied, or the rejection: a number at or below
     * what earlier sessions numbered is another session's roll, any other number is no roll.
     */
    private boolean requireRoll(long rollSeq, Campaign campaign, SessionId sessionId, AggregateLookup lookup) {
        Roll roll = rolls.get(rollSeq);
        if (roll != null) {
            return roll.outcomeApplied();
        }
        long before = firstRollSeq > 0 ? firstRollSeq - 1 : numberedBefore(campaign, sessionId, lookup);
        Rejected.unless(rollSeq < 1 || rollSeq > before, ROLL_OTHER_SESSION, "roll_seq",
                "roll " + rollSeq + " belongs to an earlier session");
        throw new Rejected(ROLL_NOT_FOUND, "roll_seq", "no roll " + rollSeq);
    }

    /**
     * The last roll number the campaign gave before {@code sessionId}: that of the latest earlier session that rolled
     * (a session that never rolled may have no stream at all), or 0 when none did.
     */
    private static long numberedBefore(Campaign campaign, SessionId sessionId, AggregateLookup lookup) {
        for (SessionId earlier : campaign.sessions().startedBefore(sessionId)) {
            long last = lookup.read(Session.class, SessionStreamId.of(campaign.id(), earlier).value(),
                    Session::lastRollSeq).orElse(0L);
            if (last > 0) {
                return last;
            }
        }
        return 0;
    }

    private void identify(CampaignId campaignId, SessionId sessionId) {
        if (id == null) {
            id = SessionStreamId.of(campaignId, sessionId);
        }
    }

    @EventSourcingHandler
    void on(GateOpened event) {
        identify(event.campaignId(), event.sessionId());
        openGate = new Gate(event.gateId(), new LinkedHashSet<>(event.eligibleParticipantIds()), new HashSet<>());
    }

    @EventSourcingHandler
    void on(GateResponseRecorded event) {
        identify(event.campaignId(), event.sessionId());
        openGate.responded().add(event.participantId());
    }

    @EventSourcingHandler
    void on(GateResolved event) {
        identify(event.campaignId(), event.sessionId());
        openGate = null;
    }

    @EventSourcingHandler
    void on(GateAbandoned event) {
        identify(event.campaignId(), event.sessionId());
        openGate = null;
    }

    @EventSourcingHandler
    void on(SpotlightSet event) {
        identify(event.campaignId(), event.sessionId());
        spotlight = new Spotlight(event.spotlightType(), event.characterId());
    }

    @EventSourcingHandler
    void on(SpotlightCleared event) {
        identify(event.campaignId(), event.sessionId());
        spotlight = null;
    }

    @EventSourcingHandler
    void on(RollResolved event) {
        identify(event.campaignId(), event.sessionId());
        rolls.put(event.rollSeq(), new Roll(event.characterId(), false));
        if (firstRollSeq == 0) {
            firstRollSeq = event.rollSeq();
        }
        lastRollSeq = Math.max(lastRollSeq, event.rollSeq());
    }

    @EventSourcingHandler
    void on(OutcomeApplied event) {
        identify(event.campaignId(), event.sessionId());
        rolls.computeIfPresent(event.rollSeq(), (seq, roll) -> new Roll(roll.characterId(), true));
    }
}
