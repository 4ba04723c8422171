package dev.duality.sys.daggerheart;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.sys.daggerheart.adversary.AdversaryAttackDecision;
import dev.duality.sys.daggerheart.adversary.AdversaryDamageDecision;
import dev.duality.sys.daggerheart.adversary.DaggerheartAdversary;
import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResolved;
import dev.duality.sys.daggerheart.adversary.api.AdversaryConditionChanged;
import dev.duality.sys.daggerheart.adversary.api.AdversaryCreated;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDamageApplied;
import dev.duality.sys.daggerheart.adversary.api.AdversaryDeleted;
import dev.duality.sys.daggerheart.adversary.api.AdversaryUpdated;
import dev.duality.sys.daggerheart.adversary.api.ApplyAdversaryDamage;
import dev.duality.sys.daggerheart.adversary.api.ChangeAdversaryConditions;
import dev.duality.sys.daggerheart.adversary.api.CreateAdversary;
import dev.duality.sys.daggerheart.adversary.api.DeleteAdversary;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryAttack;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryDamage;
import dev.duality.sys.daggerheart.adversary.api.ResolveAdversaryAttack;
import dev.duality.sys.daggerheart.adversary.api.UpdateAdversary;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.character.MultiTargetDamageDecision;
import dev.duality.sys.daggerheart.character.api.ApplyDamage;
import dev.duality.sys.daggerheart.character.api.ApplyMultiTargetDamage;
import dev.duality.sys.daggerheart.character.api.ChangeConditions;
import dev.duality.sys.daggerheart.character.api.CharacterProfileUpdated;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.ConditionChanged;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.PatchCharacterState;
import dev.duality.sys.daggerheart.character.api.SpendHope;
import dev.duality.sys.daggerheart.character.api.SpendStress;
import dev.duality.sys.daggerheart.character.api.UpdateCharacterProfile;
import dev.duality.sys.daggerheart.gm.api.CampaignSettingsUpdated;
import dev.duality.sys.daggerheart.gm.api.GainGmFear;
import dev.duality.sys.daggerheart.gm.api.SpendGmFear;
import dev.duality.sys.daggerheart.gm.api.UpdateCampaignSettings;
import dev.duality.sys.daggerheart.roll.DualityRollDecision;
import dev.duality.sys.daggerheart.roll.RollOutcomeDecision;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.roll.api.ApplyRollOutcome;
import dev.duality.sys.daggerheart.roll.api.ResolveActionRoll;
import dev.duality.sys.daggerheart.roll.api.RecordActionRoll;
import dev.duality.sys.daggerheart.roll.api.RecordRollOutcome;
import dev.duality.sys.daggerheart.roll.api.RollOutcomeApplied;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.core.system.SessionReadinessHook;
import dev.duality.core.system.SystemModule;
import dev.duality.core.value.Wire;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.gm.DaggerheartGmState;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.SeedGmFear;
import dev.duality.sys.daggerheart.gm.api.SetGmFear;

import java.util.List;

import static dev.duality.core.catalog.CommandDefinition.command;
import static dev.duality.core.catalog.CommandPolicy.Access.CHARACTER_CONTROLLER;
import static dev.duality.core.catalog.CommandPolicy.Access.GM;
import static dev.duality.core.catalog.CommandPolicy.Access.MANAGER;
import static dev.duality.core.catalog.CommandPolicy.inGame;
import static dev.duality.core.catalog.CommandPolicy.nestedOnly;
import static dev.duality.core.catalog.CommandPolicy.outOfGame;
import static dev.duality.core.catalog.EventDefinition.event;
import static dev.duality.core.action.api.ActionRejection.OUTCOME_ALREADY_APPLIED;
import static dev.duality.core.action.api.ActionRejection.OUTCOME_REQUEST_ID_REQUIRED;
import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_ACTIVE;
import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_FOUND;
import static dev.duality.sys.daggerheart.DaggerheartRejection.*;

/**
 * The Daggerheart game system: its {@code sys.daggerheart.*} messages, aggregates (character sheets, the campaign's
 * GM state and adversaries), session readiness check and first-session bootstrap.
 */
public final class DaggerheartModule implements SystemModule {
    public static final String SYSTEM_ID = "daggerheart";
    public static final String SYSTEM_VERSION = "1.0.0";

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
                        DAGGERHEART_GOLD_OUT_OF_RANGE, DAGGERHEART_GOLD_OVER_CAPACITY, DAGGERHEART_AMOUNT_NEGATIVE),
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
                // adversaries: the GM's, each fighting in the active session it was created in
                command("sys.daggerheart.adversary.create", CreateAdversary.class, inGame(GM),
                        SESSION_NOT_FOUND, SESSION_NOT_ACTIVE, DAGGERHEART_ADVERSARY_EXISTS),
                command("sys.daggerheart.adversary.update", UpdateAdversary.class, inGame(GM),
                        DAGGERHEART_ADVERSARY_NOT_FOUND, SESSION_NOT_FOUND, SESSION_NOT_ACTIVE,
                        DAGGERHEART_STATE_BEFORE_MISMATCH, DAGGERHEART_STATE_UNCHANGED, DAGGERHEART_HP_OUT_OF_RANGE,
                        DAGGERHEART_STRESS_OUT_OF_RANGE),
                command("sys.daggerheart.adversary.delete", DeleteAdversary.class, inGame(GM),
                        DAGGERHEART_ADVERSARY_NOT_FOUND, SESSION_NOT_FOUND, SESSION_NOT_ACTIVE),
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
                        DAGGERHEART_CHARACTER_SHEET_NOT_FOUND, DAGGERHEART_CHARACTER_DEAD),
                // sent only inside adversary_damage.apply and adversary_attack.resolve
                command("sys.daggerheart.adversary_damage.record", RecordAdversaryDamage.class, nestedOnly(GM),
                        DAGGERHEART_ADVERSARY_NOT_FOUND, SESSION_NOT_FOUND, SESSION_NOT_ACTIVE,
                        DAGGERHEART_ADVERSARY_DEFEATED, DAGGERHEART_NOT_A_MINION, DAGGERHEART_DAMAGE_TYPE_REQUIRED),
                command("sys.daggerheart.adversary_attack.record", RecordAdversaryAttack.class, nestedOnly(GM),
                        DAGGERHEART_CHARACTER_DEAD, DAGGERHEART_DIE_OUT_OF_RANGE));
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
                // adversaries; an attack roll is recorded in each target's own stream
                event("sys.daggerheart.adversary_created", AdversaryCreated.class),
                event("sys.daggerheart.adversary_updated", AdversaryUpdated.class),
                event("sys.daggerheart.adversary_deleted", AdversaryDeleted.class),
                event("sys.daggerheart.adversary_damage_applied", AdversaryDamageApplied.class),
                event("sys.daggerheart.adversary_condition_changed", AdversaryConditionChanged.class),
                event("sys.daggerheart.adversary_attack_resolved", AdversaryAttackResolved.class));
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(DaggerheartCharacter.class, DaggerheartGmState.class, DaggerheartAdversary.class);
    }

    @Override
    public List<Object> commandHandlers() {
        return List.of(new MultiTargetDamageDecision(), new DualityRollDecision(), new RollOutcomeDecision(),
                new AdversaryDamageDecision(), new AdversaryAttackDecision());
    }

    /**
     * A character may play once it has a Daggerheart sheet in this campaign and every step of its creation is done (one
     * blocker per step still open). The sheet's id includes the campaign: character ids are only unique per campaign.
     */
    @Override
    public SessionReadinessHook sessionReadiness(AggregateLookup lookup) {
        return (campaignId, characterId) -> lookup
                .read(DaggerheartCharacter.class,
                        DaggerheartCharacterId.of(CampaignId.of(campaignId), CharacterId.of(characterId)).value(),
                        sheet -> sheet.missingSteps().stream().map(step -> new ReadinessBlocker(
                                DAGGERHEART_CHARACTER_CREATION_INCOMPLETE, characterId, "character " + characterId
                                + " has not done the creation step " + Wire.name(step))).toList())
                .orElseGet(() -> List.of(new ReadinessBlocker(DAGGERHEART_CHARACTER_SHEET_MISSING, characterId,
                        "character " + characterId + " has no Daggerheart character sheet in campaign " + campaignId)));
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
