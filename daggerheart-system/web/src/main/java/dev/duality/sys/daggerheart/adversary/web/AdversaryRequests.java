package dev.duality.sys.daggerheart.adversary.web;

import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.web.CharacterRequests;
import dev.duality.sys.daggerheart.character.web.CharacterRequests.ExperienceBody;
import dev.duality.sys.daggerheart.rules.AdversaryFeature;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;
import dev.duality.sys.daggerheart.rules.AdversaryType;
import dev.duality.sys.daggerheart.rules.DamageDice;
import dev.duality.sys.daggerheart.rules.DamageThresholds;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.FeatureKind;
import dev.duality.sys.daggerheart.rules.Horde;
import dev.duality.sys.daggerheart.rules.Range;
import dev.duality.sys.daggerheart.rules.StandardAttack;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.duality.sys.daggerheart.character.web.CharacterRequests.under;

/**
 * An adversary's stat block as a request carries it, and its conversion into the domain's value types. Every number is
 * an {@code Integer} so a missing one is refused naming its field; a refusal inside a part names the field as the
 * client spelled it ({@code standard_attack.damage.sides}).
 */
final class AdversaryRequests {
    private AdversaryRequests() {
    }

    @Schema(description = "An SRD stat block. A minion has no thresholds, 1 HP and its `minion_value`; a horde has "
            + "`horde`; every other type has thresholds and neither")
    record AdversaryStatBlockBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Zombie Pack") String name,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1..4", example = "1")
                         Integer tier,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) AdversaryType type,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1..100", example = "8")
                         Integer difficulty,
                         @Schema(description = "Major and Severe; left out for a minion") ThresholdsBody thresholds,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "HP slots, 1..12 (a "
                                 + "minion: 1)", example = "6") Integer hpMax,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Stress slots, 1..12",
                                 example = "3") Integer stressMax,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "ATK, -20..20",
                                 example = "-1") Integer attackModifier,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED) StandardAttackBody standardAttack,
                         @Schema(description = "Minion (X), 1..20: only a minion has it", example = "3")
                         Integer minionValue,
                         @Schema(description = "Only a horde has it") HordeBody horde,
                         @Schema(description = "At most 20") List<AdversaryFeatureBody> features,
                         @Schema(description = "At most 10") List<ExperienceBody> experiences) {

        AdversaryStatBlock toStatBlock() {
            return new AdversaryStatBlock(name, Values.required(tier, "tier"), type,
                    Values.required(difficulty, "difficulty"),
                    thresholds == null ? null : under("thresholds", thresholds::toThresholds),
                    Values.required(hpMax, "hp_max"), Values.required(stressMax, "stress_max"),
                    Values.required(attackModifier, "attack_modifier"),
                    under("standard_attack", () -> Values.required(standardAttack, "standard_attack").toAttack()),
                    minionValue, horde == null ? null : under("horde", horde::toHorde), toFeatures(features),
                    CharacterRequests.experiences(experiences));
        }
    }

    @Schema(description = "Damage at or above Major marks 2 HP, at or above Severe 3")
    record ThresholdsBody(@Schema(example = "6") Integer major, @Schema(example = "12") Integer severe) {
        DamageThresholds toThresholds() {
            return new DamageThresholds(Values.required(major, "major"), Values.required(severe, "severe"));
        }
    }

    @Schema(description = "The standard attack: its name, range and the damage it deals on a success")
    record StandardAttackBody(@Schema(example = "Bite") String name, Range range, DamageDiceBody damage,
                      @Schema(description = "physical, magic or both") Set<DamageType> damageTypes) {
        StandardAttack toAttack() {
            return new StandardAttack(name, range, under("damage", () -> Values.required(damage, "damage").toDice()),
                    damageTypes);
        }
    }

    @Schema(description = "Damage dice as a stat block writes them: 1d10+2 is count 1, sides 10, bonus 2; flat damage "
            + "(a minion's 2) is only a bonus")
    record DamageDiceBody(@Schema(description = "0..20; left out for flat damage", example = "1") Integer count,
                    @Schema(description = "4, 6, 8, 10, 12 or 20; left out for flat damage", example = "10")
                    Integer sides,
                    @Schema(description = "0..100; default 0", example = "2") Integer bonus) {
        DamageDice toDice() {
            int dice = count == null ? 0 : count;
            if (dice > 0) {
                Values.required(sides, "sides");
            }
            return new DamageDice(dice, sides == null ? 0 : sides, bonus == null ? 0 : bonus);
        }
    }

    @Schema(description = "A horde: creatures per HP (Horde (2/HP)) and its Horde (X) reduced damage")
    record HordeBody(@Schema(description = "1..10", example = "2") Integer creaturesPerHp,
                     @Schema(description = "What its standard attack deals once half or more of its HP is marked")
                     DamageDiceBody reducedDamage) {
        Horde toHorde() {
            return new Horde(Values.required(creaturesPerHp, "creatures_per_hp"),
                    reducedDamage == null ? null : under("reduced_damage", reducedDamage::toDice));
        }
    }

    @Schema(description = "A feature, as written")
    record AdversaryFeatureBody(@Schema(example = "Overwhelm") String name, FeatureKind kind,
                       @Schema(example = "When the pack marks HP from a Melee attack, it may mark a Stress to strike "
                               + "back.") String text) {
    }

    private static List<AdversaryFeature> toFeatures(List<AdversaryFeatureBody> bodies) {
        if (bodies == null) {
            return null;
        }
        List<AdversaryFeature> features = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String field = "features[" + i + "]";
            AdversaryFeatureBody body = Values.required(bodies.get(i), field);
            features.add(under(field, () -> new AdversaryFeature(body.name(), body.kind(), body.text())));
        }
        return features;
    }
}
