package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.sys.daggerheart.rules.ConditionSet;

/**
 * {@code sys.daggerheart.character_state_patched}: a character's tracks as they are after a patch, a Hope or Stress
 * spend or a roll's outcome. Only the values after are recorded: they are authoritative, and folding copies them.
 *
 * @param source  the command that caused it when it is not a plain patch: {@code hope.spend}, {@code stress.spend},
 *                {@code roll_outcome}, {@code blaze_of_glory} (the final action was rolled: the character dies) or
 *                {@code character.wake} (an unconscious character wakes after a long rest); null for a patch
 * @param reason  the client's own reason, if it gave one
 * @param rollSeq the roll it comes from, if any
 */
public record CharacterStatePatched(CampaignId campaignId, CharacterId characterId, int hpMarked, int stressMarked,
                                    int hope, int hopeMax, int armorMarked, LifeState lifeState,
                                    ConditionSet conditions, ShortCode source, ShortCode reason, Long rollSeq) {
    public static final ShortCode HOPE_SPEND = new ShortCode("hope.spend");
    public static final ShortCode STRESS_SPEND = new ShortCode("stress.spend");
    public static final ShortCode ROLL_OUTCOME = new ShortCode("roll_outcome");
    public static final ShortCode BLAZE_OF_GLORY = new ShortCode("blaze_of_glory");
    public static final ShortCode WAKE = new ShortCode("character.wake");
}
