package dev.duality.sys.daggerheart.adversary.web;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharactersScoped;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResult;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageApplied;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageResult;
import dev.duality.sys.daggerheart.adversary.api.AdversaryId;
import dev.duality.sys.daggerheart.adversary.api.ApplyAdversaryDamage;
import dev.duality.sys.daggerheart.adversary.api.ResolveAdversaryAttack;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryAttackView;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryQueries.ListAdversaryAttacks;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryView;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.Severity;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.duality.core.value.Values.optional;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVERSARY_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND;
import static dev.duality.sys.daggerheart.adversary.api.ApplyAdversaryDamage.MINIONS_IN_RANGE;

/**
 * Fighting adversaries: damage to one (a minion's overflowing onto the minions in range), and an adversary's standard
 * attack against characters, whose damage each character then applies by the roll's number.
 */
@Tag(name = "Daggerheart")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart/sessions/{sessionId}/adversaries/{adversaryId}")
public class AdversaryCombatController {
    private final Gateway gateway;
    private final AdversaryController adversaries;

    public AdversaryCombatController(Gateway gateway, AdversaryController adversaries) {
        this.gateway = gateway;
        this.adversaries = adversaries;
    }

    public record AdversaryDamageRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "0..1000",
                                        example = "7") Integer amount,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                        description = "physical, magic or both") Set<DamageType> damageTypes,
                                @Schema(description = "Types the adversary resists now") Set<DamageType> resistances,
                                @Schema(description = "Types the adversary is immune to now")
                                Set<DamageType> immunities,
                                @Schema(description = "A short code naming what dealt it", example = "longsword")
                                String source,
                                @Schema(description = "The damage roll, if any") Long rollSeq,
                                @Schema(description = "Damage to a minion: other minions within range the attack "
                                        + "would hit, in the order they fall (at most 20)")
                                List<String> minionsInRange) {
    }

    public record AttackTargetBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String characterId) {
    }

    public record AdversaryAttackRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                        description = "1-20 characters, each at most once: one roll against each "
                                                + "one's Evasion") List<AttackTargetBody> targets,
                                @Schema(description = "The table's own dice: the d20 first, then one value per "
                                        + "damage die; absent for server dice") List<Integer> physicalResults) {
    }

    /** What one damage did to one adversary. */
    public record AdversaryHitView(@Schema(example = "2c9d1f3e-7a4b-4e5f-8a6b-9c0d1e2f3a4b") String adversaryId,
                             @Schema(example = "7") int amount,
                             @Schema(description = "After immunity and resistance", example = "7")
                             int mitigatedAmount,
                             Severity severity,
                             @Schema(example = "2") int hpMarks,
                             @Schema(example = "false") boolean resisted,
                             @Schema(example = "false") boolean immune,
                             @Schema(example = "false") boolean massive,
                             @Schema(example = "false") boolean defeated) {
        static AdversaryHitView of(AdversaryDamageApplied applied) {
            return new AdversaryHitView(applied.adversaryId().value(), applied.amount(), applied.mitigatedAmount(),
                    applied.severity(), applied.hpMarks(), applied.resisted(), applied.immune(), applied.massive(),
                    applied.defeated());
        }
    }

    /** The damage to the adversary named, the adversary after, and the minions its overflow defeated. */
    public record AdversaryDamageAnswer(AdversaryHitView damage, AdversaryView adversary,
                                      @Schema(description = "Minions in range the overflow defeated, in order")
                                      List<AdversaryHitView> minionsDefeated) {
    }

    public record AdversaryAttackList(List<AdversaryAttackView> items) {
    }

    @Operation(operationId = "applyDaggerheartAdversaryDamage", summary = "Apply damage to an adversary",
            description = "One incoming damage, as for a character: immunity and resistance (halving, rounded up) "
                    + "first, then the adversary's thresholds set the HP to mark (below Major 1, Major 2, Severe 3; "
                    + "with the campaign's massive damage rule 2 × Severe marks 4); adversaries have no Armor Slots. "
                    + "An adversary that marks its last HP is defeated. A minion has no thresholds: any damage "
                    + "defeats it, and for every X damage it took (its Minion (X)) one more of `minions_in_range` is "
                    + "defeated, in the order given. One decision: all or nothing.")
    @SendsCommand(ApplyAdversaryDamage.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = {
                    @ExampleObject(name = "sword", value = """
                            {"amount": 7, "damage_types": ["physical"], "source": "longsword"}"""),
                    @ExampleObject(name = "minions", summary = "A Lackey, Minion (3), and two more in range", value = """
                            {"amount": 7, "damage_types": ["physical"], "source": "longsword",
                             "minions_in_range": ["5e4f3a2b-1c0d-4e9f-8a7b-6c5d4e3f2a1b",
                                                  "6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c"]}""")}))
    @ApiResponse(responseCode = "200", description = "What the damage did", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, ID_INVALID, CODE_INVALID")
    @PostMapping("/damage")
    public AdversaryDamageAnswer damage(@PathVariable String campaignId, @PathVariable String sessionId,
                                      @PathVariable String adversaryId, @RequestBody AdversaryDamageRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        AdversaryDamageResult result = gateway.send(new ApplyAdversaryDamage(id, SessionId.of(sessionId),
                AdversaryId.of(adversaryId), Values.required(body.amount(), "amount"), body.damageTypes(),
                body.resistances(), body.immunities(), optional(body.source(), v -> ShortCode.of(v, "source")),
                body.rollSeq(), minions(body.minionsInRange())), DAGGERHEART_ADVERSARY_NOT_FOUND);
        return new AdversaryDamageAnswer(AdversaryHitView.of(result.damage()),
                adversaries.adversary(id, sessionId, adversaryId),
                result.minionsDefeated().stream().map(AdversaryHitView::of).toList());
    }

    @Operation(operationId = "resolveDaggerheartAdversaryAttack", summary = "Make an adversary's attack roll",
            description = "The GM's d20 + the adversary's attack modifier against each target's Evasion: a hit at or "
                    + "above it; a natural 20 always hits and is critical, adding the maximum of the damage dice "
                    + "(not the bonus). The session rolls the d20 together with the damage dice of the standard "
                    + "attack (a horde's reduced damage once half its HP is marked) from its seeded generator, or "
                    + "records the table's dice, under its campaign-wide `roll_seq`. Each target's damage is applied "
                    + "with `POST …/characters/{characterId}/damage` naming `attack_roll_seq`, where the player "
                    + "chooses whether to mark an Armor Slot.")
    @SendsCommand(ResolveAdversaryAttack.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "bite", summary = "The table's d20 and "
                    + "d10", value = """
                    {"targets": [{"character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"}],
                     "physical_results": [15, 6]}""")))
    @ApiResponse(responseCode = "201", description = "The roll and what it did to each target, in the order given",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, ID_INVALID")
    @PostMapping("/attacks")
    public ResponseEntity<AdversaryAttackView> attack(@PathVariable String campaignId, @PathVariable String sessionId,
                                                      @PathVariable String adversaryId,
                                                      @RequestBody AdversaryAttackRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        List<AttackTargetBody> bodies = Values.required(body.targets(), CharactersScoped.FIELD);
        List<CharacterId> targets = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String field = CharactersScoped.FIELD + "[" + i + "]";
            targets.add(CharacterId.of(Values.id(Values.required(bodies.get(i), field).characterId(),
                    field + ".character_id")));
        }
        AdversaryAttackResult result = gateway.send(new ResolveAdversaryAttack(id, SessionId.of(sessionId),
                AdversaryId.of(adversaryId), targets, body.physicalResults()), DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + id + "/daggerheart/sessions/" + sessionId
                + "/adversaries/" + adversaryId + "/attacks")).body(AdversaryAttackView.resolved(result.targets()));
    }

    @Operation(operationId = "listDaggerheartAdversaryAttacks", summary = "An adversary's attack rolls",
            description = "In roll order, each with what it did to every target and whether that damage was "
                    + "applied. **Who may call:** any participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The attack rolls", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "DAGGERHEART_ADVERSARY_NOT_FOUND")
    @GetMapping("/attacks")
    public AdversaryAttackList attacks(@PathVariable String campaignId, @PathVariable String sessionId,
                              @PathVariable String adversaryId) {
        CampaignId id = CampaignId.of(campaignId);
        AdversaryView adversary = adversaries.adversary(id, sessionId, adversaryId);
        return new AdversaryAttackList(gateway.list(new ListAdversaryAttacks(id.value(), adversary.adversaryId()),
                AdversaryAttackView.class));
    }

    private static List<AdversaryId> minions(List<String> ids) {
        if (ids == null) {
            return null;
        }
        List<AdversaryId> minions = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = MINIONS_IN_RANGE + "[" + i + "]";
            minions.add(AdversaryId.of(Values.required(ids.get(i), field), field));
        }
        return minions;
    }
}
