package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.CardPlace;
import dev.duality.sys.daggerheart.rules.ConditionSet;

/**
 * {@code sys.daggerheart.loadout_swapped}: a domain card moved between the vault and the loadout, with the Stress it
 * cost and the tracks afterwards (the Stress that could not be marked marks 1 HP; marking the last Stress makes the
 * character Vulnerable).
 *
 * @param recallCost  the card's Recall Cost
 * @param stressCost  the Stress the move cost: the Recall Cost from the vault to the loadout outside a rest's start,
 *                    else 0
 * @param atRestStart the free swap at the start of a rest
 * @param domainCards the loadout and vault afterwards
 */
public record LoadoutSwapped(CampaignId campaignId, CharacterId characterId, String cardId, CardPlace from,
                             CardPlace to, int recallCost, int stressCost, boolean atRestStart,
                             AcquiredCards domainCards, int hpMarked, int stressMarked, LifeState lifeState,
                             ConditionSet conditions) {
}
