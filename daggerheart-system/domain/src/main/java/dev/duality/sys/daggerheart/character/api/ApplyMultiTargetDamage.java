package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharactersScoped;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.DamageType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TARGET_DUPLICATE;

/**
 * {@code sys.daggerheart.multi_target_damage.apply}: one damage roll against several characters (a multi-target
 * attack, an area effect), each resolved against its own thresholds, Armor Slots, resistances and immunities, in one
 * decision: if any target is refused, no target takes damage.
 *
 * @param targets       every character hit, each at most once
 * @param amount        the damage rolled; null when it comes from {@code attackRollSeq}
 * @param damageTypes   physical, magic or both; null when they come from {@code attackRollSeq}
 * @param attackRollSeq the adversary attack roll against every target the damage comes from, or null: each target
 *                      takes what the roll recorded against it
 */
public record ApplyMultiTargetDamage(CampaignId campaignId, List<Target> targets, Integer amount,
                                     Set<DamageType> damageTypes, boolean direct, ShortCode source, Long rollSeq,
                                     Long attackRollSeq)
        implements CharactersScoped {
    public static final int MAX_TARGETS = 20;

    /** One character hit: whether it marks an Armor Slot, and what it resists or is immune to now. */
    public record Target(CharacterId characterId, boolean markArmorSlot, Set<DamageType> resistances,
                         Set<DamageType> immunities) {
    }

    public ApplyMultiTargetDamage {
        Values.required(campaignId, "campaign_id");
        Values.required(targets, FIELD);
        Rejected.unless(!targets.isEmpty() && targets.size() <= MAX_TARGETS,
                dev.duality.core.value.ValueRejection.VALUE_OUT_OF_RANGE, FIELD,
                FIELD + " must name 1-" + MAX_TARGETS + " characters");
        Set<CharacterId> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = Values.required(targets.get(i), FIELD + "[" + i + "]");
            Values.required(target.characterId(), FIELD + "[" + i + "].character_id");
            Rejected.unless(seen.add(target.characterId()), DAGGERHEART_TARGET_DUPLICATE, FIELD + "[" + i + "]",
                    "character " + target.characterId() + " is a target twice");
        }
        targets = List.copyOf(targets);
        ApplyDamage.requireAmountOrAttack(amount, damageTypes, rollSeq, attackRollSeq);
        damageTypes = damageTypes == null ? null : Set.copyOf(Values.elements(damageTypes, "damage_types"));
    }

    @Override
    public List<CharacterId> characterIds() {
        return targets.stream().map(Target::characterId).toList();
    }
}
