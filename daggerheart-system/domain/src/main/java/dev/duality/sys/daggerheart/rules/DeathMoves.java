package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.LifeState;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DIE_OUT_OF_RANGE;

/**
 * The death moves of a PC who marked their last HP (SRD Death). Each gives the tracks and the life state afterwards;
 * the dice come from the caller (server-rolled or the table's own).
 */
public final class DeathMoves {
    private DeathMoves() {
    }

    /**
     * A death move's result.
     *
     * @param scarTaken     Avoid Death's Hope die was at or below the level: one Hope slot is crossed out for good
     * @param hpCleared     HP Risk It All cleared
     * @param stressCleared Stress Risk It All cleared
     * @param lifeState     blaze of glory, unconscious, alive (stays up) or dead
     */
    public record Outcome(DeathMove move, boolean scarTaken, int hpCleared, int stressCleared, HitPoints hp,
                          StressSlots stress, HopePool hope, LifeState lifeState) {
    }

    /**
     * What the player wants Risk It All's Hope die spent on, when it is higher: up to {@code clearHp} HP and up to
     * {@code clearStress} Stress (each optional).
     */
    public record RiskItAllSplit(Integer clearHp, Integer clearStress) {
        public static final RiskItAllSplit HP_FIRST = new RiskItAllSplit(null, null);

        public RiskItAllSplit {
            if (clearHp != null) {
                Values.range(clearHp, 0, HitPoints.MAX_SLOTS, "clear_hp");
            }
            if (clearStress != null) {
                Values.range(clearStress, 0, StressSlots.MAX_SLOTS, "clear_stress");
            }
        }
    }

    /** Blaze of Glory: no roll; the character takes their final action and dies once it is rolled. */
    public static Outcome blazeOfGlory(HitPoints hp, StressSlots stress, HopePool hope) {
        return new Outcome(DeathMove.BLAZE_OF_GLORY, false, 0, 0, hp, stress, hope, LifeState.BLAZE_OF_GLORY);
    }

    /**
     * Avoid Death: the character falls unconscious. A Hope die at or below their level takes a scar (one Hope slot
     * crossed out for good, Hope beyond the new maximum lost with it); losing the last Hope slot ends their story.
     */
    public static Outcome avoidDeath(int hopeDie, int level, HitPoints hp, StressSlots stress, HopePool hope) {
        requireDie(hopeDie, "hope_die");
        DaggerheartRules.requireLevel(level, "level");
        Values.required(hope, "hope");
        if (hopeDie > level) {
            return new Outcome(DeathMove.AVOID_DEATH, false, 0, 0, hp, stress, hope, LifeState.UNCONSCIOUS);
        }
        CharacterResources.ScarTaken scar = CharacterResources.takeScar(hope);
        return new Outcome(DeathMove.AVOID_DEATH, true, 0, 0, hp, stress, scar.hope(),
                scar.lastHopeSlotLost() ? LifeState.DEAD : LifeState.UNCONSCIOUS);
    }

    /**
     * Risk It All: Hope die higher, the character stays up and clears HP and Stress totalling at most the Hope die's
     * value; Fear die higher, they die; a tie, they stay up and clear nothing. The value goes first where the player
     * asked ({@link RiskItAllSplit}: HP up to {@code clear_hp}, then Stress up to {@code clear_stress}), and what is left
     * of it clears HP, then Stress, so none of it is wasted while something is marked.
     */
    public static Outcome riskItAll(int hopeDie, int fearDie, HitPoints hp, StressSlots stress, HopePool hope,
                                    RiskItAllSplit split) {
        requireDie(hopeDie, "hope_die");
        requireDie(fearDie, "fear_die");
        Values.required(hp, "hp");
        Values.required(stress, "stress");
        Values.required(split, "split");
        if (fearDie > hopeDie) {
            return new Outcome(DeathMove.RISK_IT_ALL, false, 0, 0, hp, stress, hope, LifeState.DEAD);
        }
        if (fearDie == hopeDie) {
            return new Outcome(DeathMove.RISK_IT_ALL, false, 0, 0, hp, stress, hope, LifeState.ALIVE);
        }
        int left = hopeDie;
        int hpCleared = Math.min(Math.min(left, hp.marked()), split.clearHp() == null ? 0 : split.clearHp());
        left -= hpCleared;
        int stressCleared = Math.min(Math.min(left, stress.marked()),
                split.clearStress() == null ? 0 : split.clearStress());
        left -= stressCleared;
        int moreHp = Math.min(left, hp.marked() - hpCleared);
        hpCleared += moreHp;
        left -= moreHp;
        stressCleared += Math.min(left, stress.marked() - stressCleared);
        return new Outcome(DeathMove.RISK_IT_ALL, false, hpCleared, stressCleared,
                CharacterResources.clearHp(hp, hpCleared), CharacterResources.clearStress(stress, stressCleared), hope,
                LifeState.ALIVE);
    }

    private static void requireDie(int value, String field) {
        Rejected.unless(value >= 1 && value <= DualityRoll.DUALITY_DIE_SIDES, DAGGERHEART_DIE_OUT_OF_RANGE, field,
                field + " must be between 1 and " + DualityRoll.DUALITY_DIE_SIDES + ", was " + value);
    }
}
