package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.session.api.SessionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A command about one adversary of a session, decided by that adversary's aggregate. It names the session the
 * adversary fights in: an adversary takes commands only in its own session, and only while that session is active.
 */
public interface AdversaryCommand extends CampaignScoped {
    SessionId sessionId();

    AdversaryId adversaryId();

    @TargetAggregateIdentifier
    default DaggerheartAdversaryId adversaryStreamId() {
        return DaggerheartAdversaryId.of(campaignId(), adversaryId());
    }
}
