package dev.duality.sys.daggerheart.adversary;

import dev.duality.core.testing.RecordingNestedCommands;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.core.testing.Folded;
import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.adversary.api.AdversaryCreated;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageApplied;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageResult;
import dev.duality.sys.daggerheart.adversary.api.AdversaryId;
import dev.duality.sys.daggerheart.adversary.api.ApplyAdversaryDamage;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryDamage;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static dev.duality.core.testing.Rejections.assertRejected;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVERSARY_DEFEATED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVERSARY_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_NOT_A_MINION;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TARGET_DUPLICATE;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.BANDIT;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.CAMPAIGN;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.LACKEY;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.LACKEY_2;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.LACKEY_3;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.LACKEY_4;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.LATER;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.SESSION;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.bandit;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.onTable;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.lackey;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.streamOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code adversary_damage.apply}, the decision: the adversary damaged takes the damage, and a minion's overflow
 * defeats the minions in range, in the order given. SRD 1.0 Jagged Knife Lackey: Minion (3), so every 3 damage it
 * takes defeats one more. The damage itself is {@code adversary_damage.record}'s ({@link AdversaryDamageRecordTest});
 * here its answer is given, and the test checks what the decision reads and sends.
 */
class AdversaryDamageDecisionTest {
    private static final ShortCode SWORD = ShortCode.of("longsword", "source");
    private static final Set<DamageType> PHYSICAL = Set.of(DamageType.PHYSICAL);

    private final FakeAggregateLookup lookup = new FakeAggregateLookup();
    /** What the adversary damaged takes after immunity and resistance; minions in range take their X. */
    private int damageTaken;
    private final RecordingNestedCommands nested = new RecordingNestedCommands(command -> {
        RecordAdversaryDamage record = (RecordAdversaryDamage) command;
        boolean overflow = record.minionOverflowFrom() != null;
        int taken = overflow ? record.amount() : damageTaken;
        return new AdversaryDamageApplied(CAMPAIGN, SESSION, record.adversaryId(), record.amount(), PHYSICAL, taken,
                taken > 0 ? Severity.MINOR : Severity.NONE, taken > 0 ? 1 : 0, false, false, false, null, null,
                taken > 0 ? 1 : 0, taken > 0, record.minionOverflowFrom(), SWORD, 7L);
    });

    @Test
    void damageToAnAdversaryThatIsNoMinionIsItsOwn() {
        onTable(lookup, BANDIT, bandit());
        damageTaken = 9;

        AdversaryDamageResult result = decide(damage(BANDIT, 9));

        assertThat(nested.sent()).containsExactly(record(BANDIT, 9, null));
        assertThat(result.damage().adversaryId()).isEqualTo(BANDIT);
        assertThat(result.minionsDefeated()).isEmpty();
    }

    // SRD Minion (3): 7 damage defeats the Lackey hit and 7 / 3 = 2 more, the first two named
    @Test
    void everyXDamageAMinionTakesDefeatsTheNextMinionNamed() {
        onTable(lookup, LACKEY, lackey());
        onTable(lookup, LACKEY_2, lackey());
        onTable(lookup, LACKEY_3, lackey());
        onTable(lookup, LACKEY_4, lackey());
        damageTaken = 7;

        AdversaryDamageResult result = decide(damage(LACKEY, 7, LACKEY_4, LACKEY_2, LACKEY_3));

        assertThat(nested.sent()).containsExactly(record(LACKEY, 7, null), record(LACKEY_4, 3, LACKEY),
                record(LACKEY_2, 3, LACKEY));
        assertThat(result.minionsDefeated()).extracting(AdversaryDamageApplied::adversaryId)
                .containsExactly(LACKEY_4, LACKEY_2);
        // every adversary involved is read, and so locked, in the order of its id before anything is sent
        assertThat(lookup.reads()).extracting(FakeAggregateLookup.Read::aggregateId)
                .containsExactly(streamOf(LACKEY), streamOf(LACKEY_2), streamOf(LACKEY_3), streamOf(LACKEY_4));
    }

    @ParameterizedTest(name = "{0} damage taken, 3 minions in range: {1} defeated")
    @CsvSource({"0, 0", "2, 0", "3, 1", "8, 2", "9, 3", "30, 3"})
    void theOverflowStopsAtTheMinionsNamed(int taken, int defeated) {
        onTable(lookup, LACKEY, lackey());
        onTable(lookup, LACKEY_2, lackey());
        onTable(lookup, LACKEY_3, lackey());
        onTable(lookup, LACKEY_4, lackey());
        damageTaken = taken;

        AdversaryDamageResult result = decide(damage(LACKEY, 30, LACKEY_2, LACKEY_3, LACKEY_4));

        assertThat(result.minionsDefeated()).extracting(AdversaryDamageApplied::adversaryId)
                .containsExactlyElementsOf(List.of(LACKEY_2, LACKEY_3, LACKEY_4).subList(0, defeated));
        assertThat(nested.sent()).hasSize(1 + defeated);
    }

    // --- refusals: nothing is sent ---------------------------------------------------------------------------------

    @Test
    void anUnknownAdversaryIsRefusedNamingWhereItWasNamed() {
        onTable(lookup, LACKEY, lackey());
        onTable(lookup, LACKEY_2, lackey());

        refused(damage(BANDIT, 4), DAGGERHEART_ADVERSARY_NOT_FOUND, "adversary_id");
        refused(damage(LACKEY, 4, LACKEY_2, LACKEY_3), DAGGERHEART_ADVERSARY_NOT_FOUND, "minions_in_range[1]");
    }

    @Test
    void onlyDamageToAMinionReachesMinionsInRangeAndOnlyMinionsAreReached() {
        onTable(lookup, BANDIT, bandit());
        onTable(lookup, LACKEY, lackey());
        onTable(lookup, LACKEY_2, lackey());

        refused(damage(BANDIT, 6, LACKEY), DAGGERHEART_NOT_A_MINION, "minions_in_range");
        refused(damage(LACKEY, 6, LACKEY_2, BANDIT), DAGGERHEART_NOT_A_MINION, "minions_in_range[1]");
    }

    @Test
    void aDefeatedMinionCannotBeDefeatedAgain() {
        onTable(lookup, LACKEY, lackey());
        onTable(lookup, LACKEY_2, lackey(), new AdversaryDamageApplied(CAMPAIGN, SESSION, LACKEY_2, 1, PHYSICAL, 1,
                Severity.MINOR, 1, false, false, false, null, null, 1, true, null, SWORD, 7L));

        refused(damage(LACKEY, 6, LACKEY_2), DAGGERHEART_ADVERSARY_DEFEATED, "minions_in_range[0]");
    }

    @Test
    void adversariesOfAnotherSessionAreNoneOfThisOnes() {
        onTable(lookup, LACKEY, lackey());
        lookup.with(streamOf(LACKEY_2), Folded.aggregate(DaggerheartAdversary.class, streamOf(LACKEY_2),
                List.of(new AdversaryCreated(CAMPAIGN, LATER, LACKEY_2, lackey()))).orElseThrow());

        refused(damage(LACKEY, 6, LACKEY_2), DAGGERHEART_ADVERSARY_NOT_FOUND, "minions_in_range[0]");
        refused(new ApplyAdversaryDamage(CAMPAIGN, LATER, LACKEY, 6, PHYSICAL, null, null, SWORD, 7L, null),
                DAGGERHEART_ADVERSARY_NOT_FOUND, "adversary_id");
    }

    @Test
    void theMinionsInRangeAreNamedOnceAndNeverTheOneDamaged() {
        assertRejected(() -> damage(LACKEY, 6, LACKEY_2, LACKEY_2), DAGGERHEART_TARGET_DUPLICATE,
                "minions_in_range[1]");
        assertRejected(() -> damage(LACKEY, 6, LACKEY), DAGGERHEART_TARGET_DUPLICATE, "minions_in_range[0]");
        AdversaryId[] many = IntStream.rangeClosed(1, 21).mapToObj(i -> AdversaryId.of("m-" + i))
                .toArray(AdversaryId[]::new);
        assertRejected(() -> damage(LACKEY, 6, many), ValueRejection.VALUE_OUT_OF_RANGE, "minions_in_range");
        assertRejected(() -> new ApplyAdversaryDamage(CAMPAIGN, SESSION, LACKEY, 6, PHYSICAL, null, null, SWORD, 7L,
                Arrays.asList(LACKEY_2, null)), ValueRejection.VALUE_REQUIRED, "minions_in_range[1]");
        assertRejected(() -> damage(LACKEY, 1001), ValueRejection.VALUE_OUT_OF_RANGE, "amount");
    }

    // --- helpers --------------------------------------------------------------------------------------------------


    private AdversaryDamageResult decide(ApplyAdversaryDamage command) {
        return new AdversaryDamageDecision().handle(command, nested, lookup);
    }

    private void refused(ApplyAdversaryDamage command, dev.duality.core.rejection.RejectionCode code, String field) {
        assertRejected(() -> decide(command), code, field);
        assertThat(nested.sent()).as("nothing is sent once a part is refused").isEmpty();
    }

    private static ApplyAdversaryDamage damage(AdversaryId adversary, int amount, AdversaryId... inRange) {
        return new ApplyAdversaryDamage(CAMPAIGN, SESSION, adversary, amount, PHYSICAL, null, null, SWORD, 7L,
                List.of(inRange));
    }

    private static RecordAdversaryDamage record(AdversaryId adversary, int amount, AdversaryId overflowFrom) {
        return new RecordAdversaryDamage(CAMPAIGN, SESSION, adversary, amount, PHYSICAL, null, null, SWORD, 7L,
                overflowFrom);
    }
}
