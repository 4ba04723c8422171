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
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.core.system.SessionReadinessHook;
import dev.duality.core.system.SystemModule;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.gm.DaggerheartGmState;
import dev.duality.sys.daggerheart.gm.api.GmFearChanged;
import dev.duality.sys.daggerheart.gm.api.SeedGmFear;
import dev.duality.sys.daggerheart.gm.api.SetGmFear;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
    void catalogRegistersGmFearWithItsPolicies() {
        MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(new DaggerheartModule()));

        assertThat(catalog.command(SeedGmFear.class)).get()
                .extracting(CommandDefinition::type, CommandDefinition::policy)
                .containsExactly("sys.daggerheart.gm_fear.seed", CommandPolicy.inGame(CommandPolicy.Access.MANAGER));
        assertThat(catalog.command(SetGmFear.class)).get()
                .extracting(CommandDefinition::type, CommandDefinition::policy)
                .containsExactly("sys.daggerheart.gm_fear.set", CommandPolicy.inGame(CommandPolicy.Access.GM));
        assertThat(catalog.event(GmFearChanged.class)).get()
                .extracting(EventDefinition::type, EventDefinition::intent)
                .containsExactly("sys.daggerheart.gm_fear_changed", Intent.PROJECTION_AND_REPLAY);
        assertThat(catalog.aggregates()).contains(DaggerheartGmState.class);
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
    void registeredAggregatesFoldEveryRegisteredEvent() {
        // Start-up validation rejects a replay-relevant event without a fold handler; catch that here first.
        DaggerheartModule module = new DaggerheartModule();

        assertThat(HandlerScan.payloadsHandledBy(module.aggregates(), EventSourcingHandler.class))
                .containsAll(module.events().stream().map(EventDefinition::payload).toList());
    }

    @Test
    void aCharacterWithoutASheetIsBlocked() {
        SessionReadinessHook hook = new DaggerheartModule().sessionReadiness(new SheetLookup(Map.of()));

        assertThat(hook.blockersFor(CAMPAIGN.value(), "unknown"))
                .extracting(ReadinessBlocker::code, ReadinessBlocker::characterId)
                .containsExactly(tuple(
                        DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_MISSING, "unknown"));
    }

    @Test
    void aCharacterWithACreatedSheetIsReady() {
        SheetLookup lookup = new SheetLookup(Map.of(HERO.value(), createdSheet(DaggerheartClass.BARD)));

        assertThat(new DaggerheartModule().sessionReadiness(lookup).blockersFor(CAMPAIGN.value(), HERO.value()))
                .isEmpty();
    }

    @Test
    void aSheetCreatedInAnotherCampaignDoesNotCount() {
        SheetLookup lookup = new SheetLookup(Map.of(HERO.value(), createdSheet(DaggerheartClass.BARD)));

        assertThat(new DaggerheartModule().sessionReadiness(lookup).blockersFor("campaign-2", HERO.value()))
                .extracting(ReadinessBlocker::code)
                .containsExactly(DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_MISSING);
    }

    /** A sheet built the way the runtime builds it: through the creation handler and the fold. */
    private static DaggerheartCharacter createdSheet(DaggerheartClass characterClass) {
        AtomicReference<DaggerheartCharacter> sheet = new AtomicReference<>();
        new AggregateTestFixture<>(DaggerheartCharacter.class)
                .givenNoPriorActivity()
                .when(new CreateDaggerheartCharacter(HERO, CAMPAIGN, characterClass))
                .expectSuccessfulHandlerExecution()
                .expectState(sheet::set);
        return sheet.get();
    }

    /** The runtime's lookup reduced to a map of existing sheets by id. */
    private record SheetLookup(Map<String, DaggerheartCharacter> sheets) implements AggregateLookup {
        @Override
        public <A, R> Optional<R> read(Class<A> aggregateType, String aggregateId, Function<A, R> reader) {
            assertThat(aggregateType).isEqualTo(DaggerheartCharacter.class);
            return Optional.ofNullable(sheets.get(aggregateId)).map(aggregateType::cast).map(reader);
        }
    }
}
