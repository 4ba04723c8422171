package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;

/**
 * The aggregate id of a character's Daggerheart sheet: {@code daggerheart:character:<campaign id>:<character id>}.
 * Character ids are unique per campaign only, so the campaign is part of the id; the {@code daggerheart:} prefix
 * keeps it apart from core ids, which can never contain a {@code :}. The only place that builds it.
 */
public record DaggerheartCharacterId(CampaignId campaignId, CharacterId characterId) {
    public static final String PREFIX = "daggerheart:character:";

    public DaggerheartCharacterId {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
    }

    public static DaggerheartCharacterId of(CampaignId campaignId, CharacterId characterId) {
        return new DaggerheartCharacterId(campaignId, characterId);
    }

    /** The id as stored in the journal's {@code aggregate_identifier}; Axon takes it from {@code toString()}. */
    public String value() {
        return PREFIX + campaignId.value() + ":" + characterId.value();
    }

    @Override
    public String toString() {
        return value();
    }
}
