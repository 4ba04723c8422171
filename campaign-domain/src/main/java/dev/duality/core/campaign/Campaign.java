package dev.duality.core.campaign;

import dev.duality.core.campaign.api.ArchiveCampaign;
import dev.duality.core.campaign.api.CampaignActivated;
import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignArchived;
import dev.duality.core.campaign.api.CampaignCreated;
import dev.duality.core.campaign.api.CampaignEnded;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignOperation;
import dev.duality.core.campaign.api.CampaignRestored;
import dev.duality.core.campaign.api.CampaignStatus;
import dev.duality.core.campaign.api.CampaignUpdated;
import dev.duality.core.campaign.api.CharacterCreated;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CreateCampaign;
import dev.duality.core.campaign.api.CreateCharacter;
import dev.duality.core.campaign.api.EndCampaign;
import dev.duality.core.campaign.api.JoinParticipant;
import dev.duality.core.campaign.api.LeaveParticipant;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantJoined;
import dev.duality.core.campaign.api.ParticipantLeft;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.campaign.api.ParticipantUpdated;
import dev.duality.core.campaign.api.RestoreCampaign;
import dev.duality.core.campaign.api.UpdateCampaign;
import dev.duality.core.campaign.api.UpdateParticipant;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.rejection.Rejected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import static dev.duality.core.campaign.api.CampaignRejection.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The campaign: its lifecycle, its participants and who owns which character. Command handlers check guard clauses
 * and apply events; event-sourcing handlers only change state.
 */
public class Campaign {
    @AggregateIdentifier
    private CampaignId id;
    private CampaignStatus status;
    private final Map<ParticipantId, Seat> participants = new HashMap<>();
    private final Map<CharacterId, ParticipantId> characterOwners = new HashMap<>();

    /** What the campaign needs to know of a participant to keep its invariants. */
    private record Seat(ParticipantRole role, CampaignAccess access) {
    }

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
    }

    @CommandHandler
    public void handle(UpdateCampaign command) {
        requireStatusAllows(CampaignOperation.UPDATE);
        Rejected.unless(command.name() != null || command.locale() != null || command.themePrompt() != null,
                CAMPAIGN_UPDATE_EMPTY, "an update needs at least one of name, locale, theme_prompt");
        apply(new CampaignUpdated(id, command.name(), command.locale(), command.themePrompt()));
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

    @CommandHandler
    public void handle(JoinParticipant command, @MetaDataValue(Envelope.ACTOR_ID) String actorId) {
        requireStatusAllows(CampaignOperation.MANAGE_PARTICIPANTS);
        Rejected.unless(!participants.containsKey(command.participantId()), PARTICIPANT_ALREADY_JOINED,
                "participant_id", "participant " + command.participantId() + " already joined");
        Rejected.unless(command.access() != CampaignAccess.OWNER || !isManager(actorId),
                PARTICIPANT_OWNER_ACCESS_RESERVED, "access", "only an owner may grant owner access");
        apply(new ParticipantJoined(id, command.participantId(), command.name(), command.role(), command.access()));
    }

    @CommandHandler
    public void handle(UpdateParticipant command, @MetaDataValue(Envelope.ACTOR_ID) String actorId) {
        requireStatusAllows(CampaignOperation.MANAGE_PARTICIPANTS);
        Seat seat = requireParticipant(command.participantId());
        CampaignAccess newAccess = command.access() == null ? seat.access() : command.access();
        boolean accessChanges = newAccess != seat.access();
        Rejected.unless(command.name() != null || command.role() != null || command.access() != null,
                PARTICIPANT_UPDATE_EMPTY, "an update needs at least one of name, role, access");
        boolean touchesOwner = seat.access() == CampaignAccess.OWNER || newAccess == CampaignAccess.OWNER;
        Rejected.unless(!(accessChanges && touchesOwner && isManager(actorId)), PARTICIPANT_OWNER_ACCESS_RESERVED,
                "access", "only an owner may change owner access");
        Rejected.unless(!(accessChanges && seat.access() == CampaignAccess.OWNER && ownerCount() == 1),
                CAMPAIGN_OWNER_REQUIRED, "access", "the campaign must keep at least one owner");
        apply(new ParticipantUpdated(id, command.participantId(), command.name(), command.role(), command.access()));
    }

    @CommandHandler
    public void handle(LeaveParticipant command, @MetaDataValue(Envelope.ACTOR_ID) String actorId) {
        requireStatusAllows(CampaignOperation.MANAGE_PARTICIPANTS);
        Seat seat = requireParticipant(command.participantId());
        boolean owner = seat.access() == CampaignAccess.OWNER;
        Rejected.unless(!(owner && isManager(actorId)), PARTICIPANT_OWNER_ACCESS_RESERVED, "participant_id",
                "only an owner may remove an owner");
        Rejected.unless(!(owner && ownerCount() == 1), CAMPAIGN_OWNER_REQUIRED, "participant_id",
                "the last owner cannot leave");
        Rejected.unless(!characterOwners.containsValue(command.participantId()), PARTICIPANT_OWNS_CHARACTERS,
                "participant_id", "participant " + command.participantId() + " still owns characters");
        apply(new ParticipantLeft(id, command.participantId(), command.reason()));
    }

    @CommandHandler
    public void handle(CreateCharacter command) {
        requireStatusAllows(CampaignOperation.MANAGE_CHARACTERS);
        Rejected.unless(!characterOwners.containsKey(command.characterId()), CHARACTER_ALREADY_EXISTS, "character_id",
                "character " + command.characterId() + " already exists");
        Rejected.unless(participants.containsKey(command.ownerParticipantId()), CHARACTER_OWNER_NOT_PARTICIPANT,
                "owner_participant_id", "owner " + command.ownerParticipantId() + " is not a participant");
        apply(new CharacterCreated(id, command.characterId(), command.ownerParticipantId(), command.name(),
                command.kind(), command.notes()));
    }

    private void requireStatusAllows(CampaignOperation operation) {
        Rejected.unless(status.allows(operation), CAMPAIGN_STATUS_FORBIDS_OPERATION,
                "a " + status.wireName() + " campaign does not allow " + operation.name().toLowerCase(java.util.Locale.ROOT));
    }

    private Seat requireParticipant(ParticipantId participantId) {
        Seat seat = participants.get(participantId);
        Rejected.unless(seat != null, PARTICIPANT_NOT_FOUND, "participant_id", "no participant " + participantId);
        return seat;
    }

    /** Managers have governance rights but may never touch owner access; unknown actors (admins) are not managers. */
    private boolean isManager(String actorId) {
        if (actorId == null) {
            return false;
        }
        return participants.entrySet().stream()
                .anyMatch(e -> e.getKey().value().equals(actorId) && e.getValue().access() == CampaignAccess.MANAGER);
    }

    private long ownerCount() {
        return participants.values().stream().filter(s -> s.access() == CampaignAccess.OWNER).count();
    }

    @EventSourcingHandler
    void on(CampaignCreated event) {
        id = event.campaignId();
        status = CampaignStatus.DRAFT;
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
    void on(CampaignUpdated event) {
        // descriptive fields live in read models; the decider needs none of them
    }

    @EventSourcingHandler
    void on(ParticipantJoined event) {
        participants.put(event.participantId(), new Seat(event.role(), event.access()));
    }

    @EventSourcingHandler
    void on(ParticipantUpdated event) {
        participants.computeIfPresent(event.participantId(), (pid, seat) -> new Seat(
                Objects.requireNonNullElse(event.role(), seat.role()),
                Objects.requireNonNullElse(event.access(), seat.access())));
    }

    @EventSourcingHandler
    void on(ParticipantLeft event) {
        participants.remove(event.participantId());
    }

    @EventSourcingHandler
    void on(CharacterCreated event) {
        characterOwners.put(event.characterId(), event.ownerParticipantId());
    }
}
