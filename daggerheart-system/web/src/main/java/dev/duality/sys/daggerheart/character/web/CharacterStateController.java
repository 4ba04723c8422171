package dev.duality.sys.daggerheart.character.web;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.DaggerheartRejection;
import dev.duality.sys.daggerheart.character.api.ApplyDamage;
import dev.duality.sys.daggerheart.character.api.ChangeConditions;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.PatchCharacterState;
import dev.duality.sys.daggerheart.character.api.SpendHope;
import dev.duality.sys.daggerheart.character.api.SpendStress;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries.FindCharacterSheet;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetView;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterStateView;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.duality.core.value.Values.optional;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND;

/**
 * A Daggerheart character in play: its tracks (HP, Stress, Hope, Armor Slots), Hope and Stress spends, damage and
 * conditions. The character's owner may act on their own character; a GM on any.
 */
@Tag(name = "Daggerheart")
@RestController
@RequestMapping("/api/v1/campaigns/{campaignId}/daggerheart/characters/{characterId}")
public class CharacterStateController {
    private final Gateway gateway;

    public CharacterStateController(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Each value is optional: the values given are set. */
    public record StatePatchRequest(@Schema(description = "HP slots marked", example = "2") Integer hpMarked,
                                    @Schema(description = "Stress slots marked") Integer stressMarked,
                                    @Schema(description = "Hope held") Integer hope,
                                    @Schema(description = "Armor Slots marked") Integer armorMarked,
                                    LifeState lifeState,
                                    @Schema(description = "The values last seen; a stale one is refused") Before before,
                                    @Schema(description = "A short code, e.g. potion", example = "potion")
                                    String reason,
                                    @Schema(description = "The roll the change comes from") Long rollSeq) {
        public record Before(Integer hpMarked, Integer stressMarked, Integer hope, Integer armorMarked,
                             LifeState lifeState) {
        }
    }

    public record SpendRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1") Integer amount,
                               @Schema(description = "A short code, e.g. help_an_ally") String reason) {
    }

    public record DamageRequest(@Schema(description = "0..1000; required unless `attack_roll_seq` is given",
                                        example = "9") Integer amount,
                                @Schema(description = "physical, magic or both; required unless `attack_roll_seq` "
                                        + "is given") Set<DamageType> damageTypes,
                                @Schema(description = "Types the character resists now") Set<DamageType> resistances,
                                @Schema(description = "Types the character is immune to now")
                                Set<DamageType> immunities,
                                @Schema(description = "Direct damage: no Armor Slot can reduce it") Boolean direct,
                                @Schema(description = "Mark an Armor Slot to lower the damage one band, if it helps")
                                Boolean markArmorSlot,
                                @Schema(description = "A short code naming what dealt it", example = "ogre_club")
                                String source,
                                @Schema(description = "The damage roll, if any") Long rollSeq,
                                @Schema(description = "An adversary attack roll that hit this character: the damage "
                                        + "and its types are the ones it recorded (leave `amount`, `damage_types` "
                                        + "and `roll_seq` out); applied once", example = "4") Long attackRollSeq) {
    }

    public record ConditionsRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                            description = "The conditions after the change")
                                    List<Condition> conditions,
                                    @Schema(description = "Optional: what the change adds; must be the difference")
                                    List<Condition> added,
                                    @Schema(description = "Optional: what the change removes; must be the difference")
                                    List<Condition> removed,
                                    @Schema(description = "Optional: how long conditions last (short_rest, "
                                            + "long_rest, session, scene); they end with it. Unnamed ones keep their "
                                            + "duration; one added without a duration lasts until removed",
                                            example = "{\"restrained\": \"scene\"}")
                                    Map<Condition, EffectDuration> lasting,
                                    @Schema(description = "A short code") String source) {
        /** The conditions after the change; naming one twice is refused. */
        public ConditionSet conditionsAfter() {
            return ConditionSet.of(conditions, "conditions");
        }

        /** What the change says it adds, or null when it does not say. */
        public List<Condition> statedAdded() {
            return added == null ? null : ConditionSet.of(added, "added").conditions();
        }

        /** What the change says it removes, or null when it does not say. */
        public List<Condition> statedRemoved() {
            return removed == null ? null : ConditionSet.of(removed, "removed").conditions();
        }
    }

    /** A damage as the pipeline resolved it, and the character's state after. */
    public record DamageView(@Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
                             @Schema(example = "9") int amount,
                             @Schema(description = "After immunity and resistance", example = "9") int mitigatedAmount,
                             dev.duality.sys.daggerheart.rules.Severity severityBeforeArmor,
                             dev.duality.sys.daggerheart.rules.Severity severity,
                             @Schema(example = "1") int hpMarks,
                             @Schema(example = "1") int armorSpent,
                             dev.duality.sys.daggerheart.rules.ArmorSlotUse armorSlotUse,
                             @Schema(example = "false") boolean resisted,
                             @Schema(example = "false") boolean immune,
                             @Schema(example = "false") boolean direct,
                             @Schema(example = "false") boolean massive,
                             @Schema(example = "false") boolean lastHpMarked,
                             CharacterStateView state) {
    }

    @Operation(operationId = "getDaggerheartState", summary = "Read a character's state",
            description = "HP, Stress and Armor Slots marked, Hope, life state and conditions. **Who may call:** any "
                    + "participant of the campaign, or the admin.")
    @ApiResponse(responseCode = "200", description = "The state", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "DAGGERHEART_CHARACTER_SHEET_NOT_FOUND")
    @GetMapping("/state")
    public CharacterStateView get(@PathVariable String campaignId, @PathVariable String characterId) {
        return state(CampaignId.of(campaignId), CharacterId.of(characterId));
    }

    @Operation(operationId = "patchDaggerheartState", summary = "Set a character's tracks",
            description = "Sets any of HP marked, Stress marked, Hope, Armor Slots marked and the life state (a GM "
                    + "ruling, a potion, a feature). Values given under `before` must be the current ones, so a "
                    + "stale client is refused instead of overwriting a change it has not seen. Marking the last HP "
                    + "makes the character fall; marking the last Stress makes them Vulnerable until Stress is "
                    + "cleared. A patch that changes nothing is refused.")
    @SendsCommand(PatchCharacterState.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "potion", value = """
                    {"hp_marked": 1, "before": {"hp_marked": 3}, "reason": "minor_health_potion"}""")))
    @ApiResponse(responseCode = "200", description = "The state after", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "CODE_INVALID")
    @PatchMapping("/state")
    public CharacterStateView patch(@PathVariable String campaignId, @PathVariable String characterId,
                                    @RequestBody StatePatchRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        StatePatchRequest.Before before = body.before();
        gateway.send(new PatchCharacterState(id, cid, body.hpMarked(), body.stressMarked(), body.hope(),
                body.armorMarked(), body.lifeState(), before == null ? null : new PatchCharacterState.Before(
                        before.hpMarked(), before.stressMarked(), before.hope(), before.armorMarked(),
                        before.lifeState()), code(body.reason(), "reason"), body.rollSeq()),
                DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return state(id, cid);
    }

    @Operation(operationId = "spendDaggerheartHope", summary = "Spend Hope",
            description = "An Experience, Help an Ally, a Tag Team or a Hope feature. More than the character holds "
                    + "is refused.")
    @SendsCommand(SpendHope.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "help", value = """
                    {"amount": 1, "reason": "help_an_ally"}""")))
    @ApiResponse(responseCode = "200", description = "The state after", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, CODE_INVALID")
    @PostMapping("/hope/spend")
    public CharacterStateView spendHope(@PathVariable String campaignId, @PathVariable String characterId,
                                        @RequestBody SpendRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        gateway.send(new SpendHope(id, cid, Values.required(body.amount(), "amount"), code(body.reason(), "reason")),
                DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return state(id, cid);
    }

    @Operation(operationId = "spendDaggerheartStress", summary = "Mark Stress",
            description = "A feature's cost, a GM move, a consequence. Stress that can't be marked marks 1 HP instead; "
                    + "marking the last Stress makes the character Vulnerable.")
    @SendsCommand(SpendStress.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "cost", value = """
                    {"amount": 1, "reason": "feature_cost"}""")))
    @ApiResponse(responseCode = "200", description = "The state after", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, CODE_INVALID")
    @PostMapping("/stress/spend")
    public CharacterStateView spendStress(@PathVariable String campaignId, @PathVariable String characterId,
                                          @RequestBody SpendRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        gateway.send(new SpendStress(id, cid, Values.required(body.amount(), "amount"),
                code(body.reason(), "reason")), DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return state(id, cid);
    }

    @Operation(operationId = "applyDaggerheartDamage", summary = "Apply damage to a character",
            description = "One incoming damage: immunity and resistance (halving, rounded up) first, then the "
                    + "character's thresholds set the HP to mark (below Major 1, Major 2, Severe 3; with the "
                    + "campaign's massive damage rule 2 × Severe marks 4), then one Armor Slot may lower it one band "
                    + "(not for direct damage). Marking the last HP makes the character fall. Damage from an "
                    + "adversary's attack names the roll (`attack_roll_seq`) instead of an amount: the amount and "
                    + "types are the ones it recorded against this character, applied once and only if it hit; the "
                    + "character still chooses whether to mark an Armor Slot.")
    @SendsCommand(ApplyDamage.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = {
                    @ExampleObject(name = "claws", value = """
                            {"amount": 9, "damage_types": ["physical"], "mark_armor_slot": true,
                             "source": "bear_claws"}"""),
                    @ExampleObject(name = "attack", summary = "From an adversary's attack roll", value = """
                            {"attack_roll_seq": 4, "mark_armor_slot": true}""")}))
    @ApiResponse(responseCode = "200", description = "What the damage did", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, CODE_INVALID")
    @PostMapping("/damage")
    public DamageView damage(@PathVariable String campaignId, @PathVariable String characterId,
                             @RequestBody DamageRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        DamageApplied applied = gateway.send(new ApplyDamage(id, cid, body.amount(), body.damageTypes(),
                body.resistances(), body.immunities(), Boolean.TRUE.equals(body.direct()),
                Boolean.TRUE.equals(body.markArmorSlot()), code(body.source(), "source"), body.rollSeq(),
                body.attackRollSeq()), DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return damageView(applied, state(id, cid));
    }

    @Operation(operationId = "changeDaggerheartConditions", summary = "Change a character's conditions",
            description = "The conditions (hidden, restrained, vulnerable) become the given set. When `added` and "
                    + "`removed` are given they must be exactly the difference. Naming a condition twice, or a "
                    + "change that changes nothing, is refused.")
    @SendsCommand(ChangeConditions.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "restrained", value = """
                    {"conditions": ["restrained"], "added": ["restrained"], "removed": [], "source": "vines"}""")))
    @ApiResponse(responseCode = "200", description = "The state after", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, CODE_INVALID")
    @PutMapping("/conditions")
    public CharacterStateView conditions(@PathVariable String campaignId, @PathVariable String characterId,
                                         @RequestBody ConditionsRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        CharacterId cid = CharacterId.of(characterId);
        gateway.send(new ChangeConditions(id, cid, body.conditionsAfter(), body.statedAdded(), body.statedRemoved(),
                body.lasting(), code(body.source(), "source")), DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return state(id, cid);
    }

    static DamageView damageView(DamageApplied applied, CharacterStateView state) {
        return new DamageView(applied.characterId().value(), applied.amount(), applied.mitigatedAmount(),
                applied.severityBeforeArmor(), applied.severity(), applied.hpMarks(), applied.armorSpent(),
                applied.armorSlotUse(), applied.resisted(), applied.immune(), applied.direct(), applied.massive(),
                applied.lastHpMarked(), state);
    }

    private static ShortCode code(String value, String field) {
        return optional(value, v -> ShortCode.of(v, field));
    }

    private CharacterStateView state(CampaignId campaignId, CharacterId characterId) {
        return gateway.require(new FindCharacterSheet(campaignId.value(), characterId.value()),
                CharacterSheetView.class, DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND,
                "Daggerheart sheet of character " + characterId).state();
    }
}
