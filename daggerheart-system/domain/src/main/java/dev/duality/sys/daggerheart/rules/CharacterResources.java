package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ARMOR_SLOTS_INSUFFICIENT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_HOPE_INSUFFICIENT;

/**
 * Marking, clearing, gaining and spending a PC's HP, Stress, Hope and Armor Slots. HP, Stress and Armor are tracked
 * as marked slots (like the sheet), Hope as a count. Every function returns the new track; none mutates.
 */
public final class CharacterResources {
    private CharacterResources() {
    }

    /**
     * The result of marking Stress.
     *
     * @param stress           the track afterwards
     * @param stressMarked     how many slots this instance marked
     * @param hpToMark         HP the character must mark instead (0 or 1): the caller applies it with {@link #markHp}
     * @param lastStressMarked this instance marked the last free slot: the character becomes Vulnerable
     */
    public record StressMarked(StressSlots stress, int stressMarked, int hpToMark, boolean lastStressMarked) {
    }

    /**
     * The result of marking HP.
     *
     * @param hp           the track afterwards
     * @param hpMarked     how many slots were marked
     * @param hpNotMarked  marks that found no free slot (the track was already full)
     * @param lastHpMarked this marking filled the last slot: the character falls and chooses a death move
     */
    public record HpMarked(HitPoints hp, int hpMarked, int hpNotMarked, boolean lastHpMarked) {
    }

    /** The result of gaining Hope: the pool afterwards, what was gained, and what the maximum cut off. */
    public record HopeGained(HopePool hope, int gained, int lostToCap) {
    }

    /**
     * The result of taking a scar.
     *
     * @param hope             the pool afterwards, with one slot fewer
     * @param hopeLost         Hope held in the slot that was crossed out (0 or 1)
     * @param lastHopeSlotLost no Hope slot is left: the character's story ends
     */
    public record ScarTaken(HopePool hope, int hopeLost, boolean lastHopeSlotLost) {
    }

    /** A new PC's HP track: the class's starting HP slots, none marked. */
    public static HitPoints startingHp(DaggerheartClass characterClass) {
        return new HitPoints(0, DaggerheartRules.startingHp(characterClass));
    }

    /** A new PC's Stress track: 6 slots, none marked. */
    public static StressSlots startingStress() {
        return new StressSlots(0, DaggerheartRules.STARTING_STRESS_SLOTS);
    }

    /** A new PC's Hope: 2, no scars. */
    public static HopePool startingHope() {
        return new HopePool(DaggerheartRules.STARTING_HOPE, 0);
    }

    /** The Hope maximum: 6 minus one slot per scar, never below 0. */
    public static int hopeMax(int scars) {
        Checks.notNegative(scars, "scars");
        return Math.max(0, DaggerheartRules.HOPE_MAX - scars);
    }

    /**
     * Marks Stress. The SRD says a character who must mark Stress but can't marks 1 HP instead, once per instance.
     * It is silent when only part fits: we mark what fits and, if any of the instance did not fit, 1 HP.
     */
    public static StressMarked markStress(StressSlots stress, int amount) {
        Values.required(stress, "stress");
        Checks.notNegative(amount, "amount");
        int free = stress.max() - stress.marked();
        int fits = Math.min(free, amount);
        StressSlots after = new StressSlots(stress.marked() + fits, stress.max());
        int hpToMark = amount > free ? 1 : 0;
        return new StressMarked(after, fits, hpToMark, fits > 0 && after.allMarked());
    }

    /** Marks HP (from damage or in place of Stress), stopping at the last slot. */
    public static HpMarked markHp(HitPoints hp, int amount) {
        Values.required(hp, "hp");
        Checks.notNegative(amount, "amount");
        int fits = Math.min(hp.max() - hp.marked(), amount);
        HitPoints after = new HitPoints(hp.marked() + fits, hp.max());
        return new HpMarked(after, fits, amount - fits, fits > 0 && after.allMarked());
    }

    /** Marks Armor Slots; more than are unmarked is refused. */
    public static ArmorSlots markArmor(ArmorSlots armor, int amount) {
        Values.required(armor, "armor");
        Checks.notNegative(amount, "amount");
        Rejected.unless(amount <= armor.available(), DAGGERHEART_ARMOR_SLOTS_INSUFFICIENT, "amount",
                "only " + armor.available() + " Armor Slots are unmarked, asked to mark " + amount);
        return new ArmorSlots(armor.marked() + amount, armor.score());
    }

    /** Clears Stress; clearing more than is marked stops at 0. */
    public static StressSlots clearStress(StressSlots stress, int amount) {
        Values.required(stress, "stress");
        return new StressSlots(cleared(stress.marked(), amount), stress.max());
    }

    /** Clears HP; clearing more than is marked stops at 0. */
    public static HitPoints clearHp(HitPoints hp, int amount) {
        Values.required(hp, "hp");
        return new HitPoints(cleared(hp.marked(), amount), hp.max());
    }

    /** Clears Armor Slots (e.g. on a rest); clearing more than is marked stops at 0. */
    public static ArmorSlots clearArmor(ArmorSlots armor, int amount) {
        Values.required(armor, "armor");
        return new ArmorSlots(cleared(armor.marked(), amount), armor.score());
    }

    /** Gains Hope up to the Hope maximum; what does not fit is lost and reported. */
    public static HopeGained gainHope(HopePool hope, int amount) {
        Values.required(hope, "hope");
        Checks.notNegative(amount, "amount");
        int gained = Math.min(hope.max() - hope.hope(), amount);
        return new HopeGained(new HopePool(hope.hope() + gained, hope.scars()), gained, amount - gained);
    }

    /** Spends Hope (Experiences, Help an Ally, Tag Team, Hope features); more than is held is refused. */
    public static HopePool spendHope(HopePool hope, int amount) {
        Values.required(hope, "hope");
        Checks.notNegative(amount, "amount");
        Rejected.unless(amount <= hope.hope(), DAGGERHEART_HOPE_INSUFFICIENT, "amount",
                "spending " + amount + " Hope needs more than the " + hope.hope() + " held");
        return new HopePool(hope.hope() - amount, hope.scars());
    }

    /** A scar crosses out one Hope slot for good; Hope held beyond the new maximum is lost with it. */
    public static ScarTaken takeScar(HopePool hope) {
        Values.required(hope, "hope");
        int scars = hope.scars() + 1;
        int kept = Math.min(hope.hope(), hopeMax(scars));
        HopePool after = new HopePool(kept, scars);
        return new ScarTaken(after, hope.hope() - kept, after.max() == 0);
    }

    private static int cleared(int marked, int amount) {
        Checks.notNegative(amount, "amount");
        return Math.max(0, marked - amount);
    }
}
