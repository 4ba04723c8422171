package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.Values;

/**
 * The damage pipeline for a PC or an adversary: immunity, then resistance, then thresholds, then at most one Armor
 * Slot (adversaries have none). Only the count of HP to mark comes out; {@link CharacterResources#markHp} applies it.
 */
public final class Damage {
    private Damage() {
    }

    /**
     * A resolved hit.
     *
     * @param amount                 damage after immunity and resistance, compared with the thresholds
     * @param severityBeforeArmor    the band by the thresholds
     * @param severityAfterArmor     the band after any Armor Slot
     * @param hpMarks                HP to mark, from {@code severityAfterArmor}
     * @param armorSlotsSpent        0 or 1
     * @param armorSlotUse           whether a slot was used and, if not, why
     * @param immune                 the target is immune to every type of the damage, so it is 0
     * @param resisted               the target resists every type of the damage, so it was halved
     * @param direct                 the damage was direct
     * @param massive                the hit reached massive damage (optional rule on, ≥ 2 × Severe)
     */
    public record DamageResult(int amount, Severity severityBeforeArmor, Severity severityAfterArmor, int hpMarks,
                               int armorSlotsSpent, ArmorSlotUse armorSlotUse, boolean immune, boolean resisted,
                               boolean direct, boolean massive) {
    }

    /** Runs one incoming damage through the pipeline. */
    public static DamageResult resolve(IncomingDamage damage) {
        Values.required(damage, "damage");
        // mixed physical+magic damage is only affected when the target is immune to (or resists) both types
        boolean immune = damage.immunities().containsAll(damage.types());
        boolean resisted = !immune && damage.resistances().containsAll(damage.types());
        int amount = immune ? 0 : resisted ? halvedRoundingUp(damage.amount()) : damage.amount();
        Severity before = severity(amount, damage.thresholds(), damage.massiveDamageRule());
        ArmorSlotUse use = armorSlotUse(damage, before);
        Severity after = use == ArmorSlotUse.USED ? before.oneBandLower() : before;
        return new DamageResult(amount, before, after, after.hpMarks(), use == ArmorSlotUse.USED ? 1 : 0, use,
                immune, resisted, damage.direct(), before == Severity.MASSIVE);
    }

    /**
     * The damage threshold table: 0 or less none, below Major minor, below Severe major, else severe; with the
     * massive damage rule, 2 × Severe or more is massive (the SRD's "equal to twice" read as at least). A target
     * without thresholds (null: a minion, whose single HP any damage marks) takes any damage as minor.
     */
    public static Severity severity(int amount, DamageThresholds thresholds, boolean massiveDamageRule) {
        if (amount <= 0) {
            return Severity.NONE;
        }
        if (thresholds == null) {
            return Severity.MINOR;
        }
        if (amount < thresholds.major()) {
            return Severity.MINOR;
        }
        if (amount < thresholds.severe()) {
            return Severity.MAJOR;
        }
        if (massiveDamageRule && amount >= 2L * thresholds.severe()) {
            return Severity.MASSIVE;
        }
        return Severity.SEVERE;
    }

    /** Resistance halves damage, rounding up as the SRD rounds everything. */
    static int halvedRoundingUp(int amount) {
        return amount / 2 + amount % 2;
    }

    private static ArmorSlotUse armorSlotUse(IncomingDamage damage, Severity before) {
        if (before == Severity.NONE) {
            return ArmorSlotUse.NOTHING_TO_REDUCE;
        }
        if (damage.direct()) {
            return ArmorSlotUse.DIRECT_DAMAGE;
        }
        if (!damage.markArmorSlot()) {
            return ArmorSlotUse.NOT_REQUESTED;
        }
        return damage.armorSlotsAvailable() > 0 ? ArmorSlotUse.USED : ArmorSlotUse.NO_SLOT_AVAILABLE;
    }
}
