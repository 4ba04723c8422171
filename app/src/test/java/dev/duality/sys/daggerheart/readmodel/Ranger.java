package dev.duality.sys.daggerheart.readmodel;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.session.api.SessionId;
import dev.duality.sys.daggerheart.character.api.CharacterProfileUpdated;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.Equipment;
import dev.duality.sys.daggerheart.character.api.Heritage;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.Ancestry;
import dev.duality.sys.daggerheart.rules.Armor;
import dev.duality.sys.daggerheart.rules.Community;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.Domain;
import dev.duality.sys.daggerheart.rules.DomainCard;
import dev.duality.sys.daggerheart.rules.DomainCardType;
import dev.duality.sys.daggerheart.rules.DualityResult;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.GmMove;
import dev.duality.sys.daggerheart.rules.Gold;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.Trait;
import dev.duality.sys.daggerheart.rules.TraitScores;

import java.util.List;

/**
 * Test data: a level-1 Ranger (Wayfinder), Elf of the Wildborne, in Leather Armor with a Shortbow, as
 * {@code Api.readyDaggerheartCharacter} builds one through HTTP, and the events its sheet records. Every number is
 * typed in from the SRD, never computed with the rules code. The campaign id is fresh per test, so neither the live
 * application's processors nor another test ever touch the same rows.
 */
record Ranger(CampaignId campaignId, CharacterId characterId) {
    // SRD class table, Ranger: 6 HP, Evasion 12. Character creation step 4: level 1, 6 Stress slots, 2 Hope of 6,
    // Proficiency 1. Unarmored: Armor Score 0, Major threshold = level = 1, Severe = 2 x level = 2.
    static final int HP = 6;
    static final int EVASION = 12;
    static final int STRESS = 6;
    static final int STARTING_HOPE = 2;
    static final int HOPE_MAX = 6;
    // SRD armor table, Leather Armor: base thresholds 6 and 13, Armor Score 3, no Evasion or Agility change; the
    // level is added to the base thresholds, so 7 and 14 at level 1.
    static final Armor LEATHER = new Armor("Leather Armor", 6, 13, 3, 0, 0);
    static final int LEATHER_SCORE = 3;
    static final int LEATHER_MAJOR = 7;
    static final int LEATHER_SEVERE = 14;

    static final Heritage ELF_OF_THE_WILDBORNE = new Heritage(Ancestry.ELF, Community.WILDBORNE);
    // step 3: the starting array +2, +1, +1, 0, 0, -1 (agility, strength, finesse, instinct, presence, knowledge)
    static final TraitScores TRAITS = new TraitScores(2, -1, 1, 1, 0, 0);
    static final Equipment LEATHER_AND_SHORTBOW = new Equipment(LEATHER, new Name("Shortbow"), null);
    // step 7: two Experiences at +2
    static final Experience TRACKER = new Experience("Tracker", 2);
    static final List<Experience> EXPERIENCES = List.of(TRACKER, new Experience("Forest lore", 2));
    // step 8: two level-1 cards of the Ranger's domains (SRD: Untouchable, Bone, Recall Cost 1; Gifted Tracker,
    // Sage, Recall Cost 0), into the loadout
    static final AcquiredCards STARTING_CARDS = new AcquiredCards(List.of(
            new DomainCard("bone-untouchable", "Untouchable", Domain.BONE, 1, 1, DomainCardType.ABILITY),
            new DomainCard("sage-gifted-tracker", "Gifted Tracker", Domain.SAGE, 1, 0, DomainCardType.ABILITY)),
            List.of());
    static final FreeText DESCRIPTION = FreeText.of("Tall, quiet, a cloak of moss", "description");
    static final FreeText BACKGROUND = FreeText.of("Raised by the old wood's wardens", "background");
    static final FreeText CONNECTIONS = FreeText.of("Owes the party's bard a life debt", "connections");

    /** A Ranger in a campaign of its own. */
    static Ranger inNewCampaign() {
        return new Ranger(CampaignId.generate(), CharacterId.of("sable"));
    }

    /** Another Ranger of the same campaign: character ids are unique per campaign only. */
    Ranger named(String otherCharacterId) {
        return new Ranger(campaignId, CharacterId.of(otherCharacterId));
    }

    /** The level-1 sheet with the class and subclass chosen (creation step 1), nothing marked. */
    DaggerheartCharacterCreated created() {
        return new DaggerheartCharacterCreated(campaignId, characterId, DaggerheartClass.RANGER, Subclass.WAYFINDER, 1,
                HP, STRESS, STARTING_HOPE, HOPE_MAX, EVASION, 1, 0, 1, 2, List.of(CreationStep.CLASS_SUBCLASS));
    }

    /** Creation steps 2, 3 and 5. Leather Armor gives 3 Armor Slots and the thresholds 7 and 14; gold is not given. */
    CharacterProfileUpdated heritageTraitsAndEquipment() {
        return new CharacterProfileUpdated(campaignId, characterId, null, ELF_OF_THE_WILDBORNE, TRAITS,
                LEATHER_AND_SHORTBOW, null, null, null, null, null, null, HP, STRESS, EVASION, 1, LEATHER_SCORE,
                LEATHER_MAJOR, LEATHER_SEVERE, 0, 0, 0, List.of(CreationStep.CLASS_SUBCLASS, CreationStep.HERITAGE,
                CreationStep.TRAITS, CreationStep.EQUIPMENT));
    }

    /** The remaining steps (details, 6, 7, 8 and 9), and the purse set to 3 handfuls: the sheet is complete. */
    CharacterProfileUpdated experiencesCardsAndStory() {
        return new CharacterProfileUpdated(campaignId, characterId, null, null, null, null, EXPERIENCES,
                STARTING_CARDS, DESCRIPTION, BACKGROUND, CONNECTIONS, new Gold(3, 0, 0),
                HP, STRESS, EVASION, 1, LEATHER_SCORE, LEATHER_MAJOR, LEATHER_SEVERE, 0, 0, 0,
                List.of(CreationStep.values()));
    }

    /**
     * An Agility action roll with the Tracker Experience (+2, paid with 1 Hope) against Difficulty 12: Hope 9 and
     * Fear 4 make 9 + 4 + 2 (Agility) + 2 (Tracker) = 17, a success with Hope: 1 Hope for the roller, no GM move.
     */
    ActionRollResolved trackingRoll(SessionId session, long rollSeq, int hopeBefore) {
        return new ActionRollResolved(campaignId, characterId, session, rollSeq, Trait.AGILITY, 2, List.of("Tracker"),
                2, 0, 9, 4, 0, 12, false, 17, DualityResult.SUCCESS_WITH_HOPE, 1, 0, 0, false, GmMove.NONE, false, 1,
                hopeBefore - 1);
    }

    /**
     * An Agility action roll with Tracker against Difficulty 13 where both dice show 8: matching dice are a critical
     * success whatever the total (8 + 8 + 2 + 2 = 20), worth 1 Hope and clearing 1 Stress.
     */
    ActionRollResolved criticalRoll(SessionId session, long rollSeq, int hopeBefore) {
        return new ActionRollResolved(campaignId, characterId, session, rollSeq, Trait.AGILITY, 2, List.of("Tracker"),
                2, 0, 8, 8, 0, 13, false, 20, DualityResult.CRITICAL_SUCCESS, 1, 1, 0, false, GmMove.NONE, false, 1,
                hopeBefore - 1);
    }

    /**
     * An Instinct action roll (+1) with disadvantage against Difficulty 15: Hope 3, Fear 7, the d6 shows 4 and is
     * subtracted, 3 + 7 - 4 + 1 = 7, a failure with Fear: 1 Fear for the GM, the spotlight swings to the GM and the
     * GM makes a major move. No Experience, so no Hope is paid.
     */
    ActionRollResolved failedRollWithFear(SessionId session, long rollSeq, int hope) {
        return new ActionRollResolved(campaignId, characterId, session, rollSeq, Trait.INSTINCT, 1, List.of(), 0, 0, 3,
                7, -4, 15, false, 7, DualityResult.FAILURE_WITH_FEAR, 0, 0, 1, true, GmMove.MAJOR, false, 0, hope);
    }
}
