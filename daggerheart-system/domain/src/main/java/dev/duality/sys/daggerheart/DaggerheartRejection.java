package dev.duality.sys.daggerheart;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Rejections decided by the Daggerheart system module. */
public enum DaggerheartRejection implements RejectionCode {
    /** The character already has a Daggerheart sheet. */
    DAGGERHEART_CHARACTER_SHEET_EXISTS(Category.CONFLICT),
    /** The character has no Daggerheart sheet yet. */
    DAGGERHEART_CHARACTER_SHEET_NOT_FOUND(Category.NOT_FOUND),
    /** A session start found a character with no Daggerheart character sheet in this campaign. */
    DAGGERHEART_CHARACTER_SHEET_MISSING(Category.RULE_VIOLATION),
    /** A level outside 1..10, the only levels the SRD defines. */
    DAGGERHEART_LEVEL_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** A GM Fear value outside 0..12, the only values the GM's Fear pool can hold. */
    DAGGERHEART_GM_FEAR_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** The campaign's GM Fear was already seeded: only its very first session seeds it. */
    DAGGERHEART_GM_FEAR_ALREADY_SEEDED(Category.CONFLICT),
    /** The command's {@code before} is not the GM's current Fear: another change came first; re-read and retry. */
    DAGGERHEART_GM_FEAR_BEFORE_MISMATCH(Category.CONFLICT),
    /** The command would leave GM Fear as it is; a no-op change is refused. */
    DAGGERHEART_GM_FEAR_UNCHANGED(Category.RULE_VIOLATION),
    /** The campaign has no Daggerheart GM state yet: it is created when the campaign's first session starts. */
    DAGGERHEART_GM_STATE_NOT_FOUND(Category.NOT_FOUND),
    /** Spending more Fear than the GM holds. */
    DAGGERHEART_GM_FEAR_INSUFFICIENT(Category.RULE_VIOLATION),
    /** A profile update that names nothing to change. */
    DAGGERHEART_PROFILE_UPDATE_EMPTY(Category.RULE_VIOLATION),
    /** A state patch whose {@code before} is not the character's current value: another change came first. */
    DAGGERHEART_STATE_BEFORE_MISMATCH(Category.CONFLICT),
    /** A state patch that would leave every value as it is. */
    DAGGERHEART_STATE_UNCHANGED(Category.RULE_VIOLATION),
    /** Session readiness: a step of the character's creation is not done yet (one blocker per step). */
    DAGGERHEART_CHARACTER_CREATION_INCOMPLETE(Category.RULE_VIOLATION),
    /** The character is dead: their story has ended, and nothing more happens to their sheet in play. */
    DAGGERHEART_CHARACTER_DEAD(Category.CONFLICT),
    /** The character has fallen, is unconscious or is dead, so it cannot make an action roll. */
    DAGGERHEART_CHARACTER_CANNOT_ACT(Category.CONFLICT),
    /** A roll names an Experience the character does not have. */
    DAGGERHEART_EXPERIENCE_NOT_HELD(Category.RULE_VIOLATION),
    /** No Daggerheart action roll with this number: the roll was not a Duality roll, or is unknown. */
    DAGGERHEART_ROLL_NOT_FOUND(Category.NOT_FOUND),
    /** A multi-target damage, an attack or a rest names one character twice (or a minion in range twice). */
    DAGGERHEART_TARGET_DUPLICATE(Category.INVALID_INPUT),
    /** The roll's outcome was already applied; it is applied exactly once. */
    DAGGERHEART_ROLL_OUTCOME_ALREADY_APPLIED(Category.CONFLICT),
    /** A subclass that is not one of the chosen class's two subclasses. */
    DAGGERHEART_SUBCLASS_NOT_OF_CLASS(Category.RULE_VIOLATION),
    /** A trait score outside -5..+10, the range a character's traits are kept in. */
    DAGGERHEART_TRAIT_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** Starting trait scores that are not +2, +1, +1, 0, 0, -1 in some order. */
    DAGGERHEART_TRAITS_NOT_STARTING_ARRAY(Category.RULE_VIOLATION),
    /** Armor whose base thresholds, base score or modifiers are outside what armor can have. */
    DAGGERHEART_ARMOR_INVALID(Category.INVALID_INPUT),
    /** Damage thresholds where Major is below 1 or Severe is not above Major. */
    DAGGERHEART_THRESHOLDS_INVALID(Category.INVALID_INPUT),
    /** A roll or Experience modifier outside its allowed range. */
    DAGGERHEART_MODIFIER_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** Starting Experiences that are not exactly two distinct Experiences at +2. */
    DAGGERHEART_EXPERIENCES_INVALID(Category.RULE_VIOLATION),
    /** The same Experience chosen twice for one roll. */
    DAGGERHEART_EXPERIENCE_USED_TWICE(Category.RULE_VIOLATION),
    /** A domain card Recall Cost outside 0..4. */
    DAGGERHEART_RECALL_COST_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** A domain card from a domain that is not one of the class's two domains. */
    DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS(Category.RULE_VIOLATION),
    /** A domain card of a higher level than the character. */
    DAGGERHEART_CARD_LEVEL_TOO_HIGH(Category.RULE_VIOLATION),
    /** The loadout already holds its 5 cards. */
    DAGGERHEART_LOADOUT_FULL(Category.RULE_VIOLATION),
    /** Starting domain cards that are not exactly two cards. */
    DAGGERHEART_STARTING_CARDS_INVALID(Category.RULE_VIOLATION),
    /** A domain card the character already holds, or one card listed twice. */
    DAGGERHEART_CARD_DUPLICATE(Category.CONFLICT),
    /** A domain card that is not where the move takes it from (the vault or the loadout). */
    DAGGERHEART_CARD_NOT_HELD(Category.CONFLICT),
    /** A gold amount whose handfuls or bags are outside 0..9 or whose chests are outside 0..1. */
    DAGGERHEART_GOLD_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** Gold that would exceed the most a character can carry: 1 chest, 9 bags and 9 handfuls. */
    DAGGERHEART_GOLD_OVER_CAPACITY(Category.RULE_VIOLATION),
    /** Spending more gold than the character has. */
    DAGGERHEART_GOLD_INSUFFICIENT(Category.RULE_VIOLATION),
    /** A count or amount that must be 0 or more was negative. */
    DAGGERHEART_AMOUNT_NEGATIVE(Category.INVALID_INPUT),
    /** HP slots outside 1..12 or marked HP outside 0..HP slots. */
    DAGGERHEART_HP_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** Stress slots outside 1..12 or marked Stress outside 0..Stress slots. */
    DAGGERHEART_STRESS_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** Scars outside 0..6 or Hope outside 0..the Hope maximum those scars leave. */
    DAGGERHEART_HOPE_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** An Armor Score outside 0..12 or marked Armor Slots outside 0..Armor Score. */
    DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** Spending more Hope than the character has. */
    DAGGERHEART_HOPE_INSUFFICIENT(Category.RULE_VIOLATION),
    /** Marking more Armor Slots than are unmarked. */
    DAGGERHEART_ARMOR_SLOTS_INSUFFICIENT(Category.RULE_VIOLATION),
    /** A list of conditions naming one condition twice: a target has each condition at most once. */
    DAGGERHEART_CONDITION_DUPLICATE(Category.INVALID_INPUT),
    /** The added or removed conditions given with a change are not the difference between before and after. */
    DAGGERHEART_CONDITION_DIFF_MISMATCH(Category.INVALID_INPUT),
    /** A condition change that leaves the conditions as they are. */
    DAGGERHEART_CONDITION_UNCHANGED(Category.RULE_VIOLATION),
    /** A die value outside 1..its sides (Duality dice d12, advantage die d6, attack die d20, a rest's d4). */
    DAGGERHEART_DIE_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** An advantage die given with no net advantage, or missing with one. */
    DAGGERHEART_ADVANTAGE_DIE_MISMATCH(Category.INVALID_INPUT),
    /** A Difficulty outside 1..100. */
    DAGGERHEART_DIFFICULTY_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** A roll result with no success or failure (no Difficulty) where the rule needs one. */
    DAGGERHEART_RESULT_UNRESOLVED(Category.RULE_VIOLATION),
    /** Damage with no damage type: it must be physical, magic or both. */
    DAGGERHEART_DAMAGE_TYPE_REQUIRED(Category.INVALID_INPUT),

    // --- countdowns ---
    /** The campaign has no countdown with this id. */
    DAGGERHEART_COUNTDOWN_NOT_FOUND(Category.NOT_FOUND),
    /** The campaign already has a countdown with this id. */
    DAGGERHEART_COUNTDOWN_EXISTS(Category.CONFLICT),
    /** A starting value outside 1..100, a remaining value outside its range, or an advance of less than 1. */
    DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE(Category.INVALID_INPUT),
    /** A dynamic countdown that is neither progress nor consequence: the dynamic table needs one of the two. */
    DAGGERHEART_COUNTDOWN_TONE_REQUIRED(Category.RULE_VIOLATION),
    /** An advance whose {@code before} is not the countdown's remaining value: another change came first. */
    DAGGERHEART_COUNTDOWN_BEFORE_MISMATCH(Category.CONFLICT),
    /** The countdown reached 0 and its trigger is not resolved yet: it cannot advance until it is. */
    DAGGERHEART_COUNTDOWN_TRIGGER_PENDING(Category.CONFLICT),
    /** Resolving the trigger of a countdown that has not triggered (or was already resolved). */
    DAGGERHEART_COUNTDOWN_TRIGGER_NOT_PENDING(Category.CONFLICT),
    /** The countdown triggered and does not loop: it is finished and never advances again. */
    DAGGERHEART_COUNTDOWN_FINISHED(Category.CONFLICT),
    /** A countdown update that would leave its name and visibility as they are. */
    DAGGERHEART_COUNTDOWN_UNCHANGED(Category.RULE_VIOLATION),
    // ---- character progress: temporary armor, loadout swaps, death moves, level-ups ----
    /** Temporary armor that would take the Armor Score above 12. */
    DAGGERHEART_ARMOR_SCORE_OVER_MAX(Category.RULE_VIOLATION),
    /** A loadout swap that moves a card to where it already is. */
    DAGGERHEART_CARD_ALREADY_THERE(Category.RULE_VIOLATION),
    /** A move that costs Stress while every Stress slot is marked: such moves can't be used then. */
    DAGGERHEART_STRESS_ALL_MARKED(Category.RULE_VIOLATION),
    /** A death move for a character who has not fallen (marked their last HP) or already made one. */
    DAGGERHEART_CHARACTER_NOT_FALLEN(Category.CONFLICT),
    /** A level-up applied to a character the GM has not granted one. */
    DAGGERHEART_LEVEL_UP_NOT_GRANTED(Category.RULE_VIOLATION),
    /** A level-up granted to a character who has not applied the last one yet. */
    DAGGERHEART_LEVEL_UP_ALREADY_GRANTED(Category.CONFLICT),
    /** Session readiness: the character was granted a level-up and has not applied it yet. */
    DAGGERHEART_LEVEL_UP_INCOMPLETE(Category.RULE_VIOLATION),
    /** Advancements that do not use exactly the two picks of a level-up. */
    DAGGERHEART_ADVANCEMENT_PICKS_INVALID(Category.RULE_VIOLATION),
    /** An advancement the chosen tier's column does not offer, has no unmarked slot left for, or has crossed out. */
    DAGGERHEART_ADVANCEMENT_UNAVAILABLE(Category.RULE_VIOLATION),
    /** An advancement without what it needs: two different traits, two different Experiences. */
    DAGGERHEART_ADVANCEMENT_CHOICE_INVALID(Category.INVALID_INPUT),
    /** Raising a marked trait: it can't be raised again until a tier achievement clears the marks. */
    DAGGERHEART_TRAIT_MARKED(Category.RULE_VIOLATION),
    /** The tier achievement's new Experience missing at levels 2, 5 and 8, given at another level, or already held. */
    DAGGERHEART_TIER_EXPERIENCE_INVALID(Category.RULE_VIOLATION),
    /** A multiclass into the character's own class, or with a domain the second class does not have. */
    DAGGERHEART_MULTICLASS_INVALID(Category.RULE_VIOLATION),
    /** Redoing traits, Experiences or domain cards of character creation after a level-up built on them. */
    DAGGERHEART_CREATION_STEP_CLOSED(Category.RULE_VIOLATION),
    // ---- adversaries ----
    /** No adversary with this id in the session: unknown, deleted, or in another session. */
    DAGGERHEART_ADVERSARY_NOT_FOUND(Category.NOT_FOUND),
    /** An adversary with this id already exists. */
    DAGGERHEART_ADVERSARY_EXISTS(Category.CONFLICT),
    /** The adversary has marked its last HP and is defeated: it takes no more damage and makes no attack. */
    DAGGERHEART_ADVERSARY_DEFEATED(Category.CONFLICT),
    /** An adversary attack naming an unconscious character: Avoid Death's unconscious can't be targeted by attacks. */
    DAGGERHEART_ATTACK_TARGET_UNCONSCIOUS(Category.RULE_VIOLATION),
    /** The adversary's stat block was already revealed to the table. */
    DAGGERHEART_ADVERSARY_ALREADY_REVEALED(Category.CONFLICT),
    /** A stat block part its type does not have: thresholds for a minion, a minion value or horde parts for another
     * type, or a minion with other than 1 HP. */
    DAGGERHEART_STAT_BLOCK_INVALID(Category.INVALID_INPUT),
    /** Minions in range named for damage to an adversary that is no minion, or an adversary named as a minion in range
     * that is none. */
    DAGGERHEART_NOT_A_MINION(Category.RULE_VIOLATION),
    /** No adversary attack roll with this number against this character: unknown, or against someone else. */
    DAGGERHEART_ATTACK_NOT_FOUND(Category.NOT_FOUND),
    /** The adversary attack roll missed this character: it deals no damage. */
    DAGGERHEART_ATTACK_MISSED(Category.RULE_VIOLATION),
    /** The damage of this adversary attack roll was already applied to this character; it is applied once. */
    DAGGERHEART_ATTACK_DAMAGE_ALREADY_APPLIED(Category.CONFLICT),
    /** Damage from an adversary attack roll that also gives its amount, types or damage roll: they come from the
     * attack. */
    DAGGERHEART_ATTACK_DAMAGE_GIVEN(Category.INVALID_INPUT),
    // ---- rests and downtime ----
    /** A fourth short rest in a row: after three, the next rest must be a long rest. */
    DAGGERHEART_LONG_REST_REQUIRED(Category.RULE_VIOLATION),
    /** Something only a long rest's benefits allow (Work on a Project, a long-term countdown), or any downtime move on
     * an interrupted short rest, which gives nothing. */
    DAGGERHEART_REST_TOO_SHORT(Category.RULE_VIOLATION),
    /** More downtime moves than the character makes per rest (2; an Elf 3). */
    DAGGERHEART_DOWNTIME_MOVES_TOO_MANY(Category.RULE_VIOLATION),
    /** A downtime move aimed at someone it can't help: an ally for a move that is one's own, or a character who is not
     * resting. */
    DAGGERHEART_MOVE_TARGET_INVALID(Category.RULE_VIOLATION),
    /** Preparing "together" with no other resting character preparing together. */
    DAGGERHEART_PREPARE_ALONE(Category.RULE_VIOLATION),
    // ---- undo ----
    /** An undo names an event this campaign's journal does not hold. */
    DAGGERHEART_DECISION_NOT_FOUND(Category.NOT_FOUND),
    /** An undo names a decision that is not a damage application, a Duality roll's outcome or a rest (an undo
     * included: undos are not undone). */
    DAGGERHEART_DECISION_NOT_UNDOABLE(Category.RULE_VIOLATION),
    /** The decision was already undone. */
    DAGGERHEART_DECISION_ALREADY_UNDONE(Category.CONFLICT),
    /** Something the decision changed (a sheet, the GM's Fear, the countdowns) changed again after it: the later
     * event depends on it; the message names it. Undo the later decision first. */
    DAGGERHEART_DECISION_HAS_LATER_EVENTS(Category.CONFLICT);

    private final Category category;

    DaggerheartRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
