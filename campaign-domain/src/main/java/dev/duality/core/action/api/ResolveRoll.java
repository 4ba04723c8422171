package dev.duality.core.action.api;

import dev.duality.core.campaign.api.*;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.core.dice.DiceSpec;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** {@code action.roll.resolve}: roll dice on the server (seeded, recorded) or record physical dice results. */
public record ResolveRoll(CampaignId campaignId, SessionId sessionId, CharacterId characterId, ShortCode label,
                          DiceSpec dice, java.util.List<Integer> physicalResults) implements CampaignScoped {
    /** The session whose play stream decides this command. */
    @TargetAggregateIdentifier
    public SessionStreamId sessionStreamId() {
        return SessionStreamId.of(campaignId, sessionId);
    }
}
