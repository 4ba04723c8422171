package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.Advancement;
import dev.duality.sys.daggerheart.rules.CardExchange;
import dev.duality.sys.daggerheart.rules.CardPlace;
import dev.duality.sys.daggerheart.rules.DomainCard;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.Multiclass;
import dev.duality.sys.daggerheart.rules.SubclassCard;
import dev.duality.sys.daggerheart.rules.Trait;
import dev.duality.sys.daggerheart.rules.TraitScores;

import java.util.List;

/**
 * {@code sys.daggerheart.level_up_applied}: a character went up one level. The choices are recorded as made (each
 * advancement with the tier column it came from) and the sheet as it is afterwards, every number decided: replay
 * never runs the level-up rules again.
 *
 * @param tierEntry         the level entered a new tier (2, 5, 8): a new Experience and +1 Proficiency
 * @param traitMarksCleared the tier achievement of levels 5 and 8 cleared the trait marks
 * @param newExperience     the Experience gained at +2, or null
 * @param markedTraits      the traits marked afterwards, which can't be raised again until the marks clear
 * @param subclassCard      the highest card of the class's subclass afterwards
 * @param multiclass        the second class, or null
 * @param multiclassCard    the highest card of the second class's subclass, or null
 * @param majorThreshold    the armor's base Major + the new level (unarmored: the level)
 * @param severeThreshold   the armor's base Severe + the new level (unarmored: 2 × the level)
 */
public record LevelUpApplied(CampaignId campaignId, CharacterId characterId, int levelBefore, int level, int tier,
                             boolean tierEntry, boolean traitMarksCleared, Experience newExperience,
                             List<Advancement> advancements, DomainCard domainCard, CardPlace domainCardPlace,
                             CardExchange cardExchange, TraitScores traits, List<Trait> markedTraits,
                             List<Experience> experiences, AcquiredCards domainCards, SubclassCard subclassCard,
                             Multiclass multiclass, SubclassCard multiclassCard, int hpMax, int stressMax,
                             int evasion, int proficiency, int majorThreshold, int severeThreshold) {
}
