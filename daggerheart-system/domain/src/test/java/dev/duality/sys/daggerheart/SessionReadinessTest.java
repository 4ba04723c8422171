package dev.duality.sys.daggerheart;

import dev.duality.core.testing.FakeAggregateLookup;
import dev.duality.core.testing.Folded;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.core.system.SessionReadinessHook;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.CharacterProfileUpdated;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.LevelUpApplied;
import dev.duality.sys.daggerheart.character.api.LevelUpGranted;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.Advancement;
import dev.duality.sys.daggerheart.rules.AdvancementOption;
import dev.duality.sys.daggerheart.rules.CardPlace;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.Domain;
import dev.duality.sys.daggerheart.rules.DomainCard;
import dev.duality.sys.daggerheart.rules.DomainCardType;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.SubclassCard;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.TraitScores;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_CREATION_INCOMPLETE;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_MISSING;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_LEVEL_UP_INCOMPLETE;
import static dev.duality.sys.daggerheart.rules.CreationStep.BACKGROUND;
import static dev.duality.sys.daggerheart.rules.CreationStep.CLASS_SUBCLASS;
import static dev.duality.sys.daggerheart.rules.CreationStep.CONNECTIONS;
import static dev.duality.sys.daggerheart.rules.CreationStep.DETAILS;
import static dev.duality.sys.daggerheart.rules.CreationStep.DOMAIN_CARDS;
import static dev.duality.sys.daggerheart.rules.CreationStep.EQUIPMENT;
import static dev.duality.sys.daggerheart.rules.CreationStep.EXPERIENCES;
import static dev.duality.sys.daggerheart.rules.CreationStep.HERITAGE;
import static dev.duality.sys.daggerheart.rules.CreationStep.TRAITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The session-readiness hook: a character plays once it has a sheet in the campaign, every creation step is done and
 * no level-up the GM granted waits to be applied.
 * The hook reads sheets through the runtime's lookup; here the lookup holds sheets folded from their events.
 */
class SessionReadinessTest {
    private static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
    private static final CharacterId HERO = CharacterId.of("hero-1");
    private static final String HERO_SHEET = "daggerheart:character:campaign-1:hero-1";

    private final FakeAggregateLookup lookup = new FakeAggregateLookup();
    private final SessionReadinessHook hook = new DaggerheartModule().sessionReadiness(lookup);

    @Test
    void aCharacterWithoutASheetIsBlocked() {
        assertThat(hook.blockersFor(CAMPAIGN.value(), "unknown"))
                .extracting(ReadinessBlocker::code, ReadinessBlocker::characterId)
                .containsExactly(tuple(DAGGERHEART_CHARACTER_SHEET_MISSING, "unknown"));
        assertThat(lookup.reads()).containsExactly(new FakeAggregateLookup.Read(DaggerheartCharacter.class,
                "daggerheart:character:campaign-1:unknown"));
    }

    @Test
    void aNewSheetIsBlockedByEveryStepInTheOrderOfCreation() {
        lookup.with(HERO_SHEET, sheet(created(null)));

        List<ReadinessBlocker> blockers = hook.blockersFor(CAMPAIGN.value(), HERO.value());

        assertThat(blockers).extracting(ReadinessBlocker::code, ReadinessBlocker::characterId)
                .containsOnly(tuple(DAGGERHEART_CHARACTER_CREATION_INCOMPLETE, HERO.value()));
        // one blocker per step, named by its wire name, in the SRD's order of the creation steps
        assertThat(blockers).extracting(ReadinessBlocker::message).satisfiesExactly(
                message -> assertThat(message).endsWith(" class_subclass"),
                message -> assertThat(message).endsWith(" heritage"),
                message -> assertThat(message).endsWith(" traits"),
                message -> assertThat(message).endsWith(" equipment"),
                message -> assertThat(message).endsWith(" details"),
                message -> assertThat(message).endsWith(" background"),
                message -> assertThat(message).endsWith(" experiences"),
                message -> assertThat(message).endsWith(" domain_cards"),
                message -> assertThat(message).endsWith(" connections"));
        assertThat(lookup.reads()).containsExactly(new FakeAggregateLookup.Read(DaggerheartCharacter.class,
                HERO_SHEET));
    }

    @Test
    void onlyTheStepsStillOpenAreListedInOrder() {
        lookup.with(HERO_SHEET, sheet(created(Subclass.STALWART),
                profile(List.of(TRAITS, BACKGROUND)), profile(List.of(TRAITS, BACKGROUND, DOMAIN_CARDS))));

        assertThat(hook.blockersFor(CAMPAIGN.value(), HERO.value()))
                .extracting(ReadinessBlocker::message)
                .satisfiesExactly(
                        message -> assertThat(message).endsWith(" heritage"),
                        message -> assertThat(message).endsWith(" equipment"),
                        message -> assertThat(message).endsWith(" details"),
                        message -> assertThat(message).endsWith(" experiences"),
                        message -> assertThat(message).endsWith(" connections"));
    }

    @Test
    void aSheetWithEveryStepDoneIsReady() {
        lookup.with(HERO_SHEET, sheet(created(Subclass.STALWART), profile(List.of(HERITAGE, TRAITS, EQUIPMENT,
                EXPERIENCES, DOMAIN_CARDS, DETAILS, BACKGROUND, CONNECTIONS))));

        assertThat(hook.blockersFor(CAMPAIGN.value(), HERO.value())).isEmpty();
    }

    @Test
    void stepsDoneAcrossSeveralUpdatesAddUp() {
        lookup.with(HERO_SHEET, sheet(created(null), profile(List.of(CLASS_SUBCLASS, HERITAGE, TRAITS)),
                profile(List.of(CLASS_SUBCLASS, HERITAGE, TRAITS, EQUIPMENT, EXPERIENCES, DOMAIN_CARDS)),
                profile(List.of(CLASS_SUBCLASS, HERITAGE, TRAITS, EQUIPMENT, EXPERIENCES, DOMAIN_CARDS, DETAILS,
                        BACKGROUND, CONNECTIONS))));

        assertThat(hook.blockersFor(CAMPAIGN.value(), HERO.value())).isEmpty();
    }

    @Test
    void aSheetCreatedInAnotherCampaignDoesNotCount() {
        lookup.with(HERO_SHEET, sheet(created(Subclass.STALWART), profile(List.of(CreationStep.values()))));

        assertThat(hook.blockersFor("campaign-2", HERO.value()))
                .extracting(ReadinessBlocker::code, ReadinessBlocker::characterId)
                .containsExactly(tuple(DAGGERHEART_CHARACTER_SHEET_MISSING, HERO.value()));
        assertThat(lookup.reads()).extracting(FakeAggregateLookup.Read::aggregateId)
                .containsExactly("daggerheart:character:campaign-2:hero-1");
    }

    @Test
    void aGrantedLevelUpNotYetAppliedBlocks() {
        lookup.with(HERO_SHEET, sheet(created(Subclass.STALWART), profile(List.of(CreationStep.values())),
                new LevelUpGranted(CAMPAIGN, HERO, 1, 2)));

        assertThat(hook.blockersFor(CAMPAIGN.value(), HERO.value()))
                .extracting(ReadinessBlocker::code, ReadinessBlocker::characterId, ReadinessBlocker::message)
                .containsExactly(tuple(DAGGERHEART_LEVEL_UP_INCOMPLETE, HERO.value(),
                        "character hero-1 has not applied its level-up to level 2"));
    }

    @Test
    void anAppliedLevelUpNoLongerBlocks() {
        lookup.with(HERO_SHEET, sheet(created(Subclass.STALWART), profile(List.of(CreationStep.values())),
                new LevelUpGranted(CAMPAIGN, HERO, 1, 2), new LevelUpApplied(CAMPAIGN, HERO, 1, 2, 2, true, false,
                        new Experience("Smithing", 2), List.of(new Advancement(AdvancementOption.HP_SLOT, 2, null, null, null, null, null, null),
                        new Advancement(AdvancementOption.EVASION, 2, null, null, null, null, null, null)),
                        new DomainCard("blade-2", "Blade Two", Domain.BLADE, 2, 1, DomainCardType.ABILITY),
                        CardPlace.VAULT, null, new TraitScores(1, 2, 0, 1, 0, -1), List.of(), List.of(),
                        AcquiredCards.NONE, SubclassCard.FOUNDATION, null, null, 8, 6, 10, 2, 2, 4)));

        assertThat(hook.blockersFor(CAMPAIGN.value(), HERO.value())).isEmpty();
    }

    private static DaggerheartCharacter sheet(Object... events) {
        return Folded.of(DaggerheartCharacter.class, events);
    }

    /** A level-1 Guardian (SRD class table: 7 HP, Evasion 9), unarmored (1/2). */
    private static DaggerheartCharacterCreated created(Subclass subclass) {
        return new DaggerheartCharacterCreated(CAMPAIGN, HERO, DaggerheartClass.GUARDIAN, subclass, 1, 7, 6, 2, 6, 9,
                1, 0, 1, 2, subclass == null ? List.of() : List.of(CLASS_SUBCLASS));
    }

    /** A profile update whose parts don't matter here, only the steps it records as done. */
    private static CharacterProfileUpdated profile(List<CreationStep> completed) {
        return new CharacterProfileUpdated(CAMPAIGN, HERO, null, null, new TraitScores(1, 2, 0, 1, 0, -1), null, null,
                null, FreeText.of("notes", "description"), null, null, null, 7, 6, 9, 1, 0, 1, 2, 0, 0, 0, completed);
    }
}
