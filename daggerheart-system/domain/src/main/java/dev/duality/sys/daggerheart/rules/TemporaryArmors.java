package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import java.util.ArrayList;
import java.util.List;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ARMOR_SCORE_OVER_MAX;

/**
 * Temporary increases of the Armor Score: they add Armor Slots on top of the permanent score, never past the cap of
 * 12, and the slots vanish when the effect ends.
 */
public final class TemporaryArmors {
    private TemporaryArmors() {
    }

    /**
     * What ending effects did.
     *
     * @param remaining  the temporary armor still in effect
     * @param ended      the temporary armor that ended
     * @param armorAfter the Armor Slots afterwards: fewer slots, and marks kept only as far as slots are left
     */
    public record Ending(List<TemporaryArmor> remaining, List<TemporaryArmor> ended, ArmorSlots armorAfter) {
        /** Whether anything ended at all. */
        public boolean endedAny() {
            return !ended.isEmpty();
        }
    }

    /** The Armor Slots temporary armor adds, all effects together. */
    public static int total(List<TemporaryArmor> temporary) {
        Values.required(temporary, "temporary_armor");
        return temporary.stream().mapToInt(TemporaryArmor::amount).sum();
    }

    /** The Armor Score with temporary armor: the permanent score plus every temporary increase, at most 12. */
    public static int armorScore(int permanentScore, List<TemporaryArmor> temporary) {
        return Math.min(Defense.MAX_ARMOR_SCORE, permanentScore + total(temporary));
    }

    /**
     * Adds temporary armor; the Armor Score with it may not pass 12. An effect of the same source and duration as one
     * in effect adds to it, so the sheet shows one line per effect.
     */
    public static List<TemporaryArmor> add(List<TemporaryArmor> temporary, int permanentScore, TemporaryArmor added) {
        Values.required(added, "temporary_armor");
        int after = permanentScore + total(temporary) + added.amount();
        Rejected.unless(after <= Defense.MAX_ARMOR_SCORE, DAGGERHEART_ARMOR_SCORE_OVER_MAX, "amount",
                "the Armor Score would be " + after + " with " + added.amount() + " more; it is at most "
                        + Defense.MAX_ARMOR_SCORE);
        List<TemporaryArmor> result = new ArrayList<>();
        boolean merged = false;
        for (TemporaryArmor held : temporary) {
            if (held.source().equals(added.source()) && held.duration() == added.duration()) {
                result.add(new TemporaryArmor(held.source(), held.duration(), held.amount() + added.amount()));
                merged = true;
            } else {
                result.add(held);
            }
        }
        if (!merged) {
            result.add(added);
        }
        return List.copyOf(result);
    }

    /**
     * Ends the temporary armor that the end of {@code ended} ends (see {@link EffectDuration#endsWith}). Its slots
     * vanish; marked slots beyond the slots left are lost with them (the marks are kept up to the new score).
     */
    public static Ending end(List<TemporaryArmor> temporary, int permanentScore, ArmorSlots armor,
                             EffectDuration ended) {
        Values.required(temporary, "temporary_armor");
        Values.required(armor, "armor");
        Values.required(ended, "ended");
        List<TemporaryArmor> remaining = temporary.stream().filter(t -> !t.duration().endsWith(ended)).toList();
        List<TemporaryArmor> gone = temporary.stream().filter(t -> t.duration().endsWith(ended)).toList();
        int score = armorScore(permanentScore, remaining);
        return new Ending(remaining, gone, new ArmorSlots(Math.min(armor.marked(), score), score));
    }
}
