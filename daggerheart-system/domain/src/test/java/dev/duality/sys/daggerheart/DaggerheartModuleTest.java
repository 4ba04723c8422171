package dev.duality.sys.daggerheart;

import dev.duality.core.CoreMessages;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.CommandPolicy;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.HandlerScan;
import dev.duality.core.catalog.Intent;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.SessionEnd;
import dev.duality.sys.daggerheart.adversary.api.ApplyAdversaryDamage;
import dev.duality.sys.daggerheart.adversary.api.ChangeAdversaryConditions;
import dev.duality.sys.daggerheart.adversary.api.CreateAdversary;
import dev.duality.sys.daggerheart.adversary.api.DeleteAdversary;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryAttack;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryDamage;
import dev.duality.sys.daggerheart.adversary.api.ResolveAdversaryAttack;
import dev.duality.sys.daggerheart.adversary.api.RevealAdversary;
import dev.duality.sys.daggerheart.adversary.api.UpdateAdversary;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.CharacterStateRestored;
import dev.duality.sys.daggerheart.character.api.RestoreCharacterState;
import dev.duality.sys.daggerheart.countdown.api.CountdownRestored;
import dev.duality.sys.daggerheart.countdown.api.RestoreCountdown;
import dev.duality.sys.daggerheart.gm.api.GmStateRestored;
import dev.duality.sys.daggerheart.gm.api.RestoreGmState;
import dev.duality.sys.daggerheart.undo.api.UndoDecision;
import dev.duality.sys.daggerheart.character.api.ApplyDamage;
import dev.duality.sys.daggerheart.character.api.ApplyDeathMove;
import dev.duality.sys.daggerheart.character.api.ApplyDowntimeMove;
import dev.duality.sys.daggerheart.character.api.ApplyLevelUp;
import dev.duality.sys.daggerheart.character.api.ApplyMultiTargetDamage;
import dev.duality.sys.daggerheart.character.api.ApplyTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.ChangeConditions;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.EndScene;
import dev.duality.sys.daggerheart.character.api.EndTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.ExpireConditions;
import dev.duality.sys.daggerheart.character.api.GrantLevelUp;
import dev.duality.sys.daggerheart.character.api.PatchCharacterState;
import dev.duality.sys.daggerheart.character.api.RecordDeathMove;
import dev.duality.sys.daggerheart.character.api.SpendHope;
import dev.duality.sys.daggerheart.character.api.SpendStress;
import dev.duality.sys.daggerheart.character.api.SwapLoadoutCard;
import dev.duality.sys.daggerheart.character.api.SwapLoadoutCardAtRest;
import dev.duality.sys.daggerheart.character.api.UpdateCharacterProfile;
import dev.duality.sys.daggerheart.character.api.WakeCharacter;
import dev.duality.sys.daggerheart.countdown.DaggerheartCountdowns;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdown;
import dev.duality.sys.daggerheart.countdown.api.AdvanceCountdownsForRoll;
import dev.duality.sys.daggerheart.countdown.api.CountdownAdvanced;
import dev.duality.sys.daggerheart.countdown.api.CreateCountdown;
import dev.duality.sys.daggerheart.countdown.api.DeleteCountdown;
import dev.duality.sys.daggerheart.countdown.api.ResolveCountdownTrigger;
import dev.duality.sys.daggerheart.countdown.api.UpdateCountdown;
import dev.duality.sys.daggerheart.gm.DaggerheartGmState;
import dev.duality.sys.daggerheart.gm.api.GainGmFear;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.SeedGmFear;
import dev.duality.sys.daggerheart.gm.api.SetGmFear;
import dev.duality.sys.daggerheart.gm.api.SpendGmFear;
import dev.duality.sys.daggerheart.gm.api.UpdateCampaignSettings;
import dev.duality.sys.daggerheart.rest.api.RecordRest;
import dev.duality.sys.daggerheart.rest.api.TakeRest;
import dev.duality.sys.daggerheart.roll.api.ApplyRollOutcome;
import dev.duality.sys.daggerheart.roll.api.RecordActionRoll;
import dev.duality.sys.daggerheart.roll.api.RecordRollOutcome;
import dev.duality.sys.daggerheart.roll.api.ResolveActionRoll;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.duality.core.catalog.CommandPolicy.Access.CHARACTER_CONTROLLER;
import static dev.duality.core.catalog.CommandPolicy.Access.GM;
import static dev.duality.core.catalog.CommandPolicy.Access.MANAGER;
import static dev.duality.core.catalog.CommandPolicy.inGame;
import static dev.duality.core.catalog.CommandPolicy.nestedOnly;
import static dev.duality.core.catalog.CommandPolicy.outOfGame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DaggerheartModuleTest {
    private static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
    private static final CharacterId HERO = CharacterId.of("hero-1");

    @Test
    void catalogAcceptsTheModuleAndMapsItsPayloadsToTypeNames() {
        MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(new DaggerheartModule()));

        assertThat(catalog.supportsSystem("daggerheart", "1.0.0")).isTrue();
        assertThat(catalog.typeName(CreateDaggerheartCharacter.class)).contains("sys.daggerheart.character.create");
        assertThat(catalog.typeName(DaggerheartCharacterCreated.class)).contains("sys.daggerheart.character_created");
        assertThat(catalog.event(DaggerheartCharacterCreated.class)).map(EventDefinition::intent)
                .contains(Intent.PROJECTION_AND_REPLAY);
        assertThat(catalog.aggregates()).contains(DaggerheartCharacter.class);
    }

    @Test
    void catalogRegistersGmFearEventsAndAggregate() {
        // the commands' types and policies are covered by everyCommandIsRegisteredWithItsTypeAndPolicy
        MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(new DaggerheartModule()));

        assertThat(catalog.event(GmFearChanged.class)).get()
                .extracting(EventDefinition::type, EventDefinition::intent)
                .containsExactly("sys.daggerheart.gm_fear_changed", Intent.PROJECTION_AND_REPLAY);
        assertThat(catalog.aggregates()).contains(DaggerheartGmState.class);
    }

    @Test
    void catalogRegistersTheCountdownsAndTheirAggregate() {
        MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(new DaggerheartModule()));

        assertThat(catalog.event(CountdownAdvanced.class)).get()
                .extracting(EventDefinition::type, EventDefinition::intent)
                .containsExactly("sys.daggerheart.countdown_advanced", Intent.PROJECTION_AND_REPLAY);
        assertThat(catalog.aggregates()).contains(DaggerheartCountdowns.class);
    }

    @Test
    void catalogRegistersUndosCompensatingEvents() {
        MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(new DaggerheartModule()));

        assertThat(List.of(CharacterStateRestored.class, GmStateRestored.class, CountdownRestored.class))
                .map(type -> catalog.event(type).map(d -> d.type() + " " + d.intent()).orElse(null))
                .containsExactly("sys.daggerheart.character_state_restored PROJECTION_AND_REPLAY",
                        "sys.daggerheart.gm_state_restored PROJECTION_AND_REPLAY",
                        "sys.daggerheart.countdown_restored PROJECTION_AND_REPLAY");
    }

    @Test
    void theFirstSessionSeedsFearWithTheNumberOfPlayerCharacters() {
        FirstSession firstSession = new FirstSession(CAMPAIGN,
                List.of(HERO, CharacterId.of("hero-2"), CharacterId.of("hero-3")),
                List.of(HERO, CharacterId.of("hero-2"), CharacterId.of("hero-3"), CharacterId.of("npc-1")));

        // NPCs do not count; the cap at 12 is the rules' business (DaggerheartRulesTest, DaggerheartGmStateTest)
        assertThat(new DaggerheartModule().firstSessionCommands(firstSession))
                .containsExactly(new SeedGmFear(CAMPAIGN, 3));
    }

    @Test
    void moreThanTwelvePcsAreStillSentAsCountedAndCappedWhenSeeded() {
        List<CharacterId> pcs = IntStream.rangeClosed(1, 14).mapToObj(i -> CharacterId.of("pc-" + i)).toList();

        assertThat(new DaggerheartModule().firstSessionCommands(new FirstSession(CAMPAIGN, pcs, pcs)))
                .containsExactly(new SeedGmFear(CAMPAIGN, 14));
    }

    @Test
    void everyFirstSessionCommandIsARegisteredCommandOfThisSystem() {
        // the runtime sends them with this module's system id and version: they must be under sys.daggerheart.
        MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(new DaggerheartModule()));

        assertThat(new DaggerheartModule().firstSessionCommands(new FirstSession(CAMPAIGN, List.of(HERO), List.of(HERO))))
                .allSatisfy(command -> assertThat(catalog.command(command.getClass())).get()
                        .extracting(CommandDefinition::type, InstanceOfAssertFactories.STRING)
                        .startsWith("sys.daggerheart."));
    }

    @Test
    void aSessionsEndEndsEveryCharactersSessionLongArmorInTheOrderOfTheirSheets() {
        // NPCs too: anything that lasts a session ends with it; sheets are locked in the order of their ids
        SessionEnd end = new SessionEnd(CAMPAIGN, SessionId.of("s-1"), List.of(CharacterId.of("zed"), HERO),
                List.of(CharacterId.of("zed"), HERO, CharacterId.of("npc-1")));

        // and with the armor, the conditions lasting until the session's (or a scene's) end
        assertThat(new DaggerheartModule().sessionEndCommands(end)).containsExactly(
                new EndTemporaryArmor(CAMPAIGN, HERO, EffectDuration.SESSION),
                new ExpireConditions(CAMPAIGN, HERO, EffectDuration.SESSION),
                new EndTemporaryArmor(CAMPAIGN, CharacterId.of("npc-1"), EffectDuration.SESSION),
                new ExpireConditions(CAMPAIGN, CharacterId.of("npc-1"), EffectDuration.SESSION),
                new EndTemporaryArmor(CAMPAIGN, CharacterId.of("zed"), EffectDuration.SESSION),
                new ExpireConditions(CAMPAIGN, CharacterId.of("zed"), EffectDuration.SESSION));
    }

    @Test
    void everySessionEndCommandIsARegisteredNestedOnlyCommandOfThisSystem() {
        MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(new DaggerheartModule()));

        assertThat(new DaggerheartModule().sessionEndCommands(new SessionEnd(CAMPAIGN, SessionId.of("s-1"),
                List.of(HERO), List.of(HERO)))).isNotEmpty().allSatisfy(command -> assertThat(
                catalog.command(command.getClass())).get().satisfies(definition -> {
                    assertThat(definition.type()).startsWith("sys.daggerheart.");
                    assertThat(definition.policy().nestedOnly()).isTrue();
                }));
    }

    // docs/api.md: who may send each command, and whether it runs in play or between sessions
    @ParameterizedTest(name = "{0}")
    @MethodSource("commandPolicies")
    void everyCommandIsRegisteredWithItsTypeAndPolicy(String type, Class<?> payload, CommandPolicy policy) {
        MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(new DaggerheartModule()));

        assertThat(catalog.command(payload)).get()
                .extracting(CommandDefinition::type, CommandDefinition::policy)
                .containsExactly(type, policy);
    }

    static Stream<Arguments> commandPolicies() {
        return Stream.of(
                arguments("sys.daggerheart.character.create", CreateDaggerheartCharacter.class,
                        inGame(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.character_profile.update", UpdateCharacterProfile.class,
                        outOfGame(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.character_state.patch", PatchCharacterState.class,
                        inGame(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.hope.spend", SpendHope.class, inGame(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.stress.spend", SpendStress.class, inGame(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.damage.apply", ApplyDamage.class, inGame(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.condition.change", ChangeConditions.class, inGame(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.action_roll.record", RecordActionRoll.class,
                        nestedOnly(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.roll_outcome.record", RecordRollOutcome.class, nestedOnly(GM)),
                arguments("sys.daggerheart.gm_fear.seed", SeedGmFear.class, nestedOnly(MANAGER)),
                arguments("sys.daggerheart.gm_fear.set", SetGmFear.class, inGame(GM)),
                arguments("sys.daggerheart.gm_fear.gain", GainGmFear.class, inGame(GM)),
                arguments("sys.daggerheart.gm_fear.spend", SpendGmFear.class, inGame(GM)),
                arguments("sys.daggerheart.campaign_settings.update", UpdateCampaignSettings.class, outOfGame(GM)),
                // countdowns: the GM's, in play and between sessions; a roll's advance only inside its outcome
                arguments("sys.daggerheart.countdown.create", CreateCountdown.class, inGame(GM)),
                arguments("sys.daggerheart.countdown.update", UpdateCountdown.class, inGame(GM)),
                arguments("sys.daggerheart.countdown.advance", AdvanceCountdown.class, inGame(GM)),
                arguments("sys.daggerheart.countdown.trigger_resolve", ResolveCountdownTrigger.class, inGame(GM)),
                arguments("sys.daggerheart.countdown.delete", DeleteCountdown.class, inGame(GM)),
                arguments("sys.daggerheart.countdown.roll_advance", AdvanceCountdownsForRoll.class, nestedOnly(GM)),
                // ---- character progress ----
                arguments("sys.daggerheart.character_temporary_armor.apply", ApplyTemporaryArmor.class,
                        inGame(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.character_temporary_armor.end", EndTemporaryArmor.class, nestedOnly(GM)),
                arguments("sys.daggerheart.condition.expire", ExpireConditions.class, nestedOnly(GM)),
                arguments("sys.daggerheart.scene.end", EndScene.class, inGame(GM)),
                arguments("sys.daggerheart.loadout.swap", SwapLoadoutCard.class, inGame(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.rest_loadout.swap", SwapLoadoutCardAtRest.class,
                        nestedOnly(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.death_move.apply", ApplyDeathMove.class, inGame(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.death_move.record", RecordDeathMove.class,
                        nestedOnly(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.character.wake", WakeCharacter.class, nestedOnly(GM)),
                arguments("sys.daggerheart.level_up.grant", GrantLevelUp.class, outOfGame(GM)),
                arguments("sys.daggerheart.level_up.apply", ApplyLevelUp.class, outOfGame(CHARACTER_CONTROLLER)),
                // adversaries
                arguments("sys.daggerheart.adversary.create", CreateAdversary.class, inGame(GM)),
                arguments("sys.daggerheart.adversary.update", UpdateAdversary.class, inGame(GM)),
                arguments("sys.daggerheart.adversary.delete", DeleteAdversary.class, inGame(GM)),
                arguments("sys.daggerheart.adversary.reveal", RevealAdversary.class, inGame(GM)),
                arguments("sys.daggerheart.adversary_condition.change", ChangeAdversaryConditions.class, inGame(GM)),
                arguments("sys.daggerheart.adversary_damage.apply", ApplyAdversaryDamage.class, inGame(GM)),
                arguments("sys.daggerheart.adversary_attack.resolve", ResolveAdversaryAttack.class, inGame(GM)),
                arguments("sys.daggerheart.adversary_damage.record", RecordAdversaryDamage.class, nestedOnly(GM)),
                arguments("sys.daggerheart.adversary_attack.record", RecordAdversaryAttack.class, nestedOnly(GM)),
                // rests: a player rests their own characters, a GM anyone's; the rest's steps only inside it
                arguments("sys.daggerheart.rest.take", TakeRest.class, inGame(CHARACTER_CONTROLLER)),
                arguments("sys.daggerheart.rest.record", RecordRest.class, nestedOnly(GM)),
                arguments("sys.daggerheart.downtime_move.apply", ApplyDowntimeMove.class,
                        nestedOnly(CHARACTER_CONTROLLER)),
                // undo: the GM's; the restores only inside it
                arguments("sys.daggerheart.decision.undo", UndoDecision.class, inGame(GM)),
                arguments("sys.daggerheart.character_state.restore", RestoreCharacterState.class, nestedOnly(GM)),
                arguments("sys.daggerheart.gm_state.restore", RestoreGmState.class, nestedOnly(GM)),
                arguments("sys.daggerheart.countdown.restore", RestoreCountdown.class, nestedOnly(GM)));
    }

    @Test
    void everyRegisteredCommandIsDecidedByOneOfTheModulesAggregatesOrDecisions() {
        DaggerheartModule module = new DaggerheartModule();
        List<Class<?>> deciders = new java.util.ArrayList<>(module.aggregates());
        module.commandHandlers().forEach(handler -> deciders.add(handler.getClass()));

        assertThat(HandlerScan.payloadsHandledBy(deciders, CommandHandler.class))
                .containsExactlyInAnyOrderElementsOf(
                        module.commands().stream().map(CommandDefinition::payload).toList());
        // the decisions across aggregates handle only what no aggregate does
        assertThat(HandlerScan.payloadsHandledBy(module.commandHandlers().stream().<Class<?>>map(Object::getClass)
                .toList(), CommandHandler.class)).containsExactlyInAnyOrder(ApplyMultiTargetDamage.class,
                ResolveActionRoll.class, ApplyRollOutcome.class, ApplyDeathMove.class, EndScene.class,
                ApplyAdversaryDamage.class, ResolveAdversaryAttack.class, TakeRest.class, UndoDecision.class);
        assertThat(module.commands()).hasSize(50);
    }

    @Test
    void registeredAggregatesFoldEveryRegisteredEvent() {
        // Start-up validation rejects a replay-relevant event without a fold handler; catch that here first.
        DaggerheartModule module = new DaggerheartModule();

        assertThat(HandlerScan.payloadsHandledBy(module.aggregates(), EventSourcingHandler.class))
                .containsAll(module.events().stream().map(EventDefinition::payload).toList());
    }
}
