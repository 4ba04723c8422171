package dev.duality.sys.daggerheart.adversary.readmodel.api;

import dev.duality.sys.daggerheart.rules.AdversaryFeature;
import dev.duality.sys.daggerheart.rules.AdversaryStatBlock;
import dev.duality.sys.daggerheart.rules.AdversaryType;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.DamageDice;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.FeatureKind;
import dev.duality.sys.daggerheart.rules.Range;
import dev.duality.sys.daggerheart.rules.StandardAttack;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * An adversary on the table as clients see it: what is plain to everyone at the table (what it is, how hurt it is,
 * its conditions) and, for the GM only, its stat block and the damage its attack deals now.
 */
@Schema(description = "An adversary on the table; `stat_block` and `attack_damage` are the GM's only (null for players) "
        + "until the GM reveals them")
public record AdversaryView(
        @Schema(example = "2c9d1f3e-7a4b-4e5f-8a6b-9c0d1e2f3a4b") String adversaryId,
        @Schema(example = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a") String sessionId,
        @Schema(example = "Zombie Pack") String name,
        @Schema(description = "1..4", example = "1") int tier,
        AdversaryType type,
        @Schema(description = "HP slots marked", example = "3") int hpMarked,
        @Schema(description = "HP slots", example = "6") int hpMax,
        @Schema(description = "Stress slots marked", example = "0") int stressMarked,
        @Schema(description = "Stress slots", example = "3") int stressMax,
        @Schema(description = "hidden, restrained, vulnerable", example = "[\"restrained\"]") List<Condition> conditions,
        @Schema(description = "Every HP is marked: the adversary is defeated", example = "false") boolean defeated,
        @Schema(description = "A horde with half or more of its HP marked: its standard attack deals its reduced "
                + "damage", example = "true") boolean attackReduced,
        @Schema(description = "GM only: the damage its standard attack deals now") DamageDiceView attackDamage,
        @Schema(description = "GM only (and everyone's once revealed): the whole stat block, as `PATCH` takes it")
        AdversaryStatBlockView statBlock,
        @Schema(description = "The GM revealed the stat block: players read it and `attack_damage` too",
                example = "false") boolean revealed,
        @Schema(example = "2025-03-01T18:30:00Z") Instant createdAt,
        @Schema(example = "2025-03-01T18:42:00Z") Instant updatedAt) {

    /** What a player sees: the stat block and the attack's damage stay behind the GM's screen until revealed. */
    public AdversaryView withoutGmDetails() {
        return revealed ? this : new AdversaryView(adversaryId, sessionId, name, tier, type, hpMarked, hpMax,
                stressMarked, stressMax, conditions, defeated, attackReduced, null, null, false, createdAt, updatedAt);
    }

    /** Dice as a stat block writes them, e.g. 1d10+2; flat damage has count and sides 0. */
    public record DamageDiceView(@Schema(example = "1") int count, @Schema(example = "10") int sides,
                                 @Schema(example = "2") int bonus, @Schema(example = "1d10+2") String notation) {
        public static DamageDiceView of(DamageDice dice) {
            return new DamageDiceView(dice.count(), dice.sides(), dice.bonus(), dice.notation());
        }
    }

    /** Damage at or above Major marks 2 HP, at or above Severe 3. */
    public record ThresholdsView(@Schema(example = "6") int major, @Schema(example = "12") int severe) {
    }

    /** The standard attack: name, range, and the damage it deals on a success. */
    public record StandardAttackView(@Schema(example = "Bite") String name, Range range, DamageDiceView damage,
                             @Schema(example = "[\"physical\"]") List<DamageType> damageTypes) {
    }

    /** A horde: creatures per HP, and the damage its attack deals once half its HP is marked (Horde (X)). */
    public record HordeView(@Schema(example = "2") int creaturesPerHp, DamageDiceView reducedDamage) {
    }

    /** A feature, as written. */
    public record AdversaryFeatureView(@Schema(example = "Overwhelm") String name, FeatureKind kind,
                              @Schema(example = "When the pack marks HP from a Melee attack, it may mark a Stress to "
                                      + "strike back.") String text) {
    }

    /** The stat block: null thresholds for a minion; a minion value only for a minion, horde parts only for a horde. */
    public record AdversaryStatBlockView(@Schema(example = "Zombie Pack") String name,
                                @Schema(example = "1") int tier,
                                AdversaryType type,
                                @Schema(description = "The Difficulty of rolls against it", example = "8")
                                int difficulty,
                                ThresholdsView thresholds,
                                @Schema(example = "6") int hpMax,
                                @Schema(example = "3") int stressMax,
                                @Schema(description = "Added to its d20 attack roll", example = "-1")
                                int attackModifier,
                                StandardAttackView standardAttack,
                                @Schema(description = "Minion (X): every X damage defeats one more minion",
                                        example = "null") Integer minionValue,
                                HordeView horde,
                                List<AdversaryFeatureView> features,
                                List<Experience> experiences) {

        public static AdversaryStatBlockView of(AdversaryStatBlock block) {
            StandardAttack attack = block.standardAttack();
            return new AdversaryStatBlockView(block.name(), block.tier(), block.type(), block.difficulty(),
                    block.thresholds() == null ? null : new ThresholdsView(block.thresholds().major(),
                            block.thresholds().severe()),
                    block.hpMax(), block.stressMax(), block.attackModifier(),
                    new StandardAttackView(attack.name(), attack.range(), DamageDiceView.of(attack.damage()),
                            sorted(attack.damageTypes())),
                    block.minionValue(),
                    block.horde() == null ? null : new HordeView(block.horde().creaturesPerHp(),
                            DamageDiceView.of(block.horde().reducedDamage())),
                    block.features().stream().map(AdversaryStatBlockView::feature).toList(), block.experiences());
        }

        private static AdversaryFeatureView feature(AdversaryFeature feature) {
            return new AdversaryFeatureView(feature.name(), feature.kind(), feature.text());
        }
    }

    /** Damage types in their declared order, so the same set always reads the same. */
    public static List<DamageType> sorted(Collection<DamageType> types) {
        return types.stream().sorted().toList();
    }
}
