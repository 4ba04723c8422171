package dev.duality.core.campaign.api;

/** A command about one participant: the {@code SELF_OR_MANAGER} policy lets that participant send it. */
public interface ParticipantScoped extends CampaignScoped {
    ParticipantId participantId();
}
