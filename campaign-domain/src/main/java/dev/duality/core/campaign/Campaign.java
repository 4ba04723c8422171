package dev.duality.core.campaign;

import dev.duality.core.campaign.api.ArchiveCampaign;
import dev.duality.core.value.Wire;
import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignActivated;
import dev.duality.core.campaign.api.CampaignArchived;
import dev.duality.core.campaign.api.CampaignCreated;
import dev.duality.core.campaign.api.CampaignEnded;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignOperation;
import dev.duality.core.campaign.api.CampaignRestored;
import dev.duality.core.campaign.api.CampaignStatus;
import dev.duality.core.campaign.api.CampaignUpdated;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterScoped;
import dev.duality.core.campaign.api.CharactersScoped;
import dev.duality.core.campaign.api.CreateCampaign;
import dev.duality.core.campaign.api.EndCampaign;
import dev.duality.core.campaign.api.GameSystemUpgraded;
import dev.duality.core.campaign.api.ParticipantJoined;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.campaign.api.ParticipantScoped;
import dev.duality.core.campaign.api.ParticipantTokenIssued;
import dev.duality.core.campaign.api.RestoreCampaign;
import dev.duality.core.campaign.api.UpdateCampaign;
import dev.duality.core.campaign.api.UpgradeGameSystem;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.CommandPolicy;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.catalog.Owner;
import dev.duality.core.envelope.Actors;
import dev.duality.core.envelope.EnvelopeRejection;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.Session;
import dev.duality.core.session.SessionTrack;
import dev.duality.core.session.api.SessionRejection;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.core.system.SystemVersion;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import static dev.duality.core.campaign.api.AuthzRejection.*;
import static dev.duality.core.campaign.api.CampaignRejection.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The campaign: the consistency boundary and journal stream of what the core decides about a table as a whole. The
 * root owns the lifecycle and admits commands (access policy, game system and characters of system commands, session
 * lock, open gate); {@link Roster} owns participants, characters and invites; {@link SessionTrack} owns the start and
 * end of sessions (which stay in this stream), which one is active, and story notes. What happens inside a session
 * (gates, spotlight, rolls, outcomes) is each session's own {@link Session} aggregate, with a stream of its own.
 * Command handlers check guard clauses and apply events; event-sourcing handlers only change state.
 */
public class Campaign {
    @AggregateIdentifier
    private CampaignId id;
    private CampaignStatus status;
    private String systemId;
    private String systemVersion;
    @AggregateMember
    private final Roster roster = new Roster(this);
    @AggregateMember
    private final SessionTrack sessions = new SessionTrack(this);

    protected Campaign() {
        // for Axon's event-sourced loading
    }

    @CommandHandler
    public Campaign(CreateCampaign command, MessageCatalog catalog) {
        Rejected.unless(catalog.supportsSystem(command.gameSystem().id(), command.gameSystem().version()),
                CAMPAIGN_GAME_SYSTEM_UNSUPPORTED, "game_system",
                "no game system '" + command.gameSystem().id() + "' at version '" + command.gameSystem().version() + "'");
        apply(new CampaignCreated(command.campaignId(), command.name(), command.locale(), command.themePrompt(),
                command.gameSystem().id(), command.gameSystem().version()));
        apply(new ParticipantJoined(command.campaignId(), command.ownerParticipantId(), command.ownerName(),
                ParticipantRole.GM, CampaignAccess.OWNER));
        apply(new ParticipantTokenIssued(command.campaignId(), command.ownerParticipantId(), command.ownerTokenHash()));
    }

    @CommandHandler
    public void handle(UpdateCampaign command) {
        requireStatusAllows(CampaignOperation.UPDATE);
        Rejected.unless(command.name() != null || command.locale() != null || command.themePrompt() != null,
                CAMPAIGN_UPDATE_EMPTY, "an update needs at least one of name, locale, theme_prompt");
        apply(new CampaignUpdated(id, command.name(), command.locale(), command.themePrompt()));
    }

    @CommandHandler
    public void handle(UpgradeGameSystem command, MessageCatalog catalog) {
        requireStatusAllows(CampaignOperation.UPDATE);
        Optional<SystemVersion> target = SystemVersion.parse(command.version());
        Rejected.unless(target.isPresent() && catalog.supportsSystem(systemId, command.version()),
                CAMPAIGN_GAME_SYSTEM_UNSUPPORTED, "version",
                "no game system '" + systemId + "' at version '" + command.version() + "'");
        // a campaign's version may be one no module serves any more: then any served version is newer
        boolean newer = SystemVersion.parse(systemVersion).map(current -> target.get().compareTo(current) > 0)
                .orElse(true);
        Rejected.unless(newer, CAMPAIGN_GAME_SYSTEM_NOT_NEWER, "version",
                "the campaign already plays " + systemId + " " + systemVersion);
        apply(new GameSystemUpgraded(id, systemId, systemVersion, target.get().toString()));
    }

    /**
     * A game system's command runs only while the system's module still serves the rules version this campaign
     * plays; a campaign of a major version it no longer serves waits for its owner's upgrade.
     */
    public void requireRulesServed(MessageCatalog catalog) {
        Rejected.unless(catalog.supportsSystem(systemId, systemVersion), EnvelopeRejection.SYSTEM_VERSION_UNSUPPORTED,
                "game_system", "campaign " + id + " plays " + systemId + " " + systemVersion
                        + ", which this service no longer serves: its owner can upgrade it (campaign.game_system.upgrade)");
    }

    @CommandHandler
    public void handle(EndCampaign command) {
        requireStatusAllows(CampaignOperation.END);
        apply(new CampaignEnded(id));
    }

    @CommandHandler
    public void handle(ArchiveCampaign command) {
        requireStatusAllows(CampaignOperation.ARCHIVE);
        apply(new CampaignArchived(id));
    }

    @CommandHandler
    public void handle(RestoreCampaign command) {
        requireStatusAllows(CampaignOperation.RESTORE);
        apply(new CampaignRestored(id));
    }

    /**
     * Admits a command against its catalog definition before any handler decides: first who may send it (the admin
     * passes every access policy), then what {@link #admitNested} checks.
     *
     * @param openGate whether a session's aggregate has a gate open; asked about the active session only, and only
     *                 when the command's policy cares
     */
    public void admit(CommandDefinition definition, Object command, String actorId,
                      Predicate<SessionStreamId> openGate) {
        if (!Actors.ADMIN.equals(actorId)) {
            authorize(definition.policy().access(), command, actorId);
        }
        admitNested(definition, command, openGate);
    }

    /**
     * Admits a command that another command's decision sent in the same unit of work (a game system's first-session
     * bootstrap inside {@code session.start}): whoever sent the outer command was authorized for the whole decision,
     * so only the rest applies. A game system's command must be of the system this campaign plays and name live
     * characters of it; then the session lock; then an open gate of the active session.
     */
    public void admitNested(CommandDefinition definition, Object command, Predicate<SessionStreamId> openGate) {
        Owner owner = definition.owner();
        if (!owner.isCore()) {
            Rejected.unless(owner.systemId().equals(systemId), CAMPAIGN_SYSTEM_MISMATCH,
                    "campaign " + id + " plays " + systemId + ", not " + owner.systemId());
            requireLiveCharacters(command);
        }
        CommandPolicy policy = definition.policy();
        Rejected.unless(policy.allowedDuringSession() || !sessions.hasActiveSession(), SessionRejection.SESSION_ACTIVE,
                "not allowed while a session is active");
        Rejected.unless(policy.allowedWhileGateOpen() || activeSession().filter(openGate).isEmpty(),
                SessionRejection.SESSION_GATE_OPEN, "not allowed while a session gate is open");
    }

    /** The characters a game system's command names must be live characters of this campaign. */
    private void requireLiveCharacters(Object command) {
        if (command instanceof CharacterScoped scoped) {
            roster.requireLiveCharacter(scoped.characterId());
        }
        if (command instanceof CharactersScoped scoped) {
            List<CharacterId> characters = Objects.requireNonNullElse(scoped.characterIds(), List.of());
            for (int i = 0; i < characters.size(); i++) {
                roster.requireLiveCharacter(characters.get(i), scoped.charactersField() + "[" + i + "]");
            }
        }
    }

    private void authorize(CommandPolicy.Access access, Object command, String actorId) {
        if (access == CommandPolicy.Access.PUBLIC || access == CommandPolicy.Access.INVITE_HOLDER) {
            return;
        }
        Roster.Seat seat = roster.seatOf(actorId);
        Rejected.unless(seat != null, AUTHZ_DENY_NOT_A_MEMBER, "not a participant of this campaign");
        switch (access) {
            case MEMBER -> {
                // any participant
            }
            case MANAGER -> Rejected.unless(seat.governs(), AUTHZ_DENY_REQUIRES_MANAGER, "owners and managers only");
            case OWNER -> Rejected.unless(seat.access() == CampaignAccess.OWNER, AUTHZ_DENY_REQUIRES_OWNER,
                    "owners only");
            case GM -> Rejected.unless(seat.role() == ParticipantRole.GM, AUTHZ_DENY_REQUIRES_GM, "GMs only");
            case SELF_OR_MANAGER -> Rejected.unless(seat.governs()
                            || command instanceof ParticipantScoped scoped && scoped.participantId().value().equals(actorId),
                    AUTHZ_DENY_NOT_SELF_OR_MANAGER, "only the participant concerned, owners and managers");
            case CHARACTER_CONTROLLER -> Rejected.unless(seat.role() == ParticipantRole.GM
                            || command instanceof CharacterScoped scoped && roster.owns(actorId, scoped.characterId())
                            || command instanceof CharactersScoped many && ownsAll(actorId, many.characterIds()),
                    AUTHZ_DENY_NOT_CHARACTER_CONTROLLER, "only the characters' owner or a GM");
            default -> throw new IllegalStateException("unhandled access " + access);
        }
    }

    private boolean ownsAll(String actorId, List<CharacterId> characters) {
        return characters != null && !characters.isEmpty()
                && characters.stream().allMatch(character -> roster.owns(actorId, character));
    }

    /** Refuses the command unless the campaign's status allows the operation; used by the members' guards too. */
    public void requireStatusAllows(CampaignOperation operation) {
        Rejected.unless(status.allows(operation), CAMPAIGN_STATUS_FORBIDS_OPERATION,
                "a " + Wire.name(status) + " campaign does not allow " + operation.name().toLowerCase(Locale.ROOT));
    }

    public CampaignStatus status() {
        return status;
    }

    public CampaignId id() {
        return id;
    }

    public String systemId() {
        return systemId;
    }

    public String systemVersion() {
        return systemVersion;
    }

    public Roster roster() {
        return roster;
    }

    /** The campaign's sessions: which it started, in order, and which one is active. */
    public SessionTrack sessions() {
        return sessions;
    }

    /** The play stream of the active session, if one is active (it may not have a stream yet). */
    public Optional<SessionStreamId> activeSession() {
        return sessions.active().map(active -> SessionStreamId.of(id, active));
    }

    @EventSourcingHandler
    void on(CampaignCreated event) {
        id = event.campaignId();
        status = CampaignStatus.DRAFT;
        systemId = event.gameSystemId();
        systemVersion = event.gameSystemVersion();
    }

    @EventSourcingHandler
    void on(CampaignActivated event) {
        status = CampaignStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(CampaignEnded event) {
        status = CampaignStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(CampaignArchived event) {
        status = CampaignStatus.ARCHIVED;
    }

    @EventSourcingHandler
    void on(CampaignRestored event) {
        status = CampaignStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(GameSystemUpgraded event) {
        systemVersion = event.toVersion();
    }

    @EventSourcingHandler
    void on(CampaignUpdated event) {
        // descriptive fields live in read models; the decider needs none of them
    }

    @EventSourcingHandler
    void on(ParticipantTokenIssued event) {
        // token hashes live in the access-token read model; the decider needs none of them
    }
}
