package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.Subclass;

import java.util.List;

/**
 * {@code sys.daggerheart.character_created}: a character got its level-1 sheet. Every number is recorded as decided,
 * so replay never re-runs the rules and a later rules fix cannot change an existing sheet. The character starts with
 * no HP, Stress or Armor marked.
 *
 * @param subclass       null until chosen
 * @param completedSteps the creation steps done so far
 */
public record DaggerheartCharacterCreated(CampaignId campaignId, CharacterId characterId,
                                          DaggerheartClass characterClass, Subclass subclass, int level, int hpMax,
                                          int stressMax, int hope, int hopeMax, int evasion, int proficiency,
                                          int armorScore, int majorThreshold, int severeThreshold,
                                          List<CreationStep> completedSteps) {
}
