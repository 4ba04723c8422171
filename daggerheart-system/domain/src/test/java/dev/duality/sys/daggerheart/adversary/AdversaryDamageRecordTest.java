package dev.duality.sys.daggerheart.adversary;

import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageApplied;
import dev.duality.sys.daggerheart.adversary.api.AdversaryId;
import dev.duality.sys.daggerheart.adversary.api.AdversaryUpdated;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryDamage;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.Severity;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_ACTIVE;
import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVERSARY_DEFEATED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ADVERSARY_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DAMAGE_TYPE_REQUIRED;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_NOT_A_MINION;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.BANDIT;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.CAMPAIGN;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.LACKEY;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.LACKEY_2;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.LATER;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.PACK;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.SESSION;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.bandit;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.created;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.inSession;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.lackey;
import static dev.duality.sys.daggerheart.adversary.StatBlocks.zombiePack;
import static dev.duality.sys.daggerheart.rules.DamageType.MAGIC;
import static dev.duality.sys.daggerheart.rules.DamageType.PHYSICAL;
import static dev.duality.sys.daggerheart.rules.Severity.MAJOR;
import static dev.duality.sys.daggerheart.rules.Severity.MASSIVE;
import static dev.duality.sys.daggerheart.rules.Severity.MINOR;
import static dev.duality.sys.daggerheart.rules.Severity.NONE;
import static dev.duality.sys.daggerheart.rules.Severity.SEVERE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code adversary_damage.record}: one damage against one adversary, through the pipeline characters use. SRD 1.0
 * stat blocks: Jagged Knife Bandit, thresholds 8/14, HP 5 (massive, with the optional rule: 28); Zombie Pack 6/12,
 * HP 6; Jagged Knife Lackey, a minion (no thresholds, HP 1, Minion (3)). Adversaries have no Armor Slots.
 */
class AdversaryDamageRecordTest {
    private static final ShortCode SWORD = ShortCode.of("longsword", "source");
    private static final Set<DamageType> PHYSICAL_ONLY = Set.of(PHYSICAL);

    private final FakeAggregateLookup lookup = StatBlocks.lookup(inSession());
    private final FixtureConfiguration<DaggerheartAdversary> fixture = StatBlocks.fixture(lookup);

    // SRD damage thresholds, as for PCs: <= 0 none, < Major 1 HP, >= Major 2, >= Severe 3; Bandit 8/14
    @ParameterizedTest(name = "{0} damage: {1}, {2} HP")
    @CsvSource({" 0, NONE, 0", " 1, MINOR, 1", " 7, MINOR, 1", " 8, MAJOR, 2", "13, MAJOR, 2", "14, SEVERE, 3",
            "40, SEVERE, 3"})
    void theBanditsThresholdsSetTheHpMarked(int amount, Severity severity, int hp) {
        fixture.given(created(BANDIT, bandit()))
                .when(hit(BANDIT, amount, PHYSICAL_ONLY, null, null))
                .expectEvents(applied(BANDIT, amount, amount, severity, hp, hp, false).thresholds(8, 14).build())
                .expectResultMessagePayload(applied(BANDIT, amount, amount, severity, hp, hp, false)
                        .thresholds(8, 14).build());
        assertThat(lookup.reads()).extracting(FakeAggregateLookup.Read::aggregateId)
                .containsExactly(CAMPAIGN.value(), StatBlocks.gmState());
    }

    @Test
    void marksAddUpAndTheLastHpDefeatsIt() {
        // 3 of 5 marked; a Severe hit would mark 3, only 2 are left: the Bandit is defeated
        fixture.given(created(BANDIT, bandit()), applied(BANDIT, 14, 14, SEVERE, 3, 3, false).thresholds(8, 14)
                        .build())
                .when(hit(BANDIT, 20, PHYSICAL_ONLY, null, null))
                .expectEvents(applied(BANDIT, 20, 20, SEVERE, 2, 5, true).thresholds(8, 14).build())
                .expectState(adversary -> assertThat(adversary.status().defeated()).isTrue());
    }

    @Test
    void theZombiePacksThresholdsAreItsOwn() {
        // 6/12: 6 is Major (2 HP), where the Bandit's 8/14 would have made it Minor
        fixture.given(created(PACK, zombiePack()))
                .when(hit(PACK, 6, PHYSICAL_ONLY, null, null))
                .expectEvents(applied(PACK, 6, 6, MAJOR, 2, 2, false).thresholds(6, 12).build());
    }

    @Test
    void massiveDamageCountsForAdversariesWhenTheCampaignPlaysWithIt() {
        // SRD optional rule: twice the Severe threshold (2 x 14 = 28) marks 4 HP
        lookup.with(StatBlocks.gmState(), StatBlocks.massiveDamageOn());
        fixture.given(created(BANDIT, bandit()))
                .when(hit(BANDIT, 28, PHYSICAL_ONLY, null, null))
                .expectEvents(applied(BANDIT, 28, 28, MASSIVE, 4, 4, false).thresholds(8, 14).massive().build());
    }

    @Test
    void resistanceAndImmunityComeFirst() {
        // resistance halves, rounding up: 15 -> 8, Major; immunity makes it 0
        fixture.given(created(BANDIT, bandit()))
                .when(hit(BANDIT, 15, Set.of(MAGIC), Set.of(MAGIC), null))
                .expectEvents(applied(BANDIT, 15, 8, MAJOR, 2, 2, false).types(Set.of(MAGIC)).thresholds(8, 14)
                        .resisted().build());
        fixture.given(created(BANDIT, bandit()))
                .when(hit(BANDIT, 15, Set.of(MAGIC), null, Set.of(MAGIC)))
                .expectEvents(applied(BANDIT, 15, 0, NONE, 0, 0, false).types(Set.of(MAGIC)).thresholds(8, 14)
                        .immune().build());
    }

    // --- minions --------------------------------------------------------------------------------------------------

    // SRD Minion (X): a minion is defeated by any damage
    @ParameterizedTest(name = "{0} damage")
    @CsvSource({"1", "2", "40"})
    void anyDamageDefeatsAMinion(int amount) {
        lookup.with(StatBlocks.gmState(), StatBlocks.massiveDamageOn());
        fixture.given(created(LACKEY, lackey()))
                .when(hit(LACKEY, amount, PHYSICAL_ONLY, null, null))
                .expectEvents(applied(LACKEY, amount, amount, MINOR, 1, 1, true).build());
    }

    @Test
    void noDamageLeavesAMinionStanding() {
        fixture.given(created(LACKEY, lackey()))
                .when(hit(LACKEY, 5, PHYSICAL_ONLY, null, PHYSICAL_ONLY))
                .expectEvents(applied(LACKEY, 5, 0, NONE, 0, 0, false).immune().build());
    }

    @Test
    void aMinionFelledByOverflowFallsWhateverItResists() {
        // the overflow of Minion (3) reaches it: it takes 3, and its immunity does not matter
        fixture.given(created(LACKEY_2, lackey()))
                .when(new RecordAdversaryDamage(CAMPAIGN, SESSION, LACKEY_2, 3, PHYSICAL_ONLY, null, PHYSICAL_ONLY,
                        SWORD, 7L, LACKEY))
                .expectEvents(applied(LACKEY_2, 3, 3, MINOR, 1, 1, true).overflowFrom(LACKEY).build());
    }

    @Test
    void onlyAMinionFallsToOverflow() {
        assertRefused(fixture.given(created(BANDIT, bandit()))
                        .when(new RecordAdversaryDamage(CAMPAIGN, SESSION, BANDIT, 3, PHYSICAL_ONLY, null, null, SWORD,
                                7L, LACKEY)),
                DAGGERHEART_NOT_A_MINION, "adversary_id");
    }

    // --- refusals -------------------------------------------------------------------------------------------------

    @Test
    void aDefeatedMinionTakesNoMoreDamage() {
        assertRefused(fixture.given(created(LACKEY, lackey()), applied(LACKEY, 1, 1, MINOR, 1, 1, true).build())
                        .when(hit(LACKEY, 4, PHYSICAL_ONLY, null, null)),
                DAGGERHEART_ADVERSARY_DEFEATED, "adversary_id");
    }

    @Test
    void anAdversaryDefeatedByTheGmsCorrectionTakesNoMoreDamage() {
        assertRefused(fixture.given(created(BANDIT, bandit()),
                        new AdversaryUpdated(CAMPAIGN, SESSION, BANDIT, bandit(), 5, 0, true))
                        .when(hit(BANDIT, 4, PHYSICAL_ONLY, null, null)),
                DAGGERHEART_ADVERSARY_DEFEATED, "adversary_id");
    }

    @Test
    void damageNeedsATypeAndItsAdversarysActiveSession() {
        assertRefused(fixture.given(created(BANDIT, bandit())).when(hit(BANDIT, 4, Set.of(), null, null)),
                DAGGERHEART_DAMAGE_TYPE_REQUIRED, "damage_types");
        assertRefused(fixture.given(created(BANDIT, bandit()))
                        .when(new RecordAdversaryDamage(CAMPAIGN, LATER, BANDIT, 4, PHYSICAL_ONLY, null, null, SWORD,
                                7L, null)),
                DAGGERHEART_ADVERSARY_NOT_FOUND, "adversary_id");
        StatBlocks.serve(lookup, inSession().end(SESSION));
        assertRefused(fixture.given(created(BANDIT, bandit())).when(hit(BANDIT, 4, PHYSICAL_ONLY, null, null)),
                SESSION_NOT_ACTIVE, "session_id");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private static RecordAdversaryDamage hit(AdversaryId adversary, int amount, Set<DamageType> types,
                                             Set<DamageType> resistances, Set<DamageType> immunities) {
        return new RecordAdversaryDamage(CAMPAIGN, SESSION, adversary, amount, types, resistances, immunities, SWORD,
                7L, null);
    }

    private static Applied applied(AdversaryId adversary, int amount, int mitigated, Severity severity, int hpMarks,
                                   int hpMarked, boolean defeated) {
        return new Applied(adversary, amount, mitigated, severity, hpMarks, hpMarked, defeated);
    }

    /** Builds the expected event: physical, not resisted, no thresholds (a minion) unless set. */
    private static final class Applied {
        private final AdversaryId adversary;
        private final int amount;
        private final int mitigated;
        private final Severity severity;
        private final int hpMarks;
        private final int hpMarked;
        private final boolean defeated;
        private Set<DamageType> types = PHYSICAL_ONLY;
        private boolean resisted;
        private boolean immune;
        private boolean massive;
        private Integer major;
        private Integer severe;
        private AdversaryId overflowFrom;

        Applied(AdversaryId adversary, int amount, int mitigated, Severity severity, int hpMarks, int hpMarked,
                boolean defeated) {
            this.adversary = adversary;
            this.amount = amount;
            this.mitigated = mitigated;
            this.severity = severity;
            this.hpMarks = hpMarks;
            this.hpMarked = hpMarked;
            this.defeated = defeated;
        }

        Applied types(Set<DamageType> value) {
            types = value;
            return this;
        }

        Applied resisted() {
            resisted = true;
            return this;
        }

        Applied immune() {
            immune = true;
            return this;
        }

        Applied massive() {
            massive = true;
            return this;
        }

        Applied thresholds(int majorThreshold, int severeThreshold) {
            major = majorThreshold;
            severe = severeThreshold;
            return this;
        }

        Applied overflowFrom(AdversaryId minion) {
            overflowFrom = minion;
            return this;
        }

        AdversaryDamageApplied build() {
            return new AdversaryDamageApplied(CAMPAIGN, SESSION, adversary, amount, types, mitigated, severity, hpMarks,
                    resisted, immune, massive, major, severe, hpMarked, defeated, overflowFrom, SWORD, 7L);
        }
    }
}
