package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.DamageType;

import java.util.Set;

/**
 * {@code sys.daggerheart.adversary_damage.record}: one adversary takes one damage, decided against its own stat block
 * and marks. Sent only inside {@code sys.daggerheart.adversary_damage.apply}: for the adversary damaged and for each
 * minion the overflow of a minion's damage defeats ({@code minionOverflowFrom} set: it falls whatever it resists).
 *
 * @param minionOverflowFrom the minion whose damage spilled over onto this one, or null for damage taken directly
 */
public record RecordAdversaryDamage(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId, int amount,
                                    Set<DamageType> damageTypes, Set<DamageType> resistances,
                                    Set<DamageType> immunities, ShortCode source, Long rollSeq,
                                    AdversaryId minionOverflowFrom) implements AdversaryCommand {
    public RecordAdversaryDamage {
        Values.required(campaignId, "campaign_id");
        Values.required(sessionId, "session_id");
        Values.required(adversaryId, "adversary_id");
        damageTypes = Set.copyOf(Values.elements(damageTypes, "damage_types"));
        resistances = resistances == null ? Set.of() : Set.copyOf(Values.elements(resistances, "resistances"));
        immunities = immunities == null ? Set.of() : Set.copyOf(Values.elements(immunities, "immunities"));
    }
}
