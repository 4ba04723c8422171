package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterScoped;
import dev.duality.core.value.Values;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code sys.daggerheart.character.create}: give an existing campaign character its level-1 Daggerheart sheet. The
 * sheet is its own aggregate, identified by the character's id.
 */
public record CreateDaggerheartCharacter(@TargetAggregateIdentifier CharacterId characterId, CampaignId campaignId,
                                         DaggerheartClass characterClass)
        implements CharacterScoped {
    public CreateDaggerheartCharacter {
        // refused here, naming the field, so a missing value never reaches the rules as a NullPointerException
        Values.required(characterId, "character_id");
        Values.required(campaignId, "campaign_id");
        Values.required(characterClass, "character_class");
    }
}
