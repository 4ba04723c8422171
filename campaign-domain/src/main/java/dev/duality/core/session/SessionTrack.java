package dev.duality.core.session;

import dev.duality.core.action.api.ActionRejection;
import dev.duality.core.action.api.AddGmNote;
import dev.duality.core.action.api.AddStoryNote;
import dev.duality.core.action.api.GmNoteAdded;
import dev.duality.core.action.api.GmNoteRevealed;
import dev.duality.core.action.api.NoteId;
import dev.duality.core.action.api.RevealGmNote;
import dev.duality.core.action.api.StoryNoteAdded;
import dev.duality.core.campaign.Campaign;
import dev.duality.core.campaign.Roster;
import dev.duality.core.campaign.api.CampaignActivated;
import dev.duality.core.campaign.api.CampaignOperation;
import dev.duality.core.campaign.api.CampaignStatus;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.dice.FairDice;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.EndSession;
import dev.duality.core.session.api.SessionEnded;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStarted;
import dev.duality.core.session.api.StartSession;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.core.system.SessionEnd;
import dev.duality.core.system.SystemRuntime;
import dev.duality.core.value.Wire;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.duality.core.session.api.SessionRejection.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The campaign's side of its sessions: start (with the readiness rules, the first-session bootstrap and the draft
 * campaign's activation) and end, the ordered list of sessions and the active one, and story notes. These invariants
 * (one active session, the session lock, readiness) are the campaign's, so {@code session.started} and
 * {@code session.ended} stay in the campaign's stream. What happens inside a session (gates, the spotlight, rolls and
 * outcomes) is decided by the {@link Session} aggregate, which asks this track whether its session is playing.
 */
public class SessionTrack {
    private final Campaign campaign;
    /** Every session started, in start order. */
    private final List<SessionId> started = new ArrayList<>();
    private final Set<SessionId> known = new HashSet<>();
    /** The GMs' secret notes, by id, and those revealed to the table. */
    private final Map<NoteId, GmNoteAdded> gmNotes = new HashMap<>();
    private final Set<NoteId> revealedNotes = new HashSet<>();
    /** The dice seed each session committed to, kept for its rolls and revealed when it ends. */
    private final Map<SessionId, String> diceSeeds = new HashMap<>();
    private SessionId active;

    public SessionTrack(Campaign campaign) {
        this.campaign = campaign;
    }

    public boolean hasActiveSession() {
        return active != null;
    }

    /** The active session, if one is playing. */
    public Optional<SessionId> active() {
        return Optional.ofNullable(active);
    }

    /** The dice seed {@code sessionId} committed to at its start; empty for a session that committed to none. */
    public Optional<String> diceSeed(SessionId sessionId) {
        return Optional.ofNullable(diceSeeds.get(sessionId));
    }

    /** Every session the campaign started, in start order. */
    public List<SessionId> started() {
        return Collections.unmodifiableList(started);
    }

    /** The sessions started before {@code sessionId}, the latest first; empty when it is unknown or the first. */
    public List<SessionId> startedBefore(SessionId sessionId) {
        int index = started.indexOf(sessionId);
        List<SessionId> earlier = new ArrayList<>(started.subList(0, Math.max(index, 0)));
        Collections.reverse(earlier);
        return earlier;
    }

    /**
     * Refuses play in any session but the active one: {@code SESSION_NOT_FOUND} for a session the campaign never
     * started, {@code SESSION_NOT_ACTIVE} for one that ended (so a session's stream takes nothing once it ended).
     */
    public void requireActive(SessionId sessionId) {
        Rejected.unless(known.contains(sessionId), SESSION_NOT_FOUND, "session_id", "no session " + sessionId);
        Rejected.unless(sessionId.equals(active), SESSION_NOT_ACTIVE, "session_id",
                "session " + sessionId + " is not active");
    }

    @CommandHandler
    public void handle(StartSession command, SystemRuntime systems) {
        Rejected.unless(!known.contains(command.sessionId()), SESSION_ALREADY_EXISTS, "session_id",
                "session " + command.sessionId() + " already exists");
        List<ReadinessBlocker> blockers = readinessBlockers(systems);
        if (!blockers.isEmpty()) {
            throw new SessionNotReady(blockers);
        }
        boolean firstSession = started.isEmpty();
        String seed = command.diceSeed() == null ? null : FairDice.requireSeed(command.diceSeed(), "dice_seed");
        apply(new SessionStarted(campaign.id(), command.sessionId(), command.name(),
                seed == null ? null : FairDice.commitment(seed), seed));
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
        return new FirstSession(campaign.id(), playerCharacters(), liveCharacters());
    }

    private List<CharacterId> playerCharacters() {
        return campaign.roster().liveCharacters().entrySet().stream()
                .filter(e -> e.getValue().kind() == CharacterKind.PC).map(Map.Entry::getKey).toList();
    }

    private List<CharacterId> liveCharacters() {
        return List.copyOf(campaign.roster().liveCharacters().keySet());
    }

    /**
     * Ends the active session, then lets the campaign's game system end what lasts until the end of a session, in the
     * same decision: the system's commands run nested after {@code session.ended}, as the first-session bootstrap runs
     * after {@code session.started}.
     */
    @CommandHandler
    public void handle(EndSession command, SystemRuntime systems) {
        requireActive(command.sessionId());
        apply(new SessionEnded(campaign.id(), command.sessionId(), diceSeeds.get(command.sessionId())));
        systems.endSession(campaign.systemId(), campaign.systemVersion(),
                new SessionEnd(campaign.id(), command.sessionId(), playerCharacters(), liveCharacters()));
    }

    @CommandHandler
    public void handle(AddStoryNote command) {
        requireStoryOpen(command.characterId());
        apply(new StoryNoteAdded(campaign.id(), active, command.content(), command.characterId()));
    }

    /** A secret note of the GMs, told to the table only when revealed. */
    @CommandHandler
    public void handle(AddGmNote command) {
        requireStoryOpen(command.characterId());
        apply(new GmNoteAdded(campaign.id(), active, command.noteId(), command.content(), command.characterId()));
    }

    @CommandHandler
    public void handle(RevealGmNote command) {
        requireStoryOpen(null);
        GmNoteAdded note = gmNotes.get(command.noteId());
        Rejected.unless(note != null, ActionRejection.NOTE_NOT_FOUND, "note_id", "no GM note " + command.noteId());
        Rejected.unless(!revealedNotes.contains(command.noteId()), ActionRejection.NOTE_ALREADY_REVEALED, "note_id",
                "GM note " + command.noteId() + " was already revealed");
        apply(new GmNoteRevealed(campaign.id(), note.noteId(), note.content(), note.characterId()));
    }

    /**
     * A note adds to the campaign's story: in play during a session, like an update outside one; a completed or
     * archived campaign takes none. A note about a character needs a live one.
     */
    private void requireStoryOpen(CharacterId about) {
        campaign.requireStatusAllows(active != null ? CampaignOperation.PLAY : CampaignOperation.UPDATE);
        if (about != null) {
            campaign.roster().requireLiveCharacter(about);
        }
    }

    @EventSourcingHandler
    void on(GmNoteAdded event) {
        gmNotes.put(event.noteId(), event);
    }

    @EventSourcingHandler
    void on(GmNoteRevealed event) {
        revealedNotes.add(event.noteId());
    }

    @EventSourcingHandler
    void on(SessionStarted event) {
        if (known.add(event.sessionId())) {
            started.add(event.sessionId());
        }
        active = event.sessionId();
        if (event.diceSeedSecret() != null) {
            diceSeeds.put(event.sessionId(), event.diceSeedSecret());
        }
    }

    @EventSourcingHandler
    void on(SessionEnded event) {
        active = null;
    }
}
