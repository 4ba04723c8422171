package dev.duality.sys.daggerheart.adversary.readmodel.api;

import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResolved;
import dev.duality.sys.daggerheart.adversary.readmodel.api.AdversaryView.DamageDiceView;
import dev.duality.sys.daggerheart.rules.DamageType;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * One adversary attack roll: the d20 and the attack modifier, the damage dice rolled with it, and against each target
 * its Evasion, whether it was hit, the damage it takes and whether that damage was applied ({@code damage.apply} with
 * {@code attack_roll_seq}).
 */
@Schema(description = "An adversary's attack roll and what it did to each target")
public record AdversaryAttackView(
        @Schema(description = "The roll's number in the campaign; name it as `attack_roll_seq` to apply the damage",
                example = "1") long rollSeq,
        @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") String sessionId,
        @Schema(example = "2c9d1f3e-7a4b-4e5f-8a6b-9c0d1e2f3a4b") String adversaryId,
        @Schema(example = "Bite") String attackName,
        @Schema(description = "The d20", example = "15") int attackDie,
        @Schema(example = "-1") int attackModifier,
        @Schema(description = "The d20 plus the attack modifier", example = "14") int total,
        @Schema(description = "A natural 20: every target is hit, and the damage adds the dice's maximum",
                example = "false") boolean critical,
        DamageDiceView damageDice,
        @Schema(description = "One value per damage die", example = "[6]") List<Integer> damageResults,
        @Schema(example = "[\"physical\"]") List<DamageType> damageTypes,
        @Schema(description = "A horde's reduced damage (half or more of its HP marked)", example = "false")
        boolean attackReduced,
        List<AttackTarget> targets) {

    /** What the roll did to one character. */
    public record AttackTarget(@Schema(example = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") String characterId,
                         @Schema(example = "12") int evasion,
                         @Schema(example = "true") boolean hit,
                         @Schema(description = "The damage this character takes; 0 on a miss", example = "8")
                         int damage,
                         @Schema(example = "false") boolean damageApplied) {
    }

    /** A roll as it was just resolved, from what each target's sheet recorded of it: no damage applied yet. */
    public static AdversaryAttackView resolved(List<AdversaryAttackResolved> byTarget) {
        AdversaryAttackResolved roll = byTarget.get(0);
        return new AdversaryAttackView(roll.rollSeq(), roll.sessionId().value(), roll.adversaryId().value(),
                roll.attackName(), roll.attackDie(), roll.attackModifier(), roll.total(), roll.critical(),
                DamageDiceView.of(roll.damageDice()), roll.damageResults(), AdversaryView.sorted(roll.damageTypes()),
                roll.attackReduced(), byTarget.stream().map(target -> new AttackTarget(target.characterId().value(),
                        target.evasion(), target.hit(), target.damage(), false)).toList());
    }
}
