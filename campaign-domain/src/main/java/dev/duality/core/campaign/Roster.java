package dev.duality.core.campaign;

import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignOperation;
import dev.duality.core.campaign.api.CharacterCreated;
import dev.duality.core.campaign.api.CharacterDeleted;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.CharacterTransferred;
import dev.duality.core.campaign.api.CharacterUpdated;
import dev.duality.core.campaign.api.ClaimInvite;
import dev.duality.core.campaign.api.CreateCharacter;
import dev.duality.core.campaign.api.CreateInvite;
import dev.duality.core.campaign.api.DeleteCharacter;
import dev.duality.core.campaign.api.InviteClaimed;
import dev.duality.core.campaign.api.InviteCreated;
import dev.duality.core.campaign.api.InviteId;
import dev.duality.core.campaign.api.InviteRevoked;
import dev.duality.core.campaign.api.JoinParticipant;
import dev.duality.core.campaign.api.LeaveParticipant;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantJoined;
import dev.duality.core.campaign.api.ParticipantLeft;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.campaign.api.ParticipantTokenIssued;
import dev.duality.core.campaign.api.ParticipantUpdated;
import dev.duality.core.campaign.api.RevokeInvite;
import dev.duality.core.campaign.api.SecretHash;
import dev.duality.core.campaign.api.TransferCharacter;
import dev.duality.core.campaign.api.UpdateCharacter;
import dev.duality.core.campaign.api.UpdateParticipant;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.rejection.Rejected;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static dev.duality.core.campaign.api.CampaignRejection.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who sits at the table: participants with their role and access, characters with their owners, and open invites.
 * Keeps the roster invariants: at least one owner remains, managers never touch owner access, a participant who owns
 * characters cannot leave, deleted characters never change.
 */
public class Roster {
    private final Campaign campaign;
    private final Map<ParticipantId, Seat> participants = new LinkedHashMap<>();
    private final Map<CharacterId, CharacterState> characters = new LinkedHashMap<>();
    private final Map<InviteId, InviteState> invites = new LinkedHashMap<>();

    /** What the campaign needs to know of a participant to keep its invariants. */
    public record Seat(ParticipantRole role, CampaignAccess access) {
        /** Owners and managers govern the campaign. */
        public boolean governs() {
            return access == CampaignAccess.OWNER || access == CampaignAccess.MANAGER;
        }
    }

    /** What the campaign needs to know of a character. */
    public record CharacterState(ParticipantId owner, CharacterKind kind, boolean deleted) {
    }

    private record InviteState(SecretHash codeHash, ParticipantRole role, CampaignAccess access, Status status) {
        enum Status { OPEN, CLAIMED, REVOKED }
    }

    Roster(Campaign campaign) {
        this.campaign = campaign;
    }

    @CommandHandler
    public void handle(JoinParticipant command, @MetaDataValue(Envelope.ACTOR_ID) String actorId) {
        campaign.requireStatusAllows(CampaignOperation.MANAGE_PARTICIPANTS);
        Rejected.unless(!participants.containsKey(command.participantId()), PARTICIPANT_ALREADY_JOINED,
                "participant_id", "participant " + command.participantId() + " already joined");
        Rejected.unless(command.access() != CampaignAccess.OWNER || !isManager(actorId),
                PARTICIPANT_OWNER_ACCESS_RESERVED, "access", "only an owner may grant owner access");
        apply(new ParticipantJoined(campaign.id(), command.participantId(), command.name(), command.role(),
                command.access()));
    }

    @CommandHandler
    public void handle(UpdateParticipant command, @MetaDataValue(Envelope.ACTOR_ID) String actorId) {
        campaign.requireStatusAllows(CampaignOperation.MANAGE_PARTICIPANTS);
        Seat seat = requireParticipant(command.participantId(), "participant_id");
        Rejected.unless(command.name() != null || command.role() != null || command.access() != null,
                PARTICIPANT_UPDATE_EMPTY, "an update needs at least one of name, role, access");
        CampaignAccess newAccess = Objects.requireNonNullElse(command.access(), seat.access());
        boolean accessChanges = newAccess != seat.access();
        boolean touchesOwner = seat.access() == CampaignAccess.OWNER || newAccess == CampaignAccess.OWNER;
        Rejected.unless(!(accessChanges && touchesOwner && isManager(actorId)), PARTICIPANT_OWNER_ACCESS_RESERVED,
                "access", "only an owner may change owner access");
        boolean roleChanges = command.role() != null && command.role() != seat.role();
        boolean selfOrOwner = seat.access() == CampaignAccess.OWNER
                || command.participantId().value().equals(actorId);
        // otherwise a manager could demote the owner GM, or make themselves GM and gain its powers
        Rejected.unless(!(roleChanges && selfOrOwner && isManager(actorId)), PARTICIPANT_ROLE_CHANGE_RESERVED, "role",
                "a manager may not change an owner's role or their own");
        Rejected.unless(!(accessChanges && seat.access() == CampaignAccess.OWNER && ownerCount() == 1),
                CAMPAIGN_OWNER_REQUIRED, "access", "the campaign must keep at least one owner");
        apply(new ParticipantUpdated(campaign.id(), command.participantId(), command.name(), command.role(),
                command.access()));
    }

    @CommandHandler
    public void handle(LeaveParticipant command, @MetaDataValue(Envelope.ACTOR_ID) String actorId) {
        campaign.requireStatusAllows(CampaignOperation.MANAGE_PARTICIPANTS);
        Seat seat = requireParticipant(command.participantId(), "participant_id");
        boolean owner = seat.access() == CampaignAccess.OWNER;
        Rejected.unless(!(owner && isManager(actorId)), PARTICIPANT_OWNER_ACCESS_RESERVED, "participant_id",
                "only an owner may remove an owner");
        Rejected.unless(!(owner && ownerCount() == 1), CAMPAIGN_OWNER_REQUIRED, "participant_id",
                "the last owner cannot leave");
        Rejected.unless(charactersOwnedBy(command.participantId()).isEmpty(), PARTICIPANT_OWNS_CHARACTERS,
                "participant_id", "participant " + command.participantId() + " still owns characters");
        apply(new ParticipantLeft(campaign.id(), command.participantId(), command.reason()));
    }

    @CommandHandler
    public void handle(CreateCharacter command, @MetaDataValue(Envelope.ACTOR_ID) String actorId) {
        campaign.requireStatusAllows(CampaignOperation.MANAGE_CHARACTERS);
        Rejected.unless(!characters.containsKey(command.characterId()), CHARACTER_ALREADY_EXISTS, "character_id",
                "character " + command.characterId() + " already exists");
        Rejected.unless(participants.containsKey(command.ownerParticipantId()), CHARACTER_OWNER_NOT_PARTICIPANT,
                "owner_participant_id", "owner " + command.ownerParticipantId() + " is not a participant");
        Seat actor = seatOf(actorId);
        // members create their own characters; owners, managers and GMs may create them for anyone
        Rejected.unless(actor == null || actor.governs() || actor.role() == ParticipantRole.GM
                        || command.ownerParticipantId().value().equals(actorId), CHARACTER_OWNER_MUST_BE_SELF,
                "owner_participant_id", "members may only create characters they own");
        apply(new CharacterCreated(campaign.id(), command.characterId(), command.ownerParticipantId(), command.name(),
                command.kind(), command.notes()));
    }

    @CommandHandler
    public void handle(UpdateCharacter command) {
        campaign.requireStatusAllows(CampaignOperation.MANAGE_CHARACTERS);
        requireLiveCharacter(command.characterId());
        Rejected.unless(command.name() != null || command.kind() != null || command.notes() != null,
                CHARACTER_UPDATE_EMPTY, "an update needs at least one of name, kind, notes");
        apply(new CharacterUpdated(campaign.id(), command.characterId(), command.name(), command.kind(),
                command.notes()));
    }

    @CommandHandler
    public void handle(DeleteCharacter command) {
        campaign.requireStatusAllows(CampaignOperation.MANAGE_CHARACTERS);
        requireLiveCharacter(command.characterId());
        apply(new CharacterDeleted(campaign.id(), command.characterId(), command.reason()));
    }

    @CommandHandler
    public void handle(TransferCharacter command) {
        campaign.requireStatusAllows(CampaignOperation.MANAGE_CHARACTERS);
        CharacterState character = requireLiveCharacter(command.characterId());
        Rejected.unless(participants.containsKey(command.newOwnerParticipantId()), CHARACTER_OWNER_NOT_PARTICIPANT,
                "new_owner_participant_id", "owner " + command.newOwnerParticipantId() + " is not a participant");
        Rejected.unless(!character.owner().equals(command.newOwnerParticipantId()), CHARACTER_TRANSFER_SAME_OWNER,
                "new_owner_participant_id", "the character already belongs to " + command.newOwnerParticipantId());
        apply(new CharacterTransferred(campaign.id(), command.characterId(), character.owner(),
                command.newOwnerParticipantId()));
    }

    @CommandHandler
    public void handle(CreateInvite command, @MetaDataValue(Envelope.ACTOR_ID) String actorId) {
        campaign.requireStatusAllows(CampaignOperation.MANAGE_PARTICIPANTS);
        Rejected.unless(!invites.containsKey(command.inviteId()), INVITE_ALREADY_EXISTS, "invite_id",
                "invite " + command.inviteId() + " already exists");
        Rejected.unless(command.access() != CampaignAccess.OWNER || !isManager(actorId),
                PARTICIPANT_OWNER_ACCESS_RESERVED, "access", "only an owner may invite an owner");
        apply(new InviteCreated(campaign.id(), command.inviteId(), command.role(), command.access(),
                command.codeHash()));
    }

    @CommandHandler
    public void handle(ClaimInvite command) {
        campaign.requireStatusAllows(CampaignOperation.MANAGE_PARTICIPANTS);
        Map.Entry<InviteId, InviteState> match = invites.entrySet().stream()
                .filter(e -> e.getValue().codeHash().equals(command.codeHash())).findFirst()
                .orElseThrow(() -> new Rejected(INVITE_CODE_INVALID, "code", "the invite code is not valid here"));
        InviteState invite = match.getValue();
        Rejected.unless(invite.status() != InviteState.Status.CLAIMED, INVITE_ALREADY_CLAIMED, "code",
                "the invite was already used");
        Rejected.unless(invite.status() != InviteState.Status.REVOKED, INVITE_REVOKED, "code",
                "the invite was revoked");
        Rejected.unless(!participants.containsKey(command.participantId()), PARTICIPANT_ALREADY_JOINED,
                "participant_id", "participant " + command.participantId() + " already joined");
        apply(new InviteClaimed(campaign.id(), match.getKey(), command.participantId()));
        apply(new ParticipantJoined(campaign.id(), command.participantId(), command.name(), invite.role(),
                invite.access()));
        apply(new ParticipantTokenIssued(campaign.id(), command.participantId(), command.tokenHash()));
    }

    @CommandHandler
    public void handle(RevokeInvite command) {
        campaign.requireStatusAllows(CampaignOperation.MANAGE_PARTICIPANTS);
        InviteState invite = invites.get(command.inviteId());
        Rejected.unless(invite != null, INVITE_NOT_FOUND, "invite_id", "no invite " + command.inviteId());
        Rejected.unless(invite.status() == InviteState.Status.OPEN,
                invite.status() == InviteState.Status.CLAIMED ? INVITE_ALREADY_CLAIMED : INVITE_REVOKED,
                "invite_id", "the invite is no longer open");
        apply(new InviteRevoked(campaign.id(), command.inviteId()));
    }

    /** The seat of a participant actor, or null when the actor is not a participant. */
    public Seat seatOf(String actorId) {
        if (actorId == null) {
            return null;
        }
        return participants.entrySet().stream().filter(e -> e.getKey().value().equals(actorId))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    public Map<ParticipantId, Seat> participants() {
        return java.util.Collections.unmodifiableMap(participants);
    }

    /** Live (not deleted) characters in creation order. */
    public Map<CharacterId, CharacterState> liveCharacters() {
        Map<CharacterId, CharacterState> live = new LinkedHashMap<>();
        characters.forEach((id, c) -> {
            if (!c.deleted()) {
                live.put(id, c);
            }
        });
        return live;
    }

    public boolean owns(String participantId, CharacterId characterId) {
        CharacterState character = characters.get(characterId);
        return character != null && character.owner().value().equals(participantId);
    }

    /** A live character, or the rejection (naming {@code character_id}) that explains why it cannot be used. */
    public CharacterState requireLiveCharacter(CharacterId characterId) {
        return requireLiveCharacter(characterId, "character_id");
    }

    /** A live character, or the rejection, naming {@code field}, that explains why it cannot be used. */
    public CharacterState requireLiveCharacter(CharacterId characterId, String field) {
        CharacterState character = characters.get(characterId);
        Rejected.unless(character != null, CHARACTER_NOT_FOUND, field, "no character " + characterId);
        Rejected.unless(!character.deleted(), CHARACTER_DELETED, field, "character " + characterId + " was deleted");
        return character;
    }

    public Seat requireParticipant(ParticipantId participantId, String field) {
        Seat seat = participants.get(participantId);
        Rejected.unless(seat != null, PARTICIPANT_NOT_FOUND, field, "no participant " + participantId);
        return seat;
    }

    private List<CharacterId> charactersOwnedBy(ParticipantId participantId) {
        return liveCharacters().entrySet().stream().filter(e -> e.getValue().owner().equals(participantId))
                .map(Map.Entry::getKey).toList();
    }

    /** Managers have governance rights but never touch owner access; unknown actors (the admin) are not managers. */
    private boolean isManager(String actorId) {
        Seat seat = seatOf(actorId);
        return seat != null && seat.access() == CampaignAccess.MANAGER;
    }

    private long ownerCount() {
        return participants.values().stream().filter(s -> s.access() == CampaignAccess.OWNER).count();
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
        characters.put(event.characterId(), new CharacterState(event.ownerParticipantId(), event.kind(), false));
    }

    @EventSourcingHandler
    void on(CharacterUpdated event) {
        characters.computeIfPresent(event.characterId(), (cid, c) -> new CharacterState(c.owner(),
                Objects.requireNonNullElse(event.kind(), c.kind()), c.deleted()));
    }

    @EventSourcingHandler
    void on(CharacterDeleted event) {
        characters.computeIfPresent(event.characterId(), (cid, c) -> new CharacterState(c.owner(), c.kind(), true));
    }

    @EventSourcingHandler
    void on(CharacterTransferred event) {
        characters.computeIfPresent(event.characterId(),
                (cid, c) -> new CharacterState(event.toParticipantId(), c.kind(), c.deleted()));
    }

    @EventSourcingHandler
    void on(InviteCreated event) {
        invites.put(event.inviteId(), new InviteState(event.codeHash(), event.role(), event.access(),
                InviteState.Status.OPEN));
    }

    @EventSourcingHandler
    void on(InviteClaimed event) {
        invites.computeIfPresent(event.inviteId(), (iid, i) -> new InviteState(i.codeHash(), i.role(), i.access(),
                InviteState.Status.CLAIMED));
    }

    @EventSourcingHandler
    void on(InviteRevoked event) {
        invites.computeIfPresent(event.inviteId(), (iid, i) -> new InviteState(i.codeHash(), i.role(), i.access(),
                InviteState.Status.REVOKED));
    }
}
