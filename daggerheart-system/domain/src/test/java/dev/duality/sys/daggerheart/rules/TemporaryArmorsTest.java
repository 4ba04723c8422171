package dev.duality.sys.daggerheart.rules;

import dev.duality.core.campaign.api.ShortCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_ARMOR_SCORE_OVER_MAX;
import static dev.duality.sys.daggerheart.rules.EffectDuration.LONG_REST;
import static dev.duality.sys.daggerheart.rules.EffectDuration.SCENE;
import static dev.duality.sys.daggerheart.rules.EffectDuration.SESSION;
import static dev.duality.sys.daggerheart.rules.EffectDuration.SHORT_REST;
import static dev.duality.sys.daggerheart.rules.Refusals.JOURNAL;
import static dev.duality.sys.daggerheart.rules.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SRD Armor: the Armor Score is at most 12 and equals the Armor Slots; temporary increases add slots that vanish when
 * the effect ends. Leather Armor (SRD armor table) has a base score of 3.
 */
class TemporaryArmorsTest {
    private static final int LEATHER = 3;
    private static final ShortCode SHIELD_SPELL = new ShortCode("shield_spell");
    private static final ShortCode RALLY = new ShortCode("rally");

    // which ends end which durations: a rest ends "until your next rest", a long rest also "until your next long
    // rest"; a session's end ends session and scene effects; a scene's end only scene effects
    @ParameterizedTest(name = "the end of a {0} ends {1} effects: {2}")
    @CsvSource({
            "SHORT_REST, SHORT_REST, true", "SHORT_REST, LONG_REST, false", "SHORT_REST, SESSION, false",
            "SHORT_REST, SCENE, false",
            "LONG_REST, SHORT_REST, true", "LONG_REST, LONG_REST, true", "LONG_REST, SESSION, false",
            "LONG_REST, SCENE, false",
            "SESSION, SHORT_REST, false", "SESSION, LONG_REST, false", "SESSION, SESSION, true",
            "SESSION, SCENE, true",
            "SCENE, SHORT_REST, false", "SCENE, LONG_REST, false", "SCENE, SESSION, false", "SCENE, SCENE, true"})
    void eachEndEndsItsDurations(EffectDuration ended, EffectDuration duration, boolean ends) {
        assertThat(duration.endsWith(ended)).isEqualTo(ends);
    }

    @Test
    void temporarySlotsAddToThePermanentScore() {
        List<TemporaryArmor> held = TemporaryArmors.add(List.of(), LEATHER, new TemporaryArmor(SHIELD_SPELL, SCENE, 2));

        assertThat(TemporaryArmors.total(held)).isEqualTo(2);
        assertThat(TemporaryArmors.armorScore(LEATHER, held)).isEqualTo(5);
    }

    @Test
    void theSameSourceAndDurationAddsUpAnotherIsItsOwnLine() {
        List<TemporaryArmor> held = TemporaryArmors.add(List.of(new TemporaryArmor(SHIELD_SPELL, SCENE, 1)), LEATHER,
                new TemporaryArmor(SHIELD_SPELL, SCENE, 2));
        held = TemporaryArmors.add(held, LEATHER, new TemporaryArmor(SHIELD_SPELL, SESSION, 1));
        held = TemporaryArmors.add(held, LEATHER, new TemporaryArmor(RALLY, SCENE, 1));

        assertThat(held).containsExactly(new TemporaryArmor(SHIELD_SPELL, SCENE, 3),
                new TemporaryArmor(SHIELD_SPELL, SESSION, 1), new TemporaryArmor(RALLY, SCENE, 1));
        assertThat(TemporaryArmors.armorScore(LEATHER, held)).isEqualTo(8);
    }

    // SRD: Armor Score max 12
    @ParameterizedTest(name = "score {0} + {1} held + {2}: {3}")
    @CsvSource({"3, 0, 9, true", "3, 0, 10, false", "8, 2, 2, true", "8, 2, 3, false", "12, 0, 1, false"})
    void theArmorScoreWithTemporarySlotsIsAtMostTwelve(int permanent, int held, int added, boolean allowed) {
        List<TemporaryArmor> before = held == 0 ? List.of() : List.of(new TemporaryArmor(RALLY, LONG_REST, held));
        TemporaryArmor more = new TemporaryArmor(SHIELD_SPELL, SCENE, added);
        if (allowed) {
            assertThat(TemporaryArmors.armorScore(permanent, TemporaryArmors.add(before, permanent, more)))
                    .isEqualTo(permanent + held + added);
        } else {
            assertRefused(() -> TemporaryArmors.add(before, permanent, more), DAGGERHEART_ARMOR_SCORE_OVER_MAX,
                    "amount");
        }
    }

    @Test
    void endingVanishesTheSlotsOfWhatEndedOnly() {
        List<TemporaryArmor> held = List.of(new TemporaryArmor(SHIELD_SPELL, SCENE, 2),
                new TemporaryArmor(RALLY, SHORT_REST, 1));

        TemporaryArmors.Ending ending = TemporaryArmors.end(held, LEATHER, new ArmorSlots(1, 6), SCENE);

        assertThat(ending.ended()).containsExactly(new TemporaryArmor(SHIELD_SPELL, SCENE, 2));
        assertThat(ending.remaining()).containsExactly(new TemporaryArmor(RALLY, SHORT_REST, 1));
        assertThat(ending.armorAfter()).isEqualTo(new ArmorSlots(1, 4));
        assertThat(ending.endedAny()).isTrue();
    }

    @Test
    void marksBeyondTheSlotsLeftVanishWithTheSlots() {
        // 3 + 2 temporary = 5 slots with 4 marked; the 2 temporary slots vanish: 3 slots, all 3 marked
        TemporaryArmors.Ending ending = TemporaryArmors.end(List.of(new TemporaryArmor(SHIELD_SPELL, SESSION, 2)),
                LEATHER, new ArmorSlots(4, 5), SESSION);

        assertThat(ending.armorAfter()).isEqualTo(new ArmorSlots(3, 3));
    }

    @Test
    void nothingOfThatDurationEndsNothing() {
        List<TemporaryArmor> held = List.of(new TemporaryArmor(RALLY, LONG_REST, 1));

        TemporaryArmors.Ending ending = TemporaryArmors.end(held, LEATHER, new ArmorSlots(2, 4), SHORT_REST);

        assertThat(ending.endedAny()).isFalse();
        assertThat(ending.remaining()).isEqualTo(held);
        assertThat(ending.armorAfter()).isEqualTo(new ArmorSlots(2, 4));
    }

    @Test
    void aTemporaryArmorNeedsASourceADurationAndOneSlotOrMore() {
        assertRefused(() -> new TemporaryArmor(null, SCENE, 1), dev.duality.core.value.ValueRejection.VALUE_REQUIRED,
                "source");
        assertRefused(() -> new TemporaryArmor(RALLY, null, 1), dev.duality.core.value.ValueRejection.VALUE_REQUIRED,
                "duration");
        assertRefused(() -> new TemporaryArmor(RALLY, SCENE, 0),
                dev.duality.core.value.ValueRejection.VALUE_OUT_OF_RANGE, "amount");
    }

    @Test
    void durationsKeepTheirWireNamesInTheJournal() throws Exception {
        assertThat(JOURNAL.writeValueAsString(List.of(SHORT_REST, LONG_REST, SESSION, SCENE)))
                .isEqualTo("[\"short_rest\",\"long_rest\",\"session\",\"scene\"]");
    }
}
