package dev.duality.sys.daggerheart.rest.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.rules.RestType;

import java.util.List;

/**
 * {@code sys.daggerheart.rest_taken}: the party rested. Recorded on the GM state before what the rest brings (the
 * Fear, the moves, what ends); the GM's Fear itself changes in the {@code gm_fear_changed} that follows.
 *
 * @param benefits         its type, a short rest's for an interrupted long rest, or null: an interrupted short rest
 *                         gave nothing
 * @param fearGained       Fear the rest gave the GM (before the cap of 12 cut any off)
 * @param shortRestsInARow short rests since the last long rest, this one included; at 3 the next must be long
 */
public record RestTaken(CampaignId campaignId, SessionId sessionId, RestType type, boolean interrupted,
                        RestType benefits, Long fearRollSeq, Integer fearDie, int fearGained,
                        // snake_case alone would write short_rests_in_arow
                        @JsonProperty("short_rests_in_a_row") int shortRestsInARow, List<CharacterId> party) {
}
