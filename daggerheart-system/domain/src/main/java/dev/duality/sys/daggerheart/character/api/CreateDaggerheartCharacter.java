package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.Subclass;

/**
 * {@code sys.daggerheart.character.create}: give an existing campaign character its Daggerheart sheet, at level 1
 * with its class (and, if already chosen, its subclass). The rest of character creation follows with
 * {@link UpdateCharacterProfile}; until every step is done the character cannot join a session.
 *
 * @param subclass one of the class's two subclasses, or null to choose it later
 */
public record CreateDaggerheartCharacter(CampaignId campaignId, CharacterId characterId,
                                         DaggerheartClass characterClass, Subclass subclass)
        implements CharacterCommand {
    public CreateDaggerheartCharacter {
        // refused here, naming the field, so a missing value never reaches the rules as a NullPointerException
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(characterClass, "character_class");
    }
}
