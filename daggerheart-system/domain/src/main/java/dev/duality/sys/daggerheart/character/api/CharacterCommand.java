package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CharacterScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A command about one character's Daggerheart sheet: it names a character of a campaign (the admission check makes
 * sure it is a live character of that campaign) and is decided by that character's sheet aggregate.
 */
public interface CharacterCommand extends CharacterScoped {
    @TargetAggregateIdentifier
    default DaggerheartCharacterId sheetId() {
        return DaggerheartCharacterId.of(campaignId(), characterId());
    }
}
