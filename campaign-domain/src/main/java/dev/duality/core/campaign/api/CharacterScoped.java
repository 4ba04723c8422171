package dev.duality.core.campaign.api;

/** A command about one character: the {@code CHARACTER_CONTROLLER} policy checks its owner. */
public interface CharacterScoped extends CampaignScoped {
    CharacterId characterId();
}
