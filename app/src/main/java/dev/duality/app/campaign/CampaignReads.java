package dev.duality.app.campaign;

import dev.duality.app.security.Caller;
import dev.duality.app.web.Gateway;
import dev.duality.core.campaign.api.AuthzRejection;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.rejection.Rejected;
import dev.duality.projections.campaign.api.CampaignQueries.FindCampaign;
import dev.duality.projections.campaign.api.CampaignQueries.FindParticipant;
import dev.duality.projections.campaign.api.CampaignView;
import dev.duality.projections.campaign.api.ParticipantView;
import org.springframework.stereotype.Component;

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
