package dev.duality.sys.daggerheart.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_AMOUNT_NEGATIVE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GOLD_INSUFFICIENT;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GOLD_OUT_OF_RANGE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GOLD_OVER_CAPACITY;
import static dev.duality.sys.daggerheart.rules.Refusals.JOURNAL;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class GoldTest {

    // SRD gold: "10 handfuls = 1 bag; 10 bags = 1 chest; at most 1 chest"
    @ParameterizedTest(name = "{0}h {1}b {2}c rolls up to {3}h {4}b {5}c")
    @CsvSource({
            "  0,   0, 0, 0, 0, 0",
            "  9,   0, 0, 9, 0, 0",
            " 10,   0, 0, 0, 1, 0",
            " 12,   0, 0, 2, 1, 0",
            "  0,  10, 0, 0, 0, 1",
            " 99,   0, 0, 9, 9, 0",
            "100,   0, 0, 0, 0, 1",
            " 15,   9, 0, 5, 0, 1",
            "  9,   9, 1, 9, 9, 1",
            "199,   0, 0, 9, 9, 1",
            "  0,  19, 0, 0, 9, 1",
            "  0,   0, 1, 0, 0, 1"})
    void rawAmountsRollUp(int handfuls, int bags, int chests, int h, int b, int c) {
        assertThat(Gold.rollUp(handfuls, bags, chests)).isEqualTo(new Gold(h, b, c));
    }

    @Test
    void oneChestNineBagsAndNineHandfulsIsTheMostACharacterCarries() {
        assertThat(Gold.MAX_TOTAL_HANDFULS).isEqualTo(199);
        assertThat(new Gold(9, 9, 1).totalHandfuls()).isEqualTo(199);
    }

    @ParameterizedTest(name = "{0}h {1}b {2}c")
    @CsvSource({"200, 0, 0", "0, 20, 0", "0, 0, 2", "0, 2147483647, 0", "2147483647, 2147483647, 2147483647"})
    void rollingUpPastOneChestIsRefused(int handfuls, int bags, int chests) {
        assertRefused(() -> Gold.rollUp(handfuls, bags, chests), DAGGERHEART_GOLD_OVER_CAPACITY, "gold");
    }

    // SRD: "Overflow rolls up: 9 handfuls + 1 handful = 1 bag and 0 handfuls"
    @Test
    void nineHandfulsAndOneMoreMakeABag() {
        assertThat(new Gold(9, 0, 0).addHandfuls(1)).isEqualTo(new Gold(0, 1, 0));
    }

    @ParameterizedTest(name = "{0}h {1}b {2}c + {3}h {4}b = {5}h {6}b {7}c")
    @CsvSource({
            "1, 0, 0,  0, 0,  1, 0, 0",
            "1, 0, 0,  4, 0,  5, 0, 0",
            "5, 9, 0,  5, 0,  0, 0, 1",
            "3, 2, 0,  0, 3,  3, 5, 0",
            "0, 9, 0,  0, 1,  0, 0, 1",
            "9, 9, 0,  1, 0,  0, 0, 1",
            "0, 0, 1,  9, 9,  9, 9, 1"})
    void addingRollsUp(int h, int b, int c, int addHandfuls, int addBags, int rh, int rb, int rc) {
        assertThat(new Gold(h, b, c).add(addHandfuls, addBags, 0)).isEqualTo(new Gold(rh, rb, rc));
    }

    @Test
    void addingBagsAndHandfulsSeparately() {
        assertThat(Gold.STARTING.addBags(3)).isEqualTo(new Gold(1, 3, 0));
        assertThat(Gold.NONE.addHandfuls(23)).isEqualTo(new Gold(3, 2, 0));
    }

    @Test
    void addingPastTheMaximumIsRefused() {
        assertRefused(() -> new Gold(9, 9, 1).addHandfuls(1), DAGGERHEART_GOLD_OVER_CAPACITY, "gold");
        assertRefused(() -> new Gold(0, 0, 1).addBags(10), DAGGERHEART_GOLD_OVER_CAPACITY, "gold");
        assertRefused(() -> Gold.NONE.add(0, 0, 2), DAGGERHEART_GOLD_OVER_CAPACITY, "gold");
    }

    // spending breaks larger units
    @ParameterizedTest(name = "{0}h {1}b {2}c - {3}h {4}b {5}c = {6}h {7}b {8}c")
    @CsvSource({
            "1, 0, 0,  1, 0, 0,  0, 0, 0",
            "0, 1, 0,  1, 0, 0,  9, 0, 0",
            "0, 0, 1,  1, 0, 0,  9, 9, 0",
            "0, 0, 1,  0, 3, 0,  0, 7, 0",
            "2, 1, 0,  5, 0, 0,  7, 0, 0",
            "5, 5, 1,  5, 5, 1,  0, 0, 0",
            "0, 0, 1,  0, 0, 1,  0, 0, 0",
            "3, 4, 1,  4, 0, 0,  9, 3, 1"})
    void spendingBreaksLargerUnits(int h, int b, int c, int sh, int sb, int sc, int rh, int rb, int rc) {
        assertThat(new Gold(h, b, c).spend(sh, sb, sc)).isEqualTo(new Gold(rh, rb, rc));
    }

    @Test
    void spendingHandfulsAndBagsSeparately() {
        // SRD typical prices: a meal or inn night 1 handful; a mount 3 bags
        assertThat(Gold.STARTING.spendHandfuls(1)).isEqualTo(Gold.NONE);
        assertThat(new Gold(0, 4, 0).spendBags(3)).isEqualTo(new Gold(0, 1, 0));
    }

    @Test
    void spendingMoreThanOwnedIsRefused() {
        assertRefused(() -> Gold.STARTING.spendHandfuls(2), DAGGERHEART_GOLD_INSUFFICIENT, "gold");
        assertRefused(() -> new Gold(9, 2, 0).spendBags(3), DAGGERHEART_GOLD_INSUFFICIENT, "gold");
        assertRefused(() -> new Gold(9, 9, 0).spend(0, 0, 1), DAGGERHEART_GOLD_INSUFFICIENT, "gold");
        assertRefused(() -> Gold.NONE.spend(0, 2147483647, 0), DAGGERHEART_GOLD_INSUFFICIENT, "gold");
    }

    @Test
    void negativeAmountsAreRefusedNamingTheUnit() {
        assertRefused(() -> Gold.rollUp(-1, 0, 0), DAGGERHEART_AMOUNT_NEGATIVE, "handfuls");
        assertRefused(() -> Gold.STARTING.add(0, -1, 0), DAGGERHEART_AMOUNT_NEGATIVE, "bags");
        assertRefused(() -> Gold.STARTING.spend(0, 0, -1), DAGGERHEART_AMOUNT_NEGATIVE, "chests");
        assertRefused(() -> Gold.STARTING.spendHandfuls(-1), DAGGERHEART_AMOUNT_NEGATIVE, "handfuls");
    }

    @ParameterizedTest(name = "{0}h {1}b {2}c: {3}")
    @CsvSource({
            "10,  0, 0, handfuls",
            "-1,  0, 0, handfuls",
            " 0, 10, 0, bags",
            " 0, -1, 0, bags",
            " 0,  0, 2, chests",
            " 0,  0, -1, chests"})
    void unitsOutsideTheirRangeAreRefused(int handfuls, int bags, int chests, String field) {
        assertRefused(() -> new Gold(handfuls, bags, chests), DAGGERHEART_GOLD_OUT_OF_RANGE, field);
    }

    // SRD starting inventory: "1 handful of gold"
    @Test
    void characersStartWithOneHandful() {
        assertThat(Gold.STARTING).isEqualTo(new Gold(1, 0, 0));
        assertThat(Gold.STARTING.totalHandfuls()).isEqualTo(1);
    }

    @Test
    void goldIsWrittenAsItsThreeUnits() throws Exception {
        Gold gold = new Gold(3, 4, 1);
        String json = JOURNAL.writeValueAsString(gold);
        assertThat(json).isEqualTo("{\"handfuls\":3,\"bags\":4,\"chests\":1}");
        assertThat(JOURNAL.readValue(json, Gold.class)).isEqualTo(gold);
    }
}
