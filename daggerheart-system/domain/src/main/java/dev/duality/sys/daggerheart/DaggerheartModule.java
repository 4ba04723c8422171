package dev.duality.sys.daggerheart;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.core.system.SessionEnd;
import dev.duality.core.system.SessionReadinessHook;
import dev.duality.core.system.SystemModule;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Wire;
import dev.duality.sys.daggerheart.adversary.AdversaryAttackDecision;
import dev.duality.sys.daggerheart.adversary.AdversaryDamageDecision;
import dev.duality.sys.daggerheart.adversary.DaggerheartAdversary;
import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResolved;
import dev.duality.sys.daggerheart.adversary.api.AdversaryConditionChanged;
import dev.duality.sys.daggerheart.adversary.api.AdversaryCreated;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageApplied;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDeleted;
import dev.duality.sys.daggerheart.adversary.api.AdversaryRevealed;
import dev.duality.sys.daggerheart.adversary.api.RevealAdversary;
import dev.duality.sys.daggerheart.adversary.api.AdversaryUpdated;
import dev.duality.sys.daggerheart.adversary.api.ApplyAdversaryDamage;
import dev.duality.sys.daggerheart.adversary.api.ChangeAdversaryConditions;
import dev.duality.sys.daggerheart.adversary.api.CreateAdversary;
import dev.duality.sys.daggerheart.adversary.api.DeleteAdversary;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryAttack;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryDamage;
import dev.duality.sys.daggerheart.adversary.api.ResolveAdversaryAttack;
import dev.duality.sys.daggerheart.adversary.api.UpdateAdversary;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.DeathMoveDecision;
import dev.duality.sys.daggerheart.character.MultiTargetDamageDecision;
import dev.duality.sys.daggerheart.character.SceneEndDecision;
import dev.duality.sys.daggerheart.character.api.ApplyDamage;
import dev.duality.sys.daggerheart.character.api.ApplyDeathMove;
import dev.duality.sys.daggerheart.character.api.ApplyDowntimeMove;
import dev.duality.sys.daggerheart.character.api.ApplyLevelUp;
import dev.duality.sys.daggerheart.character.api.ApplyMultiTargetDamage;
import dev.duality.sys.daggerheart.character.api.ApplyTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.ChangeConditions;
import dev.duality.sys.daggerheart.character.api.CharacterProfileUpdated;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.ConditionChanged;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.DeathMoveResolved;
import dev.duality.sys.daggerheart.character.api.DowntimeMoveApplied;
import dev.duality.sys.daggerheart.character.api.EndScene;
import dev.duality.sys.daggerheart.character.api.EndTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.ExpireConditions;
import dev.duality.sys.daggerheart.character.api.GrantLevelUp;
import dev.duality.sys.daggerheart.character.api.LevelUpApplied;
import dev.duality.sys.daggerheart.character.api.LevelUpGranted;
import dev.duality.sys.daggerheart.character.api.LoadoutSwapped;
import dev.duality.sys.daggerheart.character.api.PatchCharacterState;
import dev.duality.sys.daggerheart.character.api.RecordDeathMove;
import dev.duality.sys.daggerheart.character.api.SpendHope;
import dev.duality.sys.daggerheart.character.api.SpendStress;
import dev.duality.sys.daggerheart.character.api.SwapLoadoutCard;
import dev.duality.sys.daggerheart.character.api.SwapLoadoutCardAtRest;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorApplied;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorEnded;
import dev.duality.sys.daggerheart.character.api.UpdateCharacterProfile;
import dev.duality.sys.daggerheart.character.api.WakeCharacter;
import dev.duality.sys.daggerheart.countdown.DaggerheartCountdowns;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdown;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdownsForRoll;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CountdownCreated;
import dev.duality.sys.daggerheart.countdown.api.CountdownDeleted;
import dev.duality.sys.daggerheart.countdown.api.CountdownTriggerResolved;
import dev.duality.sys.daggerheart.countdown.api.CountdownUpdated;
import dev.duality.sys.daggerheart.countdown.api.CreateCountdown;
import dev.duality.sys.daggerheart.countdown.api.DeleteCountdown;
import dev.duality.sys.daggerheart.countdown.api.ResolveCountdownTrigger;
import dev.duality.sys.daggerheart.countdown.api.UpdateCountdown;
import dev.duality.sys.daggerheart.gm.DaggerheartGmState;
import dev.duality.sys.daggerheart.gm.api.CampaignSettingsUpdated;
import dev.duality.sys.daggerheart.gm.api.GainGmFear;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.SeedGmFear;
import dev.duality.sys.daggerheart.gm.api.SetGmFear;
import dev.duality.sys.daggerheart.gm.api.SpendGmFear;
import dev.duality.sys.daggerheart.gm.api.UpdateCampaignSettings;
import dev.duality.sys.daggerheart.rest.RestDecision;
import dev.duality.sys.daggerheart.rest.api.RecordRest;
import dev.duality.sys.daggerheart.rest.api.RestTaken;
import dev.duality.sys.daggerheart.rest.api.TakeRest;
import dev.duality.sys.daggerheart.roll.DualityRollDecision;
import dev.duality.sys.daggerheart.roll.RollOutcomeDecision;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.roll.api.ApplyRollOutcome;
import dev.duality.sys.daggerheart.roll.api.RecordActionRoll;
import dev.duality.sys.daggerheart.roll.api.RecordRollOutcome;
import dev.duality.sys.daggerheart.roll.api.ResolveActionRoll;
import dev.duality.sys.daggerheart.roll.api.RollOutcomeApplied;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import dev.duality.sys.daggerheart.undo.DecisionUndo;
import dev.duality.sys.daggerheart.undo.api.UndoDecision;
import dev.duality.sys.daggerheart.character.api.CharacterStateRestored;
import dev.duality.sys.daggerheart.character.api.RestoreCharacterState;
import dev.duality.sys.daggerheart.countdown.api.CountdownRestored;
import dev.duality.sys.daggerheart.countdown.api.RestoreCountdown;
import dev.duality.sys.daggerheart.gm.api.GmStateRestored;
import dev.duality.sys.daggerheart.gm.api.RestoreGmState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static dev.duality.core.action.api.ActionRejection.OUTCOME_ALREADY_APPLIED;
import static dev.duality.core.action.api.ActionRejection.OUTCOME_REQUEST_ID_REQUIRED;
import static dev.duality.core.catalog.CommandDefinition.command;
import static dev.duality.core.catalog.CommandPolicy.Access.CHARACTER_CONTROLLER;
import static dev.duality.core.catalog.CommandPolicy.Access.GM;
import static dev.duality.core.catalog.CommandPolicy.Access.MANAGER;
import static dev.duality.core.catalog.CommandPolicy.inGame;
import static dev.duality.core.catalog.CommandPolicy.nestedOnly;
import static dev.duality.core.catalog.CommandPolicy.outOfGame;
import static dev.duality.core.catalog.EventDefinition.event;
import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_ACTIVE;
import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.*;

/**
 * The Daggerheart game system: its {@code sys.daggerheart.*} messages, aggregates (character sheets, the campaign's
 * GM state, its countdowns and the adversaries), session readiness check, first-session bootstrap and session-end
 * hook.
 */
public final class DaggerheartModule implements SystemModule {
    public static final String SYSTEM_ID = "daggerheart";
    /**
     * 1.0.0 was the sheet and GM Fear; 1.1.0 added play (rolls, outcomes, damage, conditions) without changing what
     * 1.0.0 decided, so campaigns created with 1.0.0 keep playing.
     */
    public static final String SYSTEM_VERSION = "1.1.0";

    /** Registered by the plug-in's Spring configuration (daggerheart-web), or directly by tests. */
    public DaggerheartModule() {
    }

    @Override
    public String systemId() {
        return SYSTEM_ID;
    }

    @Override
    public String systemVersion() {
        return SYSTEM_VERSION;
    }

    @Override
    public List<CommandDefinition> commands() {
        return List.of(
                // character sheets: creation, then the steps of character creation (between sessions)
                command("sys.daggerheart.character.create", CreateDaggerheartCharacter.class,
                        inGame(CHARACTER_CONTROLLER), DAGGERHEART_CHARACTER_SHEET_EXISTS,
                        DAGGERHEART_SUBCLASS_NOT_OF_CLASS),
                command("sys.daggerheart.character_profile.update", UpdateCharacterProfile.class,
                        outOfGame(CHARACTER_CONTROLLER), DAGGERHEART_CHARACTER_SHEET_NOT_FOUND,
                        DAGGERHEART_PROFILE_UPDATE_EMPTY, DAGGERHEART_SUBCLASS_NOT_OF_CLASS,
                        DAGGERHEART_TRAITS_NOT_STARTING_ARRAY, DAGGERHEART_TRAIT_OUT_OF_RANGE,
                        DAGGERHEART_ARMOR_INVALID, DAGGERHEART_EXPERIENCES_INVALID, DAGGERHEART_MODIFIER_OUT_OF_RANGE,
                        DAGGERHEART_STARTING_CARDS_INVALID, DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS,
                        DAGGERHEART_CARD_LEVEL_TOO_HIGH, DAGGERHEART_CARD_DUPLICATE,
                        DAGGERHEART_RECALL_COST_OUT_OF_RANGE, DAGGERHEART_LEVEL_OUT_OF_RANGE,
                        DAGGERHEART_GOLD_OUT_OF_RANGE, DAGGERHEART_GOLD_OVER_CAPACITY, DAGGERHEART_AMOUNT_NEGATIVE,
                        DAGGERHEART_CREATION_STEP_CLOSED),
                // character state in play: the GM, or the character's owner for their own character
                command("sys.daggerheart.character_state.patch", PatchCharacterState.class,
                        inGame(CHARACTER_CONTROLLER), DAGGERHEART_CHARACTER_SHEET_NOT_FOUND,
                        DAGGERHEART_STATE_BEFORE_MISMATCH, DAGGERHEART_STATE_UNCHANGED, DAGGERHEART_HP_OUT_OF_RANGE,
                        DAGGERHEART_STRESS_OUT_OF_RANGE, DAGGERHEART_HOPE_OUT_OF_RANGE,
                        DAGGERHEART_ARMOR_SLOTS_OUT_OF_RANGE),
                command("sys.daggerheart.hope.spend", SpendHope.class, inGame(CHARACTER_CONTROLLER),
                        DAGGERHEART_CHARACTER_SHEET_NOT_FOUND, DAGGERHEART_CHARACTER_DEAD,
                        DAGGERHEART_HOPE_INSUFFICIENT),
                command("sys.daggerheart.stress.spend", SpendStress.class, inGame(CHARACTER_CONTROLLER),
                        DAGGERHEART_CHARACTER_SHEET_NOT_FOUND, DAGGERHEART_CHARACTER_DEAD),
                command("sys.daggerheart.damage.apply", ApplyDamage.class, inGame(CHARACTER_CONTROLLER),
                        DAGGERHEART_CHARACTER_SHEET_NOT_FOUND, DAGGERHEART_CHARACTER_DEAD,
                        DAGGERHEART_DAMAGE_TYPE_REQUIRED, DAGGERHEART_ATTACK_DAMAGE_GIVEN,
                        DAGGERHEART_ATTACK_NOT_FOUND, DAGGERHEART_ATTACK_MISSED,
                        DAGGERHEART_ATTACK_DAMAGE_ALREADY_APPLIED),
                // damage to several characters at once: an attack or effect of the GM's side
                command("sys.daggerheart.multi_target_damage.apply", ApplyMultiTargetDamage.class, inGame(GM),
                        DAGGERHEART_TARGET_DUPLICATE, DAGGERHEART_CHARACTER_SHEET_NOT_FOUND,
                        DAGGERHEART_CHARACTER_DEAD, DAGGERHEART_DAMAGE_TYPE_REQUIRED, DAGGERHEART_ATTACK_DAMAGE_GIVEN,
                        DAGGERHEART_ATTACK_NOT_FOUND, DAGGERHEART_ATTACK_MISSED,
                        DAGGERHEART_ATTACK_DAMAGE_ALREADY_APPLIED),
                command("sys.daggerheart.condition.change", ChangeConditions.class, inGame(CHARACTER_CONTROLLER),
                        DAGGERHEART_CHARACTER_SHEET_NOT_FOUND, DAGGERHEART_CONDITION_DUPLICATE,
                        DAGGERHEART_CONDITION_DIFF_MISMATCH, DAGGERHEART_CONDITION_UNCHANGED),
                // Duality rolls and their outcomes, each one decision across the session and the sheets
                command("sys.daggerheart.action_roll.resolve", ResolveActionRoll.class, inGame(CHARACTER_CONTROLLER),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, DAGGERHEART_CHARACTER_SHEET_NOT_FOUND,
                        DAGGERHEART_CHARACTER_CANNOT_ACT, DAGGERHEART_EXPERIENCE_NOT_HELD,
                        DAGGERHEART_EXPERIENCE_USED_TWICE, DAGGERHEART_HOPE_INSUFFICIENT,
                        DAGGERHEART_DIFFICULTY_OUT_OF_RANGE, DAGGERHEART_MODIFIER_OUT_OF_RANGE),
                command("sys.daggerheart.roll_outcome.apply", ApplyRollOutcome.class, inGame(GM),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, OUTCOME_REQUEST_ID_REQUIRED, DAGGERHEART_ROLL_NOT_FOUND,
                        DAGGERHEART_ROLL_OUTCOME_ALREADY_APPLIED, OUTCOME_ALREADY_APPLIED),
                // sent only inside action_roll.resolve and roll_outcome.apply, which admitted their actor
                command("sys.daggerheart.action_roll.record", RecordActionRoll.class, nestedOnly(CHARACTER_CONTROLLER),
                        DAGGERHEART_CHARACTER_CANNOT_ACT, DAGGERHEART_EXPERIENCE_NOT_HELD,
                        DAGGERHEART_EXPERIENCE_USED_TWICE, DAGGERHEART_HOPE_INSUFFICIENT,
                        DAGGERHEART_DIE_OUT_OF_RANGE, DAGGERHEART_ADVANTAGE_DIE_MISMATCH,
                        DAGGERHEART_DIFFICULTY_OUT_OF_RANGE, DAGGERHEART_MODIFIER_OUT_OF_RANGE),
                command("sys.daggerheart.roll_outcome.record", RecordRollOutcome.class, nestedOnly(GM),
                        DAGGERHEART_ROLL_NOT_FOUND, DAGGERHEART_ROLL_OUTCOME_ALREADY_APPLIED),
                // the GM's Fear and the campaign's optional rules
                // sent by the runtime inside the first session.start, with that command's actor: a manager
                command("sys.daggerheart.gm_fear.seed", SeedGmFear.class, nestedOnly(MANAGER),
                        DAGGERHEART_GM_FEAR_ALREADY_SEEDED),
                command("sys.daggerheart.gm_fear.set", SetGmFear.class, inGame(GM),
                        DAGGERHEART_GM_STATE_NOT_FOUND, DAGGERHEART_GM_FEAR_OUT_OF_RANGE,
                        DAGGERHEART_GM_FEAR_BEFORE_MISMATCH, DAGGERHEART_GM_FEAR_UNCHANGED),
                command("sys.daggerheart.gm_fear.gain", GainGmFear.class, inGame(GM),
                        DAGGERHEART_GM_STATE_NOT_FOUND, DAGGERHEART_GM_FEAR_OUT_OF_RANGE),
                command("sys.daggerheart.gm_fear.spend", SpendGmFear.class, inGame(GM),
                        DAGGERHEART_GM_STATE_NOT_FOUND, DAGGERHEART_GM_FEAR_INSUFFICIENT),
                command("sys.daggerheart.campaign_settings.update", UpdateCampaignSettings.class, outOfGame(GM)),
                // countdowns: the GM's, set up in play or while preparing between sessions
                command("sys.daggerheart.countdown.create", CreateCountdown.class, inGame(GM),
                        DAGGERHEART_COUNTDOWN_EXISTS, DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE,
                        DAGGERHEART_COUNTDOWN_TONE_REQUIRED),
                command("sys.daggerheart.countdown.update", UpdateCountdown.class, inGame(GM),
                        DAGGERHEART_COUNTDOWN_NOT_FOUND, DAGGERHEART_COUNTDOWN_UNCHANGED),
                // also sent nested by a rest for the long-term countdown the GM picks (see DaggerheartCountdowns)
                command("sys.daggerheart.countdown.advance", AdvanceCountdown.class, inGame(GM),
                        DAGGERHEART_COUNTDOWN_NOT_FOUND, DAGGERHEART_COUNTDOWN_VALUE_OUT_OF_RANGE,
                        DAGGERHEART_COUNTDOWN_BEFORE_MISMATCH, DAGGERHEART_COUNTDOWN_TRIGGER_PENDING,
                        DAGGERHEART_COUNTDOWN_FINISHED),
                command("sys.daggerheart.countdown.trigger_resolve", ResolveCountdownTrigger.class, inGame(GM),
                        DAGGERHEART_COUNTDOWN_NOT_FOUND, DAGGERHEART_COUNTDOWN_TRIGGER_NOT_PENDING),
                command("sys.daggerheart.countdown.delete", DeleteCountdown.class, inGame(GM),
                        DAGGERHEART_COUNTDOWN_NOT_FOUND),
                // sent only inside roll_outcome.apply, which admitted its GM
                command("sys.daggerheart.countdown.roll_advance", AdvanceCountdownsForRoll.class, nestedOnly(GM)),
                // ---- character progress: temporary armor, loadout swaps, death moves, level-ups ----
                command("sys.daggerheart.character_temporary_armor.apply", ApplyTemporaryArmor.class,
                        inGame(CHARACTER_CONTROLLER), DAGGERHEART_CHARACTER_SHEET_NOT_FOUND,
                        DAGGERHEART_CHARACTER_DEAD, DAGGERHEART_ARMOR_SCORE_OVER_MAX),
                // sent for every character by what ends an effect: the session end, the GM's scene end, a rest
                command("sys.daggerheart.character_temporary_armor.end", EndTemporaryArmor.class, nestedOnly(GM)),
                // sent beside it: conditions lasting until a rest, the session's or the scene's end run out
                command("sys.daggerheart.condition.expire", ExpireConditions.class, nestedOnly(GM)),
                command("sys.daggerheart.scene.end", EndScene.class, inGame(GM)),
                command("sys.daggerheart.loadout.swap", SwapLoadoutCard.class, inGame(CHARACTER_CONTROLLER),
                        DAGGERHEART_CHARACTER_SHEET_NOT_FOUND, DAGGERHEART_CHARACTER_CANNOT_ACT,
                        DAGGERHEART_CARD_NOT_HELD, DAGGERHEART_CARD_ALREADY_THERE, DAGGERHEART_LOADOUT_FULL,
                        DAGGERHEART_STRESS_ALL_MARKED),
                // sent by a rest's decision at the rest's start, when swaps are free
                command("sys.daggerheart.rest_loadout.swap", SwapLoadoutCardAtRest.class,
                        nestedOnly(CHARACTER_CONTROLLER), DAGGERHEART_CHARACTER_DEAD, DAGGERHEART_CARD_NOT_HELD,
                        DAGGERHEART_CARD_ALREADY_THERE, DAGGERHEART_LOADOUT_FULL),
                command("sys.daggerheart.death_move.apply", ApplyDeathMove.class, inGame(CHARACTER_CONTROLLER),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, DAGGERHEART_CHARACTER_SHEET_NOT_FOUND,
                        DAGGERHEART_CHARACTER_NOT_FALLEN),
                // sent only inside death_move.apply, with the dice the session rolled
                command("sys.daggerheart.death_move.record", RecordDeathMove.class, nestedOnly(CHARACTER_CONTROLLER),
                        DAGGERHEART_CHARACTER_NOT_FALLEN, DAGGERHEART_DIE_OUT_OF_RANGE),
                // sent by a long rest's decision: an unconscious character wakes
                command("sys.daggerheart.character.wake", WakeCharacter.class, nestedOnly(GM)),
                command("sys.daggerheart.level_up.grant", GrantLevelUp.class, outOfGame(GM),
                        DAGGERHEART_CHARACTER_SHEET_NOT_FOUND, DAGGERHEART_CHARACTER_DEAD,
                        DAGGERHEART_LEVEL_UP_ALREADY_GRANTED, DAGGERHEART_CHARACTER_CREATION_INCOMPLETE,
                        DAGGERHEART_LEVEL_OUT_OF_RANGE),
                command("sys.daggerheart.level_up.apply", ApplyLevelUp.class, outOfGame(CHARACTER_CONTROLLER),
                        DAGGERHEART_CHARACTER_SHEET_NOT_FOUND, DAGGERHEART_CHARACTER_DEAD,
                        DAGGERHEART_LEVEL_UP_NOT_GRANTED, DAGGERHEART_TIER_EXPERIENCE_INVALID,
                        DAGGERHEART_ADVANCEMENT_PICKS_INVALID, DAGGERHEART_ADVANCEMENT_UNAVAILABLE,
                        DAGGERHEART_ADVANCEMENT_CHOICE_INVALID, DAGGERHEART_TRAIT_MARKED,
                        DAGGERHEART_EXPERIENCE_NOT_HELD, DAGGERHEART_CARD_DOMAIN_NOT_OF_CLASS,
                        DAGGERHEART_CARD_LEVEL_TOO_HIGH, DAGGERHEART_CARD_DUPLICATE, DAGGERHEART_CARD_NOT_HELD,
                        DAGGERHEART_LOADOUT_FULL, DAGGERHEART_SUBCLASS_NOT_OF_CLASS,
                        DAGGERHEART_MULTICLASS_INVALID, DAGGERHEART_HP_OUT_OF_RANGE,
                        DAGGERHEART_STRESS_OUT_OF_RANGE),
                // adversaries: the GM's, each fighting in the active session it was created in
                command("sys.daggerheart.adversary.create", CreateAdversary.class, inGame(GM),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, DAGGERHEART_ADVERSARY_EXISTS),
                command("sys.daggerheart.adversary.update", UpdateAdversary.class, inGame(GM),
                        DAGGERHEART_ADVERSARY_NOT_FOUND, SESSION_NOT_FOUND, SESSION_NOT_ACTIVE,
                        DAGGERHEART_STATE_BEFORE_MISMATCH, DAGGERHEART_STATE_UNCHANGED, DAGGERHEART_HP_OUT_OF_RANGE,
                        DAGGERHEART_STRESS_OUT_OF_RANGE),
                command("sys.daggerheart.adversary.delete", DeleteAdversary.class, inGame(GM),
                        DAGGERHEART_ADVERSARY_NOT_FOUND, SESSION_NOT_FOUND, SESSION_NOT_ACTIVE),
                command("sys.daggerheart.adversary.reveal", RevealAdversary.class, inGame(GM),
                        DAGGERHEART_ADVERSARY_NOT_FOUND, SESSION_NOT_FOUND, SESSION_NOT_ACTIVE,
                        DAGGERHEART_ADVERSARY_ALREADY_REVEALED),
                command("sys.daggerheart.adversary_condition.change", ChangeAdversaryConditions.class, inGame(GM),
                        DAGGERHEART_ADVERSARY_NOT_FOUND, SESSION_NOT_FOUND, SESSION_NOT_ACTIVE,
                        DAGGERHEART_CONDITION_DUPLICATE, DAGGERHEART_CONDITION_DIFF_MISMATCH,
                        DAGGERHEART_CONDITION_UNCHANGED),
                // damage to an adversary (with a minion's overflow) and its attacks, each one decision
                command("sys.daggerheart.adversary_damage.apply", ApplyAdversaryDamage.class, inGame(GM),
                        DAGGERHEART_ADVERSARY_NOT_FOUND, SESSION_NOT_FOUND, SESSION_NOT_ACTIVE,
                        DAGGERHEART_ADVERSARY_DEFEATED, DAGGERHEART_NOT_A_MINION, DAGGERHEART_TARGET_DUPLICATE,
                        DAGGERHEART_DAMAGE_TYPE_REQUIRED),
                command("sys.daggerheart.adversary_attack.resolve", ResolveAdversaryAttack.class, inGame(GM),
                        DAGGERHEART_ADVERSARY_NOT_FOUND, SESSION_NOT_FOUND, SESSION_NOT_ACTIVE,
                        DAGGERHEART_ADVERSARY_DEFEATED, DAGGERHEART_TARGET_DUPLICATE,
                        DAGGERHEART_CHARACTER_SHEET_NOT_FOUND, DAGGERHEART_CHARACTER_DEAD,
                        DAGGERHEART_ATTACK_TARGET_UNCONSCIOUS),
                // sent only inside adversary_damage.apply and adversary_attack.resolve
                command("sys.daggerheart.adversary_damage.record", RecordAdversaryDamage.class, nestedOnly(GM),
                        DAGGERHEART_ADVERSARY_NOT_FOUND, SESSION_NOT_FOUND, SESSION_NOT_ACTIVE,
                        DAGGERHEART_ADVERSARY_DEFEATED, DAGGERHEART_NOT_A_MINION, DAGGERHEART_DAMAGE_TYPE_REQUIRED),
                command("sys.daggerheart.adversary_attack.record", RecordAdversaryAttack.class, nestedOnly(GM),
                        DAGGERHEART_CHARACTER_DEAD, DAGGERHEART_ATTACK_TARGET_UNCONSCIOUS,
                        DAGGERHEART_DIE_OUT_OF_RANGE),
                // rests: the party's, in the session; a player may rest their own characters, a GM anyone's
                command("sys.daggerheart.rest.take", TakeRest.class, inGame(CHARACTER_CONTROLLER),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, DAGGERHEART_TARGET_DUPLICATE,
                        DAGGERHEART_CHARACTER_SHEET_NOT_FOUND,
                        DAGGERHEART_CHARACTER_DEAD, DAGGERHEART_CHARACTER_CANNOT_ACT, DAGGERHEART_GM_STATE_NOT_FOUND,
                        DAGGERHEART_LONG_REST_REQUIRED,
                        DAGGERHEART_REST_TOO_SHORT, DAGGERHEART_DOWNTIME_MOVES_TOO_MANY,
                        DAGGERHEART_MOVE_TARGET_INVALID, DAGGERHEART_PREPARE_ALONE, DAGGERHEART_DIE_OUT_OF_RANGE,
                        DAGGERHEART_CARD_NOT_HELD, DAGGERHEART_CARD_ALREADY_THERE, DAGGERHEART_LOADOUT_FULL,
                        DAGGERHEART_COUNTDOWN_NOT_FOUND, DAGGERHEART_COUNTDOWN_TRIGGER_PENDING,
                        DAGGERHEART_COUNTDOWN_FINISHED, ValueRejection.VALUE_REQUIRED,
                        ValueRejection.VALUE_OUT_OF_RANGE),
                // sent only inside rest.take
                command("sys.daggerheart.rest.record", RecordRest.class, nestedOnly(GM),
                        DAGGERHEART_GM_STATE_NOT_FOUND, DAGGERHEART_LONG_REST_REQUIRED, DAGGERHEART_DIE_OUT_OF_RANGE),
                command("sys.daggerheart.downtime_move.apply", ApplyDowntimeMove.class,
                        nestedOnly(CHARACTER_CONTROLLER), DAGGERHEART_CHARACTER_DEAD, DAGGERHEART_DIE_OUT_OF_RANGE),
                // undo: the GM takes back a damage, a roll's outcome or a rest by compensating events
                command("sys.daggerheart.decision.undo", UndoDecision.class, inGame(GM),
                        DAGGERHEART_DECISION_NOT_FOUND, DAGGERHEART_DECISION_NOT_UNDOABLE,
                        DAGGERHEART_DECISION_ALREADY_UNDONE, DAGGERHEART_DECISION_HAS_LATER_EVENTS),
                // sent only inside decision.undo, one per stream it restores
                command("sys.daggerheart.character_state.restore", RestoreCharacterState.class, nestedOnly(GM)),
                command("sys.daggerheart.gm_state.restore", RestoreGmState.class, nestedOnly(GM),
                        DAGGERHEART_GM_STATE_NOT_FOUND),
                command("sys.daggerheart.countdown.restore", RestoreCountdown.class, nestedOnly(GM),
                        DAGGERHEART_COUNTDOWN_NOT_FOUND));
    }

    @Override
    public List<EventDefinition> events() {
        return List.of(
                event("sys.daggerheart.character_created", DaggerheartCharacterCreated.class),
                event("sys.daggerheart.character_profile_updated", CharacterProfileUpdated.class),
                event("sys.daggerheart.character_state_patched", CharacterStatePatched.class),
                event("sys.daggerheart.damage_applied", DamageApplied.class),
                event("sys.daggerheart.condition_changed", ConditionChanged.class),
                event("sys.daggerheart.action_roll_resolved", ActionRollResolved.class),
                event("sys.daggerheart.roll_outcome_applied", RollOutcomeApplied.class),
                event("sys.daggerheart.gm_fear_changed", GmFearChanged.class),
                event("sys.daggerheart.campaign_settings_updated", CampaignSettingsUpdated.class),
                // countdowns
                event("sys.daggerheart.countdown_created", CountdownCreated.class),
                event("sys.daggerheart.countdown_updated", CountdownUpdated.class),
                event("sys.daggerheart.countdown_advanced", CountdownAdvanced.class),
                event("sys.daggerheart.countdown_trigger_resolved", CountdownTriggerResolved.class),
                event("sys.daggerheart.countdown_deleted", CountdownDeleted.class),
                // ---- character progress ----
                event("sys.daggerheart.character_temporary_armor_applied", TemporaryArmorApplied.class),
                event("sys.daggerheart.character_temporary_armor_ended", TemporaryArmorEnded.class),
                event("sys.daggerheart.loadout_swapped", LoadoutSwapped.class),
                event("sys.daggerheart.death_move_resolved", DeathMoveResolved.class),
                event("sys.daggerheart.level_up_granted", LevelUpGranted.class),
                event("sys.daggerheart.level_up_applied", LevelUpApplied.class),
                // adversaries; an attack roll is recorded in each target's own stream
                event("sys.daggerheart.adversary_created", AdversaryCreated.class),
                event("sys.daggerheart.adversary_updated", AdversaryUpdated.class),
                event("sys.daggerheart.adversary_deleted", AdversaryDeleted.class),
                event("sys.daggerheart.adversary_revealed", AdversaryRevealed.class),
                event("sys.daggerheart.adversary_damage_applied", AdversaryDamageApplied.class),
                event("sys.daggerheart.adversary_condition_changed", AdversaryConditionChanged.class),
                event("sys.daggerheart.adversary_attack_resolved", AdversaryAttackResolved.class),
                // rests
                event("sys.daggerheart.rest_taken", RestTaken.class),
                event("sys.daggerheart.downtime_move_applied", DowntimeMoveApplied.class),
                // undo's compensating events
                event("sys.daggerheart.character_state_restored", CharacterStateRestored.class),
                event("sys.daggerheart.gm_state_restored", GmStateRestored.class),
                event("sys.daggerheart.countdown_restored", CountdownRestored.class));
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(DaggerheartCharacter.class, DaggerheartGmState.class, DaggerheartCountdowns.class,
                DaggerheartAdversary.class);
    }

    @Override
    public List<Object> commandHandlers() {
        return List.of(new MultiTargetDamageDecision(), new DualityRollDecision(), new RollOutcomeDecision(),
                new DeathMoveDecision(), new SceneEndDecision(), new AdversaryDamageDecision(),
                new AdversaryAttackDecision(), new RestDecision(), new DecisionUndo());
    }

    /**
     * A character may play once it has a Daggerheart sheet in this campaign, every step of its creation is done (one
     * blocker per step still open) and no level-up the GM granted is waiting to be applied. The sheet's id includes
     * the campaign: character ids are only unique per campaign.
     */
    @Override
    public SessionReadinessHook sessionReadiness(AggregateLookup lookup) {
        return (campaignId, characterId) -> lookup
                .read(DaggerheartCharacter.class,
                        DaggerheartCharacterId.of(CampaignId.of(campaignId), CharacterId.of(characterId)).value(),
                        sheet -> blockers(sheet, characterId))
                .orElseGet(() -> List.of(new ReadinessBlocker(DAGGERHEART_CHARACTER_SHEET_MISSING, characterId,
                        "character " + characterId + " has no Daggerheart character sheet in campaign " + campaignId)));
    }

    private static List<ReadinessBlocker> blockers(DaggerheartCharacter sheet, String characterId) {
        List<ReadinessBlocker> blockers = new ArrayList<>(sheet.missingSteps().stream()
                .map(step -> new ReadinessBlocker(DAGGERHEART_CHARACTER_CREATION_INCOMPLETE, characterId,
                        "character " + characterId + " has not done the creation step " + Wire.name(step)))
                .toList());
        sheet.levelUpGranted().ifPresent(level -> blockers.add(new ReadinessBlocker(
                DAGGERHEART_LEVEL_UP_INCOMPLETE, characterId,
                "character " + characterId + " has not applied its level-up to level " + level)));
        return blockers;
    }

    /**
     * A session's end ends what lasts a session: every character's temporary armor of duration {@code session} or
     * {@code scene} (a scene never outlasts its session), one {@code character_temporary_armor.end} per character in
     * the order of their sheets' ids. Every live character has a sheet then: a session only started once each had a
     * complete one, and characters are neither created nor deleted during a session.
     */
    @Override
    public List<Object> sessionEndCommands(SessionEnd sessionEnd) {
        return sessionEnd.characters().stream()
                .map(character -> DaggerheartCharacterId.of(sessionEnd.campaignId(), character))
                .sorted(Comparator.comparing(DaggerheartCharacterId::value))
                .<Object>mapMulti((sheet, commands) -> {
                    commands.accept(new EndTemporaryArmor(sessionEnd.campaignId(), sheet.characterId(),
                            EffectDuration.SESSION));
                    commands.accept(new ExpireConditions(sessionEnd.campaignId(), sheet.characterId(),
                            EffectDuration.SESSION));
                })
                .toList();
    }

    /**
     * The first session seeds the GM's Fear with one per player character (NPCs do not count; the rules cap it at 12),
     * which creates the campaign's GM state. Later sessions carry Fear forward.
     */
    @Override
    public List<Object> firstSessionCommands(FirstSession firstSession) {
        return List.of(new SeedGmFear(firstSession.campaignId(), firstSession.playerCharacters().size()));
    }
}
