package dev.duality.sys.daggerheart;

import dev.duality.core.CoreMessages;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.HandlerScan;
import dev.duality.core.catalog.Intent;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.core.system.SessionReadinessHook;
import dev.duality.core.system.SystemModule;
import dev.duality.sys.daggerheart.character.DaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DaggerheartModuleTest {
    private static final CampaignId CAMPAIGN = CampaignId.of("campaign-1");
    private static final CharacterId HERO = CharacterId.of("hero-1");

    @Test
    void serviceLoaderFindsExactlyTheDaggerheartModule() {
        List<Class<?>> found = ServiceLoader.load(SystemModule.class).stream()
                .<Class<?>>map(ServiceLoader.Provider::type)
                .toList();

        assertThat(found).containsExactly(DaggerheartModule.class);
    }

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
