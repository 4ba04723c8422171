package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.ApplyDamage;
import dev.duality.sys.daggerheart.rules.DamageType;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TARGET_DUPLICATE;

/**
 * {@code sys.daggerheart.adversary_damage.apply}: one incoming damage to an adversary, through the same pipeline as a
 * character's (immunity, then resistance, then its thresholds; adversaries have no Armor Slots), with the campaign's
 * massive damage rule. A minion has no thresholds: any damage defeats it, and for every X damage dealt (its
 * Minion (X)) one more of the {@code minionsInRange} is defeated, in the order given. One decision: everything or
 * nothing.
 *
 * @param amount         the damage rolled, 0..{@value ApplyDamage#MAX_AMOUNT}
 * @param minionsInRange other minions within range that the attack would hit, in the order they fall; only for
 *                       damage to a minion
 */
public record ApplyAdversaryDamage(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId, int amount,
                                   Set<DamageType> damageTypes, Set<DamageType> resistances,
                                   Set<DamageType> immunities, ShortCode source, Long rollSeq,
                                   List<AdversaryId> minionsInRange) implements CampaignScoped {
    public static final String MINIONS_IN_RANGE = "minions_in_range";
    public static final int MAX_MINIONS_IN_RANGE = 20;

    public ApplyAdversaryDamage {
        Values.required(campaignId, "campaign_id");
        Values.required(sessionId, "session_id");
        Values.required(adversaryId, "adversary_id");
        Values.range(amount, 0, ApplyDamage.MAX_AMOUNT, "amount");
        damageTypes = Set.copyOf(Values.elements(damageTypes, "damage_types"));
        resistances = resistances == null ? Set.of() : Set.copyOf(Values.elements(resistances, "resistances"));
        immunities = immunities == null ? Set.of() : Set.copyOf(Values.elements(immunities, "immunities"));
        minionsInRange = minionsInRange == null ? List.of() : Values.elements(minionsInRange, MINIONS_IN_RANGE);
        Rejected.unless(minionsInRange.size() <= MAX_MINIONS_IN_RANGE, ValueRejection.VALUE_OUT_OF_RANGE,
                MINIONS_IN_RANGE, MINIONS_IN_RANGE + " names at most " + MAX_MINIONS_IN_RANGE + " minions");
        Set<AdversaryId> seen = new HashSet<>(Set.of(adversaryId));
        for (int i = 0; i < minionsInRange.size(); i++) {
            Rejected.unless(seen.add(minionsInRange.get(i)), DAGGERHEART_TARGET_DUPLICATE,
                    MINIONS_IN_RANGE + "[" + i + "]", "adversary " + minionsInRange.get(i)
                            + " is named twice (or is the one damaged)");
        }
    }
}
