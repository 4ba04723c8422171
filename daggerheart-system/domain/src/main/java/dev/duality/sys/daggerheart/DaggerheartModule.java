package dev.duality.sys.daggerheart;

import dev.duality.core.campaign.api.CampaignId;
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
import static dev.duality.core.catalog.CommandPolicy.outOfGame;
import static dev.duality.core.catalog.EventDefinition.event;
import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_MISSING;

/**
 * The Daggerheart game system: its {@code sys.daggerheart.*} messages, aggregates (character sheets and the campaign's
 * GM state), session readiness check and first-session bootstrap.
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
                        inGame(CHARACTER_CONTROLLER)),
                command("sys.daggerheart.character_profile.update", UpdateCharacterProfile.class,
                        outOfGame(CHARACTER_CONTROLLER)),
                // character state in play: the GM, or the character's owner for their own character
                command("sys.daggerheart.character_state.patch", PatchCharacterState.class,
                        inGame(CHARACTER_CONTROLLER)),
                command("sys.daggerheart.hope.spend", SpendHope.class, inGame(CHARACTER_CONTROLLER)),
                command("sys.daggerheart.stress.spend", SpendStress.class, inGame(CHARACTER_CONTROLLER)),
                command("sys.daggerheart.damage.apply", ApplyDamage.class, inGame(CHARACTER_CONTROLLER)),
                // damage to several characters at once: an attack or effect of the GM's side
                command("sys.daggerheart.multi_target_damage.apply", ApplyMultiTargetDamage.class, inGame(GM)),
                command("sys.daggerheart.condition.change", ChangeConditions.class, inGame(CHARACTER_CONTROLLER)),
                // Duality rolls and their outcomes, each one decision across the session and the sheets
                command("sys.daggerheart.action_roll.resolve", ResolveActionRoll.class, inGame(CHARACTER_CONTROLLER)),
                command("sys.daggerheart.roll_outcome.apply", ApplyRollOutcome.class, inGame(GM)),
                // sent only inside action_roll.resolve and roll_outcome.apply, which admitted their actor
                command("sys.daggerheart.action_roll.record", RecordActionRoll.class, inGame(CHARACTER_CONTROLLER)),
                command("sys.daggerheart.roll_outcome.record", RecordRollOutcome.class, inGame(GM)),
                // the GM's Fear and the campaign's optional rules
                // sent by the runtime inside the first session.start, with that command's actor: a manager
                command("sys.daggerheart.gm_fear.seed", SeedGmFear.class, inGame(MANAGER)),
                command("sys.daggerheart.gm_fear.set", SetGmFear.class, inGame(GM)),
                command("sys.daggerheart.gm_fear.gain", GainGmFear.class, inGame(GM)),
                command("sys.daggerheart.gm_fear.spend", SpendGmFear.class, inGame(GM)),
                command("sys.daggerheart.campaign_settings.update", UpdateCampaignSettings.class, outOfGame(GM)));
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
                event("sys.daggerheart.campaign_settings_updated", CampaignSettingsUpdated.class));
    }

    @Override
    public List<Class<?>> aggregates() {
        return List.of(DaggerheartCharacter.class, DaggerheartGmState.class);
    }

    @Override
    public List<Object> commandHandlers() {
        return List.of(new MultiTargetDamageDecision(), new DualityRollDecision(), new RollOutcomeDecision());
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
                        DaggerheartCharacter::readinessBlockers)
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
