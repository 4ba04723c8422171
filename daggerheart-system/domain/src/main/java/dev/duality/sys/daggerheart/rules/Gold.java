package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GOLD_INSUFFICIENT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GOLD_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GOLD_OVER_CAPACITY;

/**
 * A character's gold, always rolled up: 10 handfuls make a bag and 10 bags a chest, so handfuls and bags are 0..9,
 * and a character carries at most 1 chest. Arithmetic goes through the total in handfuls, so adding rolls up and
 * spending breaks larger units.
 */
public record Gold(int handfuls, int bags, int chests) {
    public static final int HANDFULS_PER_BAG = 10;
    public static final int BAGS_PER_CHEST = 10;
    public static final int MAX_CHESTS = 1;
    /** 1 chest, 9 bags and 9 handfuls: one more handful would make a second chest. */
    public static final int MAX_TOTAL_HANDFULS =
            (MAX_CHESTS * BAGS_PER_CHEST + BAGS_PER_CHEST - 1) * HANDFULS_PER_BAG + HANDFULS_PER_BAG - 1;
    public static final Gold NONE = new Gold(0, 0, 0);
    /** Starting inventory: 1 handful. */
    public static final Gold STARTING = new Gold(1, 0, 0);

    private static final int HANDFULS_PER_CHEST = HANDFULS_PER_BAG * BAGS_PER_CHEST;

    public Gold {
        requireUnit(handfuls, HANDFULS_PER_BAG - 1, "handfuls");
        requireUnit(bags, BAGS_PER_CHEST - 1, "bags");
        requireUnit(chests, MAX_CHESTS, "chests");
    }

    /** Rolls raw amounts up (e.g. 12 handfuls = 1 bag 2 handfuls); more than the carrying limit is refused. */
    public static Gold rollUp(int handfuls, int bags, int chests) {
        return ofHandfuls(toHandfuls(handfuls, bags, chests));
    }

    /** The whole amount counted in handfuls. */
    public int totalHandfuls() {
        return chests * HANDFULS_PER_CHEST + bags * HANDFULS_PER_BAG + handfuls;
    }

    /** Adds raw amounts; refused if the result would pass 1 chest, 9 bags and 9 handfuls. */
    public Gold add(int handfuls, int bags, int chests) {
        return ofHandfuls(totalHandfuls() + toHandfuls(handfuls, bags, chests));
    }

    public Gold addHandfuls(int handfuls) {
        return add(handfuls, 0, 0);
    }

    public Gold addBags(int bags) {
        return add(0, bags, 0);
    }

    /** Spends raw amounts, breaking bags and chests as needed; refused if the character has less. */
    public Gold spend(int handfuls, int bags, int chests) {
        long price = toHandfuls(handfuls, bags, chests);
        Rejected.unless(price <= totalHandfuls(), DAGGERHEART_GOLD_INSUFFICIENT, "gold",
                "spending " + price + " handfuls needs more than the " + totalHandfuls() + " held");
        return ofHandfuls(totalHandfuls() - price);
    }

    public Gold spendHandfuls(int handfuls) {
        return spend(handfuls, 0, 0);
    }

    public Gold spendBags(int bags) {
        return spend(0, bags, 0);
    }

    private static Gold ofHandfuls(long total) {
        Rejected.unless(total <= MAX_TOTAL_HANDFULS, DAGGERHEART_GOLD_OVER_CAPACITY, "gold",
                "a character carries at most 1 chest, 9 bags and 9 handfuls (" + MAX_TOTAL_HANDFULS
                        + " handfuls), this would be " + total);
        int t = (int) total;
        return new Gold(t % HANDFULS_PER_BAG, t / HANDFULS_PER_BAG % BAGS_PER_CHEST, t / HANDFULS_PER_CHEST);
    }

    // long so that huge raw amounts are refused as over capacity instead of overflowing into a small number
    private static long toHandfuls(int handfuls, int bags, int chests) {
        Checks.notNegative(handfuls, "handfuls");
        Checks.notNegative(bags, "bags");
        Checks.notNegative(chests, "chests");
        return (long) chests * HANDFULS_PER_CHEST + (long) bags * HANDFULS_PER_BAG + handfuls;
    }

    private static void requireUnit(int amount, int max, String field) {
        Rejected.unless(amount >= 0 && amount <= max, DAGGERHEART_GOLD_OUT_OF_RANGE, field,
                field + " must be between 0 and " + max + ", was " + amount);
    }
}
