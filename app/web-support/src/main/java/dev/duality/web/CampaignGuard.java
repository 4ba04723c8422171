package dev.duality.web;

import dev.duality.core.campaign.api.AuthzRejection;
import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignRejection;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.rejection.Rejected;
import dev.duality.projections.campaign.api.CampaignQueries.FindCampaign;
import dev.duality.projections.campaign.api.CampaignQueries.FindParticipant;
import dev.duality.projections.campaign.api.CampaignView;
import dev.duality.projections.campaign.api.ParticipantView;
import org.springframework.stereotype.Component;

import java.util.Set;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;

/**
 * Read-side checks shared by the core's and the game systems' endpoints: the campaign exists, it plays the
 * endpoint's game system, and reads restricted to owners and managers (such as the invite list) come from one. Only
 * reads use it: whether a command may run is decided with the command, against the journal, not here.
 */
@Component
public class CampaignGuard {
    private final Gateway gateway;

    public CampaignGuard(Gateway gateway) {
        this.gateway = gateway;
    }

    public CampaignView requireCampaign(CampaignId id) {
        return gateway.require(new FindCampaign(id.value()), CampaignView.class, CAMPAIGN_NOT_FOUND, "campaign " + id);
    }

    /** The campaign, refused unless it plays {@code systemId}: the guard of every game-system read. */
    public CampaignView requirePlays(CampaignId id, String systemId) {
        CampaignView campaign = requireCampaign(id);
        Rejected.unless(systemId.equals(campaign.gameSystem().id()), CampaignRejection.CAMPAIGN_SYSTEM_MISMATCH,
                "campaign " + id + " plays " + campaign.gameSystem().id());
        return campaign;
    }

    /** The caller governs the campaign: the admin, or a participant with owner or manager access. */
    public void requireGovernor(CampaignId id) {
        requireAccess(id, Set.of(CampaignAccess.OWNER, CampaignAccess.MANAGER),
                AuthzRejection.AUTHZ_DENY_REQUIRES_MANAGER, "owners and managers only");
    }

    /** The caller owns the campaign: the admin, or a participant with owner access. */
    public void requireOwner(CampaignId id) {
        requireAccess(id, Set.of(CampaignAccess.OWNER), AuthzRejection.AUTHZ_DENY_REQUIRES_OWNER, "owners only");
    }

    private void requireAccess(CampaignId id, Set<CampaignAccess> allowed, AuthzRejection refusal, String detail) {
        requireCampaign(id);
        if (Caller.current().orElse(null) instanceof Caller.Participant participant) {
            CampaignAccess access = gateway.find(new FindParticipant(id.value(), participant.participantId()),
                    ParticipantView.class).map(ParticipantView::access).orElse(null);
            Rejected.unless(access != null && allowed.contains(access), refusal, detail);
        }
    }

    /**
     * Whether the caller sees what only a GM sees (a read that shows players less, such as hidden countdowns): the
     * admin, or a participant seated as a GM. Reads only; a command's GM policy is checked with the command.
     */
    public boolean callerActsAsGm(CampaignId id) {
        Caller caller = Caller.current().orElse(null);
        if (caller instanceof Caller.Participant participant) {
            return gateway.find(new FindParticipant(id.value(), participant.participantId()), ParticipantView.class)
                    .map(ParticipantView::role).filter(role -> role == ParticipantRole.GM).isPresent();
        }
        return caller instanceof Caller.Admin;
    }
}
