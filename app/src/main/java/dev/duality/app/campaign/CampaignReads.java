package dev.duality.app.campaign;

import dev.duality.app.security.Caller;
import dev.duality.app.web.Gateway;
import dev.duality.core.campaign.api.AuthzRejection;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignRejection;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.rejection.Rejected;
import dev.duality.projections.campaign.api.CampaignQueries.FindCampaign;
import dev.duality.projections.campaign.api.CampaignQueries.FindParticipant;
import dev.duality.projections.campaign.api.CampaignView;
import dev.duality.projections.campaign.api.ParticipantView;
import org.springframework.stereotype.Component;

import java.util.Map;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;

/**
 * Read-side checks shared by controllers: the campaign exists, and reads restricted to owners and managers (such as
 * the invite list) come from one.
 */
@Component
public class CampaignReads {
    private final Gateway gateway;

    public CampaignReads(Gateway gateway) {
        this.gateway = gateway;
    }

    public CampaignView requireCampaign(CampaignId id) {
        return gateway.require(new FindCampaign(id.value()), CampaignView.class, CAMPAIGN_NOT_FOUND, "campaign " + id);
    }

    /** The campaign, refused unless it plays {@code systemId}: the guard of every game-system endpoint. */
    public CampaignView requirePlays(CampaignId id, String systemId) {
        CampaignView campaign = requireCampaign(id);
        Rejected.unless(systemId.equals(campaign.gameSystem().id()), CampaignRejection.CAMPAIGN_SYSTEM_MISMATCH,
                "campaign " + id + " plays " + campaign.gameSystem().id());
        return campaign;
    }

    /** The envelope of a system command for this campaign: its game system and the version it was created with. */
    public static Map<String, String> systemEnvelope(CampaignView campaign) {
        return Map.of(Envelope.SYSTEM_ID, campaign.gameSystem().id(),
                Envelope.SYSTEM_VERSION, campaign.gameSystem().version());
    }

    /** The caller governs the campaign: the admin, or a participant with owner or manager access. */
    public void requireGovernor(CampaignId id) {
        requireCampaign(id);
        if (Caller.current().orElse(null) instanceof Caller.Participant participant) {
            String access = gateway.find(new FindParticipant(id.value(), participant.participantId()),
                    ParticipantView.class).map(ParticipantView::access).orElse("");
            Rejected.unless(access.equals("owner") || access.equals("manager"),
                    AuthzRejection.AUTHZ_DENY_REQUIRES_MANAGER, "owners and managers only");
        }
    }
}
