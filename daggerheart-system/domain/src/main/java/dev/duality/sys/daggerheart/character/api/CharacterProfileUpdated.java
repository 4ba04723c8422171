package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.Gold;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.TraitScores;

import java.util.List;

/**
 * {@code sys.daggerheart.character_profile_updated}: parts of a character's sheet were set. The parts that did not
 * change are null; the derived numbers and the marked slots (capped at their new maxima) are always recorded as
 * they are after the change.
 */
public record CharacterProfileUpdated(CampaignId campaignId, CharacterId characterId, Subclass subclass,
                                      Heritage heritage, TraitScores traits, Equipment equipment,
                                      List<Experience> experiences, AcquiredCards domainCards, FreeText description,
                                      FreeText background, FreeText connections, Gold gold, int hpMax, int stressMax,
                                      int evasion, int proficiency, int armorScore, int majorThreshold,
                                      int severeThreshold, int hpMarked, int stressMarked, int armorMarked,
                                      List<CreationStep> completedSteps) {
}
