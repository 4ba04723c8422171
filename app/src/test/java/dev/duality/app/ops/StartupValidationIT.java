package dev.duality.app.ops;

import dev.duality.app.DualityApplication;
import dev.duality.app.support.TestDatabase;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.catalog.CatalogException;
import dev.duality.core.catalog.CatalogProblem;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.EventDefinition;
import dev.duality.core.catalog.Intent;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.SessionReadinessHook;
import dev.duality.core.system.SystemModule;
import dev.duality.core.action.api.AddStoryNote;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The real application refuses to start, naming the type, when a system module's registration is broken. Each case
 * boots the whole service with one deliberately broken module added to the real ones.
 */
class StartupValidationIT {

    record ThingHappened(String id) {
    }

    /** Campaign-scoped, as every non-public command must be (else UNSCOPED_COMMAND would stop the start first). */
    record DoThing(String id, CampaignId campaignId) implements CampaignScoped {
    }

    /** Handles {@link DoThing} and folds {@link ThingHappened}. */
    static class FoldingAggregate {
        @AggregateIdentifier
        String id;

        @CommandHandler
        void handle(DoThing command) {
        }

        @EventSourcingHandler
        void on(ThingHappened event) {
            id = event.id();
        }
    }

    /** Handles {@link DoThing}, folds nothing. */
    static class EmptyAggregate {
        @AggregateIdentifier
        String id;

        @CommandHandler
        void handle(DoThing command) {
        }
    }

    /** Folds {@link ThingHappened} but handles no command: the module's own command goes unhandled. */
    static class SilentAggregate {
        @AggregateIdentifier
        String id;

        @EventSourcingHandler
        void on(ThingHappened event) {
            id = event.id();
        }
    }

    /** A game system's aggregate that also handles a core command, taking it over from the campaign. */
    static class HijackingAggregate extends FoldingAggregate {
        @CommandHandler
        void handle(AddStoryNote command) {
        }
    }

    /** A second handler of the module's own command, beside its aggregate's. */
    static class SecondThingHandler {
        @CommandHandler
        void handle(DoThing command) {
        }
    }

    /** A system module with one event of the given type and intent, folded (or not) by the given aggregate. */
    record BrokenModule(String eventType, Intent intent, Class<?> aggregate, List<Object> commandHandlers)
            implements SystemModule {
        BrokenModule(String eventType, Intent intent, Class<?> aggregate) {
            this(eventType, intent, aggregate, List.of());
        }

        @Override
        public String systemId() {
            return "brokensys";
        }

        @Override
        public String systemVersion() {
            return "0.1.0";
        }

        @Override
        public SessionReadinessHook sessionReadiness(AggregateLookup lookup) {
            return (campaign, character) -> List.of();
        }

        @Override
        public List<Object> firstSessionCommands(dev.duality.core.system.FirstSession firstSession) {
            return List.of();
        }

        @Override
        public List<CommandDefinition> commands() {
            return List.of(CommandDefinition.command("sys.brokensys.thing.do", DoThing.class, dev.duality.core.catalog.CommandPolicy.always(dev.duality.core.catalog.CommandPolicy.Access.MEMBER)));
        }

        @Override
        public List<EventDefinition> events() {
            return List.of(EventDefinition.event(eventType, ThingHappened.class, intent));
        }

        @Override
        public List<Class<?>> aggregates() {
            return List.of(aggregate);
        }
    }

    static Stream<Arguments> brokenRegistrations() {
        return Stream.of(
                Arguments.of(new BrokenModule("sys.brokensys.thing_happened", Intent.REPLAY_ONLY, EmptyAggregate.class),
                        CatalogProblem.MISSING_FOLD_HANDLER, "sys.brokensys.thing_happened"),
                // folded, but no projection in the application handles it
                Arguments.of(new BrokenModule("sys.brokensys.thing_happened", Intent.PROJECTION_AND_REPLAY,
                        FoldingAggregate.class), CatalogProblem.MISSING_PROJECTION_HANDLER, "sys.brokensys.thing_happened"),
                Arguments.of(new BrokenModule("sys.brokensys.thing_happened", Intent.AUDIT_ONLY, FoldingAggregate.class),
                        CatalogProblem.AUDIT_EVENT_FOLDED, "sys.brokensys.thing_happened"),
                Arguments.of(new BrokenModule("sys.ghost.thing_happened", Intent.REPLAY_ONLY, FoldingAggregate.class),
                        CatalogProblem.UNKNOWN_SYSTEM, "sys.ghost.thing_happened"),
                Arguments.of(new BrokenModule("sys.brokensys.thing_happened", Intent.REPLAY_ONLY,
                        SilentAggregate.class), CatalogProblem.MISSING_COMMAND_HANDLER, "sys.brokensys.thing.do"),
                Arguments.of(new BrokenModule("sys.brokensys.thing_happened", Intent.REPLAY_ONLY,
                        FoldingAggregate.class, List.of(new SecondThingHandler())),
                        CatalogProblem.DUPLICATE_COMMAND_HANDLER, "sys.brokensys.thing.do"),
                Arguments.of(new BrokenModule("sys.brokensys.thing_happened", Intent.REPLAY_ONLY,
                        HijackingAggregate.class), CatalogProblem.FOREIGN_COMMAND_HANDLER, "story.note.add"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenRegistrations")
    void theServiceDoesNotStart(SystemModule broken, CatalogProblem problem, String type) {
        Throwable failure = catchThrowable(() -> boot(broken).close());
        CatalogException cause = rootCatalogException(failure);
        assertThat(cause).as("start-up failure caused by the catalog").isNotNull();
        assertThat(cause.problem()).isEqualTo(problem);
        assertThat(cause.type()).isEqualTo(type);
        assertThat(cause.getMessage()).contains(type);
    }

    private static ConfigurableApplicationContext boot(SystemModule broken) {
        DualityApplication.disableAxonUpdateChecker();
        TestDatabase.Connection db = TestDatabase.get();
        // the service as it runs, web server included: its security configuration needs a servlet web application
        return new SpringApplicationBuilder(DualityApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("brokenModule", broken))
                .run(Stream.concat(Stream.of("--server.port=0"), db.arguments().stream()).toArray(String[]::new));
    }

    private static CatalogException rootCatalogException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CatalogException catalog) {
                return catalog;
            }
        }
        return null;
    }
}
