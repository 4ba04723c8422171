package dev.duality.core.envelope;

import dev.duality.core.CoreMessages;
import dev.duality.core.campaign.Campaign;
import dev.duality.core.campaign.api.CampaignCreated;
import dev.duality.core.campaign.api.CampaignEnded;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CreateCampaign;
import dev.duality.core.campaign.api.GameSystemRef;
import dev.duality.core.campaign.api.LocaleTag;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantJoined;
import dev.duality.core.campaign.api.ParticipantTokenIssued;
import dev.duality.core.campaign.api.SecretHash;
import dev.duality.core.catalog.CommandPolicy;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.testing.FakeCoreModule;
import dev.duality.core.testing.FakeSystemModule;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.duality.core.catalog.CommandDefinition.command;
import static dev.duality.core.catalog.EventDefinition.event;
import static dev.duality.core.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The envelope rules wired into a real in-memory Axon configuration, as the app wires them: the namespace interceptor
 * on the command bus, the ownership check on the command bus (noting each command) and on the event store (checking
 * each event), and the envelope copied onto every event.
 */
class EnvelopeWiringTest {
    private static final Map<String, String> TESTSYS = Map.of(
            Envelope.SYSTEM_ID, "testsys", Envelope.SYSTEM_VERSION, "1.0.0");

    // ---- a test game system "testsys", a second system "othersys", and a core probe ----

    /** {@code sys.testsys.widget.build}: the well-behaved system command. */
    record BuildWidget(String widgetId) {
    }

    /** {@code sys.testsys.widget_built}. */
    record WidgetBuilt(String widgetId) {
    }

    /** {@code sys.testsys.widget.emit_core}: a system command whose handler emits a core event. */
    record EmitCoreEvent(String widgetId) {
    }

    /** {@code sys.testsys.widget.emit_foreign}: a system command whose handler emits another system's event. */
    record EmitForeignEvent(String widgetId) {
    }

    /** {@code sys.testsys.widget.emit_stray}: a system command whose handler emits an unregistered event. */
    record EmitStrayEvent(String widgetId) {
    }

    /** {@code sys.othersys.gizmo_built}: owned by the other system. */
    record GizmoBuilt(String gizmoId) {
    }

    /** Registered by nobody. */
    record StrayHappened(String id) {
    }

    /** {@code probe.emit_system}: a core command whose handler emits a system event. */
    record EmitSystemEvent(String probeId) {
    }

    /**
     * The testsys aggregate. Its misbehaving handlers set the identifier themselves because they apply events they do
     * not fold: the point is what the event-side check does with them.
     */
    public static class Widget {
        @AggregateIdentifier
        private String id;

        protected Widget() {
        }

        @CommandHandler
        public Widget(BuildWidget command) {
            apply(new WidgetBuilt(command.widgetId()));
        }

        @CommandHandler
        public Widget(EmitCoreEvent command) {
            id = command.widgetId();
            apply(new CampaignEnded(CampaignId.of(command.widgetId())));
        }

        @CommandHandler
        public Widget(EmitForeignEvent command) {
            id = command.widgetId();
            apply(new GizmoBuilt(command.widgetId()));
        }

        @CommandHandler
        public Widget(EmitStrayEvent command) {
            id = command.widgetId();
            apply(new StrayHappened(command.widgetId()));
        }

        @EventSourcingHandler
        void on(WidgetBuilt event) {
            id = event.widgetId();
        }
    }

    /** A core test aggregate that misbehaves by emitting a system event. */
    public static class Probe {
        @AggregateIdentifier
        private String id;

        protected Probe() {
        }

        @CommandHandler
        public Probe(EmitSystemEvent command) {
            id = command.probeId();
            apply(new WidgetBuilt(command.probeId()));
        }
    }

    /** The widget commands name no campaign, so they carry the one policy that needs none. */
    private static final CommandPolicy ANYONE = CommandPolicy.always(CommandPolicy.Access.PUBLIC);

    private final MessageCatalog catalog = MessageCatalog.of(
            FakeCoreModule.extending(new CoreMessages())
                    .withCommands(command("probe.emit_system", EmitSystemEvent.class, ANYONE)),
            List.of(FakeSystemModule.testsys()
                            .withCommands(command("sys.testsys.widget.build", BuildWidget.class, ANYONE),
                                    command("sys.testsys.widget.emit_core", EmitCoreEvent.class, ANYONE),
                                    command("sys.testsys.widget.emit_foreign", EmitForeignEvent.class, ANYONE),
                                    command("sys.testsys.widget.emit_stray", EmitStrayEvent.class, ANYONE))
                            .withEvents(event("sys.testsys.widget_built", WidgetBuilt.class))
                            .withAggregates(Widget.class),
                    FakeSystemModule.system("othersys")
                            .withEvents(event("sys.othersys.gizmo_built", GizmoBuilt.class))));

    private Configuration config;

    @BeforeEach
    void startAxon() {
        config = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Campaign.class)
                .configureAggregate(Widget.class)
                .configureAggregate(Probe.class)
                // registered components are resolvable as extra handler parameters (Campaign's MessageCatalog)
                .registerComponent(MessageCatalog.class, c -> catalog)
                .configureCorrelationDataProviders(c -> List.of(new EnvelopeCorrelationDataProvider()))
                .start();
        EventOwnershipInterceptor ownership = new EventOwnershipInterceptor(catalog);
        config.commandBus().registerHandlerInterceptor(new NamespaceInterceptor(catalog));
        // on the command bus to note each command (nested ones too), on the event store to check each event
        config.commandBus().registerHandlerInterceptor(ownership);
        config.eventStore().registerDispatchInterceptor(ownership);
    }

    @AfterEach
    void stopAxon() {
        config.shutdown();
    }

    @Test
    void aCampaignCreationCarriesTheRequestEnvelopeOntoEveryEvent() {
        CommandMessage<?> create = message(createCampaign("camp-1"), Map.of(
                Envelope.CORRELATION_ID, "corr-1", Envelope.ACTOR_ID, "user-7", Envelope.REQUEST_ID, "req-1"));

        send(create);

        List<? extends EventMessage<?>> events = journal("camp-1");
        assertThat(events).<Object>extracting(EventMessage::getPayload)
                .extracting(Object::getClass)
                .containsExactly(CampaignCreated.class, ParticipantJoined.class, ParticipantTokenIssued.class);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getMetaData())
                    .containsEntry(Envelope.CORRELATION_ID, "corr-1")
                    .containsEntry(Envelope.CAUSATION_ID, create.getIdentifier())
                    .containsEntry(Envelope.ACTOR_ID, "user-7")
                    .containsEntry(Envelope.REQUEST_ID, "req-1")
                    .doesNotContainKeys(Envelope.SYSTEM_ID, Envelope.SYSTEM_VERSION);
        });
    }

    @Test
    void withoutACorrelationIdTheCommandStartsTheChain() {
        CommandMessage<?> create = message(createCampaign("camp-2"), Map.of(Envelope.ACTOR_ID, "user-7"));

        send(create);

        assertThat(journal("camp-2")).isNotEmpty().allSatisfy(event -> assertThat(event.getMetaData())
                .containsEntry(Envelope.CORRELATION_ID, create.getIdentifier())
                .containsEntry(Envelope.CAUSATION_ID, create.getIdentifier())
                .doesNotContainKey(Envelope.REQUEST_ID));
    }

    @Test
    void aSystemCommandsEventsCarryTheSystemIdAndVersion() {
        CommandMessage<?> build = message(new BuildWidget("w-1"), with(TESTSYS, Envelope.CORRELATION_ID, "corr-2"));

        send(build);

        assertThat(journal("w-1")).singleElement().satisfies(event -> assertThat(event.getMetaData())
                .containsEntry(Envelope.SYSTEM_ID, "testsys")
                .containsEntry(Envelope.SYSTEM_VERSION, "1.0.0")
                .containsEntry(Envelope.CORRELATION_ID, "corr-2")
                .containsEntry(Envelope.CAUSATION_ID, build.getIdentifier()));
    }

    @Test
    void aSystemCommandWithoutItsEnvelopeIsRefusedOnTheBus() {
        assertRejected(() -> send(message(new BuildWidget("w-2"), Map.of())),
                EnvelopeRejection.SYSTEM_ID_MISSING, Envelope.SYSTEM_ID);
        assertThat(journal("w-2")).isEmpty();
    }

    @Test
    void aSystemCommandEmittingACoreEventFailsAndAppendsNothing() {
        assertRejected(() -> send(message(new EmitCoreEvent("w-3"), TESTSYS)),
                EnvelopeRejection.EVENT_OWNER_MISMATCH, null);
        assertThat(journal("w-3")).isEmpty();
    }

    @Test
    void aSystemCommandEmittingAnotherSystemsEventFailsAndAppendsNothing() {
        assertRejected(() -> send(message(new EmitForeignEvent("w-4"), TESTSYS)),
                EnvelopeRejection.EVENT_OWNER_MISMATCH, null);
        assertThat(journal("w-4")).isEmpty();
    }

    @Test
    void aCoreCommandEmittingASystemEventFailsAndAppendsNothing() {
        assertRejected(() -> send(message(new EmitSystemEvent("probe-1"), Map.of())),
                EnvelopeRejection.EVENT_OWNER_MISMATCH, null);
        assertThat(journal("probe-1")).isEmpty();
    }

    @Test
    void aCommandEmittingAnUnregisteredEventFailsAndAppendsNothing() {
        assertRejected(() -> send(message(new EmitStrayEvent("w-5"), TESTSYS)),
                EnvelopeRejection.EVENT_TYPE_UNREGISTERED, null);
        assertThat(journal("w-5")).isEmpty();
    }

    private static CreateCampaign createCampaign(String campaignId) {
        return new CreateCampaign(CampaignId.of(campaignId), new Name("The Witherwild"), LocaleTag.DEFAULT, null,
                new GameSystemRef("testsys", "1.0.0"), ParticipantId.of("p-creator"), new Name("Ada"),
                SecretHash.of("c".repeat(64)));
    }

    private static CommandMessage<?> message(Object payload, Map<String, ?> metaData) {
        return GenericCommandMessage.asCommandMessage(payload).andMetaData(metaData);
    }

    private static Map<String, String> with(Map<String, String> metaData, String key, String value) {
        Map<String, String> copy = new HashMap<>(metaData);
        copy.put(key, value);
        return copy;
    }

    private void send(CommandMessage<?> command) {
        config.commandGateway().sendAndWait(command);
    }

    private List<? extends EventMessage<?>> journal(String aggregateId) {
        return config.eventStore().readEvents(aggregateId).asStream().toList();
    }
}
