package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.sys.daggerheart.character.api.ApplyDamage;
import dev.duality.sys.daggerheart.character.api.ApplyTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.EndTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorApplied;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorEnded;
import dev.duality.sys.daggerheart.rules.ArmorPreset;
import dev.duality.sys.daggerheart.rules.ArmorSlotUse;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import dev.duality.sys.daggerheart.rules.Severity;
import dev.duality.sys.daggerheart.rules.TemporaryArmor;
import dev.duality.core.campaign.api.Name;
import dev.duality.sys.daggerheart.character.api.Equipment;
import dev.duality.sys.daggerheart.rules.CreationStep;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static dev.duality.core.testing.Rejections.assertRefused;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ARMOR_SCORE_OVER_MAX;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_DEAD;
import static dev.duality.sys.daggerheart.character.Sheets.CAMPAIGN;
import static dev.duality.sys.daggerheart.character.Sheets.HERO;
import static dev.duality.sys.daggerheart.character.Sheets.guardian;
import static dev.duality.sys.daggerheart.character.Sheets.inLeather;
import static dev.duality.sys.daggerheart.character.Sheets.state;
import static dev.duality.sys.daggerheart.character.api.LifeState.ALIVE;
import static dev.duality.sys.daggerheart.character.api.LifeState.DEAD;
import static dev.duality.sys.daggerheart.rules.EffectDuration.LONG_REST;
import static dev.duality.sys.daggerheart.rules.EffectDuration.SCENE;
import static dev.duality.sys.daggerheart.rules.EffectDuration.SESSION;
import static dev.duality.sys.daggerheart.rules.EffectDuration.SHORT_REST;

/**
 * {@code sys.daggerheart.character_temporary_armor.apply} and {@code .end}. The Guardian wears Leather Armor (SRD armor
 * table: base score 3, thresholds 6/13 + level 1 = 7/14). SRD Armor: the Armor Score is at most 12; temporary increases
 * add slots that vanish when the effect ends.
 */
class TemporaryArmorTest {
    private static final ShortCode SHIELD_SPELL = new ShortCode("shield_spell");
    private static final ShortCode RALLY = new ShortCode("rally");
    private static final TemporaryArmor TWO_FOR_THE_SCENE = new TemporaryArmor(SHIELD_SPELL, SCENE, 2);

    private final FixtureConfiguration<DaggerheartCharacter> fixture = Sheets.fixture(new FakeAggregateLookup());

    private static TemporaryArmorApplied applied(TemporaryArmor armor, List<TemporaryArmor> after, int score,
                                                 int marked) {
        return new TemporaryArmorApplied(CAMPAIGN, HERO, armor, after, score, marked);
    }

    @Test
    void temporaryArmorAddsSlotsToTheArmorScore() {
        fixture.given(guardian(), inLeather(), state(0, 0, 2, 1, ALIVE))
                .when(new ApplyTemporaryArmor(CAMPAIGN, HERO, TWO_FOR_THE_SCENE))
                // 3 + 2 = 5 Armor Slots, the 1 marked stays marked
                .expectEvents(applied(TWO_FOR_THE_SCENE, List.of(TWO_FOR_THE_SCENE), 5, 1));
    }

    @Test
    void moreOfTheSameEffectAddsUp() {
        fixture.given(guardian(), inLeather(), applied(TWO_FOR_THE_SCENE, List.of(TWO_FOR_THE_SCENE), 5, 0))
                .when(new ApplyTemporaryArmor(CAMPAIGN, HERO, new TemporaryArmor(SHIELD_SPELL, SCENE, 1)))
                .expectEvents(applied(new TemporaryArmor(SHIELD_SPELL, SCENE, 1),
                        List.of(new TemporaryArmor(SHIELD_SPELL, SCENE, 3)), 6, 0));
    }

    @ParameterizedTest(name = "3 + {0} held + {1}")
    @CsvSource({"0, 10", "2, 8", "9, 1"})
    void theArmorScoreWithTemporarySlotsStaysAtMostTwelve(int held, int more) {
        List<TemporaryArmor> before = held == 0 ? List.of() : List.of(new TemporaryArmor(RALLY, LONG_REST, held));
        assertRefused(fixture.given(guardian(), inLeather(), applied(new TemporaryArmor(RALLY, LONG_REST, 1), before,
                        3 + held, 0))
                        .when(new ApplyTemporaryArmor(CAMPAIGN, HERO, new TemporaryArmor(SHIELD_SPELL, SCENE, more))),
                DAGGERHEART_ARMOR_SCORE_OVER_MAX, "amount");
    }

    @Test
    void exactlyTwelveIsAllowed() {
        TemporaryArmor nine = new TemporaryArmor(SHIELD_SPELL, SESSION, 9);
        fixture.given(guardian(), inLeather())
                .when(new ApplyTemporaryArmor(CAMPAIGN, HERO, nine))
                .expectEvents(applied(nine, List.of(nine), 12, 0));
    }

    @Test
    void theDeadTakeNoArmor() {
        assertRefused(fixture.given(guardian(), inLeather(), state(7, 0, 2, 0, DEAD))
                        .when(new ApplyTemporaryArmor(CAMPAIGN, HERO, TWO_FOR_THE_SCENE)),
                DAGGERHEART_CHARACTER_DEAD, null);
    }

    @Test
    void aTemporarySlotReducesAHitWhenEveryPermanentSlotIsMarked() {
        // 3 Leather slots all marked, +1 for the scene: 9 damage is Major (7 <= 9 < 14), 2 HP; one slot: Minor, 1 HP
        TemporaryArmor one = new TemporaryArmor(SHIELD_SPELL, SCENE, 1);
        fixture.given(guardian(), inLeather(), state(0, 0, 2, 3, ALIVE), applied(one, List.of(one), 4, 3))
                .when(new ApplyDamage(CAMPAIGN, HERO, 9, Set.of(DamageType.PHYSICAL), null, null, false, true, null,
                        null, null))
                .expectEvents(new DamageApplied(CAMPAIGN, HERO, 9, Set.of(DamageType.PHYSICAL), 9, Severity.MAJOR,
                        Severity.MINOR, 1, 1, ArmorSlotUse.USED, false, false, false, false, 7, 14, 1, 0, 4, false,
                        ALIVE, null, null, null));
    }

    // what ends what: a short rest ends "until your next rest" armor; a long rest that and "until your next long
    // rest"; a session's end session and scene armor; a scene's end scene armor
    @ParameterizedTest(name = "the end of a {0}")
    @CsvSource({
            "SHORT_REST, 'SHORT_REST',           1",
            "LONG_REST,  'SHORT_REST,LONG_REST', 3",
            "SESSION,    'SESSION,SCENE',        5",
            "SCENE,      'SCENE',                4"})
    void eachEndEndsItsArmorAndTheSlotsVanish(EffectDuration ended, String endedDurations, int slotsLost) {
        // 3 Leather slots + 1 until the next rest + 2 until the next long rest + 1 for the session + 4 for the scene
        List<TemporaryArmor> held = List.of(new TemporaryArmor(RALLY, SHORT_REST, 1),
                new TemporaryArmor(RALLY, LONG_REST, 2), new TemporaryArmor(RALLY, SESSION, 1),
                new TemporaryArmor(SHIELD_SPELL, SCENE, 4));
        List<EffectDuration> ends = java.util.Arrays.stream(endedDurations.split(","))
                .map(EffectDuration::valueOf).toList();
        List<TemporaryArmor> gone = held.stream().filter(t -> ends.contains(t.duration())).toList();
        List<TemporaryArmor> left = held.stream().filter(t -> !ends.contains(t.duration())).toList();
        TemporaryArmorEnded expected = new TemporaryArmorEnded(CAMPAIGN, HERO, ended, gone, left, 11 - slotsLost, 0, 0);

        fixture.given(guardian(), inLeather(), applied(held.get(3), held, 11, 0))
                .when(new EndTemporaryArmor(CAMPAIGN, HERO, ended))
                .expectEvents(expected)
                .expectResultMessagePayload(expected);
    }

    @Test
    void marksBeyondTheSlotsLeftVanishWithTheirSlots() {
        // 3 + 2 slots, 4 marked; the scene ends: 3 slots, 3 marked, 1 mark gone with its slot
        fixture.given(guardian(), inLeather(), applied(TWO_FOR_THE_SCENE, List.of(TWO_FOR_THE_SCENE), 5, 0),
                        state(0, 0, 2, 4, ALIVE))
                .when(new EndTemporaryArmor(CAMPAIGN, HERO, SCENE))
                .expectEvents(new TemporaryArmorEnded(CAMPAIGN, HERO, SCENE, List.of(TWO_FOR_THE_SCENE), List.of(), 3,
                        3, 1));
    }

    @Test
    void nothingThatLastsThatLongRecordsNothing() {
        fixture.given(guardian(), inLeather(), applied(TWO_FOR_THE_SCENE, List.of(TWO_FOR_THE_SCENE), 5, 0))
                .when(new EndTemporaryArmor(CAMPAIGN, HERO, SHORT_REST))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aNewArmorKeepsTheTemporarySlotsOnTop() {
        // Chainmail (SRD: base 7/15, score 4, -1 Evasion) with 2 temporary slots: 6 slots, so 5 marks fit
        Equipment chainmail = new Equipment(ArmorPreset.CHAINMAIL.armor(), new Name("Longsword"), null);
        fixture.given(guardian(), inLeather(), applied(TWO_FOR_THE_SCENE, List.of(TWO_FOR_THE_SCENE), 5, 0),
                        state(0, 0, 2, 5, ALIVE))
                .when(Sheets.profileUpdate().equipment(chainmail).build())
                .expectEvents(Sheets.profileUpdated().equipment(chainmail).armorScore(4).thresholds(8, 16).evasion(8)
                        .marked(0, 0, 5).steps(CreationStep.EQUIPMENT).build());
    }
}
