package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.DamageType;

import java.util.Set;

/**
 * {@code sys.daggerheart.damage.apply}: one incoming damage (the total of one attack or source) to one character.
 * Immunity and resistance first, then the character's thresholds set the HP to mark, then at most one Armor Slot
 * lowers it one band (not for direct damage). With the campaign's massive damage rule on, 2 × Severe marks 4 HP.
 *
 * @param amount        the damage rolled, 0 or more
 * @param damageTypes   physical, magic or both
 * @param resistances   types the character resists now (features, effects)
 * @param immunities    types the character is immune to now
 * @param direct        direct damage: Armor Slots can't reduce it
 * @param markArmorSlot the character marks an Armor Slot, if it can and it helps
 * @param source        what dealt it, e.g. {@code ogre_club}
 * @param rollSeq       the damage roll, if any
 */
public record ApplyDamage(CampaignId campaignId, CharacterId characterId, int amount, Set<DamageType> damageTypes,
                          Set<DamageType> resistances, Set<DamageType> immunities, boolean direct,
                          boolean markArmorSlot, ShortCode source, Long rollSeq) implements CharacterCommand {
    public static final int MAX_AMOUNT = 1000;

    public ApplyDamage {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.range(amount, 0, MAX_AMOUNT, "amount");
        damageTypes = Set.copyOf(Values.elements(damageTypes, "damage_types"));
        resistances = resistances == null ? Set.of() : Set.copyOf(Values.elements(resistances, "resistances"));
        immunities = immunities == null ? Set.of() : Set.copyOf(Values.elements(immunities, "immunities"));
    }
}
