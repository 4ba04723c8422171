package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.DaggerheartRejection;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DaggerheartCharacterTest {
    private static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
    private static final CharacterId HERO = CharacterId.of("hero-1");

    // The fixture reports illegal state changes by default: state set outside an @EventSourcingHandler fails a test.
    private final FixtureConfiguration<DaggerheartCharacter> fixture = new AggregateTestFixture<>(DaggerheartCharacter.class);

    @Test
    void guardianStartsWithItsClassHpAndEvasionAndTheLevelOneSheet() {
        fixture.givenNoPriorActivity()
                .when(new CreateDaggerheartCharacter(HERO, CAMPAIGN, DaggerheartClass.GUARDIAN))
                .expectEvents(new DaggerheartCharacterCreated(CAMPAIGN, HERO, DaggerheartClass.GUARDIAN,
                        1, 7, 6, 2, 6, 9, 1, 0, 1, 2))
                .expectState(sheet -> {
                    assertThat(sheet.campaignId()).isEqualTo(CAMPAIGN);
                    assertThat(sheet.readinessBlockers()).isEmpty();
                });
    }

    @Test
    void rogueGetsRogueHpAndEvasion() {
        fixture.givenNoPriorActivity()
                .when(new CreateDaggerheartCharacter(HERO, CAMPAIGN, DaggerheartClass.ROGUE))
                .expectEvents(new DaggerheartCharacterCreated(CAMPAIGN, HERO, DaggerheartClass.ROGUE,
                        1, 6, 6, 2, 6, 12, 1, 0, 1, 2));
    }

    @Test
    void aSecondSheetForTheSameCharacterIsRefusedAndAppliesNothing() {
        fixture.given(new DaggerheartCharacterCreated(CAMPAIGN, HERO, DaggerheartClass.ROGUE,
                        1, 6, 6, 2, 6, 12, 1, 0, 1, 2))
                .when(new CreateDaggerheartCharacter(HERO, CAMPAIGN, DaggerheartClass.GUARDIAN))
                .expectException(new org.hamcrest.CustomTypeSafeMatcher<Rejected>(
                        "DAGGERHEART_CHARACTER_SHEET_EXISTS naming character_id") {
                    @Override
                    protected boolean matchesSafely(Rejected rejected) {
                        return rejected.code() == DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_EXISTS
                                && "character_id".equals(rejected.field());
                    }
                })
                .expectNoEvents();
    }

    @Test
    void aMissingClassIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new CreateDaggerheartCharacter(HERO, CAMPAIGN, null))
                .isInstanceOfSatisfying(Rejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo(ValueRejection.VALUE_REQUIRED);
                    assertThat(rejected.field()).isEqualTo("character_class");
                });
    }
}
