package dev.duality.core;

import dev.duality.core.action.api.*;
import dev.duality.core.campaign.Campaign;
import dev.duality.core.campaign.api.*;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.MessageModule;
import dev.duality.core.session.Session;
import dev.duality.core.session.api.*;

import java.util.List;

import static dev.duality.core.catalog.CommandDefinition.command;
import static dev.duality.core.catalog.CommandPolicy.Access.*;
import static dev.duality.core.catalog.CommandPolicy.always;
import static dev.duality.core.catalog.CommandPolicy.inGame;
import static dev.duality.core.catalog.CommandPolicy.outOfGame;
import static dev.duality.core.catalog.EventDefinition.event;
import static dev.duality.core.catalog.Intent.AUDIT_ONLY;
import static dev.duality.core.catalog.Intent.REPLAY_ONLY;
import static dev.duality.core.action.api.ActionRejection.*;
import static dev.duality.core.campaign.api.CampaignRejection.*;
import static dev.duality.core.session.api.SessionRejection.*;
import static dev.duality.core.value.ValueRejection.VALUE_OUT_OF_RANGE;
import static dev.duality.core.value.ValueRejection.VALUE_REQUIRED;

/**
 * The core's own commands (each with its access policy, session-lock and gate rule), events (with their intent) and
 * aggregates. Out-of-game commands are refused during a session; play commands are refused while a gate is open.
 */
public final class CoreMessages implements MessageModule {

    @Override
    public List<CommandDefinition> commands() {
        return List.of(
                command("campaign.create", CreateCampaign.class, outOfGame(PUBLIC),
                        CAMPAIGN_GAME_SYSTEM_UNSUPPORTED),
                command("campaign.update", UpdateCampaign.class, outOfGame(MANAGER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, CAMPAIGN_UPDATE_EMPTY),
                command("campaign.game_system.upgrade", UpgradeGameSystem.class, outOfGame(OWNER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, CAMPAIGN_GAME_SYSTEM_UNSUPPORTED,
                        CAMPAIGN_GAME_SYSTEM_NOT_NEWER),
                command("campaign.end", EndCampaign.class, outOfGame(MANAGER), CAMPAIGN_STATUS_FORBIDS_OPERATION),
                command("campaign.archive", ArchiveCampaign.class, outOfGame(MANAGER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION),
                command("campaign.restore", RestoreCampaign.class, outOfGame(MANAGER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION),
                command("participant.join", JoinParticipant.class, outOfGame(MANAGER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, PARTICIPANT_ALREADY_JOINED,
                        PARTICIPANT_OWNER_ACCESS_RESERVED),
                command("participant.update", UpdateParticipant.class, outOfGame(MANAGER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, PARTICIPANT_NOT_FOUND, PARTICIPANT_UPDATE_EMPTY,
                        PARTICIPANT_OWNER_ACCESS_RESERVED, PARTICIPANT_ROLE_CHANGE_RESERVED, CAMPAIGN_OWNER_REQUIRED),
                command("participant.leave", LeaveParticipant.class, outOfGame(SELF_OR_MANAGER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, PARTICIPANT_NOT_FOUND, PARTICIPANT_OWNER_ACCESS_RESERVED,
                        CAMPAIGN_OWNER_REQUIRED, PARTICIPANT_OWNS_CHARACTERS),
                command("invite.create", CreateInvite.class, outOfGame(MANAGER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, INVITE_ALREADY_EXISTS, PARTICIPANT_OWNER_ACCESS_RESERVED),
                command("invite.claim", ClaimInvite.class, outOfGame(INVITE_HOLDER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, INVITE_CODE_INVALID, INVITE_ALREADY_CLAIMED, INVITE_REVOKED,
                        PARTICIPANT_ALREADY_JOINED),
                command("invite.revoke", RevokeInvite.class, outOfGame(MANAGER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, INVITE_NOT_FOUND, INVITE_ALREADY_CLAIMED, INVITE_REVOKED),
                command("character.create", CreateCharacter.class, outOfGame(MEMBER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, CHARACTER_ALREADY_EXISTS, CHARACTER_OWNER_NOT_PARTICIPANT,
                        CHARACTER_OWNER_MUST_BE_SELF),
                command("character.update", UpdateCharacter.class, outOfGame(CHARACTER_CONTROLLER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, CHARACTER_NOT_FOUND, CHARACTER_DELETED,
                        CHARACTER_UPDATE_EMPTY),
                command("character.delete", DeleteCharacter.class, outOfGame(CHARACTER_CONTROLLER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, CHARACTER_NOT_FOUND, CHARACTER_DELETED),
                command("character.transfer", TransferCharacter.class, outOfGame(OWNER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, CHARACTER_NOT_FOUND, CHARACTER_DELETED,
                        CHARACTER_OWNER_NOT_PARTICIPANT, CHARACTER_TRANSFER_SAME_OWNER),
                // readiness explains a refused start (an active session, an open gate) better than the lock would
                command("session.start", StartSession.class, always(MANAGER),
                        SESSION_ALREADY_EXISTS, SESSION_READINESS_CAMPAIGN_STATUS, SESSION_READINESS_SESSION_ACTIVE,
                        SESSION_READINESS_NO_GM, SESSION_READINESS_NO_PLAYER,
                        SESSION_READINESS_PLAYER_WITHOUT_CHARACTER, SESSION_READINESS_CHARACTER_WITHOUT_CONTROLLER,
                        SESSION_READINESS_CHARACTER_NOT_READY),
                command("session.end", EndSession.class, inGame(MANAGER), SESSION_NOT_FOUND, SESSION_NOT_ACTIVE),
                command("session.gate_open", OpenGate.class, inGame(MANAGER),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, SESSION_GATE_OPEN, GATE_ELIGIBLE_NOT_PARTICIPANT),
                command("session.gate_record_response", RecordGateResponse.class, always(SELF_OR_MANAGER),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, GATE_NOT_FOUND, GATE_PARTICIPANT_NOT_ELIGIBLE,
                        GATE_RESPONSE_ALREADY_RECORDED),
                command("session.gate_resolve", ResolveGate.class, always(MANAGER),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, GATE_NOT_FOUND),
                command("session.gate_abandon", AbandonGate.class, always(MANAGER),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, GATE_NOT_FOUND),
                command("session.spotlight.set", SetSpotlight.class, always(GM),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, SPOTLIGHT_CHARACTER_REQUIRED,
                        SPOTLIGHT_GM_TAKES_NO_CHARACTER, CHARACTER_NOT_FOUND, CHARACTER_DELETED, SPOTLIGHT_UNCHANGED),
                command("session.spotlight.clear", ClearSpotlight.class, always(GM),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, SPOTLIGHT_UNCHANGED),
                command("action.roll.resolve", ResolveRoll.class, inGame(MEMBER),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, CHARACTER_NOT_FOUND, CHARACTER_DELETED,
                        VALUE_REQUIRED, VALUE_OUT_OF_RANGE),
                command("action.outcome.apply", ApplyOutcome.class, inGame(GM),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, OUTCOME_REQUEST_ID_REQUIRED, ROLL_NOT_FOUND,
                        ROLL_OTHER_SESSION, OUTCOME_ALREADY_APPLIED, CHARACTER_NOT_FOUND, CHARACTER_DELETED),
                command("action.outcome.reject", RejectOutcome.class, inGame(GM),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, ROLL_NOT_FOUND, ROLL_OTHER_SESSION,
                        OUTCOME_ALREADY_APPLIED),
                command("story.note.add", AddStoryNote.class, always(MEMBER),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, CHARACTER_NOT_FOUND, CHARACTER_DELETED),
                command("story.gm_note.add", AddGmNote.class, always(GM),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, CHARACTER_NOT_FOUND, CHARACTER_DELETED),
                command("story.gm_note.reveal", RevealGmNote.class, always(GM),
                        CAMPAIGN_STATUS_FORBIDS_OPERATION, NOTE_NOT_FOUND, NOTE_ALREADY_REVEALED));
    }

    @Override
    public List<EventDefinition> events() {
        return List.of(
                event("campaign.created", CampaignCreated.class),
                event("campaign.updated", CampaignUpdated.class),
                event("campaign.game_system_upgraded", GameSystemUpgraded.class),
                event("campaign.activated", CampaignActivated.class),
                event("campaign.ended", CampaignEnded.class),
                event("campaign.archived", CampaignArchived.class),
                event("campaign.restored", CampaignRestored.class),
                event("participant.joined", ParticipantJoined.class),
                event("participant.updated", ParticipantUpdated.class),
                event("participant.left", ParticipantLeft.class),
                event("participant.token_issued", ParticipantTokenIssued.class),
                event("invite.created", InviteCreated.class),
                event("invite.claimed", InviteClaimed.class),
                event("invite.revoked", InviteRevoked.class),
                event("character.created", CharacterCreated.class),
                event("character.updated", CharacterUpdated.class),
                event("character.deleted", CharacterDeleted.class),
                event("character.transferred", CharacterTransferred.class),
                event("session.started", SessionStarted.class),
                event("session.ended", SessionEnded.class),
                event("session.gate_opened", GateOpened.class),
                event("session.gate_response_recorded", GateResponseRecorded.class),
                event("session.gate_resolved", GateResolved.class),
                event("session.gate_abandoned", GateAbandoned.class),
                event("session.spotlight_set", SpotlightSet.class),
                event("session.spotlight_cleared", SpotlightCleared.class),
                event("action.roll_resolved", RollResolved.class, REPLAY_ONLY),
                event("action.outcome_applied", OutcomeApplied.class, REPLAY_ONLY),
                event("action.outcome_rejected", OutcomeRejected.class, AUDIT_ONLY),
                event("story.note_added", StoryNoteAdded.class, AUDIT_ONLY),
                event("story.gm_note_added", GmNoteAdded.class, REPLAY_ONLY),
                event("story.gm_note_revealed", GmNoteRevealed.class, REPLAY_ONLY));
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Campaign.class, Session.class);
    }
}
