package dev.duality.app.campaign;

import dev.duality.app.web.Gateway;
import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.JoinParticipant;
import dev.duality.core.campaign.api.LeaveParticipant;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.campaign.api.UpdateParticipant;
import dev.duality.core.value.Values;
import dev.duality.projections.campaign.api.CampaignQueries.FindCampaign;
import dev.duality.projections.campaign.api.CampaignQueries.FindParticipant;
import dev.duality.projections.campaign.api.CampaignQueries.ListParticipants;
import dev.duality.projections.campaign.api.CampaignView;
import dev.duality.projections.campaign.api.ParticipantView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static dev.duality.core.value.Values.optional;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_NOT_FOUND;

/** Participants of a campaign: join, list, read, update and leave. */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/participants")
public class ParticipantController {
    private final Gateway gateway;

    public ParticipantController(Gateway gateway) {
        this.gateway = gateway;
    }

    public record JoinRequest(String name, ParticipantRole role, CampaignAccess access) {
    }

    public record UpdateRequest(String name, ParticipantRole role, CampaignAccess access) {
    }

    public record ParticipantList(List<ParticipantView> items) {
    }

    @GetMapping
    public ParticipantList list(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.require(new FindCampaign(id.value()), CampaignView.class, CAMPAIGN_NOT_FOUND, "campaign " + id);
        return new ParticipantList(gateway.list(new ListParticipants(id.value()), ParticipantView.class));
    }

    @PostMapping
    public ResponseEntity<ParticipantView> join(@PathVariable String campaignId, @RequestBody JoinRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        ParticipantId participantId = ParticipantId.generate();
        gateway.send(new JoinParticipant(id, participantId, Name.of(body.name(), "name"),
                Values.required(body.role(), "role"),
                body.access() == null ? CampaignAccess.MEMBER : body.access()), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/participants/" + participantId))
                .body(find(id, participantId));
    }

    @GetMapping("/{participantId}")
    public ParticipantView get(@PathVariable String campaignId, @PathVariable String participantId) {
        return find(CampaignId.of(campaignId), ParticipantId.of(participantId));
    }

    @PatchMapping("/{participantId}")
    public ParticipantView update(@PathVariable String campaignId, @PathVariable String participantId,
                                  @RequestBody UpdateRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        ParticipantId pid = ParticipantId.of(participantId);
        gateway.send(new UpdateParticipant(id, pid, optional(body.name(), v -> Name.of(v, "name")), body.role(),
                body.access()), CAMPAIGN_NOT_FOUND);
        return find(id, pid);
    }

    @DeleteMapping("/{participantId}")
    public ResponseEntity<Void> leave(@PathVariable String campaignId, @PathVariable String participantId,
                                      @RequestParam(required = false) String reason) {
        gateway.send(new LeaveParticipant(CampaignId.of(campaignId), ParticipantId.of(participantId),
                optional(reason, v -> FreeText.of(v, "reason"))), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    private ParticipantView find(CampaignId campaignId, ParticipantId participantId) {
        return gateway.require(new FindParticipant(campaignId.value(), participantId.value()), ParticipantView.class,
                PARTICIPANT_NOT_FOUND, "participant " + participantId);
    }
}
