package dev.duality.sys.daggerheart.readmodel;

import dev.duality.app.support.DualityIntegrationTest;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.CharacterStateRestored;
import dev.duality.sys.daggerheart.character.api.CharacterTracks;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;
import dev.duality.sys.daggerheart.character.api.ConditionChanged;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.DeathMoveResolved;
import dev.duality.sys.daggerheart.character.api.LevelUpApplied;
import dev.duality.sys.daggerheart.character.api.LevelUpGranted;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.LoadoutSwapped;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorApplied;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorEnded;
import dev.duality.sys.daggerheart.character.readmodel.CharacterSheetProjection;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries.FindCharacterSheet;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries.ListCharacterSheets;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetView;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterStateView;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.Advancement;
import dev.duality.sys.daggerheart.rules.AdvancementOption;
import dev.duality.sys.daggerheart.rules.ArmorSlotUse;
import dev.duality.sys.daggerheart.rules.CardPlace;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.DeathMove;
import dev.duality.sys.daggerheart.rules.Domain;
import dev.duality.sys.daggerheart.rules.DomainCard;
import dev.duality.sys.daggerheart.rules.DomainCardType;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.Gold;
import dev.duality.sys.daggerheart.rules.Severity;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.SubclassCard;
import dev.duality.sys.daggerheart.rules.TakenAdvancement;
import dev.duality.sys.daggerheart.rules.TemporaryArmor;
import dev.duality.sys.daggerheart.rules.Trait;
import dev.duality.sys.daggerheart.rules.TraitScores;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.duality.sys.daggerheart.readmodel.ProjectionFeed.at;
import static dev.duality.sys.daggerheart.readmodel.ProjectionFeed.recorded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.messaging.responsetypes.ResponseTypes.multipleInstancesOf;
import static org.axonframework.messaging.responsetypes.ResponseTypes.optionalInstanceOf;

/**
 * The Daggerheart character read model on its own: a Ranger's sheet events are handed to
 * {@link CharacterSheetProjection}'s handlers, and the sheet is read back through the query bus, field by field:
 * creation, the tracks in play, and character progress (temporary armor, loadout swaps, death moves, level-ups).
 */
@DualityIntegrationTest
class CharacterSheetProjectionIT {
    private static final SessionId SESSION = SessionId.of("session-1");
    private static final Instant CREATED = at("18:12");
    private static final Instant FIRST_STEPS = at("18:20");
    private static final Instant READY = at("18:25");
    /** No level-up yet: no advancement, no marked trait, the subclass's Foundation card, no second class. */
    private static final CharacterSheetView.Progression NO_PROGRESS = new CharacterSheetView.Progression(List.of(),
            List.of(), SubclassCard.FOUNDATION, null, null);

    @Autowired
    CharacterSheetProjection projection;
    @Autowired
    Configuration axon;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    QueryGateway queries;
    ProjectionFeed feed;
    Ranger ranger;

    @BeforeEach
    void setUp() {
        feed = new ProjectionFeed(projection, axon, transactionManager);
        ranger = Ranger.inNewCampaign();
    }

    @Test
    void aCreatedSheetHoldsTheClassNumbersAndWaitsForTheOtherCreationSteps() {
        feed.feed(recorded(CREATED, ranger.created()));

        // unarmored, nothing marked, 2 of 6 Hope; a new character holds 1 handful of gold and nothing else yet
        CharacterSheetView expected = new CharacterSheetView(ranger.campaignId().value(), "sable",
                DaggerheartClass.RANGER, Subclass.WAYFINDER, 1, 1, null, null, null, List.of(), AcquiredCards.NONE,
                new Gold(1, 0, 0), null, null, null,
                new CharacterSheetView.Creation(false, List.of(CreationStep.CLASS_SUBCLASS),
                        List.of(CreationStep.HERITAGE, CreationStep.TRAITS, CreationStep.EQUIPMENT,
                                CreationStep.DETAILS, CreationStep.BACKGROUND, CreationStep.EXPERIENCES,
                                CreationStep.DOMAIN_CARDS, CreationStep.CONNECTIONS)),
                6, 6, 6, 12, 1, 0, new CharacterSheetView.Thresholds(1, 2),
                new CharacterStateView("sable", 0, 6, 0, 6, 2, 6, 0, 0, LifeState.ALIVE, List.of(), Map.of(), List.of(), 0),
                null, NO_PROGRESS, CREATED, CREATED);
        assertThat(sheet(ranger)).get().usingRecursiveComparison().isEqualTo(expected);
    }

    @Test
    void profileUpdatesFillInTheSheetStepByStepAndKeepWhatEarlierUpdatesSet() {
        feed.feed(recorded(CREATED, ranger.created()), recorded(FIRST_STEPS, ranger.heritageTraitsAndEquipment()));

        CharacterSheetView partial = sheet(ranger).orElseThrow();
        assertThat(partial.heritage()).isEqualTo(Ranger.ELF_OF_THE_WILDBORNE);
        assertThat(partial.traits()).isEqualTo(Ranger.TRAITS);
        assertThat(partial.equipment()).isEqualTo(new CharacterSheetView.EquipmentView(Ranger.LEATHER, "Shortbow",
                null));
        // Leather Armor: 3 Armor Slots, thresholds 6 + 1 and 13 + 1, Evasion unchanged
        assertThat(partial.armorScore()).isEqualTo(3);
        assertThat(partial.thresholds()).isEqualTo(new CharacterSheetView.Thresholds(7, 14));
        assertThat(partial.evasion()).isEqualTo(12);
        assertThat(partial.state().armorScore()).isEqualTo(3);
        // the update gave no gold, so the starting handful stays
        assertThat(partial.gold()).isEqualTo(new Gold(1, 0, 0));
        assertThat(partial.experiences()).isEmpty();
        assertThat(partial.description()).isNull();
        assertThat(partial.creation()).isEqualTo(new CharacterSheetView.Creation(false,
                List.of(CreationStep.CLASS_SUBCLASS, CreationStep.HERITAGE, CreationStep.TRAITS,
                        CreationStep.EQUIPMENT),
                List.of(CreationStep.DETAILS, CreationStep.BACKGROUND, CreationStep.EXPERIENCES,
                        CreationStep.DOMAIN_CARDS, CreationStep.CONNECTIONS)));
        assertThat(partial.createdAt()).isEqualTo(CREATED);
        assertThat(partial.updatedAt()).isEqualTo(FIRST_STEPS);

        feed.feed(recorded(READY, ranger.experiencesCardsAndStory()));

        assertThat(sheet(ranger)).get().usingRecursiveComparison().isEqualTo(readySheet(ranger));
    }

    @Test
    void aStatePatchSetsEveryTrackAndLeavesTheProfile() {
        feed.feed(readyToPlay(ranger));
        feed.feed(recorded(at("18:40"), patched(ranger, 2, 2, 3, 0, ConditionSet.NONE, null, null)));

        CharacterSheetView sheet = sheet(ranger).orElseThrow();
        assertThat(sheet.state()).isEqualTo(
                new CharacterStateView("sable", 2, 6, 2, 6, 3, 6, 0, 3, LifeState.ALIVE, List.of(), Map.of(), List.of(), 0));
        assertThat(sheet.updatedAt()).isEqualTo(at("18:40"));
        assertThat(sheet).usingRecursiveComparison().ignoringFields("state", "updatedAt")
                .isEqualTo(readySheet(ranger));
    }

    @Test
    void damageMarksHpAndArmorSlotsAndAFullHpTrackMakesTheRangerFall() {
        feed.feed(readyToPlay(ranger));
        feed.feed(recorded(at("18:40"), patched(ranger, 2, 2, 3, 0, ConditionSet.NONE, null, null)));
        // 9 physical damage is Major against 7/14 (2 HP); an Armor Slot lowers it to Minor: 1 HP
        feed.feed(recorded(at("18:52"), damage(ranger, 9, DamageType.PHYSICAL, Severity.MAJOR, Severity.MINOR, 1, 1,
                ArmorSlotUse.USED, 3, 1, false, LifeState.ALIVE)));

        CharacterSheetView hit = sheet(ranger).orElseThrow();
        // the damage event records Stress as it was; the projection keeps it
        assertThat(hit.state()).isEqualTo(
                new CharacterStateView("sable", 3, 6, 2, 6, 3, 6, 1, 3, LifeState.ALIVE, List.of(), Map.of(), List.of(), 0));
        assertThat(hit.updatedAt()).isEqualTo(at("18:52"));

        // 16 magic damage is Severe (3 HP) and no slot is marked: the sixth HP is the last, the Ranger falls
        feed.feed(recorded(at("18:58"), damage(ranger, 16, DamageType.MAGIC, Severity.SEVERE, Severity.SEVERE, 3, 0,
                ArmorSlotUse.NOT_REQUESTED, 6, 1, true, LifeState.FALLEN)));

        CharacterSheetView fallen = sheet(ranger).orElseThrow();
        assertThat(fallen.state()).isEqualTo(
                new CharacterStateView("sable", 6, 6, 2, 6, 3, 6, 1, 3, LifeState.FALLEN, List.of(), Map.of(), List.of(), 0));
        assertThat(fallen.updatedAt()).isEqualTo(at("18:58"));
    }

    @Test
    void anUndoPutsTheTracksBackAsTheyWereBeforeTheDecision() {
        feed.feed(readyToPlay(ranger));
        feed.feed(recorded(at("18:40"), patched(ranger, 2, 2, 3, 0, ConditionSet.NONE, null, null)));
        CharacterSheetView before = sheet(ranger).orElseThrow();
        feed.feed(recorded(at("18:52"), damage(ranger, 16, DamageType.MAGIC, Severity.SEVERE, Severity.SEVERE, 3, 0,
                ArmorSlotUse.NOT_REQUESTED, 5, 0, false, LifeState.ALIVE)));
        assertThat(sheet(ranger).orElseThrow().state().hpMarked()).isEqualTo(5);

        feed.feed(recorded(at("18:55"), new CharacterStateRestored(ranger.campaignId(), ranger.characterId(),
                UndoneKind.DAMAGE, "hit-1", new CharacterTracks(2, 2, 3, Ranger.HOPE_MAX, 0, Ranger.LEATHER_SCORE,
                List.of(), LifeState.ALIVE, ConditionSet.NONE, Map.of(), false, Ranger.STARTING_CARDS, List.of()))));

        CharacterSheetView restored = sheet(ranger).orElseThrow();
        assertThat(restored.state()).isEqualTo(before.state());
        assertThat(restored.domainCards()).isEqualTo(before.domainCards());
        assertThat(restored.updatedAt()).isEqualTo(at("18:55"));
    }

    @Test
    void conditionChangesReplaceTheConditionsWithTheSetAfterTheChange() {
        feed.feed(readyToPlay(ranger));
        feed.feed(recorded(at("18:53"), conditions(ranger, List.of(Condition.RESTRAINED, Condition.VULNERABLE),
                        List.of(Condition.RESTRAINED, Condition.VULNERABLE), List.of())),
                recorded(at("18:55"), conditions(ranger, List.of(Condition.VULNERABLE), List.of(),
                        List.of(Condition.RESTRAINED))));

        CharacterSheetView sheet = sheet(ranger).orElseThrow();
        assertThat(sheet.state().conditions()).containsExactly(Condition.VULNERABLE);
        assertThat(sheet.state()).usingRecursiveComparison().ignoringFields("conditions")
                .isEqualTo(readySheet(ranger).state());
        assertThat(sheet.updatedAt()).isEqualTo(at("18:55"));
    }

    @Test
    void conditionsShowHowLongTheyLastUntilTheyRunOutOrGo() {
        feed.feed(readyToPlay(ranger));
        feed.feed(recorded(at("18:53"), new ConditionChanged(ranger.campaignId(), ranger.characterId(),
                new ConditionSet(List.of(Condition.RESTRAINED, Condition.HIDDEN)),
                new ConditionSet(List.of(Condition.RESTRAINED, Condition.HIDDEN)), ConditionSet.NONE,
                Map.of(Condition.RESTRAINED, EffectDuration.SCENE, Condition.HIDDEN, EffectDuration.SHORT_REST),
                null)));
        assertThat(sheet(ranger).orElseThrow().state().conditionDurations()).isEqualTo(
                Map.of(Condition.RESTRAINED, EffectDuration.SCENE, Condition.HIDDEN, EffectDuration.SHORT_REST));

        // the scene ends: Restrained runs out, Hidden still lasts until a rest
        feed.feed(recorded(at("19:10"), new ConditionChanged(ranger.campaignId(), ranger.characterId(),
                new ConditionSet(List.of(Condition.HIDDEN)), ConditionSet.NONE,
                new ConditionSet(List.of(Condition.RESTRAINED)), Map.of(Condition.HIDDEN, EffectDuration.SHORT_REST),
                new ShortCode("expired:scene"))));
        assertThat(sheet(ranger).orElseThrow().state().conditions()).containsExactly(Condition.HIDDEN);
        assertThat(sheet(ranger).orElseThrow().state().conditionDurations())
                .isEqualTo(Map.of(Condition.HIDDEN, EffectDuration.SHORT_REST));

        // a state change that drops Hidden drops its duration: if it comes back, it lasts until removed
        feed.feed(recorded(at("19:20"), patched(ranger, 0, 0, 2, 0, ConditionSet.NONE, null, null)),
                recorded(at("19:21"), conditions(ranger, List.of(Condition.HIDDEN), List.of(Condition.HIDDEN),
                        List.of())));
        assertThat(sheet(ranger).orElseThrow().state().conditionDurations()).isEmpty();
    }

    @Test
    void anActionRollPaysForItsExperienceAndItsOutcomeGivesHopeAndClearsStress() {
        feed.feed(readyToPlay(ranger));
        feed.feed(recorded(at("18:40"), patched(ranger, 2, 2, 3, 0, ConditionSet.NONE, null, null)));
        // the Tracker Experience costs 1 of the 3 Hope when the roll is resolved
        feed.feed(recorded(at("19:05"), ranger.criticalRoll(SESSION, 7, 3)));

        CharacterSheetView rolled = sheet(ranger).orElseThrow();
        assertThat(rolled.state().hope()).isEqualTo(2);
        assertThat(rolled.state().stressMarked()).isEqualTo(2);
        assertThat(rolled.updatedAt()).isEqualTo(at("19:05"));

        // the critical's outcome: +1 Hope (2 -> 3) and 1 Stress cleared (2 -> 1), recorded as the tracks after
        feed.feed(recorded(at("19:06"), patched(ranger, 2, 1, 3, 0, ConditionSet.NONE,
                CharacterStatePatched.ROLL_OUTCOME, 7L)));

        CharacterSheetView applied = sheet(ranger).orElseThrow();
        assertThat(applied.state()).isEqualTo(
                new CharacterStateView("sable", 2, 6, 1, 6, 3, 6, 0, 3, LifeState.ALIVE, List.of(), Map.of(), List.of(), 0));
        assertThat(applied.updatedAt()).isEqualTo(at("19:06"));
    }

    @Test
    void theListShowsOneCampaignsSheetsInCharacterIdOrder() {
        Ranger wren = ranger.named("wren");
        Ranger ash = ranger.named("ash");
        // another campaign with a character of the same id: ids are unique per campaign only
        Ranger elsewhere = Ranger.inNewCampaign();
        feed.feed(recorded(CREATED, wren.created()), recorded(at("18:13"), ash.created()));
        feed.feed(readyToPlay(ranger));
        feed.feed(recorded(at("18:14"), elsewhere.created()),
                recorded(at("18:41"), patched(elsewhere, 4, 0, 2, 0, ConditionSet.NONE, null, null)));

        List<CharacterSheetView> party = sheets(ranger.campaignId());

        assertThat(party).extracting(CharacterSheetView::characterId).containsExactly("ash", "sable", "wren");
        assertThat(party).extracting(CharacterSheetView::campaignId).containsOnly(ranger.campaignId().value());
        assertThat(party.get(1)).usingRecursiveComparison().isEqualTo(readySheet(ranger));
        assertThat(party.get(1)).usingRecursiveComparison().isEqualTo(sheet(ranger).orElseThrow());
        // the other campaign's sable is its own sheet
        assertThat(sheets(elsewhere.campaignId())).singleElement()
                .satisfies(other -> assertThat(other.state().hpMarked()).isEqualTo(4));
        assertThat(sheet(elsewhere).orElseThrow().state().hpMarked()).isEqualTo(4);
        assertThat(sheet(ranger).orElseThrow().state().hpMarked()).isZero();
    }

    @Test
    void anUnknownCharacterOrCampaignHasNoSheet() {
        feed.feed(readyToPlay(ranger));
        Ranger ghost = ranger.named("ghost");
        // a state event of a character without a sheet has no row to change, and creates none
        feed.feed(recorded(at("18:40"), patched(ghost, 1, 1, 1, 0, ConditionSet.NONE, null, null)));

        assertThat(sheet(ghost)).isEmpty();
        assertThat(sheet(new Ranger(CampaignId.generate(), CharacterId.of("sable")))).isEmpty();
        assertThat(sheets(CampaignId.generate())).isEmpty();
        assertThat(sheets(ranger.campaignId())).extracting(CharacterSheetView::characterId).containsExactly("sable");
    }

    @Test
    void feedingTheSameHistoryAgainGivesTheSameSheets() {
        List<EventMessage<?>> history = wholeEvening(ranger);
        feed.feed(history);
        CharacterSheetView first = sheet(ranger).orElseThrow();

        // a replay re-reads the same journal: every handler copies the values after, with the event's own time
        feed.feed(history);

        assertThat(sheet(ranger)).get().usingRecursiveComparison().isEqualTo(first);
        assertThat(sheets(ranger.campaignId())).singleElement().usingRecursiveComparison().isEqualTo(first);
        assertThat(first.state()).isEqualTo(new CharacterStateView("sable", 3, 6, 1, 6, 3, 6, 1, 3,
                LifeState.ALIVE, List.of(Condition.VULNERABLE), Map.of(), List.of(), 0));
    }

    @Test
    void aResetClearsTheSheetsAndAReplayFromTheStartBuildsThemAgain() {
        List<EventMessage<?>> history = wholeEvening(ranger);
        feed.feed(history);
        CharacterSheetView built = sheet(ranger).orElseThrow();

        feed.rolledBack(() -> {
            feed.reset();
            assertThat(sheet(ranger)).isEmpty();
            assertThat(sheets(ranger.campaignId())).isEmpty();

            feed.feed(history);
            assertThat(sheet(ranger)).get().usingRecursiveComparison().isEqualTo(built);
        });

        // the reset was rolled back: other tests' sheets, and this one, are still there
        assertThat(sheet(ranger)).get().usingRecursiveComparison().isEqualTo(built);
    }

    // ---- character progress ----

    private static final TemporaryArmor SHIELD_FOR_THE_SCENE = new TemporaryArmor(new ShortCode("shield_spell"),
            EffectDuration.SCENE, 2);
    private static final DomainCard UNTOUCHABLE = Ranger.STARTING_CARDS.loadout().get(0);
    private static final DomainCard GIFTED_TRACKER = Ranger.STARTING_CARDS.loadout().get(1);

    @Test
    void temporaryArmorAddsToTheStatesArmorScoreUntilItEnds() {
        feed.feed(readyToPlay(ranger));
        feed.feed(recorded(at("18:41"), new TemporaryArmorApplied(ranger.campaignId(), ranger.characterId(),
                SHIELD_FOR_THE_SCENE, List.of(SHIELD_FOR_THE_SCENE), 5, 0)));

        CharacterSheetView shielded = sheet(ranger).orElseThrow();
        // Leather's 3 Armor Slots + 2 for the scene; the sheet's own Armor Score stays the permanent 3
        assertThat(shielded.state().armorScore()).isEqualTo(5);
        assertThat(shielded.state().temporaryArmor()).containsExactly(
                new CharacterStateView.TemporaryArmorView("shield_spell", EffectDuration.SCENE, 2));
        assertThat(shielded.armorScore()).isEqualTo(3);

        feed.feed(recorded(at("18:45"), new TemporaryArmorEnded(ranger.campaignId(), ranger.characterId(),
                EffectDuration.SCENE, List.of(SHIELD_FOR_THE_SCENE), List.of(), 3, 2, 1)));

        CharacterSheetView ended = sheet(ranger).orElseThrow();
        assertThat(ended.state().armorScore()).isEqualTo(3);
        assertThat(ended.state().armorMarked()).isEqualTo(2);
        assertThat(ended.state().temporaryArmor()).isEmpty();
        assertThat(ended.updatedAt()).isEqualTo(at("18:45"));
    }

    @Test
    void loadoutSwapsMoveTheCardsAndRecordTheStressPaid() {
        feed.feed(readyToPlay(ranger));
        feed.feed(recorded(at("18:41"), swapped(ranger, UNTOUCHABLE, CardPlace.LOADOUT, CardPlace.VAULT, 0,
                new AcquiredCards(List.of(GIFTED_TRACKER), List.of(UNTOUCHABLE)), 0)));
        assertThat(sheet(ranger).orElseThrow().domainCards())
                .isEqualTo(new AcquiredCards(List.of(GIFTED_TRACKER), List.of(UNTOUCHABLE)));

        // Untouchable's Recall Cost is 1 (SRD): 1 Stress to bring it back
        feed.feed(recorded(at("18:47"), swapped(ranger, UNTOUCHABLE, CardPlace.VAULT, CardPlace.LOADOUT, 1,
                new AcquiredCards(List.of(GIFTED_TRACKER, UNTOUCHABLE), List.of()), 1)));

        CharacterSheetView recalled = sheet(ranger).orElseThrow();
        assertThat(recalled.domainCards().loadout()).containsExactly(GIFTED_TRACKER, UNTOUCHABLE);
        assertThat(recalled.state().stressMarked()).isEqualTo(1);
        assertThat(recalled.updatedAt()).isEqualTo(at("18:47"));
    }

    @Test
    void aDeathMoveRecordsTheTracksTheLifeStateAndTheScar() {
        feed.feed(readyToPlay(ranger));
        // Avoid Death with a Hope die of 1 at level 1: unconscious, and a scar takes a Hope slot (max 6 -> 5)
        feed.feed(recorded(at("19:10"), new DeathMoveResolved(ranger.campaignId(), ranger.characterId(), SESSION, 8L,
                DeathMove.AVOID_DEATH, 1, null, 1, true, 0, 0, 6, 2, 2, 5, LifeState.UNCONSCIOUS, ConditionSet.NONE)));

        CharacterStateView state = sheet(ranger).orElseThrow().state();
        assertThat(state).isEqualTo(new CharacterStateView("sable", 6, 6, 2, 6, 2, 5, 0, 3, LifeState.UNCONSCIOUS,
                List.of(), Map.of(), List.of(), 1));
    }

    @Test
    void aGrantedLevelUpIsPendingUntilAppliedAndThenTheSheetIsLevelTwo() {
        feed.feed(readyToPlay(ranger));
        feed.feed(recorded(at("20:00"), new LevelUpGranted(ranger.campaignId(), ranger.characterId(), 1, 2)));

        CharacterSheetView pending = sheet(ranger).orElseThrow();
        assertThat(pending.levelUpPending()).isEqualTo(2);
        assertThat(pending.level()).isEqualTo(1);

        feed.feed(recorded(at("20:05"), levelTwo(ranger)));

        CharacterSheetView levelTwo = sheet(ranger).orElseThrow();
        assertThat(levelTwo.levelUpPending()).isNull();
        // SRD Leveling Up: level 2 is tier 2 with Proficiency 2 and a new Experience at +2; thresholds Leather 6/13
        // + 2 = 8/15; +1 HP slot: 6 + 1 = 7
        assertThat(levelTwo.level()).isEqualTo(2);
        assertThat(levelTwo.tier()).isEqualTo(2);
        assertThat(levelTwo.proficiency()).isEqualTo(2);
        assertThat(levelTwo.hpMax()).isEqualTo(7);
        assertThat(levelTwo.state().hpMax()).isEqualTo(7);
        assertThat(levelTwo.thresholds()).isEqualTo(new CharacterSheetView.Thresholds(8, 15));
        assertThat(levelTwo.traits()).isEqualTo(new TraitScores(2, 0, 1, 1, 0, 1));
        assertThat(levelTwo.experiences()).containsExactly(Ranger.TRACKER, new Experience("Forest lore", 2),
                new Experience("Archery", 2));
        assertThat(levelTwo.domainCards().vault()).containsExactly(BONE_TWO);
        assertThat(levelTwo.progression()).isEqualTo(new CharacterSheetView.Progression(List.of(
                new TakenAdvancement(2, 2, AdvancementOption.HP_SLOT),
                new TakenAdvancement(2, 2, AdvancementOption.TRAITS)), List.of(Trait.STRENGTH, Trait.KNOWLEDGE),
                SubclassCard.FOUNDATION, null, null));
        // what creation chose and the level-up did not touch stays
        assertThat(levelTwo.heritage()).isEqualTo(Ranger.ELF_OF_THE_WILDBORNE);
        assertThat(levelTwo.creation().complete()).isTrue();
    }

    @Test
    void feedingTheSameProgressAgainGivesTheSameSheet() {
        List<EventMessage<?>> history = new ArrayList<>(readyToPlay(ranger));
        history.add(recorded(at("18:41"), new TemporaryArmorApplied(ranger.campaignId(), ranger.characterId(),
                SHIELD_FOR_THE_SCENE, List.of(SHIELD_FOR_THE_SCENE), 5, 0)));
        history.add(recorded(at("18:47"), swapped(ranger, UNTOUCHABLE, CardPlace.LOADOUT, CardPlace.VAULT, 0,
                new AcquiredCards(List.of(GIFTED_TRACKER), List.of(UNTOUCHABLE)), 0)));
        history.add(recorded(at("20:00"), new LevelUpGranted(ranger.campaignId(), ranger.characterId(), 1, 2)));
        history.add(recorded(at("20:05"), levelTwo(ranger)));
        feed.feed(history);
        CharacterSheetView first = sheet(ranger).orElseThrow();

        feed.feed(history);

        assertThat(sheet(ranger)).get().usingRecursiveComparison().isEqualTo(first);
        assertThat(first.progression().advancements()).hasSize(2);
    }

    private static final DomainCard BONE_TWO = new DomainCard("bone-2", "Bone Two", Domain.BONE, 2, 1,
            DomainCardType.ABILITY);

    /** Level 2: the new Experience Archery, +1 HP slot and +1 Strength and Knowledge, a level-2 Bone card. */
    private static LevelUpApplied levelTwo(Ranger ranger) {
        return new LevelUpApplied(ranger.campaignId(), ranger.characterId(), 1, 2, 2, true, false,
                new Experience("Archery", 2), List.of(
                new Advancement(AdvancementOption.HP_SLOT, 2, null, null, null, null, null, null),
                new Advancement(AdvancementOption.TRAITS, 2, List.of(Trait.STRENGTH, Trait.KNOWLEDGE), null, null,
                        null, null, null)), BONE_TWO, CardPlace.VAULT, null, new TraitScores(2, 0, 1, 1, 0, 1),
                List.of(Trait.STRENGTH, Trait.KNOWLEDGE), List.of(Ranger.TRACKER, new Experience("Forest lore", 2),
                new Experience("Archery", 2)), new AcquiredCards(Ranger.STARTING_CARDS.loadout(), List.of(BONE_TWO)),
                SubclassCard.FOUNDATION, null, null, 7, 6, 12, 2, 8, 15);
    }

    private static LoadoutSwapped swapped(Ranger ranger, DomainCard card, CardPlace from, CardPlace to,
                                          int stressCost, AcquiredCards after, int stressMarked) {
        return new LoadoutSwapped(ranger.campaignId(), ranger.characterId(), card.cardId(), from, to,
                card.recallCost(), stressCost, false, after, 0, stressMarked, LifeState.ALIVE, ConditionSet.NONE);
    }

    /** The complete sheet after {@link #readyToPlay}: every step done, Leather Armor, nothing marked. */
    private static CharacterSheetView readySheet(Ranger ranger) {
        return new CharacterSheetView(ranger.campaignId().value(), ranger.characterId().value(),
                DaggerheartClass.RANGER, Subclass.WAYFINDER, 1, 1, Ranger.ELF_OF_THE_WILDBORNE, Ranger.TRAITS,
                new CharacterSheetView.EquipmentView(Ranger.LEATHER, "Shortbow", null), Ranger.EXPERIENCES,
                Ranger.STARTING_CARDS, new Gold(3, 0, 0), "Tall, quiet, a cloak of moss",
                "Raised by the old wood's wardens", "Owes the party's bard a life debt",
                new CharacterSheetView.Creation(true, List.of(CreationStep.values()), List.of()),
                6, 6, 6, 12, 1, 3, new CharacterSheetView.Thresholds(7, 14),
                new CharacterStateView(ranger.characterId().value(), 0, 6, 0, 6, 2, 6, 0, 3, LifeState.ALIVE,
                        List.of(), Map.of(), List.of(), 0),
                null, NO_PROGRESS, CREATED, READY);
    }

    /** Creation from start to finish: the sheet, then two profile updates. */
    private static List<EventMessage<?>> readyToPlay(Ranger ranger) {
        return List.of(recorded(CREATED, ranger.created()),
                recorded(FIRST_STEPS, ranger.heritageTraitsAndEquipment()),
                recorded(READY, ranger.experiencesCardsAndStory()));
    }

    /** Creation, then a session: a patch, a hit, Vulnerable, a critical roll and its outcome. */
    private static List<EventMessage<?>> wholeEvening(Ranger ranger) {
        List<EventMessage<?>> history = new ArrayList<>(readyToPlay(ranger));
        history.add(recorded(at("18:40"), patched(ranger, 2, 2, 3, 0, ConditionSet.NONE, null, null)));
        history.add(recorded(at("18:52"), damage(ranger, 9, DamageType.PHYSICAL, Severity.MAJOR, Severity.MINOR, 1,
                1, ArmorSlotUse.USED, 3, 1, false, LifeState.ALIVE)));
        history.add(recorded(at("18:53"), conditions(ranger, List.of(Condition.VULNERABLE),
                List.of(Condition.VULNERABLE), List.of())));
        history.add(recorded(at("19:05"), ranger.criticalRoll(SESSION, 7, 3)));
        history.add(recorded(at("19:06"), patched(ranger, 3, 1, 3, 1, new ConditionSet(List.of(Condition.VULNERABLE)),
                CharacterStatePatched.ROLL_OUTCOME, 7L)));
        return history;
    }

    private static CharacterStatePatched patched(Ranger ranger, int hpMarked, int stressMarked, int hope,
                                                 int armorMarked, ConditionSet conditions, ShortCode source,
                                                 Long rollSeq) {
        return new CharacterStatePatched(ranger.campaignId(), ranger.characterId(), hpMarked, stressMarked, hope,
                Ranger.HOPE_MAX, armorMarked, LifeState.ALIVE, conditions, source, null, rollSeq);
    }

    /** Damage against Leather Armor's 7/14 with the Ranger's 2 Stress marked, as the pipeline records it. */
    private static DamageApplied damage(Ranger ranger, int amount, DamageType type, Severity beforeArmor,
                                        Severity severity, int hpMarks, int armorSpent, ArmorSlotUse slotUse,
                                        int hpMarkedAfter, int armorMarkedAfter, boolean lastHp, LifeState life) {
        return new DamageApplied(ranger.campaignId(), ranger.characterId(), amount, Set.of(type), amount, beforeArmor,
                severity, hpMarks, armorSpent, slotUse, false, false, false, false, Ranger.LEATHER_MAJOR,
                Ranger.LEATHER_SEVERE, hpMarkedAfter, 2, armorMarkedAfter, lastHp, life, null, null, null);
    }

    private static ConditionChanged conditions(Ranger ranger, List<Condition> after, List<Condition> added,
                                               List<Condition> removed) {
        return new ConditionChanged(ranger.campaignId(), ranger.characterId(), new ConditionSet(after),
                new ConditionSet(added), new ConditionSet(removed), Map.of(), null);
    }

    private Optional<CharacterSheetView> sheet(Ranger ranger) {
        return queries.query(new FindCharacterSheet(ranger.campaignId().value(), ranger.characterId().value()),
                optionalInstanceOf(CharacterSheetView.class)).join();
    }

    private List<CharacterSheetView> sheets(CampaignId campaignId) {
        return queries.query(new ListCharacterSheets(campaignId.value()), multipleInstancesOf(CharacterSheetView.class))
                .join();
    }
}
