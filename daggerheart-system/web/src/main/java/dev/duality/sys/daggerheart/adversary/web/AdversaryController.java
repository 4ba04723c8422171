package dev.duality.sys.daggerheart.adversary.web;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.DaggerheartModule;
import dev.duality.sys.daggerheart.adversary.api.AdversaryId;
import dev.duality.sys.daggerheart.adversary.api.ChangeAdversaryConditions;
import dev.duality.sys.daggerheart.adversary.api.CreateAdversary;
import dev.duality.sys.daggerheart.adversary.api.DeleteAdversary;
import dev.duality.sys.daggerheart.adversary.api.RevealAdversary;
import dev.duality.sys.daggerheart.adversary.api.UpdateAdversary;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryQueries.FindAdversary;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryQueries.ListAdversaries;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryView;
import dev.duality.sys.daggerheart.adversary.web.AdversaryRequests.AdversaryStatBlockBody;
import dev.duality.sys.daggerheart.character.web.CharacterRequests;
import dev.duality.sys.daggerheart.character.web.CharacterStateController.ConditionsRequest;
import dev.duality.web.CampaignGuard;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.core.value.Values.optional;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVERSARY_NOT_FOUND;

/**
 * The adversaries of a session: the GM puts them on the table from their SRD stat blocks, corrects them, sets their
 * conditions and takes them off again. Everyone at the table sees them; only a GM (and the admin) sees their stat
 * blocks and the damage their attacks deal.
 */
@Tag(name = "Daggerheart")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart/sessions/{sessionId}/adversaries")
public class AdversaryController {
    static final String WHO_SEES_WHAT = " **Who may call:** any participant of the campaign, or the admin; players get "
            + "`stat_block` and `attack_damage` as null (they stay behind the GM's screen) until the GM reveals them.";
    private final Gateway gateway;
    private final CampaignGuard guard;

    public AdversaryController(Gateway gateway, CampaignGuard guard) {
        this.gateway = gateway;
        this.guard = guard;
    }

    /** Each part is optional: the parts given are set. */
    public record AdversaryUpdateRequest(@Schema(description = "The whole new stat block") AdversaryStatBlockBody statBlock,
                                @Schema(description = "HP slots marked", example = "2") Integer hpMarked,
                                @Schema(description = "Stress slots marked", example = "1") Integer stressMarked,
                                @Schema(description = "The values last seen; a stale one is refused") MarksBefore before) {
        public record MarksBefore(Integer hpMarked, Integer stressMarked) {
        }
    }

    public record AdversaryList(List<AdversaryView> items) {
    }

    @Operation(operationId = "createDaggerheartAdversary", summary = "Put an adversary on the table",
            description = "The GM brings an adversary into the active session from its stat block, nothing marked. "
                    + "The type decides the parts: a minion has no thresholds, exactly 1 HP and its Minion (X) value; "
                    + "a horde has its creatures per HP and the reduced damage of Horde (X); every other type has "
                    + "thresholds and neither.")
    @SendsCommand(CreateAdversary.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = {
                    @ExampleObject(name = "horde", summary = "SRD Zombie Pack", value = """
                            {"name": "Zombie Pack", "tier": 1, "type": "horde", "difficulty": 8,
                             "thresholds": {"major": 6, "severe": 12}, "hp_max": 6, "stress_max": 3,
                             "attack_modifier": -1,
                             "standard_attack": {"name": "Bite", "range": "melee",
                                                 "damage": {"count": 1, "sides": 10, "bonus": 2},
                                                 "damage_types": ["physical"]},
                             "horde": {"creatures_per_hp": 2, "reduced_damage": {"count": 1, "sides": 4, "bonus": 2}},
                             "features": [{"name": "Overwhelm", "kind": "reaction",
                                           "text": "When the pack marks HP from a Melee attack, it may mark a Stress to strike back."}]}"""),
                    @ExampleObject(name = "minion", summary = "SRD Jagged Knife Lackey", value = """
                            {"name": "Jagged Knife Lackey", "tier": 1, "type": "minion", "difficulty": 9,
                             "hp_max": 1, "stress_max": 1, "attack_modifier": -2,
                             "standard_attack": {"name": "Daggers", "range": "melee", "damage": {"bonus": 2},
                                                 "damage_types": ["physical"]},
                             "minion_value": 3, "experiences": [{"name": "Thief", "modifier": 2}]}""")}))
    @ApiResponse(responseCode = "201", description = "The adversary", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, NAME_INVALID, TEXT_INVALID, "
            + "DAGGERHEART_DIFFICULTY_OUT_OF_RANGE, DAGGERHEART_THRESHOLDS_INVALID, DAGGERHEART_HP_OUT_OF_RANGE, "
            + "DAGGERHEART_STRESS_OUT_OF_RANGE, DAGGERHEART_MODIFIER_OUT_OF_RANGE, DAGGERHEART_STAT_BLOCK_INVALID, "
            + "DAGGERHEART_DAMAGE_TYPE_REQUIRED")
    @PostMapping
    public ResponseEntity<AdversaryView> create(@PathVariable String campaignId, @PathVariable String sessionId,
                                                @RequestBody AdversaryStatBlockBody body) {
        CampaignId id = CampaignId.of(campaignId);
        AdversaryId adversaryId = AdversaryId.generate();
        gateway.send(new CreateAdversary(id, SessionId.of(sessionId), adversaryId, body.toStatBlock()),
                CAMPAIGN_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/daggerheart/sessions/" + sessionId
                + "/adversaries/" + adversaryId)).body(adversary(id, sessionId, adversaryId.value()));
    }

    @Operation(operationId = "listDaggerheartAdversaries", summary = "The adversaries of a session",
            description = "Every adversary on the table in the session, defeated ones included, in the order they "
                    + "entered." + WHO_SEES_WHAT)
    @ApiResponse(responseCode = "200", description = "The adversaries", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "CAMPAIGN_NOT_FOUND")
    @ApiResponse(responseCode = "422", description = "CAMPAIGN_SYSTEM_MISMATCH")
    @GetMapping
    public AdversaryList list(@PathVariable String campaignId, @PathVariable String sessionId) {
        CampaignId id = CampaignId.of(campaignId);
        guard.requirePlays(id, DaggerheartModule.SYSTEM_ID);
        boolean gm = guard.callerActsAsGm(id);
        return new AdversaryList(gateway.list(new ListAdversaries(id.value(), SessionId.of(sessionId).value()),
                AdversaryView.class).stream().map(view -> gm ? view : view.withoutGmDetails()).toList());
    }

    @Operation(operationId = "getDaggerheartAdversary", summary = "One adversary", description = WHO_SEES_WHAT)
    @ApiResponse(responseCode = "200", description = "The adversary", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "DAGGERHEART_ADVERSARY_NOT_FOUND")
    @GetMapping("/{adversaryId}")
    public AdversaryView get(@PathVariable String campaignId, @PathVariable String sessionId,
                             @PathVariable String adversaryId) {
        CampaignId id = CampaignId.of(campaignId);
        AdversaryView view = adversary(id, sessionId, adversaryId);
        return guard.callerActsAsGm(id) ? view : view.withoutGmDetails();
    }

    @Operation(operationId = "updateDaggerheartAdversary", summary = "Change an adversary",
            description = "A GM's change: a new stat block (a correction, an adjusted tier) and/or the HP and Stress "
                    + "marked. Values under `before` must be the current ones, so a stale client is refused instead "
                    + "of overwriting a change it has not seen; marks not set are kept, cut to a new stat block's "
                    + "slots. Marking every HP defeats the adversary; clearing one stands it back up. A change that "
                    + "changes nothing is refused.")
    @SendsCommand(UpdateAdversary.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "correction", value = """
                    {"hp_marked": 2, "before": {"hp_marked": 3}}""")))
    @ApiResponse(responseCode = "200", description = "The adversary after", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, NAME_INVALID, TEXT_INVALID, "
            + "DAGGERHEART_DIFFICULTY_OUT_OF_RANGE, DAGGERHEART_THRESHOLDS_INVALID, "
            + "DAGGERHEART_MODIFIER_OUT_OF_RANGE, DAGGERHEART_STAT_BLOCK_INVALID, DAGGERHEART_DAMAGE_TYPE_REQUIRED, "
            + "ID_INVALID")
    @PatchMapping("/{adversaryId}")
    public AdversaryView update(@PathVariable String campaignId, @PathVariable String sessionId,
                                @PathVariable String adversaryId, @RequestBody AdversaryUpdateRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        AdversaryUpdateRequest.MarksBefore before = body.before();
        gateway.send(new UpdateAdversary(id, SessionId.of(sessionId), AdversaryId.of(adversaryId),
                        body.statBlock() == null ? null
                                : CharacterRequests.under("stat_block", body.statBlock()::toStatBlock),
                        body.hpMarked(), body.stressMarked(), before == null ? null
                        : new UpdateAdversary.Before(before.hpMarked(), before.stressMarked())),
                DAGGERHEART_ADVERSARY_NOT_FOUND);
        return adversary(id, sessionId, adversaryId);
    }

    @Operation(operationId = "deleteDaggerheartAdversary", summary = "Take an adversary off the table",
            description = "It leaves the session's list and takes no more commands.")
    @SendsCommand(DeleteAdversary.class)
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "400", description = "ID_INVALID")
    @DeleteMapping("/{adversaryId}")
    public ResponseEntity<Void> delete(@PathVariable String campaignId, @PathVariable String sessionId,
                                       @PathVariable String adversaryId) {
        gateway.send(new DeleteAdversary(CampaignId.of(campaignId), SessionId.of(sessionId),
                AdversaryId.of(adversaryId)), DAGGERHEART_ADVERSARY_NOT_FOUND);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "revealDaggerheartAdversary", summary = "Reveal an adversary's stat block to the table",
            description = "From now on every participant reads the adversary's `stat_block` and `attack_damage`, and "
                    + "`sys.daggerheart.adversary_revealed`, with the stat block, enters everyone's timeline and live "
                    + "stream. A second reveal is refused.")
    @SendsCommand(RevealAdversary.class)
    @ApiResponse(responseCode = "200", description = "The adversary, revealed", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "ID_INVALID")
    @PostMapping("/{adversaryId}/reveal")
    public AdversaryView reveal(@PathVariable String campaignId, @PathVariable String sessionId,
                                @PathVariable String adversaryId) {
        CampaignId id = CampaignId.of(campaignId);
        gateway.send(new RevealAdversary(id, SessionId.of(sessionId), AdversaryId.of(adversaryId)),
                DAGGERHEART_ADVERSARY_NOT_FOUND);
        return adversary(id, sessionId, adversaryId);
    }

    @Operation(operationId = "changeDaggerheartAdversaryConditions", summary = "Change an adversary's conditions",
            description = "As a character's: the conditions (hidden, restrained, vulnerable) become the given set; "
                    + "`added` and `removed`, when given, must be exactly the difference; naming a condition twice, "
                    + "or a change that changes nothing, is refused.")
    @SendsCommand(ChangeAdversaryConditions.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "restrained", value = """
                    {"conditions": ["restrained"], "added": ["restrained"], "removed": [], "source": "vines"}""")))
    @ApiResponse(responseCode = "200", description = "The adversary after", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, CODE_INVALID, ID_INVALID")
    @PutMapping("/{adversaryId}/conditions")
    public AdversaryView conditions(@PathVariable String campaignId, @PathVariable String sessionId,
                                    @PathVariable String adversaryId, @RequestBody ConditionsRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        // an adversary lives for its session: its conditions last until the GM removes them
        Rejected.unless(body.lasting() == null || body.lasting().isEmpty(), ValueRejection.VALUE_OUT_OF_RANGE,
                "lasting", "an adversary's conditions last until removed: leave lasting out");
        gateway.send(new ChangeAdversaryConditions(id, SessionId.of(sessionId), AdversaryId.of(adversaryId),
                body.conditionsAfter(), body.statedAdded(), body.statedRemoved(),
                optional(body.source(), v -> ShortCode.of(v, "source"))), DAGGERHEART_ADVERSARY_NOT_FOUND);
        return adversary(id, sessionId, adversaryId);
    }

    /** One adversary of the session, as the GM sees it; another session's adversary is none of this one's. */
    AdversaryView adversary(CampaignId campaignId, String sessionId, String adversaryId) {
        String session = SessionId.of(sessionId).value();
        return gateway.find(new FindAdversary(campaignId.value(), AdversaryId.of(adversaryId).value()),
                        AdversaryView.class)
                .filter(view -> view.sessionId().equals(session))
                .orElseThrow(() -> new Rejected(DAGGERHEART_ADVERSARY_NOT_FOUND, "adversary_id",
                        "session " + sessionId + " has no adversary " + adversaryId));
    }
}
