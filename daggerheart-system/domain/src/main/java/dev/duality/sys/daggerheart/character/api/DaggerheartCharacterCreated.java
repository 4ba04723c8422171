package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;

/**
 * {@code sys.daggerheart.character_created}: a character got its starting sheet. Every number is recorded as decided,
 * so replay never re-runs the rules and a later rules fix cannot change an existing sheet.
 */
public record DaggerheartCharacterCreated(CampaignId campaignId, CharacterId characterId,
                                          DaggerheartClass characterClass, int level, int hpMax, int stressMax,
                                          int hope, int hopeMax, int evasion, int proficiency, int armorScore,
                                          int majorThreshold, int severeThreshold) {
}
