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

/**
 * The core's own commands (each with its access policy, session-lock and gate rule), events (with their intent) and
 * aggregates. Out-of-game commands are refused during a session; play commands are refused while a gate is open.
 */
public final class CoreMessages implements MessageModule {

    @Override
    public List<CommandDefinition> commands() {
        return List.of(
                command("campaign.create", CreateCampaign.class, outOfGame(PUBLIC)),
                command("campaign.update", UpdateCampaign.class, outOfGame(MANAGER)),
                command("campaign.end", EndCampaign.class, outOfGame(MANAGER)),
                command("campaign.archive", ArchiveCampaign.class, outOfGame(MANAGER)),
                command("campaign.restore", RestoreCampaign.class, outOfGame(MANAGER)),
                command("participant.join", JoinParticipant.class, outOfGame(MANAGER)),
                command("participant.update", UpdateParticipant.class, outOfGame(MANAGER)),
                command("participant.leave", LeaveParticipant.class, outOfGame(SELF_OR_MANAGER)),
                command("invite.create", CreateInvite.class, outOfGame(MANAGER)),
                command("invite.claim", ClaimInvite.class, outOfGame(INVITE_HOLDER)),
                command("invite.revoke", RevokeInvite.class, outOfGame(MANAGER)),
                command("character.create", CreateCharacter.class, outOfGame(MEMBER)),
                command("character.update", UpdateCharacter.class, outOfGame(CHARACTER_CONTROLLER)),
                command("character.delete", DeleteCharacter.class, outOfGame(CHARACTER_CONTROLLER)),
                command("character.transfer", TransferCharacter.class, outOfGame(OWNER)),
                // readiness explains a refused start (an active session, an open gate) better than the lock would
                command("session.start", StartSession.class, always(MANAGER)),
                command("session.end", EndSession.class, inGame(MANAGER)),
                command("session.gate_open", OpenGate.class, inGame(MANAGER)),
                command("session.gate_record_response", RecordGateResponse.class, always(SELF_OR_MANAGER)),
                command("session.gate_resolve", ResolveGate.class, always(MANAGER)),
                command("session.gate_abandon", AbandonGate.class, always(MANAGER)),
                command("session.spotlight.set", SetSpotlight.class, always(GM)),
                command("session.spotlight.clear", ClearSpotlight.class, always(GM)),
                command("action.roll.resolve", ResolveRoll.class, inGame(MEMBER)),
                command("action.outcome.apply", ApplyOutcome.class, inGame(GM)),
                command("action.outcome.reject", RejectOutcome.class, inGame(GM)),
                command("story.note.add", AddStoryNote.class, always(MEMBER)));
    }

    @Override
    public List<EventDefinition> events() {
        return List.of(
                event("campaign.created", CampaignCreated.class),
                event("campaign.updated", CampaignUpdated.class),
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
                event("story.note_added", StoryNoteAdded.class, AUDIT_ONLY));
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Campaign.class, Session.class);
    }
}
