package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;

/**
 * {@code sys.daggerheart.character_state.patch}: set a character's tracks directly (a GM ruling, a feature, a
 * potion, a roll's outcome). Each value given is the new value; {@code before}, when given, must match the current
 * values, so a stale client is refused instead of overwriting a change it has not seen. A patch that changes nothing
 * is refused.
 *
 * @param hpMarked     HP slots marked, 0..HP max
 * @param stressMarked Stress slots marked, 0..Stress max; marking the last one makes the character Vulnerable
 * @param hope         Hope held, 0..Hope max
 * @param armorMarked  Armor Slots marked, 0..Armor Score
 * @param lifeState    where the character stands between life and death
 * @param before       the values the client last saw, each optional
 * @param reason       what caused the change, e.g. {@code potion}; recorded in the event
 * @param rollSeq      the roll the change comes from, if any
 */
public record PatchCharacterState(CampaignId campaignId, CharacterId characterId, Integer hpMarked,
                                  Integer stressMarked, Integer hope, Integer armorMarked, LifeState lifeState,
                                  Before before, ShortCode reason, Long rollSeq) implements CharacterCommand {
    public PatchCharacterState {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
    }

    /** The values a patch expects to find, each optional. */
    public record Before(Integer hpMarked, Integer stressMarked, Integer hope, Integer armorMarked,
                         LifeState lifeState) {
    }
}
