package dev.duality.core;

import dev.duality.core.campaign.Campaign;
import dev.duality.core.campaign.api.*;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.MessageModule;

import java.util.List;

import static dev.duality.core.catalog.CommandDefinition.command;
import static dev.duality.core.catalog.EventDefinition.event;

/** The core's own commands, events and aggregates. */
public final class CoreMessages implements MessageModule {

    @Override
    public List<CommandDefinition> commands() {
        return List.of(
                command("campaign.create", CreateCampaign.class),
                command("campaign.update", UpdateCampaign.class),
                command("campaign.end", EndCampaign.class),
                command("campaign.archive", ArchiveCampaign.class),
                command("campaign.restore", RestoreCampaign.class),
                command("participant.join", JoinParticipant.class),
                command("participant.update", UpdateParticipant.class),
                command("participant.leave", LeaveParticipant.class),
                command("character.create", CreateCharacter.class));
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
                event("character.created", CharacterCreated.class));
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(Campaign.class);
    }
}
