package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.testing.Folded;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.ApplyDamage;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.gm.DaggerheartGmState;
import dev.duality.sys.daggerheart.gm.api.CampaignSettingsUpdated;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.rules.ArmorSlotUse;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.Severity;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_DEAD;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_DAMAGE_TYPE_REQUIRED;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static dev.duality.sys.daggerheart.character.Sheets.inLeather;
import static dev.duality.sys.daggerheart.character.Sheets.state;
import static dev.duality.sys.daggerheart.character.api.LifeState.ALIVE;
import static dev.duality.sys.daggerheart.character.api.LifeState.FALLEN;
import static dev.duality.sys.daggerheart.rules.ArmorSlotUse.DIRECT_DAMAGE;
import static dev.duality.sys.daggerheart.rules.ArmorSlotUse.NOTHING_TO_REDUCE;
import static dev.duality.sys.daggerheart.rules.ArmorSlotUse.NOT_REQUESTED;
import static dev.duality.sys.daggerheart.rules.ArmorSlotUse.NO_SLOT_AVAILABLE;
import static dev.duality.sys.daggerheart.rules.ArmorSlotUse.USED;
import static dev.duality.sys.daggerheart.rules.DamageType.MAGIC;
import static dev.duality.sys.daggerheart.rules.DamageType.PHYSICAL;
import static dev.duality.sys.daggerheart.rules.Severity.MAJOR;
import static dev.duality.sys.daggerheart.rules.Severity.MASSIVE;
import static dev.duality.sys.daggerheart.rules.Severity.MINOR;
import static dev.duality.sys.daggerheart.rules.Severity.NONE;
import static dev.duality.sys.daggerheart.rules.Severity.SEVERE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sys.daggerheart.damage.apply}: one incoming damage against the level-1 Guardian in Leather Armor. SRD armor
 * table: Leather 6/13, score 3; thresholds are base + level, so Major 7 and Severe 14, and 3 Armor Slots; the Guardian
 * has 7 HP slots. Massive damage (optional rule) is 2 x Severe = 28. The campaign's setting is read from its GM
 * state ({@code daggerheart:gm:campaign-1}) through the lookup.
 */
class DamageApplicationTest {
    private static final String GM_STATE = "daggerheart:gm:campaign-1";
    private static final ShortCode OGRE_CLUB = ShortCode.of("ogre_club", "source");
    private static final Set<DamageType> PHYSICAL_ONLY = Set.of(PHYSICAL);
    private static final Set<DamageType> BOTH = Set.of(PHYSICAL, MAGIC);

    private final FakeAggregateLookup lookup = new FakeAggregateLookup();
    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(lookup);

    // --- the threshold table --------------------------------------------------------------------------------------

    // SRD damage thresholds: <= 0 none (0 HP), < Major minor (1), >= Major major (2), >= Severe severe (3);
    // massive damage, with the optional rule on: >= 2 x Severe marks 4. Leather at level 1: 7/14, massive from 28.
    @ParameterizedTest(name = "{0} damage, massive damage {1}: {2}, {3} HP")
    @CsvSource({
            " 0, off,   NONE,    0",
            " 1, off,   MINOR,   1",
            " 6, off,   MINOR,   1",
            " 7, off,   MAJOR,   2",
            "13, off,   MAJOR,   2",
            "14, off,   SEVERE,  3",
            "27, off,   SEVERE,  3",
            "28, off,   SEVERE,  3",
            "60, off,   SEVERE,  3",
            "27, on,    SEVERE,  3",
            "28, on,    MASSIVE, 4",
            "60, on,    MASSIVE, 4",
            " 7, on,    MAJOR,   2",
            "28, unset, SEVERE,  3",
            "28, none,  SEVERE,  3"})
    void theThresholdsSetTheHpMarked(int amount, String massiveDamage, Severity severity, int hp) {
        givenMassiveDamage(massiveDamage);

        fixture.given(guardian(), inLeather())
                .when(hit(amount, PHYSICAL_ONLY))
                .expectEvents(applied(amount, PHYSICAL_ONLY).severity(severity, severity).hp(hp, hp)
                        .armor(0, hp == 0 ? NOTHING_TO_REDUCE : NOT_REQUESTED, 0).massive(severity == MASSIVE)
                        .build());

        // the campaign's rule is read only for damage that could be massive (28 and more in Leather at level 1)
        if (amount >= 28) {
            assertThat(lookup.reads()).containsExactly(new FakeAggregateLookup.Read(DaggerheartGmState.class,
                    GM_STATE));
        } else {
            assertThat(lookup.reads()).isEmpty();
        }
    }

    @Test
    void massiveDamageOnAnUnarmoredCharacterIsTwiceTheirSevereThreshold() {
        // unarmored level 1: Major 1, Severe 2, so 4 damage is massive
        givenMassiveDamage("on");

        fixture.given(guardian())
                .when(hit(4, PHYSICAL_ONLY))
                .expectEvents(applied(4, PHYSICAL_ONLY).thresholds(1, 2).severity(MASSIVE, MASSIVE).hp(4, 4)
                        .armor(0, NOT_REQUESTED, 0).massive(true).build());
    }

    // --- Armor Slots ----------------------------------------------------------------------------------------------

    // Rule -> number, "Armor Slot": -1 HP marked (one band lower), 1 slot per hit
    @ParameterizedTest(name = "{0} damage: {1} -> {2}")
    @CsvSource({
            " 3, MINOR,   NONE,   0",
            "10, MAJOR,   MINOR,  1",
            "14, SEVERE,  MAJOR,  2",
            "28, MASSIVE, SEVERE, 3"})
    void oneArmorSlotLowersTheHitOneBand(int amount, Severity before, Severity after, int hp) {
        givenMassiveDamage("on");

        fixture.given(guardian(), inLeather())
                .when(hitMarkingArmor(amount))
                .expectEvents(applied(amount, PHYSICAL_ONLY).severity(before, after).hp(hp, hp).armor(1, USED, 1)
                        .massive(before == MASSIVE).build());
    }

    @Test
    void noSlotIsMarkedForAHitThatMarksNoHp() {
        fixture.given(guardian(), inLeather())
                .when(hitMarkingArmor(0))
                .expectEvents(applied(0, PHYSICAL_ONLY).severity(NONE, NONE).hp(0, 0)
                        .armor(0, NOTHING_TO_REDUCE, 0).build());
    }

    @Test
    void directDamageIgnoresArmor() {
        fixture.given(guardian(), inLeather())
                .when(new ApplyDamage(CAMPAIGN, HERO, 14, PHYSICAL_ONLY, null, null, true, true, OGRE_CLUB, 21L, null))
                .expectEvents(applied(14, PHYSICAL_ONLY).severity(SEVERE, SEVERE).hp(3, 3)
                        .armor(0, DIRECT_DAMAGE, 0).direct().build());
    }

    @Test
    void withEveryArmorSlotMarkedNoneIsAvailable() {
        fixture.given(guardian(), inLeather(), state(0, 0, 2, 3, ALIVE))
                .when(hitMarkingArmor(14))
                .expectEvents(applied(14, PHYSICAL_ONLY).severity(SEVERE, SEVERE).hp(3, 3)
                        .armor(0, NO_SLOT_AVAILABLE, 3).build());
    }

    @Test
    void anUnarmoredCharacterHasNoSlotToMark() {
        // unarmored: Armor Score 0; thresholds 1/2, so 2 damage is Severe
        fixture.given(guardian())
                .when(hitMarkingArmor(2))
                .expectEvents(applied(2, PHYSICAL_ONLY).thresholds(1, 2).severity(SEVERE, SEVERE).hp(3, 3)
                        .armor(0, NO_SLOT_AVAILABLE, 0).build());
    }

    @Test
    void theLastUnmarkedSlotIsUsed() {
        fixture.given(guardian(), inLeather(), state(0, 0, 2, 2, ALIVE))
                .when(hitMarkingArmor(7))
                .expectEvents(applied(7, PHYSICAL_ONLY).severity(MAJOR, MINOR).hp(1, 1).armor(1, USED, 3).build());
    }

    // --- resistance and immunity ----------------------------------------------------------------------------------

    @Test
    void resistanceHalvesRoundingUp() {
        // 27 halved is 13.5, rounded up to 14: Severe (rounding down would have been Major)
        fixture.given(guardian(), inLeather())
                .when(new ApplyDamage(CAMPAIGN, HERO, 27, PHYSICAL_ONLY, Set.of(PHYSICAL), null, false, false,
                        OGRE_CLUB, 21L, null))
                .expectEvents(applied(27, PHYSICAL_ONLY).mitigated(14).resisted().severity(SEVERE, SEVERE).hp(3, 3)
                        .armor(0, NOT_REQUESTED, 0).build());
    }

    @Test
    void resistanceComesBeforeTheArmorSlot() {
        // 13 halved rounds up to 7: Major; the slot then lowers it to Minor
        fixture.given(guardian(), inLeather())
                .when(new ApplyDamage(CAMPAIGN, HERO, 13, PHYSICAL_ONLY, Set.of(PHYSICAL), null, false, true,
                        OGRE_CLUB, 21L, null))
                .expectEvents(applied(13, PHYSICAL_ONLY).mitigated(7).resisted().severity(MAJOR, MINOR).hp(1, 1)
                        .armor(1, USED, 1).build());
    }

    @Test
    void resistanceIsCheckedBeforeMassiveDamage() {
        // 56 would be massive; halved to 28 it still is (2 x 14)
        givenMassiveDamage("on");

        fixture.given(guardian(), inLeather())
                .when(new ApplyDamage(CAMPAIGN, HERO, 56, Set.of(MAGIC), Set.of(MAGIC), null, false, false, OGRE_CLUB,
                        21L, null))
                .expectEvents(applied(56, Set.of(MAGIC)).mitigated(28).resisted().severity(MASSIVE, MASSIVE)
                        .hp(4, 4).armor(0, NOT_REQUESTED, 0).massive(true).build());
    }

    @Test
    void immunityIgnoresTheDamage() {
        fixture.given(guardian(), inLeather())
                .when(new ApplyDamage(CAMPAIGN, HERO, 20, Set.of(MAGIC), null, Set.of(MAGIC), false, true, OGRE_CLUB,
                        21L, null))
                .expectEvents(applied(20, Set.of(MAGIC)).mitigated(0).immune().severity(NONE, NONE).hp(0, 0)
                        .armor(0, NOTHING_TO_REDUCE, 0).build());
    }

    @Test
    void resistingAnotherTypeDoesNothing() {
        fixture.given(guardian(), inLeather())
                .when(new ApplyDamage(CAMPAIGN, HERO, 20, PHYSICAL_ONLY, Set.of(MAGIC), Set.of(MAGIC), false, false,
                        OGRE_CLUB, 21L, null))
                .expectEvents(applied(20, PHYSICAL_ONLY).severity(SEVERE, SEVERE).hp(3, 3)
                        .armor(0, NOT_REQUESTED, 0).build());
    }

    @Test
    void mixedDamageIsNotResistedByResistingOneType() {
        // damage both physical and magic is resisted only if the target resists both
        fixture.given(guardian(), inLeather())
                .when(new ApplyDamage(CAMPAIGN, HERO, 20, BOTH, Set.of(PHYSICAL), null, false, false, OGRE_CLUB, 21L, null))
                .expectEvents(applied(20, BOTH).severity(SEVERE, SEVERE).hp(3, 3).armor(0, NOT_REQUESTED, 0)
                        .build());
    }

    @Test
    void mixedDamageIsHalvedWhenBothTypesAreResisted() {
        fixture.given(guardian(), inLeather())
                .when(new ApplyDamage(CAMPAIGN, HERO, 20, BOTH, BOTH, null, false, false, OGRE_CLUB, 21L, null))
                .expectEvents(applied(20, BOTH).mitigated(10).resisted().severity(MAJOR, MAJOR).hp(2, 2)
                        .armor(0, NOT_REQUESTED, 0).build());
    }

    @Test
    void mixedDamageIsNotIgnoredByImmunityToOneType() {
        fixture.given(guardian(), inLeather())
                .when(new ApplyDamage(CAMPAIGN, HERO, 20, BOTH, null, Set.of(MAGIC), false, false, OGRE_CLUB, 21L, null))
                .expectEvents(applied(20, BOTH).severity(SEVERE, SEVERE).hp(3, 3).armor(0, NOT_REQUESTED, 0)
                        .build());
    }

    @Test
    void mixedDamageIsIgnoredWithImmunityToBothTypes() {
        fixture.given(guardian(), inLeather())
                .when(new ApplyDamage(CAMPAIGN, HERO, 20, BOTH, null, BOTH, false, false, OGRE_CLUB, 21L, null))
                .expectEvents(applied(20, BOTH).mitigated(0).immune().severity(NONE, NONE).hp(0, 0)
                        .armor(0, NOTHING_TO_REDUCE, 0).build());
    }

    // --- the HP track ---------------------------------------------------------------------------------------------

    @Test
    void hpMarkedAddUpWithWhatWasMarkedBefore() {
        fixture.given(guardian(), inLeather(), state(2, 4, 2, 1, ALIVE))
                .when(hitMarkingArmor(14))
                .expectEvents(applied(14, PHYSICAL_ONLY).severity(SEVERE, MAJOR).hp(2, 4).armor(1, USED, 2)
                        .stress(4).build());
    }

    @Test
    void markingTheLastHpMakesTheCharacterFall() {
        fixture.given(guardian(), inLeather(), state(5, 0, 2, 0, ALIVE))
                .when(hit(7, PHYSICAL_ONLY))
                .expectEvents(applied(7, PHYSICAL_ONLY).severity(MAJOR, MAJOR).hp(2, 7).armor(0, NOT_REQUESTED, 0)
                        .lastHp(FALLEN).build())
                .expectState(sheet -> assertThat(sheet.lifeState()).isEqualTo(FALLEN));
    }

    @Test
    void hpStopAtTheLastSlot() {
        // 6 of 7 marked, a Severe hit would mark 3: only 1 slot is left
        fixture.given(guardian(), inLeather(), state(6, 0, 2, 0, ALIVE))
                .when(hit(20, PHYSICAL_ONLY))
                .expectEvents(applied(20, PHYSICAL_ONLY).severity(SEVERE, SEVERE).hp(1, 7)
                        .armor(0, NOT_REQUESTED, 0).lastHp(FALLEN).build());
    }

    @Test
    void aFallenCharacterWithEveryHpMarkedMarksNoMore() {
        fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, FALLEN))
                .when(hit(20, PHYSICAL_ONLY))
                .expectEvents(applied(20, PHYSICAL_ONLY).severity(SEVERE, SEVERE).hp(0, 7)
                        .armor(0, NOT_REQUESTED, 0).life(FALLEN).build());
    }

    // --- refusals -------------------------------------------------------------------------------------------------

    @Test
    void aDeadCharacterTakesNoDamage() {
        assertRefused(fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, LifeState.DEAD))
                .when(hit(7, PHYSICAL_ONLY)), DAGGERHEART_CHARACTER_DEAD, null);
    }

    @Test
    void damageWithoutATypeIsRefused() {
        assertRefused(fixture.given(guardian(), inLeather())
                .when(hit(7, Set.of())), DAGGERHEART_DAMAGE_TYPE_REQUIRED, "damage_types");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /**
     * The campaign's massive damage setting: {@code on} or {@code off} as chosen, {@code unset} for a GM state seeded
     * without settings, {@code none} for a campaign with no GM state yet.
     */
    private void givenMassiveDamage(String setting) {
        switch (setting) {
            case "on", "off" -> lookup.with(GM_STATE, Folded.of(DaggerheartGmState.class,
                    new GmFearChanged(CAMPAIGN, 0, 3, GmFearChanged.FIRST_SESSION_SEED, 0, null),
                    new CampaignSettingsUpdated(CAMPAIGN, setting.equals("on"))));
            case "unset" -> lookup.with(GM_STATE, Folded.of(DaggerheartGmState.class,
                    new GmFearChanged(CAMPAIGN, 0, 3, GmFearChanged.FIRST_SESSION_SEED, 0, null)));
            case "none" -> {
                // nothing: the lookup finds no GM state
            }
            default -> throw new IllegalArgumentException(setting);
        }
    }

    private static ApplyDamage hit(int amount, Set<DamageType> types) {
        return new ApplyDamage(CAMPAIGN, HERO, amount, types, null, null, false, false, OGRE_CLUB, 21L, null);
    }

    private static ApplyDamage hitMarkingArmor(int amount) {
        return new ApplyDamage(CAMPAIGN, HERO, amount, PHYSICAL_ONLY, null, null, false, true, OGRE_CLUB, 21L, null);
    }

    private static Applied applied(int amount, Set<DamageType> types) {
        return new Applied(amount, types);
    }

    /** The expected {@link DamageApplied}: Leather's 7/14, nothing resisted, alive, from the ogre's club, roll 21. */
    private static final class Applied {
        private final int amount;
        private final Set<DamageType> types;
        private int mitigated;
        private Severity before;
        private Severity after;
        private int hpMarks;
        private int armorSpent;
        private ArmorSlotUse use;
        private boolean resisted;
        private boolean immune;
        private boolean direct;
        private boolean massive;
        private int major = 7;
        private int severe = 14;
        private int hpMarked;
        private int stressMarked;
        private int armorMarked;
        private boolean lastHpMarked;
        private LifeState life = ALIVE;

        Applied(int amount, Set<DamageType> types) {
            this.amount = amount;
            this.types = types;
            this.mitigated = amount;
        }

        Applied mitigated(int value) {
            mitigated = value;
            return this;
        }

        Applied severity(Severity beforeArmor, Severity afterArmor) {
            before = beforeArmor;
            after = afterArmor;
            return this;
        }

        /** HP this hit marked, and HP marked on the track afterwards. */
        Applied hp(int marks, int markedAfter) {
            hpMarks = marks;
            hpMarked = markedAfter;
            return this;
        }

        /** Armor Slots this hit marked, why (not), and slots marked afterwards. */
        Applied armor(int spent, ArmorSlotUse slotUse, int markedAfter) {
            armorSpent = spent;
            use = slotUse;
            armorMarked = markedAfter;
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

        Applied direct() {
            direct = true;
            return this;
        }

        Applied massive(boolean value) {
            massive = value;
            return this;
        }

        Applied thresholds(int majorThreshold, int severeThreshold) {
            major = majorThreshold;
            severe = severeThreshold;
            return this;
        }

        Applied stress(int marked) {
            stressMarked = marked;
            return this;
        }

        Applied lastHp(LifeState lifeAfter) {
            lastHpMarked = true;
            life = lifeAfter;
            return this;
        }

        Applied life(LifeState lifeAfter) {
            life = lifeAfter;
            return this;
        }

        DamageApplied build() {
            return new DamageApplied(CAMPAIGN, HERO, amount, types, mitigated, before, after, hpMarks, armorSpent, use,
                    resisted, immune, direct, massive, major, severe, hpMarked, stressMarked, armorMarked,
                    lastHpMarked, life, OGRE_CLUB, 21L, null);
        }
    }
}
