package dev.duality.app.campaign;

import dev.duality.app.web.Gateway;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.CreateCharacter;
import dev.duality.core.campaign.api.DeleteCharacter;
import dev.duality.core.campaign.api.TransferCharacter;
import dev.duality.core.campaign.api.UpdateCharacter;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.value.Values;
import dev.duality.projections.campaign.api.CampaignQueries.FindCampaign;
import dev.duality.projections.campaign.api.CampaignQueries.FindCharacter;
import dev.duality.projections.campaign.api.CampaignQueries.ListCharacters;
import dev.duality.projections.campaign.api.CampaignView;
import dev.duality.projections.campaign.api.CharacterView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static dev.duality.core.value.Values.optional;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_NOT_FOUND;

/** Characters of a campaign (core identity and ownership). */
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/characters")
public class CharacterController {
    private final Gateway gateway;

    public CharacterController(Gateway gateway) {
        this.gateway = gateway;
    }

    public record CreateCharacterRequest(String name, CharacterKind kind, String ownerParticipantId, String notes) {
    }

    public record CharacterList(List<CharacterView> items) {
    }

    public record UpdateCharacterRequest(String name, CharacterKind kind, String notes) {
    }

    public record TransferRequest(String newOwnerParticipantId) {
    }

    @PostMapping
    public ResponseEntity<CharacterView> create(@PathVariable String campaignId,
                                                @RequestBody CreateCharacterRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId characterId = CharacterId.generate();
        gateway.send(new CreateCharacter(id, characterId,
                ParticipantId.of(Values.id(body.ownerParticipantId(), "owner_participant_id")),
                Name.of(body.name(), "name"), Values.required(body.kind(), "kind"),
                optional(body.notes(), v -> FreeText.of(v, "notes"))), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/characters/" + characterId))
                .body(find(id, characterId));
    }

    @GetMapping
    public CharacterList list(@PathVariable String campaignId) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.require(new FindCampaign(id.value()), CampaignView.class, CAMPAIGN_NOT_FOUND, "campaign " + id);
        return new CharacterList(gateway.list(new ListCharacters(id.value()), CharacterView.class));
    }

    @GetMapping("/{characterId}")
    public CharacterView get(@PathVariable String campaignId, @PathVariable String characterId) {
        return find(CampaignId.of(campaignId), CharacterId.of(characterId));
    }

    @PatchMapping("/{characterId}")
    public CharacterView update(@PathVariable String campaignId, @PathVariable String characterId,
                                @RequestBody UpdateCharacterRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        gateway.send(new UpdateCharacter(id, cid, optional(body.name(), v -> Name.of(v, "name")), body.kind(),
                optional(body.notes(), v -> FreeText.of(v, "notes"))), CAMPAIGN_NOT_FOUND);
        return find(id, cid);
    }

    /** A soft delete: the character stays listed with {@code deleted} set, and can no longer change. */
    @DeleteMapping("/{characterId}")
    public ResponseEntity<Void> delete(@PathVariable String campaignId, @PathVariable String characterId,
                                       @RequestParam(required = false) String reason) {
        gateway.send(new DeleteCharacter(CampaignId.of(campaignId), CharacterId.of(characterId),
                optional(reason, v -> FreeText.of(v, "reason"))), CAMPAIGN_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{characterId}/transfer")
    public CharacterView transfer(@PathVariable String campaignId, @PathVariable String characterId,
                                  @RequestBody TransferRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        String owner = Values.id(body.newOwnerParticipantId(), "new_owner_participant_id");
        gateway.send(new TransferCharacter(id, cid, ParticipantId.of(owner)), CAMPAIGN_NOT_FOUND);
        return find(id, cid);
    }

    /** The character within its campaign, or CHARACTER_NOT_FOUND. */
    CharacterView find(CampaignId campaignId, CharacterId characterId) {
        return gateway.require(new FindCharacter(campaignId.value(), characterId.value()), CharacterView.class,
                CHARACTER_NOT_FOUND, "character " + characterId);
    }
}
