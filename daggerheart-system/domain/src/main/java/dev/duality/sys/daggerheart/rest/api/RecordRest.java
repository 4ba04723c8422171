package dev.duality.sys.daggerheart.rest.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.gm.api.GmStateCommand;
import dev.duality.sys.daggerheart.rules.RestType;

import java.util.List;

/**
 * {@code sys.daggerheart.rest.record} (nested only): the rest's decision records the rest on the GM state, which
 * refuses a fourth short rest in a row and gains the GM's Fear from the rest's die.
 *
 * @param benefits         what the rest gave: its type, a short rest's for an interrupted long rest, null for an
 *                         interrupted short rest
 * @param fearRollSeq      the session's roll of the Fear die, null when the rest gave nothing
 * @param fearDie          the d4 rolled for the GM's Fear, null when the rest gave nothing
 * @param playerCharacters the campaign's PCs, which a long rest adds to the Fear
 */
public record RecordRest(CampaignId campaignId, SessionId sessionId, RestType type, boolean interrupted,
                         RestType benefits, Long fearRollSeq, Integer fearDie, int playerCharacters,
                         List<CharacterId> party) implements GmStateCommand {
    public RecordRest {
        Values.required(campaignId, "campaign_id");
        Values.required(sessionId, "session_id");
        Values.required(type, "type");
        party = List.copyOf(Values.required(party, "party"));
    }
}
