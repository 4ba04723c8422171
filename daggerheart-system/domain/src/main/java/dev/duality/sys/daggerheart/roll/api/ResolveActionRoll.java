package dev.duality.sys.daggerheart.roll.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterScoped;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.Trait;

import java.util.List;

/**
 * {@code sys.daggerheart.action_roll.resolve}: a character makes an action (or reaction) roll with the Duality Dice in
 * the active session. One decision: the session rolls 2d12 (plus the d6 left after advantage and disadvantage cancel)
 * from its seeded generator, or records the table's physical dice, and the roller's sheet interprets the dice and
 * pays for Experiences. Either both are recorded or neither.
 *
 * @param trait           the trait rolled, or null
 * @param modifier        other flat modifiers (-20..20)
 * @param experiences     names of the roller's Experiences to add (1 Hope each)
 * @param advantage       advantage dice (0..5); they cancel disadvantage one for one
 * @param disadvantage    disadvantage dice (0..5)
 * @param difficulty      the Difficulty (1..100), or null when the GM keeps none
 * @param reaction        a reaction roll: no Hope, Fear or spotlight change
 * @param physicalResults the table's own dice, Hope die first, then Fear die, then the d6 if any; null for server dice
 */
public record ResolveActionRoll(CampaignId campaignId, CharacterId characterId, SessionId sessionId, Trait trait,
                                int modifier, List<String> experiences, int advantage, int disadvantage,
                                Integer difficulty, boolean reaction, List<Integer> physicalResults)
        implements CharacterScoped {
    public static final int MAX_ADVANTAGE = 5;
    public static final int MAX_MODIFIER = 20;

    public ResolveActionRoll {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(sessionId, "session_id");
        Values.range(modifier, -MAX_MODIFIER, MAX_MODIFIER, "modifier");
        Values.range(advantage, 0, MAX_ADVANTAGE, "advantage");
        Values.range(disadvantage, 0, MAX_ADVANTAGE, "disadvantage");
        experiences = experiences == null ? List.of() : Values.elements(experiences, "experiences");
        physicalResults = physicalResults == null ? null : Values.elements(physicalResults, "physical_results");
    }

    /** Advantage minus disadvantage: what is left after they cancel one for one. */
    public int netAdvantage() {
        return advantage - disadvantage;
    }
}
