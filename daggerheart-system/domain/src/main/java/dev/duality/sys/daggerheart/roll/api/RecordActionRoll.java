package dev.duality.sys.daggerheart.roll.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.CharacterCommand;
import dev.duality.sys.daggerheart.rules.Trait;

import java.util.List;

/**
 * {@code sys.daggerheart.action_roll.record}: the roller's sheet interprets Duality Dice the session just rolled
 * (roll {@code rollSeq}): it adds the trait and the Experiences (paying 1 Hope each) and reads the result off the SRD
 * table. Sent only inside {@code sys.daggerheart.action_roll.resolve}, in the same unit of work as the roll.
 *
 * @param trait        the trait rolled, or null for a roll without one
 * @param modifier     other flat modifiers
 * @param experiences  names of the roller's Experiences to add, 1 Hope each
 * @param netAdvantage advantage minus disadvantage dice
 * @param advantageDie the d6 when {@code netAdvantage} is not 0
 * @param difficulty   the Difficulty, or null
 */
public record RecordActionRoll(CampaignId campaignId, CharacterId characterId, SessionId sessionId, long rollSeq,
                               Trait trait, int modifier, List<String> experiences, int hopeDie, int fearDie,
                               int netAdvantage, Integer advantageDie, Integer difficulty, boolean reaction)
        implements CharacterCommand {
    public RecordActionRoll {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(sessionId, "session_id");
        experiences = experiences == null ? List.of() : Values.elements(experiences, "experiences");
    }
}
