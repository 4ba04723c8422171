package dev.duality.core.campaign.api;

/**
 * A command about one character: the {@code CHARACTER_CONTROLLER} policy checks its owner, and admission refuses a game
 * system's command unless it names a live character of its campaign ({@code CHARACTER_NOT_FOUND}, {@code
 * CHARACTER_DELETED}, naming {@code character_id}).
 */
public interface CharacterScoped extends CampaignScoped {
    CharacterId characterId();
}
