package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.gm.api.GmFear;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LEVEL_OUT_OF_RANGE;

/**
 * The Daggerheart SRD 1.0 rules as pure functions: the single place where game numbers live, so aggregates decide by
 * calling these and tests can check them against the SRD without Axon.
 */
public final class DaggerheartRules {
    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 10;
    /** Every character is created at level 1 (character creation, step 4). */
    public static final int STARTING_LEVEL = MIN_LEVEL;
    public static final int STARTING_HOPE = 2;
    public static final int HOPE_MAX = 6;
    public static final int STARTING_STRESS_SLOTS = 6;
    /** Proficiency at level 1 (character creation, step 5). */
    public static final int STARTING_PROFICIENCY = 1;
    /** Without armor there are no Armor Slots to mark. */
    public static final int UNARMORED_ARMOR_SCORE = 0;
    /** The GM's Fear pool is never negative; with no seed yet it holds none. */
    public static final int GM_FEAR_MIN = 0;
    /** The GM holds at most 12 Fear at one time (Fear: GM start / max = 1 per PC / 12). */
    public static final int GM_FEAR_MAX = 12;

    private DaggerheartRules() {
    }

    /** Starting HP slots from the class table. */
    public static int startingHp(DaggerheartClass characterClass) {
        return switch (characterClass) {
            case BARD, WIZARD -> 5;
            case DRUID, RANGER, ROGUE, SORCERER, WARRIOR -> 6;
            case GUARDIAN, SERAPH -> 7;
        };
    }

    /** Starting Evasion from the class table. */
    public static int startingEvasion(DaggerheartClass characterClass) {
        return switch (characterClass) {
            case GUARDIAN, SERAPH -> 9;
            case BARD, DRUID, SORCERER -> 10;
            case WARRIOR, WIZARD -> 11;
            case RANGER, ROGUE -> 12;
        };
    }

    /**
     * The Fear the GM starts a campaign with: 1 per player character, at most {@link #GM_FEAR_MAX}. Only PCs count;
     * the caller passes the number of player characters, never NPCs.
     */
    public static GmFear startingGmFear(int playerCharacters) {
        Rejected.unless(playerCharacters >= 0, ValueRejection.VALUE_OUT_OF_RANGE, "player_character_count",
                "player_character_count must not be negative, was " + playerCharacters);
        return new GmFear(Math.min(playerCharacters, GM_FEAR_MAX));
    }

    /** Unarmored thresholds: Major = level, Severe = 2 × level (armor base thresholds are 0/0). */
    public static DamageThresholds unarmoredThresholds(int level) {
        requireLevel(level);
        return new DamageThresholds(level, 2 * level);
    }

    /** The tier of a level: T1 = 1, T2 = 2–4, T3 = 5–7, T4 = 8–10. */
    public static int tier(int level) {
        requireLevel(level);
        if (level == 1) {
            return 1;
        }
        if (level <= 4) {
            return 2;
        }
        if (level <= 7) {
            return 3;
        }
        return 4;
    }

    /** Whether reaching {@code level} enters a new tier (levels 2, 5 and 8): the tier achievements are gained then. */
    public static boolean isTierEntry(int level) {
        requireLevel(level);
        return level > MIN_LEVEL && tier(level) != tier(level - 1);
    }

    /** Whether reaching {@code level} clears every marked trait: the tier achievements of levels 5 and 8. */
    public static boolean clearsTraitMarks(int level) {
        return isTierEntry(level) && tier(level) >= 3;
    }

    /** The last level of a tier (1, 4, 7, 10): a tier's extra domain card may be of that level at most. */
    public static int lastLevelOfTier(int tier) {
        Values.range(tier, 1, tier(MAX_LEVEL), "tier");
        return tier == 1 ? MIN_LEVEL : 1 + 3 * (tier - 1);
    }

    /** The highest level of card from a multiclass domain: half the character's level, rounded up. */
    public static int multiclassCardLevel(int level) {
        requireLevel(level);
        return (level + 1) / 2;
    }

    /** Proficiency by level: 1 at level 1, +1 at levels 2, 5 and 8 (tier achievements), before any advancement. */
    public static int proficiency(int level) {
        requireLevel(level);
        // one step per tier reached: the tier achievements at levels 2, 5 and 8 each add 1
        return tier(level);
    }

    private static void requireLevel(int level) {
        requireLevel(level, "level");
    }

    /** Refuses a level outside 1..10, naming {@code field}; shared by every rule that takes a level. */
    public static int requireLevel(int level, String field) {
        Rejected.unless(level >= MIN_LEVEL && level <= MAX_LEVEL, DAGGERHEART_LEVEL_OUT_OF_RANGE, field,
                field + " must be between " + MIN_LEVEL + " and " + MAX_LEVEL + ", was " + level);
        return level;
    }
}
