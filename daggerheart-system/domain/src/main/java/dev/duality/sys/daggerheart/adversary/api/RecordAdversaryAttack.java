package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.CharacterCommand;
import dev.duality.sys.daggerheart.rules.DamageDice;
import dev.duality.sys.daggerheart.rules.DamageType;

import java.util.List;
import java.util.Set;

/**
 * {@code sys.daggerheart.adversary_attack.record}: a character's sheet reads an adversary's attack roll against its
 * own Evasion: hit or miss, critical, and the damage it takes. Sent only inside
 * {@code sys.daggerheart.adversary_attack.resolve}, once per target, in the same unit of work as the roll.
 *
 * @param attackDie      the d20
 * @param damageDice     the damage the attack deals (a horde's reduced damage once half its HP is marked)
 * @param damageResults  one value per damage die
 * @param attackReduced  the damage is a horde's reduced damage
 */
public record RecordAdversaryAttack(CampaignId campaignId, CharacterId characterId, SessionId sessionId, long rollSeq,
                                    AdversaryId adversaryId, String attackName, int attackDie, int attackModifier,
                                    DamageDice damageDice, List<Integer> damageResults, Set<DamageType> damageTypes,
                                    boolean attackReduced) implements CharacterCommand {
    public RecordAdversaryAttack {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(sessionId, "session_id");
        Values.required(adversaryId, "adversary_id");
        Values.required(damageDice, "damage_dice");
        damageResults = Values.elements(damageResults, "damage_results");
        damageTypes = Set.copyOf(Values.elements(damageTypes, "damage_types"));
    }
}
