package dev.duality.sys.daggerheart.character.web;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharactersScoped;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.ApplyMultiTargetDamage;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries.FindCharacterSheet;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetView;
import dev.duality.sys.daggerheart.character.web.CharacterStateController.DamageView;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.web.Gateway;
import dev.duality.web.SendsCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.duality.core.value.Values.optional;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_NOT_FOUND;

/** Damage to several characters at once: one roll, each target resolved against its own defenses, all or nothing. */
@Tag(name = "Daggerheart")
@RestController
public class PartyDamageController {
    private final Gateway gateway;

    public PartyDamageController(Gateway gateway) {
        this.gateway = gateway;
    }

    public record TargetBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String characterId,
                             @Schema(description = "This target marks an Armor Slot, if it can and it helps")
                             Boolean markArmorSlot,
                             @Schema(description = "Types this target resists now") Set<DamageType> resistances,
                             @Schema(description = "Types this target is immune to now") Set<DamageType> immunities) {
    }

    public record MultiTargetDamageRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                                   description = "1-20 characters, each at most once")
                                           List<TargetBody> targets,
                                           @Schema(description = "Required unless `attack_roll_seq` is given",
                                                   example = "12") Integer amount,
                                           @Schema(description = "Required unless `attack_roll_seq` is given")
                                           Set<DamageType> damageTypes,
                                           Boolean direct,
                                           @Schema(example = "fireball") String source,
                                           Long rollSeq,
                                           @Schema(description = "An adversary attack roll against every target: "
                                                   + "each takes the damage it recorded against it (leave "
                                                   + "`amount`, `damage_types` and `roll_seq` out)")
                                           Long attackRollSeq) {
    }

    public record DamageList(List<DamageView> items) {
    }

    @Operation(operationId = "applyDaggerheartMultiTargetDamage", summary = "Apply one damage to several characters",
            description = "One damage roll against several characters (a multi-target attack, an area effect): each "
                    + "target's own immunity, resistance, thresholds and Armor Slot decide what it marks. One decision: "
                    + "if any target is refused (unknown, deleted, dead), no target takes damage.")
    @SendsCommand(ApplyMultiTargetDamage.class)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = "application/json", examples = @ExampleObject(name = "fireball", value = """
                    {"targets": [{"character_id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", "mark_armor_slot": true},
                                 {"character_id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"}],
                     "amount": 12, "damage_types": ["magic"], "source": "fireball"}""")))
    @ApiResponse(responseCode = "200", description = "What the damage did to each target, in the order given",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "VALUE_REQUIRED, VALUE_OUT_OF_RANGE, ID_INVALID, CODE_INVALID")
    @PostMapping("/api/v1/campaigns/{campaignId}/daggerheart/damage")
    public DamageList apply(@PathVariable String campaignId, @RequestBody MultiTargetDamageRequest body) {
        CampaignId id = CampaignId.of(campaignId);
        List<TargetBody> bodies = Values.required(body.targets(), CharactersScoped.FIELD);
        List<ApplyMultiTargetDamage.Target> targets = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String field = CharactersScoped.FIELD + "[" + i + "]";
            TargetBody target = Values.required(bodies.get(i), field);
            targets.add(new ApplyMultiTargetDamage.Target(
                    CharacterId.of(Values.id(target.characterId(), field + ".character_id")),
                    Boolean.TRUE.equals(target.markArmorSlot()), target.resistances(), target.immunities()));
        }
        List<DamageApplied> applied = gateway.send(new ApplyMultiTargetDamage(id, targets, body.amount(),
                body.damageTypes(), Boolean.TRUE.equals(body.direct()),
                optional(body.source(), v -> ShortCode.of(v, "source")), body.rollSeq(), body.attackRollSeq()),
                DAGGERHEART_CHARACTER_SHEET_NOT_FOUND);
        return new DamageList(applied.stream().map(damage -> CharacterStateController.damageView(damage,
                gateway.require(new FindCharacterSheet(id.value(), damage.characterId().value()),
                        CharacterSheetView.class, DAGGERHEART_CHARACTER_SHEET_NOT_FOUND,
                        "Daggerheart sheet of character " + damage.characterId()).state())).toList());
    }
}
