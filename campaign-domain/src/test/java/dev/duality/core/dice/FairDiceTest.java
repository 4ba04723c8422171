package dev.duality.core.dice;

import dev.duality.core.rejection.Rejected;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The derivation {@value FairDice#DERIVATION} against values computed outside Java, so the contract holds for anyone who
 * re-implements it: Python 3's hashlib and hmac for the commitment and the roll seeds, and a Python SplitMix64 with the
 * same rejection sampling for the dice:
 * <pre>
 * seed = bytes(range(32)); hashlib.sha256(seed).hexdigest()
 * struct.unpack('>q', hmac.new(seed, f'{session}:{n}'.encode(), hashlib.sha256).digest()[:8])[0]
 * </pre>
 */
class FairDiceTest {
    private static final String SEED = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    private static final String SESSION = "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a";
    private static final DiceSpec TWO_D12 = DiceSpec.of(0, new DiceGroup(2, 12));

    @Test
    void theCommitmentIsTheSha256OfTheSeedsBytes() {
        assertThat(FairDice.commitment(SEED))
                .isEqualTo("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd");
        assertThat(FairDice.matches(SEED, "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd")).isTrue();
        assertThat(FairDice.matches(SEED.replace('f', 'e'),
                "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd")).isFalse();
        assertThat(FairDice.matches("not a seed", "630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd"))
                .isFalse();
    }

    @Test
    void eachRollsSeedIsTheHmacOfTheSessionAndItsNumber() {
        assertThat(FairDice.rollSeed(SEED, SESSION, 1)).isEqualTo(2155951441059318197L);
        assertThat(FairDice.rollSeed(SEED, SESSION, 2)).isEqualTo(-1128542390316216405L);
        assertThat(FairDice.rollSeed(SEED, SESSION, 3)).isEqualTo(-4192244948636494717L);
    }

    @Test
    void theDerivedSeedsGiveTheDiceAnyoneElseWouldRoll() {
        assertThat(values(Dice.roll(TWO_D12, FairDice.rollSeed(SEED, SESSION, 1)))).containsExactly(10, 11);
        assertThat(values(Dice.roll(TWO_D12, FairDice.rollSeed(SEED, SESSION, 2)))).containsExactly(6, 12);
        assertThat(values(Dice.roll(TWO_D12, FairDice.rollSeed(SEED, SESSION, 3)))).containsExactly(8, 7);
    }

    @Test
    void newSeedsAreFreshAndWellFormed() {
        String one = FairDice.newSeed();
        assertThat(one).matches("[0-9a-f]{64}");
        assertThat(FairDice.newSeed()).isNotEqualTo(one);
        assertThat(FairDice.requireSeed(one, "dice_seed")).isEqualTo(one);
    }

    @Test
    void aMalformedSeedIsRefusedNamingItsField() {
        for (String bad : new String[] {null, "", "abc", SEED.toUpperCase(), SEED + "00", SEED.replace('0', 'g')}) {
            assertThatThrownBy(() -> FairDice.requireSeed(bad, "dice_seed")).isInstanceOf(Rejected.class)
                    .satisfies(e -> assertThat(((Rejected) e).field()).isEqualTo("dice_seed"));
        }
    }

    private static List<Integer> values(DiceRoll roll) {
        return roll.results().stream().map(RolledDie::value).toList();
    }
}
