package dev.duality.core.campaign;

import dev.duality.core.CoreMessages;
import dev.duality.core.action.api.AddGmNote;
import dev.duality.core.action.api.AddStoryNote;
import dev.duality.core.action.api.NoteId;
import dev.duality.core.action.api.RevealGmNote;
import dev.duality.core.action.api.ApplyOutcome;
import dev.duality.core.action.api.RejectOutcome;
import dev.duality.core.action.api.ResolveRoll;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.campaign.api.ArchiveCampaign;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import dev.duality.core.campaign.api.UpgradeGameSystem;
import dev.duality.core.campaign.api.ParticipantJoined;
import dev.duality.core.campaign.api.GameSystemUpgraded;
import dev.duality.core.campaign.api.CharacterCreated;
import dev.duality.core.campaign.api.CampaignCreated;
import dev.duality.core.campaign.api.AuthzRejection;
import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignActivated;
import dev.duality.core.campaign.api.CampaignEnded;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.CharacterScoped;
import dev.duality.core.campaign.api.CharactersScoped;
import dev.duality.core.campaign.api.ClaimInvite;
import dev.duality.core.campaign.api.CreateCampaign;
import dev.duality.core.campaign.api.CreateCharacter;
import dev.duality.core.campaign.api.CreateInvite;
import dev.duality.core.campaign.api.DeleteCharacter;
import dev.duality.core.campaign.api.EndCampaign;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.GameSystemRef;
import dev.duality.core.campaign.api.InviteId;
import dev.duality.core.campaign.api.JoinParticipant;
import dev.duality.core.campaign.api.LeaveParticipant;
import dev.duality.core.campaign.api.LocaleTag;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.campaign.api.ParticipantId;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.core.campaign.api.ParticipantScoped;
import dev.duality.core.campaign.api.RestoreCampaign;
import dev.duality.core.campaign.api.RevokeInvite;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.campaign.api.TransferCharacter;
import dev.duality.core.campaign.api.UpdateCampaign;
import dev.duality.core.campaign.api.UpdateCharacter;
import dev.duality.core.campaign.api.UpdateParticipant;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.CommandPolicy;
import dev.duality.core.catalog.CommandPolicy.Access;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.dice.DiceGroup;
import dev.duality.core.dice.DiceSpec;
import dev.duality.core.dice.SeedSource;
import dev.duality.core.envelope.Actors;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.envelope.EnvelopeCorrelationDataProvider;
import dev.duality.core.envelope.EnvelopeRejection;
import dev.duality.core.envelope.EventOwnershipInterceptor;
import dev.duality.core.envelope.NamespaceInterceptor;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.rejection.RejectionCode;
import dev.duality.core.session.api.AbandonGate;
import dev.duality.core.session.api.ClearSpotlight;
import dev.duality.core.session.api.EndSession;
import dev.duality.core.session.api.GateId;
import dev.duality.core.session.api.GateOpened;
import dev.duality.core.session.api.GateResolved;
import dev.duality.core.session.api.OpenGate;
import dev.duality.core.session.api.RecordGateResponse;
import dev.duality.core.session.api.ResolveGate;
import dev.duality.core.session.api.SessionEnded;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.session.api.SessionStarted;
import dev.duality.core.session.api.SessionStreamId;
import dev.duality.core.session.api.SetSpotlight;
import dev.duality.core.session.api.SpotlightSet;
import dev.duality.core.session.api.SpotlightType;
import dev.duality.core.session.api.StartSession;
import dev.duality.core.session.Session;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.FirstSession;
import dev.duality.core.system.SessionEnd;
import dev.duality.core.system.SystemRuntime;
import dev.duality.core.testing.BusSystemRuntime;
import dev.duality.core.testing.FakeSystemModule;
import dev.duality.core.testing.FixedSeeds;
import dev.duality.core.testing.Folded;
import dev.duality.core.testing.History;
import dev.duality.core.testing.Rejections;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.duality.core.action.api.ActionRejection.ROLL_NOT_FOUND;
import static dev.duality.core.action.api.ActionRejection.ROLL_OTHER_SESSION;
import static dev.duality.core.campaign.api.AuthzRejection.*;
import static dev.duality.core.campaign.api.CampaignAccess.MANAGER;
import static dev.duality.core.campaign.api.CampaignAccess.MEMBER;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_GAME_SYSTEM_NOT_NEWER;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_GAME_SYSTEM_UNSUPPORTED;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_NOT_FOUND;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_OWNER_REQUIRED;
import static dev.duality.core.campaign.api.CampaignRejection.CAMPAIGN_SYSTEM_MISMATCH;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_DELETED;
import static dev.duality.core.campaign.api.CampaignRejection.CHARACTER_NOT_FOUND;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_NOT_FOUND;
import static dev.duality.core.campaign.api.CampaignRejection.PARTICIPANT_OWNS_CHARACTERS;
import static dev.duality.core.campaign.api.ParticipantRole.GM;
import static dev.duality.core.campaign.api.ParticipantRole.PLAYER;
import static dev.duality.core.catalog.CommandDefinition.command;
import static dev.duality.core.catalog.EventDefinition.event;
import static dev.duality.core.session.api.SessionRejection.GATE_PARTICIPANT_NOT_ELIGIBLE;
import static dev.duality.core.session.api.SessionRejection.SESSION_ACTIVE;
import static dev.duality.core.session.api.SessionRejection.SESSION_GATE_OPEN;
import static dev.duality.core.session.api.SessionRejection.SESSION_NOT_ACTIVE;
import static dev.duality.core.session.api.SessionRejection.SESSION_READINESS_SESSION_ACTIVE;
import static dev.duality.core.testing.History.hash;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Admission through the real interceptor chain, wired as the app wires it: an in-memory Axon configuration with the
 * Campaign aggregate, the namespace interceptor, the event-ownership check (on the command bus and the event store)
 * and the {@link CommandPolicyInterceptor}, in that order. Proves who may send every core command, the session lock,
 * the gate rule (asked of the active session's aggregate), that a game system's command must be of the campaign's
 * system and name its live characters, and a first-session bootstrap whose nested system command is judged as a
 * system command.
 */
class AdmissionTest {

    // ---- the test system "testsys": a first-session bootstrap that seeds GM Fear on its own aggregate ----

    /** {@code sys.testsys.fear.seed}: what testsys runs on a campaign's first session. */
    public record SeedFear(CampaignId campaignId, @TargetAggregateIdentifier String tableId, int fear)
            implements CampaignScoped {
    }

    /** {@code sys.testsys.fear_seeded}. */
    public record FearSeeded(CampaignId campaignId, String tableId, int fear) {
    }

    /** {@code sys.testsys.fear.seed_badly}: a system command whose aggregate emits a core event. */
    public record SeedFearBadly(CampaignId campaignId, @TargetAggregateIdentifier String tableId)
            implements CampaignScoped {
    }

    /** testsys's per-campaign table state: its own stream, next to the campaign's. */
    public static class TestsysTable {
        @AggregateIdentifier
        private String tableId;

        protected TestsysTable() {
        }

        @CommandHandler
        public TestsysTable(SeedFear command) {
            apply(new FearSeeded(command.campaignId(), command.tableId(), command.fear()));
        }

        /** Misbehaves: a system aggregate applying a core event. */
        @CommandHandler
        public TestsysTable(SeedFearBadly command) {
            tableId = command.tableId();
            apply(new CampaignEnded(command.campaignId()));
        }

        @EventSourcingHandler
        void on(FearSeeded event) {
            tableId = event.tableId();
        }
    }

    // ---- system commands about characters, and one that sends another command from its decision ----

    /** {@code sys.testsys.character.poke}: a system command about one character. */
    public record PokeCharacter(CampaignId campaignId, CharacterId characterId) implements CharacterScoped {
        @TargetAggregateIdentifier
        public String partyId() {
            return partyOf(campaignId);
        }
    }

    /** {@code sys.testsys.party.rest}: a system command about several characters. */
    public record RestParty(CampaignId campaignId, List<CharacterId> characterIds) implements CharactersScoped {
        @TargetAggregateIdentifier
        public String partyId() {
            return partyOf(campaignId);
        }
    }

    /**
     * {@code sys.testsys.command.relay}: a system decision that sends {@code command} (with {@code systemId}'s envelope)
     * in its own unit of work, as a multi-aggregate mechanic would: the relayed command runs nested.
     */
    public record Relay(CampaignId campaignId, Object command, String systemId) implements CampaignScoped {
        @TargetAggregateIdentifier
        public String relayId() {
            return "testsys-relay-" + campaignId.value();
        }
    }

    /** {@code sys.testsys.character_poked}. */
    public record CharacterPoked(CampaignId campaignId, String partyId, CharacterId characterId) {
    }

    /** {@code sys.testsys.party_rested}. */
    public record PartyRested(CampaignId campaignId, String partyId, List<CharacterId> characterIds) {
    }

    /** {@code sys.testsys.command_relayed}. */
    public record CommandRelayed(CampaignId campaignId, String relayId) {
    }

    /** testsys's party state (and, under another id, its relay), created by the first command that needs it. */
    public static class TestsysParty {
        @AggregateIdentifier
        private String id;

        protected TestsysParty() {
        }

        @CommandHandler
        @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
        void handle(PokeCharacter command) {
            apply(new CharacterPoked(command.campaignId(), command.partyId(), command.characterId()));
        }

        @CommandHandler
        @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
        void handle(RestParty command) {
            apply(new PartyRested(command.campaignId(), command.partyId(), command.characterIds()));
        }

        @CommandHandler
        @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
        void handle(Relay command, CommandGateway commands, @MetaDataValue(Envelope.ACTOR_ID) String actorId) {
            apply(new CommandRelayed(command.campaignId(), command.relayId()));
            Map<String, Object> envelope = new HashMap<>(Map.of(Envelope.SYSTEM_ID, command.systemId(),
                    Envelope.SYSTEM_VERSION, "1.0.0"));
            if (actorId != null) {
                envelope.put(Envelope.ACTOR_ID, actorId);
            }
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command.command()).andMetaData(envelope));
        }

        @EventSourcingHandler
        void on(CharacterPoked event) {
            id = event.partyId();
        }

        @EventSourcingHandler
        void on(PartyRested event) {
            id = event.partyId();
        }

        @EventSourcingHandler
        void on(CommandRelayed event) {
            id = event.relayId();
        }
    }

    /** {@code sys.othersys.gizmo.poke}: a command of another game system, about a character. */
    public record PokeGizmo(CampaignId campaignId, CharacterId characterId) implements CharacterScoped {
        @TargetAggregateIdentifier
        public String gizmoId() {
            return gizmoOf(campaignId);
        }
    }

    /** {@code sys.othersys.gizmo_poked}. */
    public record GizmoPoked(CampaignId campaignId, String gizmoId) {
    }

    /** othersys's own aggregate. */
    public static class OthersysGizmo {
        @AggregateIdentifier
        private String gizmoId;

        protected OthersysGizmo() {
        }

        @CommandHandler
        @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
        void handle(PokeGizmo command) {
            apply(new GizmoPoked(command.campaignId(), command.gizmoId()));
        }

        @EventSourcingHandler
        void on(GizmoPoked event) {
            gizmoId = event.gizmoId();
        }
    }

    private static final CommandPolicy GM_IN_GAME = CommandPolicy.inGame(Access.GM);
    private static final CommandPolicy MEMBER_IN_GAME = CommandPolicy.inGame(Access.MEMBER);

    /** Which first-session commands testsys asks for; the good bootstrap unless a test says otherwise. */
    private static volatile Function<FirstSession, List<Object>> bootstrap;

    private static final Function<FirstSession, List<Object>> SEED_FEAR_PER_PC = first -> List.of(
            new SeedFear(first.campaignId(), tableOf(first.campaignId()), first.playerCharacters().size()));
    private static final Function<FirstSession, List<Object>> EMIT_CORE_EVENT = first -> List.of(
            new SeedFearBadly(first.campaignId(), tableOf(first.campaignId())));

    /** Which session-end commands testsys asks for; none unless a test says otherwise. */
    private static volatile Function<SessionEnd, List<Object>> sessionEnd = ended -> List.of();

    // testsys is at 1.2.0 while every campaign here is created with 1.0.0 and its commands carry 1.0.0: rules of the
    // same major only grew since, so a newer release keeps serving them
    private static final MessageCatalog CATALOG = MessageCatalog.of(new CoreMessages(), List.of(
            FakeSystemModule.testsys().atVersion("1.2.0")
                    .withCommands(command("sys.testsys.fear.seed", SeedFear.class, GM_IN_GAME),
                            command("sys.testsys.fear.seed_badly", SeedFearBadly.class, GM_IN_GAME),
                            command("sys.testsys.character.poke", PokeCharacter.class, MEMBER_IN_GAME),
                            command("sys.testsys.party.rest", RestParty.class, GM_IN_GAME),
                            command("sys.testsys.command.relay", Relay.class, MEMBER_IN_GAME))
                    .withEvents(event("sys.testsys.fear_seeded", FearSeeded.class),
                            event("sys.testsys.character_poked", CharacterPoked.class),
                            event("sys.testsys.party_rested", PartyRested.class),
                            event("sys.testsys.command_relayed", CommandRelayed.class))
                    .withAggregates(TestsysTable.class, TestsysParty.class)
                    .withFirstSessionCommands(first -> bootstrap.apply(first))
                    .withSessionEndCommands(ended -> sessionEnd.apply(ended)),
            FakeSystemModule.system("othersys")
                    .withCommands(command("sys.othersys.gizmo.poke", PokeGizmo.class, MEMBER_IN_GAME))
                    .withEvents(event("sys.othersys.gizmo_poked", GizmoPoked.class))
                    .withAggregates(OthersysGizmo.class)));

    private static final Map<String, String> TESTSYS = Map.of(Envelope.SYSTEM_ID, "testsys",
            Envelope.SYSTEM_VERSION, "1.0.0");

    private static Configuration config;
    private static BusSystemRuntime systems;
    private static final AtomicInteger campaigns = new AtomicInteger();

    @BeforeAll
    static void startAxon() {
        systems = new BusSystemRuntime(CATALOG, () -> config);
        config = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(Campaign.class)
                .configureAggregate(Session.class)
                .configureAggregate(TestsysTable.class)
                .configureAggregate(TestsysParty.class)
                .configureAggregate(OthersysGizmo.class)
                // registered components resolve as extra handler parameters
                .registerComponent(MessageCatalog.class, c -> CATALOG)
                .registerComponent(SystemRuntime.class, c -> systems)
                .registerComponent(AggregateLookup.class, c -> systems)
                .registerComponent(SeedSource.class, c -> new FixedSeeds(7L))
                .configureCorrelationDataProviders(c -> List.of(new EnvelopeCorrelationDataProvider()))
                .start();
        EventOwnershipInterceptor ownership = new EventOwnershipInterceptor(CATALOG);
        config.commandBus().registerHandlerInterceptor(new NamespaceInterceptor(CATALOG));
        config.commandBus().registerHandlerInterceptor(ownership);
        config.commandBus().registerHandlerInterceptor(
                new CommandPolicyInterceptor(CATALOG, () -> config.repository(Campaign.class),
                        () -> config.repository(Session.class)));
        config.eventStore().registerDispatchInterceptor(ownership);
    }

    @AfterAll
    static void stopAxon() {
        config.shutdown();
    }

    @BeforeEach
    void goodBootstrap() {
        bootstrap = SEED_FEAR_PER_PC;
        sessionEnd = ended -> List.of();
        systems.forget();
    }

    // ---- the table every test plays at ----

    /** Who asks. Every participant sits at the table below; the stranger and the admin do not. */
    enum Role {
        OWNER("p-owner", GM, true),
        MANAGER("p-manager", PLAYER, true),
        MEMBER_PLAYER("p-player", PLAYER, false),
        GM_MEMBER("p-gm", GM, false),
        NON_MEMBER("p-stranger", null, false),
        ADMIN(Actors.ADMIN, null, false);

        final String actorId;
        final ParticipantRole seatRole;
        final boolean governs;

        Role(String actorId, ParticipantRole seatRole, boolean governs) {
            this.actorId = actorId;
            this.seatRole = seatRole;
            this.governs = governs;
        }

        ParticipantId participantId() {
            return ParticipantId.of(actorId);
        }

        boolean seated() {
            return seatRole != null;
        }
    }

    private static final ParticipantId OWNER = Role.OWNER.participantId();
    /** A player with a character, who is none of the roles above: commands about "someone else" name them. */
    private static final ParticipantId BYSTANDER = ParticipantId.of("p-bystander");
    /** A GM member without characters: free to leave. */
    private static final ParticipantId SPARE = ParticipantId.of("p-spare");
    private static final CharacterId MANAGERS_HERO = CharacterId.of("c-manager");
    private static final CharacterId PLAYERS_HERO = CharacterId.of("c-player");
    private static final CharacterId BYSTANDERS_HERO = CharacterId.of("c-bystander");
    private static final CharacterId OWNERS_NPC = CharacterId.of("c-npc");
    private static final InviteId INVITE = InviteId.of("inv-1");
    private static final SessionId FIRST = SessionId.of("s-0");
    private static final SessionId PLAYING = SessionId.of("s-1");
    private static final GateId GATE = GateId.of("g-1");
    private static final ShortCode VOTE = ShortCode.of("vote", "gate_type");
    private static final ShortCode YES = ShortCode.of("yes", "decision");
    private static final DiceSpec DUALITY = DiceSpec.of(0, new DiceGroup(2, 12));
    private static final Map<CharacterId, Role> CHARACTER_OWNERS = Map.of(PLAYERS_HERO, Role.MEMBER_PLAYER,
            MANAGERS_HERO, Role.MANAGER);

    /** How far the campaign has come before the command under test. */
    enum Stage {
        /** Everyone seated, characters created, an open invite; no session has started yet. */
        READY,
        /** READY plus a first session started and ended: the campaign is active, no session is. */
        IDLE,
        /** IDLE plus the campaign archived. */
        ARCHIVED,
        /** IDLE plus session {@code s-1} active, roll 1 made and the spotlight on the GM. */
        PLAYING,
        /** PLAYING plus gate {@code g-1} open to everyone. */
        GATED
    }

    /** A fresh campaign at {@code stage}, set up through the same command bus by its owner. */
    /** A GM note every campaign under test holds, so revealing it is admitted or refused on policy alone. */
    private static final NoteId SECRET_NOTE = NoteId.of("n-secret");

    private static CampaignId campaignAt(Stage stage) {
        CampaignId id = CampaignId.of("camp-" + campaigns.incrementAndGet());
        send(new CreateCampaign(id, new Name("The Witherwild"), LocaleTag.DEFAULT, null,
                new GameSystemRef("testsys", "1.0.0"), OWNER, new Name("Ada"), hash('0')), Actors.ANONYMOUS);
        join(id, Role.MANAGER.participantId(), PLAYER, MANAGER);
        join(id, Role.MEMBER_PLAYER.participantId(), PLAYER, MEMBER);
        join(id, Role.GM_MEMBER.participantId(), GM, MEMBER);
        join(id, BYSTANDER, PLAYER, MEMBER);
        join(id, SPARE, GM, MEMBER);
        character(id, MANAGERS_HERO, Role.MANAGER.participantId(), CharacterKind.PC);
        character(id, PLAYERS_HERO, Role.MEMBER_PLAYER.participantId(), CharacterKind.PC);
        character(id, BYSTANDERS_HERO, BYSTANDER, CharacterKind.PC);
        character(id, OWNERS_NPC, OWNER, CharacterKind.NPC);
        send(new CreateInvite(id, INVITE, PLAYER, MEMBER, hash('a')), OWNER.value());
        send(new AddGmNote(id, SECRET_NOTE, FreeText.of("The miller lies.", "content"), null), OWNER.value());
        if (stage == Stage.READY) {
            return id;
        }
        send(new StartSession(id, FIRST, null), OWNER.value());
        send(new EndSession(id, FIRST), OWNER.value());
        if (stage == Stage.ARCHIVED) {
            send(new ArchiveCampaign(id), OWNER.value());
        }
        if (stage == Stage.PLAYING || stage == Stage.GATED) {
            send(new StartSession(id, PLAYING, null), OWNER.value());
            send(new ResolveRoll(id, PLAYING, null, null, DUALITY, null), OWNER.value());
            send(new SetSpotlight(id, PLAYING, SpotlightType.GM, null), OWNER.value());
        }
        if (stage == Stage.GATED) {
            send(new OpenGate(id, PLAYING, GATE, VOTE, null, List.of()), OWNER.value());
        }
        return id;
    }

    private static void join(CampaignId id, ParticipantId participant, ParticipantRole role,
                             CampaignAccess access) {
        send(new JoinParticipant(id, participant, new Name("Name of " + participant.value()), role, access),
                OWNER.value());
    }

    private static void character(CampaignId id, CharacterId character, ParticipantId owner, CharacterKind kind) {
        send(new CreateCharacter(id, character, owner, new Name("Name of " + character.value()), kind, null),
                OWNER.value());
    }

    // ---- one row per command (and per "about someone else" / "about oneself" where the policy cares) ----

    @FunctionalInterface
    interface CommandFor {
        Object command(CampaignId campaign, Role actor);
    }

    /**
     * @param access      the access the catalog must declare for {@code type} (pinned here, checked against it)
     * @param gameRefusal the game rule (not admission) that refuses an admitted actor, or null when it succeeds
     */
    record Row(String label, String type, Access access, Stage stage, CommandFor command,
               Function<Role, RejectionCode> gameRefusal) {
        Row(String type, Access access, Stage stage, CommandFor command) {
            this(type, type, access, stage, command, role -> null);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final List<Row> ROWS = List.of(
            new Row("campaign.update", Access.MANAGER, Stage.IDLE,
                    (c, a) -> new UpdateCampaign(c, new Name("Renamed"), null, null)),
            new Row("campaign.game_system.upgrade", Access.OWNER, Stage.IDLE,
                    (c, a) -> new UpgradeGameSystem(c, "1.2.0")),
            new Row("campaign.end", Access.MANAGER, Stage.IDLE, (c, a) -> new EndCampaign(c)),
            new Row("campaign.archive", Access.MANAGER, Stage.IDLE, (c, a) -> new ArchiveCampaign(c)),
            new Row("campaign.restore", Access.MANAGER, Stage.ARCHIVED, (c, a) -> new RestoreCampaign(c)),
            new Row("participant.join", Access.MANAGER, Stage.IDLE,
                    (c, a) -> new JoinParticipant(c, ParticipantId.of("p-new"), new Name("Newcomer"), PLAYER, MEMBER)),
            new Row("participant.update", Access.MANAGER, Stage.IDLE,
                    (c, a) -> new UpdateParticipant(c, BYSTANDER, new Name("Renamed"), null, null)),
            new Row("participant.leave (someone else)", "participant.leave", Access.SELF_OR_MANAGER, Stage.IDLE,
                    (c, a) -> new LeaveParticipant(c, SPARE, null), role -> null),
            new Row("participant.leave (oneself)", "participant.leave", Access.SELF_OR_MANAGER, Stage.IDLE,
                    (c, a) -> new LeaveParticipant(c, a.participantId(), null), role -> switch (role) {
                        case OWNER -> CAMPAIGN_OWNER_REQUIRED;
                        case MANAGER, MEMBER_PLAYER -> PARTICIPANT_OWNS_CHARACTERS;
                        case ADMIN -> PARTICIPANT_NOT_FOUND;
                        default -> null;
                    }),
            new Row("invite.create", Access.MANAGER, Stage.IDLE,
                    (c, a) -> new CreateInvite(c, InviteId.of("inv-2"), PLAYER, MEMBER, hash('b'))),
            new Row("invite.revoke", Access.MANAGER, Stage.IDLE, (c, a) -> new RevokeInvite(c, INVITE)),
            new Row("character.create", Access.MEMBER, Stage.IDLE,
                    (c, a) -> new CreateCharacter(c, CharacterId.of("c-new"),
                            a.seated() ? a.participantId() : Role.MEMBER_PLAYER.participantId(),
                            new Name("Newcomer"), CharacterKind.PC, null)),
            new Row("character.update", Access.CHARACTER_CONTROLLER, Stage.IDLE,
                    (c, a) -> new UpdateCharacter(c, PLAYERS_HERO, new Name("Renamed"), null, null)),
            new Row("character.delete", Access.CHARACTER_CONTROLLER, Stage.IDLE,
                    (c, a) -> new DeleteCharacter(c, PLAYERS_HERO, null)),
            new Row("character.transfer", Access.OWNER, Stage.IDLE,
                    (c, a) -> new TransferCharacter(c, PLAYERS_HERO, BYSTANDER)),
            // the first session: an admitted start also runs the system's (GM-only) bootstrap command
            new Row("session.start", Access.MANAGER, Stage.READY,
                    (c, a) -> new StartSession(c, SessionId.of("s-new"), null)),
            new Row("session.end", Access.MANAGER, Stage.PLAYING, (c, a) -> new EndSession(c, PLAYING)),
            new Row("session.gate_open", Access.MANAGER, Stage.PLAYING,
                    (c, a) -> new OpenGate(c, PLAYING, GATE, VOTE, null, List.of())),
            new Row("session.gate_record_response (someone else)", "session.gate_record_response",
                    Access.SELF_OR_MANAGER, Stage.GATED,
                    (c, a) -> new RecordGateResponse(c, PLAYING, GATE, BYSTANDER, YES, null), role -> null),
            new Row("session.gate_record_response (oneself)", "session.gate_record_response",
                    Access.SELF_OR_MANAGER, Stage.GATED,
                    (c, a) -> new RecordGateResponse(c, PLAYING, GATE, a.participantId(), YES, null),
                    role -> role == Role.ADMIN ? GATE_PARTICIPANT_NOT_ELIGIBLE : null),
            new Row("session.gate_resolve", Access.MANAGER, Stage.GATED,
                    (c, a) -> new ResolveGate(c, PLAYING, GATE, YES, null)),
            new Row("session.gate_abandon", Access.MANAGER, Stage.GATED,
                    (c, a) -> new AbandonGate(c, PLAYING, GATE, null)),
            new Row("session.spotlight.set", Access.GM, Stage.PLAYING,
                    (c, a) -> new SetSpotlight(c, PLAYING, SpotlightType.CHARACTER, PLAYERS_HERO)),
            new Row("session.spotlight.clear", Access.GM, Stage.PLAYING,
                    (c, a) -> new ClearSpotlight(c, PLAYING, null)),
            new Row("action.roll.resolve", Access.MEMBER, Stage.PLAYING,
                    (c, a) -> new ResolveRoll(c, PLAYING, PLAYERS_HERO, null, DUALITY, null)),
            new Row("action.outcome.apply", Access.GM, Stage.PLAYING,
                    (c, a) -> new ApplyOutcome(c, PLAYING, 1, "req-apply", List.of(PLAYERS_HERO), false, null)),
            new Row("action.outcome.reject", Access.GM, Stage.PLAYING,
                    (c, a) -> new RejectOutcome(c, PLAYING, 1, ShortCode.of("gm_override", "reason_code"), null)),
            new Row("story.note.add", Access.MEMBER, Stage.PLAYING,
                    (c, a) -> new AddStoryNote(c, FreeText.of("The lantern flickers.", "content"), null)),
            new Row("story.gm_note.add", Access.GM, Stage.PLAYING,
                    (c, a) -> new AddGmNote(c, NoteId.of("n-1"), FreeText.of("The miller lies.", "content"), null)),
            new Row("story.gm_note.reveal", Access.GM, Stage.PLAYING, (c, a) -> new RevealGmNote(c, SECRET_NOTE)));

    /** Commands that no participant policy governs: creating a campaign (public) and claiming an invite (its code). */
    private static final Set<String> NOT_IN_THE_TABLE = Set.of("campaign.create", "invite.claim");

    /**
     * The policy, stated independently of the code that enforces it: the admin passes every access policy; a stranger
     * is never a member; managing needs an owner or manager; a character is changed by its owner or a GM; GM-only
     * commands need a GM; a transfer needs an owner; "self or manager" lets a participant act about themselves.
     */
    private static AuthzRejection expectedDenial(Access access, Role actor, Object command) {
        if (actor == Role.ADMIN) {
            return null;
        }
        if (!actor.seated()) {
            return AUTHZ_DENY_NOT_A_MEMBER;
        }
        return switch (access) {
            case MEMBER -> null;
            case MANAGER -> actor.governs ? null : AUTHZ_DENY_REQUIRES_MANAGER;
            case OWNER -> actor == Role.OWNER ? null : AUTHZ_DENY_REQUIRES_OWNER;
            case GM -> actor.seatRole == GM ? null : AUTHZ_DENY_REQUIRES_GM;
            case SELF_OR_MANAGER -> actor.governs
                    || ((ParticipantScoped) command).participantId().equals(actor.participantId())
                    ? null : AUTHZ_DENY_NOT_SELF_OR_MANAGER;
            case CHARACTER_CONTROLLER -> actor.seatRole == GM
                    || CHARACTER_OWNERS.get(((CharacterScoped) command).characterId())
                    == actor ? null : AUTHZ_DENY_NOT_CHARACTER_CONTROLLER;
            case PUBLIC, INVITE_HOLDER -> throw new IllegalArgumentException(access + " is not in the table");
        };
    }

    @Nested
    class WhoMaySendWhat {
        static Stream<Arguments> everyRowAndRole() {
            return ROWS.stream().flatMap(row -> Arrays.stream(Role.values()).map(role -> Arguments.of(row, role)));
        }

        @Test
        void theTableHasARowForEveryCoreCommandButCreateAndClaim() {
            Set<String> expected = CATALOG.commands().stream().filter(d -> d.owner().isCore())
                    .map(CommandDefinition::type).filter(type -> !NOT_IN_THE_TABLE.contains(type))
                    .collect(Collectors.toSet());
            assertThat(ROWS.stream().map(Row::type).collect(Collectors.toSet())).isEqualTo(expected);
        }

        @Test
        void eachRowsCommandIsItsTypeAndTheCatalogDeclaresTheAccessTheRowExpects() {
            CampaignId id = CampaignId.of("camp-probe");
            for (Row row : ROWS) {
                CommandDefinition definition = CATALOG.command(row.command().command(id, Role.OWNER).getClass())
                        .orElseThrow();
                assertThat(definition.type()).as(row.label()).isEqualTo(row.type());
                assertThat(definition.policy().access()).as(row.label()).isEqualTo(row.access());
            }
        }

        @ParameterizedTest(name = "{0} as {1}")
        @MethodSource("everyRowAndRole")
        void allowedOrDeniedExactlyPerPolicy(Row row, Role actor) {
            CampaignId campaign = campaignAt(row.stage());
            Object command = row.command().command(campaign, actor);
            int before = journal(campaign).size();

            Rejected refusal = attempt(command, actor.actorId);

            AuthzRejection denial = expectedDenial(row.access(), actor, command);
            if (denial != null) {
                assertThat(refusal).as("%s as %s is denied", row, actor).isNotNull();
                assertThat(refusal.code()).as("%s as %s", row, actor).isEqualTo(denial);
                assertThat(journal(campaign)).as("a denied command appends nothing").hasSize(before);
                return;
            }
            RejectionCode gameRule = row.gameRefusal().apply(actor);
            if (gameRule == null) {
                assertThat(refusal).as("%s as %s is admitted and succeeds", row, actor).isNull();
                assertThat(journal(campaign).size()).as("it appended its events").isGreaterThan(before);
            } else {
                assertThat(refusal).as("%s as %s is admitted, then refused by a game rule", row, actor).isNotNull();
                assertThat(refusal.code()).isNotInstanceOf(AuthzRejection.class).isEqualTo(gameRule);
                assertThat(journal(campaign)).hasSize(before);
            }
        }

        @Test
        void anUnknownCampaignIsNotFoundBeforeAnyPolicy() {
            CampaignId nowhere = CampaignId.of("camp-nowhere");
            assertThatThrownBy(() -> send(new UpdateCampaign(nowhere, new Name("X"), null, null), OWNER.value()))
                    .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.code())
                            .isEqualTo(CAMPAIGN_NOT_FOUND));
        }

        @Test
        void aParticipantOfOneCampaignIsAStrangerToAnother() {
            CampaignId mine = campaignAt(Stage.IDLE);
            CampaignId theirs = campaignAt(Stage.IDLE);
            // a manager of one campaign is nobody in another
            send(new JoinParticipant(mine, ParticipantId.of("p-only-mine"), new Name("Solo"), GM, MANAGER),
                    OWNER.value());
            assertThat(attempt(new UpdateCampaign(theirs, new Name("Mine now"), null, null), "p-only-mine").code())
                    .isEqualTo(AUTHZ_DENY_NOT_A_MEMBER);
        }

        @Test
        void aCommandWithoutActorIsNotAMembersCommand() {
            CampaignId campaign = campaignAt(Stage.IDLE);
            assertThat(attempt(new AddStoryNote(campaign, FreeText.of("anonymous", "content"), null), null).code())
                    .isEqualTo(AUTHZ_DENY_NOT_A_MEMBER);
        }
    }

    /**
     * reference-service.md §3: while a session is active, campaign, participant, invite and character commands are
     * refused with SESSION_ACTIVE; session, action and story commands run.
     */
    @Nested
    class SessionLock {
        private static final Set<String> LOCKED_FAMILIES = Set.of("campaign.", "participant.", "invite.", "character.");

        @Test
        void theCatalogLocksExactlyTheOutOfGameFamilies() {
            assertThat(CATALOG.commands()).filteredOn(d -> d.owner().isCore()).allSatisfy(definition ->
                    assertThat(definition.policy().allowedDuringSession()).as(definition.type())
                            .isEqualTo(LOCKED_FAMILIES.stream().noneMatch(definition.type()::startsWith)));
        }

        static Stream<Arguments> outOfGameCommandsAndWhoSendsThem() {
            return lockedRows().flatMap(row -> Stream.of(Role.OWNER, Role.ADMIN).map(role -> Arguments.of(row, role)));
        }

        static Stream<Row> lockedRows() {
            Row claim = new Row("invite.claim", Access.INVITE_HOLDER, Stage.PLAYING,
                    (c, a) -> new ClaimInvite(c, hash('a'), ParticipantId.of("p-new"), new Name("Newcomer"),
                            hash('c')));
            return Stream.concat(ROWS.stream(), Stream.of(claim))
                    .filter(row -> !CATALOG.command(row.command().command(CampaignId.of("x"), Role.OWNER).getClass())
                            .orElseThrow().policy().allowedDuringSession());
        }

        @ParameterizedTest(name = "{0} as {1} during a session: SESSION_ACTIVE")
        @MethodSource("outOfGameCommandsAndWhoSendsThem")
        void outOfGameCommandsAreRefused(Row row, Role actor) {
            CampaignId campaign = campaignAt(Stage.PLAYING);
            int before = journal(campaign).size();

            Rejected refusal = attempt(row.command().command(campaign, actor), actor.actorId);

            assertThat(refusal).as("%s is refused", row).isNotNull();
            assertThat(refusal.code()).isEqualTo(SESSION_ACTIVE);
            assertThat(journal(campaign)).hasSize(before);
        }

        @Test
        void everyOutOfGameCommandIsInTheLockTest() {
            assertThat(lockedRows().map(Row::type).collect(Collectors.toSet())).isEqualTo(
                    CATALOG.commands().stream().filter(d -> d.owner().isCore() && !d.policy().allowedDuringSession()
                                    && !d.type().equals("campaign.create"))
                            .map(CommandDefinition::type).collect(Collectors.toSet()));
        }

        static Stream<Row> inGameRows() {
            return ROWS.stream().filter(row -> CATALOG.command(row.command().command(CampaignId.of("x"), Role.OWNER)
                    .getClass()).orElseThrow().policy().allowedDuringSession());
        }

        @ParameterizedTest(name = "{0} runs during a session")
        @MethodSource("inGameRows")
        void sessionActionAndStoryCommandsRun(Row row) {
            // each at its own stage, but never before a session is active
            CampaignId campaign = campaignAt(row.stage() == Stage.GATED ? Stage.GATED : Stage.PLAYING);
            Rejected refusal = attempt(row.command().command(campaign, Role.OWNER), Role.OWNER.actorId);
            if (row.type().equals("session.start")) {
                // admitted: it is readiness, not the lock, that refuses a second session
                assertThat(refusal).isNotNull();
                assertThat(refusal.code()).isEqualTo(SESSION_READINESS_SESSION_ACTIVE);
            } else {
                assertThat(refusal).as("%s during a session", row).isNull();
            }
        }
    }

    /** While a session gate is open, in-game commands wait (SESSION_GATE_OPEN); "always" commands run. */
    @Nested
    class Gates {
        static Stream<Arguments> gatedCommandsAndWhoSendsThem() {
            return ROWS.stream().filter(row -> policyOf(row).allowedDuringSession() && !policyOf(row).allowedWhileGateOpen())
                    .flatMap(row -> Stream.of(Role.OWNER, Role.ADMIN).map(role -> Arguments.of(row, role)));
        }

        @ParameterizedTest(name = "{0} as {1} while a gate is open: SESSION_GATE_OPEN")
        @MethodSource("gatedCommandsAndWhoSendsThem")
        void inGameCommandsAreRefused(Row row, Role actor) {
            CampaignId campaign = campaignAt(Stage.GATED);
            int before = journal(campaign).size();

            Rejected refusal = attempt(row.command().command(campaign, actor), actor.actorId);

            assertThat(refusal).as("%s is refused", row).isNotNull();
            assertThat(refusal.code()).isEqualTo(SESSION_GATE_OPEN);
            assertThat(journal(campaign)).hasSize(before);
        }

        @Test
        void theGatedCommandsAreThePlayCommands() {
            assertThat(gatedCommandsAndWhoSendsThem().map(a -> ((Row) a.get()[0]).type()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("session.end", "session.gate_open", "action.roll.resolve",
                            "action.outcome.apply", "action.outcome.reject");
        }

        static Stream<Row> alwaysRows() {
            return ROWS.stream().filter(row -> policyOf(row).allowedWhileGateOpen());
        }

        @ParameterizedTest(name = "{0} runs while a gate is open")
        @MethodSource("alwaysRows")
        void alwaysCommandsRun(Row row) {
            CampaignId campaign = campaignAt(Stage.GATED);
            Rejected refusal = attempt(row.command().command(campaign, Role.OWNER), Role.OWNER.actorId);
            if (row.type().equals("session.start")) {
                assertThat(refusal).isNotNull();
                assertThat(refusal.code()).isEqualTo(SESSION_READINESS_SESSION_ACTIVE);
            } else {
                assertThat(refusal).as("%s while a gate is open", row).isNull();
            }
        }

        @Test
        void onceTheGateIsResolvedPlayResumes() {
            CampaignId campaign = campaignAt(Stage.GATED);
            send(new ResolveGate(campaign, PLAYING, GATE, YES, null), OWNER.value());
            assertThat(attempt(new ResolveRoll(campaign, PLAYING, null, null, DUALITY, null), OWNER.value())).isNull();
            assertThat(attempt(new EndSession(campaign, PLAYING), OWNER.value())).isNull();
        }

        private static CommandPolicy policyOf(Row row) {
            return CATALOG.command(row.command().command(CampaignId.of("x"), Role.OWNER).getClass()).orElseThrow()
                    .policy();
        }
    }

    /**
     * The first session start lets the system bootstrap in the same decision: its command runs nested in the start's
     * unit of work, is judged by its own (system) type, and commits or rolls back with the start.
     */
    @Nested
    class FirstSessionBootstrap {
        @Test
        void theNestedSystemCommandAppendsToItsOwnStreamWithTheSystemEnvelope() {
            CampaignId campaign = campaignAt(Stage.READY);
            int before = journal(campaign).size();
            CommandMessage<?> start = message(new StartSession(campaign, PLAYING, null), Map.of(
                    Envelope.ACTOR_ID, OWNER.value(), Envelope.CORRELATION_ID, "corr-start",
                    Envelope.REQUEST_ID, "req-start"));

            config.commandGateway().sendAndWait(start);

            List<? extends EventMessage<?>> started = journal(campaign).subList(before, journal(campaign).size());
            assertThat(started).<Object>extracting(EventMessage::getPayload).containsExactly(
                    new SessionStarted(campaign, PLAYING, null), new CampaignActivated(campaign));
            assertThat(started).allSatisfy(event -> assertThat(event.getMetaData())
                    .containsEntry(Envelope.CAUSATION_ID, start.getIdentifier())
                    .doesNotContainKeys(Envelope.SYSTEM_ID, Envelope.SYSTEM_VERSION));

            assertThat(journal(tableOf(campaign))).singleElement().satisfies(seeded -> {
                // three player characters: the manager's, the player's and the bystander's; the NPC does not count
                assertThat(seeded.getPayload()).isEqualTo(new FearSeeded(campaign, tableOf(campaign), 3));
                assertThat(seeded.getMetaData())
                        .containsEntry(Envelope.SYSTEM_ID, "testsys")
                        .containsEntry(Envelope.SYSTEM_VERSION, "1.0.0")
                        .containsEntry(Envelope.CORRELATION_ID, "corr-start")
                        .containsEntry(Envelope.ACTOR_ID, OWNER.value())
                        .containsEntry(Envelope.REQUEST_ID, "req-start")
                        .containsKey(Envelope.CAUSATION_ID);
                assertThat(seeded.getMetaData().get(Envelope.CAUSATION_ID))
                        .as("caused by the nested system command, not by session.start")
                        .isNotEqualTo(start.getIdentifier());
            });
            assertThat(systems.bootstraps()).singleElement().satisfies(b -> assertThat(b.firstSession()
                    .playerCharacters()).containsExactly(MANAGERS_HERO, PLAYERS_HERO, BYSTANDERS_HERO));
        }

        @ParameterizedTest(name = "the {0} starts the first session: the GM-only bootstrap runs as part of it")
        @EnumSource(value = Role.class, names = {"OWNER", "MANAGER", "ADMIN"})
        void theBootstrapIsPartOfTheAdmittedStartWhoeverMayStartIt(Role starter) {
            // the manager plays and is no GM: the system's GM-only command still runs, because it is not the
            // manager's request but a consequence of a start the manager was allowed to ask for
            CampaignId campaign = campaignAt(Stage.READY);

            assertThat(attempt(new StartSession(campaign, PLAYING, null), starter.actorId)).isNull();

            assertThat(journal(tableOf(campaign))).singleElement().satisfies(seeded -> assertThat(seeded.getMetaData())
                    .as("the journal still names who asked").containsEntry(Envelope.ACTOR_ID, starter.actorId));
        }

        @Test
        void aLaterSessionDoesNotBootstrapAgain() {
            CampaignId campaign = campaignAt(Stage.IDLE);
            systems.forget();

            send(new StartSession(campaign, PLAYING, null), OWNER.value());

            assertThat(systems.bootstraps()).isEmpty();
            assertThat(journal(tableOf(campaign))).hasSize(1);
        }

        @Test
        void aBootstrapThatEmitsACoreEventFailsTheStartAndAppendsNothingAnywhere() {
            CampaignId campaign = campaignAt(Stage.READY);
            int before = journal(campaign).size();
            bootstrap = EMIT_CORE_EVENT;

            Rejected refusal = attempt(new StartSession(campaign, PLAYING, null), OWNER.value());

            assertThat(refusal).isNotNull();
            assertThat(refusal.code()).isEqualTo(EnvelopeRejection.EVENT_OWNER_MISMATCH);
            assertThat(journal(campaign)).as("no session.started, no campaign.activated").hasSize(before);
            assertThat(journal(tableOf(campaign))).isEmpty();

            // nothing was decided: with a well-behaved system the same session starts as the first one
            bootstrap = SEED_FEAR_PER_PC;
            assertThat(attempt(new StartSession(campaign, PLAYING, null), OWNER.value())).isNull();
            assertThat(journal(tableOf(campaign))).hasSize(1);
        }

        @Test
        void aSystemCommandEmittingACoreEventOnItsOwnFailsAndAppendsNothing() {
            CampaignId campaign = campaignAt(Stage.IDLE);
            int before = journal(campaign).size();
            String table = "bad-" + campaign.value();
            Map<String, String> metaData = new HashMap<>(TESTSYS);
            metaData.put(Envelope.ACTOR_ID, OWNER.value());

            assertThatThrownBy(() -> config.commandGateway().sendAndWait(
                    message(new SeedFearBadly(campaign, table), metaData)))
                    .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.code())
                            .isEqualTo(EnvelopeRejection.EVENT_OWNER_MISMATCH));
            assertThat(journal(campaign)).hasSize(before);
            assertThat(journal(table)).isEmpty();
        }
    }

    /**
     * A session's end lets the system end what lasts a session in the same decision, as the first start lets it
     * bootstrap: its commands run nested in the end's unit of work with the system's envelope, and a refused one
     * refuses the end, so the session is still playing and nothing is appended anywhere.
     */
    @Nested
    class SessionEndHook {
        @Test
        void theNestedSystemCommandsRunAfterTheEndWithTheSystemEnvelopeAndTheLiveCharacters() {
            CampaignId campaign = campaignAt(Stage.PLAYING);
            systems.forget(); // the set-up's own earlier session ended too
            int before = journal(campaign).size();
            sessionEnd = ended -> List.of(new RestParty(ended.campaignId(), ended.playerCharacters()));
            CommandMessage<?> end = message(new EndSession(campaign, PLAYING), Map.of(
                    Envelope.ACTOR_ID, OWNER.value(), Envelope.CORRELATION_ID, "corr-end"));

            config.commandGateway().sendAndWait(end);

            assertThat(journal(campaign).subList(before, journal(campaign).size()))
                    .<Object>extracting(EventMessage::getPayload)
                    .containsExactly(new SessionEnded(campaign, PLAYING));
            assertThat(journal(partyOf(campaign))).singleElement().satisfies(rested -> {
                // the three player characters; the owner's NPC is among the live characters only
                assertThat(rested.getPayload()).isEqualTo(new PartyRested(campaign, partyOf(campaign),
                        List.of(MANAGERS_HERO, PLAYERS_HERO, BYSTANDERS_HERO)));
                assertThat(rested.getMetaData())
                        .containsEntry(Envelope.SYSTEM_ID, "testsys")
                        .containsEntry(Envelope.CORRELATION_ID, "corr-end")
                        .containsEntry(Envelope.ACTOR_ID, OWNER.value());
            });
            assertThat(systems.endings()).singleElement().satisfies(ending -> assertThat(
                    ending.sessionEnd().characters()).containsExactly(MANAGERS_HERO, PLAYERS_HERO,
                    BYSTANDERS_HERO, OWNERS_NPC));
        }

        @Test
        void aRefusedSessionEndCommandRefusesTheEndAndAppendsNothing() {
            CampaignId campaign = campaignAt(Stage.PLAYING);
            int before = journal(campaign).size();
            sessionEnd = ended -> List.of(new PokeCharacter(ended.campaignId(), CharacterId.of("c-ghost")));

            assertRefusal(attempt(new EndSession(campaign, PLAYING), OWNER.value()), CHARACTER_NOT_FOUND,
                    "character_id");

            assertThat(journal(campaign)).as("no session.ended").hasSize(before);
            assertThat(journal(partyOf(campaign))).isEmpty();
            // nothing was decided: the session still plays and ends once the system behaves
            sessionEnd = ended -> List.of();
            assertThat(attempt(new EndSession(campaign, PLAYING), OWNER.value())).isNull();
        }
    }

    /**
     * "Refused while a gate is open" asks the active session's own aggregate, loaded in the command's unit of work; a
     * session where nothing was played yet has no stream, hence no gate. Ended sessions are never asked.
     */
    @Nested
    class TheGateRuleAsksTheActiveSession {
        private final SessionId earlier = SessionId.of("s-earlier");
        private final SessionId active = SessionId.of("s-active");
        private final Campaign campaign = Folded.campaign(History.draft().firstSession(earlier).end(earlier)
                .session(active));
        private final List<SessionStreamId> asked = new ArrayList<>();

        @Test
        void aGatedCommandAsksTheActiveSessionsAggregateAndNoOther() {
            campaign.admit(definitionOf(ResolveRoll.class), null, Actors.ADMIN, recording(false));

            assertThat(asked).containsExactly(SessionStreamId.of(History.CAMPAIGN, active));
        }

        @Test
        void whatTheActiveSessionSaysDecides() {
            Rejections.assertRejected(() -> campaign.admit(definitionOf(ResolveRoll.class), null, Actors.ADMIN,
                    recording(true)), SESSION_GATE_OPEN, null);
            Rejections.assertRejected(() -> campaign.admitNested(definitionOf(EndSession.class), null,
                    recording(true)), SESSION_GATE_OPEN, null);
        }

        @Test
        void aCommandAllowedWhileAGateIsOpenAsksNobody() {
            campaign.admit(definitionOf(ResolveGate.class), null, Actors.ADMIN, recording(true));

            assertThat(asked).isEmpty();
        }

        @Test
        void withoutAnActiveSessionNobodyIsAsked() {
            Campaign idle = Folded.campaign(History.draft().firstSession(earlier).end(earlier));

            idle.admit(definitionOf(ResolveRoll.class), null, Actors.ADMIN, recording(true));

            assertThat(asked).isEmpty();
        }

        @Test
        void aSessionWithoutStreamHasNoGate() {
            CampaignId campaign = campaignAt(Stage.IDLE);
            SessionId fresh = SessionId.of("s-fresh");
            send(new StartSession(campaign, fresh, null), OWNER.value());
            assertThat(journal(SessionStreamId.of(campaign, fresh).value())).as("nothing played yet").isEmpty();

            assertThat(attempt(new ResolveRoll(campaign, fresh, null, null, DUALITY, null), OWNER.value())).isNull();
        }

        @Test
        void aGateOpenInTheSessionsStreamHoldsPlayUntilItCloses() {
            CampaignId campaign = campaignAt(Stage.GATED);
            assertThat(journal(SessionStreamId.of(campaign, PLAYING).value())).last()
                    .extracting(EventMessage::getPayloadType).isEqualTo(GateOpened.class);

            assertThat(attempt(new EndSession(campaign, PLAYING), OWNER.value()).code()).isEqualTo(SESSION_GATE_OPEN);
            send(new AbandonGate(campaign, PLAYING, GATE, null), OWNER.value());
            assertThat(attempt(new EndSession(campaign, PLAYING), OWNER.value())).isNull();
        }

        private Predicate<SessionStreamId> recording(boolean open) {
            return session -> {
                asked.add(session);
                return open;
            };
        }
    }

    /** Start and end of sessions stay in the campaign's stream; what is played in one goes to the session's. */
    @Nested
    class SessionStreams {
        @Test
        void playEventsLandInTheSessionsStreamWhileStartAndEndLandInTheCampaigns() {
            CampaignId campaign = campaignAt(Stage.PLAYING);
            send(new OpenGate(campaign, PLAYING, GATE, VOTE, null, List.of()), OWNER.value());
            send(new ResolveGate(campaign, PLAYING, GATE, YES, null), OWNER.value());
            send(new EndSession(campaign, PLAYING), OWNER.value());

            String playing = "session:" + campaign.value() + ":" + PLAYING.value();
            assertThat(SessionStreamId.of(campaign, PLAYING).value()).isEqualTo(playing);
            assertThat(journal(playing)).<Object>extracting(EventMessage::getPayloadType).containsExactly(
                    RollResolved.class, SpotlightSet.class, GateOpened.class, GateResolved.class);
            assertThat(journal(playing)).allSatisfy(event -> assertThat(((DomainEventMessage<?>) event)
                    .getAggregateIdentifier()).isEqualTo(playing));
            assertThat(journal(campaign.value())).<Object>extracting(EventMessage::getPayloadType)
                    .containsSubsequence(SessionStarted.class, SessionEnded.class, SessionStarted.class,
                            SessionEnded.class)
                    .doesNotContain(RollResolved.class, SpotlightSet.class, GateOpened.class, GateResolved.class);
            assertThat(journal(SessionStreamId.of(campaign, FIRST).value()))
                    .as("nothing was played in the first session, so it has no stream").isEmpty();
        }

        @Test
        void rollNumbersRunPerCampaignAcrossSessionStreams() {
            CampaignId campaign = campaignAt(Stage.PLAYING);
            send(new EndSession(campaign, PLAYING), OWNER.value());
            SessionId next = SessionId.of("s-2");
            send(new StartSession(campaign, next, null), OWNER.value());

            RollResolved second = config.commandGateway().sendAndWait(message(
                    new ResolveRoll(campaign, next, null, null, DUALITY, null), Map.of(Envelope.ACTOR_ID, OWNER.value())));

            assertThat(second.rollSeq()).as("s-1 made roll 1").isEqualTo(2);
            assertThat(attempt(new ApplyOutcome(campaign, next, 1, "req-1", List.of(), false, null), OWNER.value())
                    .code()).isEqualTo(ROLL_OTHER_SESSION);
            assertThat(attempt(new ApplyOutcome(campaign, next, 3, "req-1", List.of(), false, null), OWNER.value())
                    .code()).isEqualTo(ROLL_NOT_FOUND);
            assertThat(attempt(new ApplyOutcome(campaign, next, 2, "req-1", List.of(), false, null), OWNER.value()))
                    .isNull();
        }

        @Test
        void anEndedSessionsStreamTakesNothingMore() {
            CampaignId campaign = campaignAt(Stage.PLAYING);
            send(new EndSession(campaign, PLAYING), OWNER.value());
            int before = journal(campaign).size();

            for (Object play : List.of(new ResolveRoll(campaign, PLAYING, null, null, DUALITY, null),
                    new ApplyOutcome(campaign, PLAYING, 1, "req-1", List.of(), false, null),
                    new OpenGate(campaign, PLAYING, GATE, VOTE, null, List.of()),
                    new ClearSpotlight(campaign, PLAYING, null))) {
                assertThat(attempt(play, OWNER.value()).code()).as(play.toString()).isEqualTo(SESSION_NOT_ACTIVE);
            }
            assertThat(journal(campaign)).hasSize(before);
        }
    }

    /**
     * A game system's command is admitted only on a campaign that plays that system, and only about live characters of
     * that campaign: checked against the campaign itself in the command's unit of work (never against a read model),
     * after who may send it and before the session lock, for commands sent by clients and for those a decision sends.
     */
    @Nested
    class RulesVersions {
        @Test
        void aCampaignCreatedWithAnOlderReleaseOfTheMajorPlaysItsSystemCommandsAndBootstrap() {
            CampaignId campaign = campaignAt(Stage.IDLE); // created with 1.0.0; testsys is at 1.2.0

            assertThat(attemptSystem(new PokeCharacter(campaign, PLAYERS_HERO), "testsys", OWNER.value())).isNull();
            assertThat(journal(tableOf(campaign))).as("the first session's bootstrap ran").isNotEmpty();
        }

        @ParameterizedTest(name = "created with {0}: CAMPAIGN_GAME_SYSTEM_UNSUPPORTED")
        @ValueSource(strings = {"1.3.0", "2.0.0", "0.9.0", "1.0", "latest"})
        void aCampaignIsCreatedOnlyWithAVersionTheModuleServes(String version) {
            CampaignId id = CampaignId.of("camp-v-" + campaigns.incrementAndGet());
            Rejected refusal = attempt(new CreateCampaign(id, new Name("Too new"), LocaleTag.DEFAULT, null,
                    new GameSystemRef("testsys", version), OWNER, new Name("Ada"), hash('0')), Actors.ANONYMOUS);

            assertRefusal(refusal, CAMPAIGN_GAME_SYSTEM_UNSUPPORTED, "game_system");
        }

        @Test
        void aCampaignOfAMajorNoLongerServedWaitsForItsOwnersUpgrade() {
            CampaignId campaign = fromAnOldRelease("0.9.0");

            assertRefusal(attemptSystem(new PokeCharacter(campaign, PLAYERS_HERO), "testsys", OWNER.value()),
                    EnvelopeRejection.SYSTEM_VERSION_UNSUPPORTED, "game_system");
            assertThat(journal(partyOf(campaign))).isEmpty();
            // the core still serves it: the owner can move it on
            assertRefusal(attempt(new UpgradeGameSystem(campaign, "1.2.0"), Role.MEMBER_PLAYER.actorId),
                    AUTHZ_DENY_REQUIRES_OWNER, null);
            send(new UpgradeGameSystem(campaign, "1.2.0"), OWNER.value());

            assertThat(journal(campaign.value()).get(journal(campaign.value()).size() - 1).getPayload())
                    .isEqualTo(new GameSystemUpgraded(campaign, "testsys", "0.9.0", "1.2.0"));
            assertThat(attemptSystem(new PokeCharacter(campaign, PLAYERS_HERO), "testsys", OWNER.value())).isNull();
        }

        @Test
        void anUpgradeGoesToANewerServedVersionOnly() {
            CampaignId campaign = campaignAt(Stage.IDLE);

            assertRefusal(attempt(new UpgradeGameSystem(campaign, "1.0.0"), OWNER.value()),
                    CAMPAIGN_GAME_SYSTEM_NOT_NEWER, "version");
            assertRefusal(attempt(new UpgradeGameSystem(campaign, "0.9.0"), OWNER.value()),
                    CAMPAIGN_GAME_SYSTEM_UNSUPPORTED, "version");
            assertRefusal(attempt(new UpgradeGameSystem(campaign, "2.0.0"), OWNER.value()),
                    CAMPAIGN_GAME_SYSTEM_UNSUPPORTED, "version");
            assertRefusal(attempt(new UpgradeGameSystem(campaign, "1.2"), OWNER.value()),
                    CAMPAIGN_GAME_SYSTEM_UNSUPPORTED, "version");
            send(new UpgradeGameSystem(campaign, "1.1.0"), OWNER.value());
            assertRefusal(attempt(new UpgradeGameSystem(campaign, "1.1.0"), OWNER.value()),
                    CAMPAIGN_GAME_SYSTEM_NOT_NEWER, "version");
        }

        /**
         * A campaign as an older release of the service left it in the journal: created with testsys {@code version},
         * which this release no longer serves, with the owner and the member player's character.
         */
        private CampaignId fromAnOldRelease(String version) {
            CampaignId id = CampaignId.of("camp-old-" + campaigns.incrementAndGet());
            List<Object> history = List.of(
                    new CampaignCreated(id, new Name("From long ago"), LocaleTag.DEFAULT, null, "testsys", version),
                    new ParticipantJoined(id, OWNER, new Name("Ada"), GM, CampaignAccess.OWNER),
                    new ParticipantJoined(id, Role.MEMBER_PLAYER.participantId(), new Name("Bo"), PLAYER, MEMBER),
                    new CharacterCreated(id, PLAYERS_HERO, Role.MEMBER_PLAYER.participantId(), new Name("Hero"),
                            CharacterKind.PC, null));
            for (int seq = 0; seq < history.size(); seq++) {
                config.eventStore().publish(new GenericDomainEventMessage<>("Campaign", id.value(), seq,
                        history.get(seq)));
            }
            return id;
        }
    }

    @Nested
    class GameSystemCommands {
        private static final CharacterId GHOST = CharacterId.of("c-ghost");

        @ParameterizedTest(name = "sent by the {0}: CAMPAIGN_SYSTEM_MISMATCH")
        @EnumSource(value = Role.class, names = {"OWNER", "MEMBER_PLAYER", "ADMIN"})
        void aCommandOfAnotherSystemIsRefused(Role actor) {
            CampaignId campaign = campaignAt(Stage.IDLE);
            int before = journal(campaign).size();

            Rejected refusal = attemptSystem(new PokeGizmo(campaign, PLAYERS_HERO), "othersys", actor.actorId);

            assertRefusal(refusal, CAMPAIGN_SYSTEM_MISMATCH, null);
            assertThat(journal(gizmoOf(campaign))).isEmpty();
            assertThat(journal(campaign)).hasSize(before);
        }

        @Test
        void whoMaySendItIsCheckedFirst() {
            CampaignId campaign = campaignAt(Stage.IDLE);
            assertRefusal(attemptSystem(new PokeGizmo(campaign, GHOST), "othersys", Role.NON_MEMBER.actorId),
                    AUTHZ_DENY_NOT_A_MEMBER, null);
            assertRefusal(attemptSystem(new RestParty(campaign, List.of(GHOST)), "testsys",
                    Role.MEMBER_PLAYER.actorId), AUTHZ_DENY_REQUIRES_GM, null);
        }

        @ParameterizedTest(name = "sent by the {0}: admitted")
        @EnumSource(value = Role.class, names = {"OWNER", "MEMBER_PLAYER", "ADMIN"})
        void aCommandAboutACharacterOfTheCampaignPasses(Role actor) {
            CampaignId campaign = campaignAt(Stage.IDLE);

            assertThat(attemptSystem(new PokeCharacter(campaign, PLAYERS_HERO), "testsys", actor.actorId)).isNull();

            assertThat(journal(partyOf(campaign))).<Object>extracting(EventMessage::getPayload)
                    .containsExactly(new CharacterPoked(campaign, partyOf(campaign), PLAYERS_HERO));
        }

        @Test
        void anUnknownCharacterIsNotFound() {
            CampaignId campaign = campaignAt(Stage.IDLE);
            assertRefusal(attemptSystem(new PokeCharacter(campaign, GHOST), "testsys", OWNER.value()),
                    CHARACTER_NOT_FOUND, "character_id");
            assertThat(journal(partyOf(campaign))).isEmpty();
        }

        @Test
        void aCharacterOfAnotherCampaignIsNotFound() {
            CampaignId mine = campaignAt(Stage.IDLE);
            CampaignId theirs = campaignAt(Stage.IDLE);
            CharacterId theirsOnly = CharacterId.of("c-theirs-only");
            character(theirs, theirsOnly, OWNER, CharacterKind.NPC);

            assertRefusal(attemptSystem(new PokeCharacter(mine, theirsOnly), "testsys", Actors.ADMIN),
                    CHARACTER_NOT_FOUND, "character_id");
            assertThat(attemptSystem(new PokeCharacter(theirs, theirsOnly), "testsys", Actors.ADMIN)).isNull();
        }

        @Test
        void aDeletedCharacterIsRefused() {
            CampaignId campaign = campaignAt(Stage.IDLE);
            send(new DeleteCharacter(campaign, PLAYERS_HERO, null), OWNER.value());

            assertRefusal(attemptSystem(new PokeCharacter(campaign, PLAYERS_HERO), "testsys", OWNER.value()),
                    CHARACTER_DELETED, "character_id");
            assertThat(journal(partyOf(campaign))).isEmpty();
        }

        @Test
        void aCommandAboutSeveralCharactersNeedsThemAllAlive() {
            CampaignId campaign = campaignAt(Stage.IDLE);
            send(new DeleteCharacter(campaign, BYSTANDERS_HERO, null), OWNER.value());

            assertRefusal(attemptSystem(new RestParty(campaign, List.of(MANAGERS_HERO, GHOST, BYSTANDERS_HERO)),
                    "testsys", OWNER.value()), CHARACTER_NOT_FOUND, "targets[1]");
            assertRefusal(attemptSystem(new RestParty(campaign, List.of(BYSTANDERS_HERO, GHOST)),
                    "testsys", OWNER.value()), CHARACTER_DELETED, "targets[0]");
            assertThat(journal(partyOf(campaign))).isEmpty();

            assertThat(attemptSystem(new RestParty(campaign, List.of(MANAGERS_HERO, PLAYERS_HERO)), "testsys",
                    OWNER.value())).isNull();
            assertThat(journal(partyOf(campaign))).singleElement().extracting(EventMessage::getPayload)
                    .isEqualTo(new PartyRested(campaign, partyOf(campaign), List.of(MANAGERS_HERO, PLAYERS_HERO)));
        }

        @Test
        void theSystemAndCharacterChecksComeBeforeTheSessionLockAndGate() {
            CampaignId campaign = campaignAt(Stage.GATED);
            assertRefusal(attemptSystem(new PokeGizmo(campaign, PLAYERS_HERO), "othersys", OWNER.value()),
                    CAMPAIGN_SYSTEM_MISMATCH, null);
            assertRefusal(attemptSystem(new PokeCharacter(campaign, GHOST), "testsys", OWNER.value()),
                    CHARACTER_NOT_FOUND, "character_id");
            assertRefusal(attemptSystem(new PokeCharacter(campaign, PLAYERS_HERO), "testsys", OWNER.value()),
                    SESSION_GATE_OPEN, null);
        }

        // ---- nested: sent by another command's decision, in its unit of work ----

        @Test
        void aNestedCommandOfAnotherSystemIsRefusedAndTheWholeDecisionWithIt() {
            CampaignId campaign = campaignAt(Stage.IDLE);

            assertRefusal(attemptSystem(new Relay(campaign, new PokeGizmo(campaign, PLAYERS_HERO), "othersys"),
                    "testsys", OWNER.value()), CAMPAIGN_SYSTEM_MISMATCH, null);

            assertThat(journal(relayOf(campaign))).as("the relaying decision rolled back").isEmpty();
            assertThat(journal(gizmoOf(campaign))).isEmpty();
        }

        @Test
        void aNestedCommandNamesLiveCharactersOfTheCampaignToo() {
            CampaignId campaign = campaignAt(Stage.IDLE);
            send(new DeleteCharacter(campaign, BYSTANDERS_HERO, null), OWNER.value());

            assertRefusal(attemptSystem(new Relay(campaign, new PokeCharacter(campaign, GHOST), "testsys"),
                    "testsys", OWNER.value()), CHARACTER_NOT_FOUND, "character_id");
            assertRefusal(attemptSystem(new Relay(campaign, new PokeCharacter(campaign, BYSTANDERS_HERO), "testsys"),
                    "testsys", OWNER.value()), CHARACTER_DELETED, "character_id");
            assertRefusal(attemptSystem(new Relay(campaign, new RestParty(campaign, List.of(PLAYERS_HERO, GHOST)),
                    "testsys"), "testsys", OWNER.value()), CHARACTER_NOT_FOUND, "targets[1]");
            assertThat(journal(relayOf(campaign))).isEmpty();
            assertThat(journal(partyOf(campaign))).isEmpty();

            assertThat(attemptSystem(new Relay(campaign, new PokeCharacter(campaign, PLAYERS_HERO), "testsys"),
                    "testsys", OWNER.value())).isNull();
            assertThat(journal(relayOf(campaign))).hasSize(1);
            assertThat(journal(partyOf(campaign))).hasSize(1);
        }

        @Test
        void aNestedCommandSkipsOnlyTheAccessCheck() {
            // the player may relay, and the relayed GM-only rest is the relaying decision's, not the player's request
            CampaignId campaign = campaignAt(Stage.IDLE);
            String player = Role.MEMBER_PLAYER.actorId;

            assertRefusal(attemptSystem(new Relay(campaign, new RestParty(campaign, List.of(GHOST)), "testsys"),
                    "testsys", player), CHARACTER_NOT_FOUND, "targets[0]");
            assertThat(attemptSystem(new Relay(campaign, new RestParty(campaign, List.of(PLAYERS_HERO)), "testsys"),
                    "testsys", player)).isNull();
        }

        @Test
        void aFirstSessionBootstrapAboutAnUnknownCharacterFailsTheStart() {
            CampaignId campaign = campaignAt(Stage.READY);
            int before = journal(campaign).size();
            bootstrap = first -> List.of(new PokeCharacter(first.campaignId(), GHOST));

            assertRefusal(attempt(new StartSession(campaign, PLAYING, null), OWNER.value()), CHARACTER_NOT_FOUND,
                    "character_id");

            assertThat(journal(campaign)).as("no session.started, no campaign.activated").hasSize(before);
            assertThat(journal(partyOf(campaign))).isEmpty();
        }

        @Test
        void aFirstSessionBootstrapAboutADeletedCharacterFailsTheStart() {
            CampaignId campaign = campaignAt(Stage.READY);
            CharacterId gone = CharacterId.of("c-gone");
            character(campaign, gone, OWNER, CharacterKind.NPC);
            send(new DeleteCharacter(campaign, gone, null), OWNER.value());
            int before = journal(campaign).size();
            bootstrap = first -> List.of(new RestParty(first.campaignId(), List.of(PLAYERS_HERO, gone)));

            assertRefusal(attempt(new StartSession(campaign, PLAYING, null), OWNER.value()), CHARACTER_DELETED,
                    "targets[1]");

            assertThat(journal(campaign)).hasSize(before);
            assertThat(journal(partyOf(campaign))).isEmpty();
        }
    }

    @ParameterizedTest(name = "admission also holds for the system command sent directly by a {0}")
    @EnumSource(value = Role.class, names = {"MEMBER_PLAYER", "NON_MEMBER"})
    void aSystemCommandIsAdmittedByItsOwnPolicyToo(Role actor) {
        CampaignId campaign = campaignAt(Stage.IDLE);
        Map<String, String> metaData = new HashMap<>(TESTSYS);
        metaData.put(Envelope.ACTOR_ID, actor.actorId);
        assertThatThrownBy(() -> config.commandGateway().sendAndWait(
                message(new SeedFear(campaign, "direct-" + campaign.value(), 9), metaData)))
                .isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.code()).isEqualTo(
                        actor == Role.NON_MEMBER ? AUTHZ_DENY_NOT_A_MEMBER : AUTHZ_DENY_REQUIRES_GM));
        assertThat(journal("direct-" + campaign.value())).isEmpty();
    }

    // ---- sending and reading ----

    private static CommandDefinition definitionOf(Class<?> payload) {
        return CATALOG.command(payload).orElseThrow();
    }

    private static String tableOf(CampaignId campaign) {
        return "testsys-" + campaign.value();
    }

    private static String partyOf(CampaignId campaign) {
        return "testsys-party-" + campaign.value();
    }

    private static String relayOf(CampaignId campaign) {
        return "testsys-relay-" + campaign.value();
    }

    private static String gizmoOf(CampaignId campaign) {
        return "othersys-" + campaign.value();
    }

    /** Sends a game system's command with that system's envelope and returns its refusal, or null when it succeeded. */
    private static Rejected attemptSystem(Object payload, String systemId, String actorId) {
        Map<String, String> metaData = new HashMap<>(Map.of(Envelope.SYSTEM_ID, systemId,
                Envelope.SYSTEM_VERSION, "1.0.0"));
        if (actorId != null) {
            metaData.put(Envelope.ACTOR_ID, actorId);
        }
        try {
            config.commandGateway().sendAndWait(message(payload, metaData));
            return null;
        } catch (Rejected refusal) {
            return refusal;
        }
    }

    private static void assertRefusal(Rejected refusal, RejectionCode code, String field) {
        assertThat(refusal).as("refused with %s", code).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.field()).isEqualTo(field);
    }

    private static CommandMessage<?> message(Object payload, Map<String, ?> metaData) {
        return GenericCommandMessage.asCommandMessage(payload).andMetaData(metaData);
    }

    private static void send(Object payload, String actorId) {
        Map<String, Object> metaData = new LinkedHashMap<>();
        if (actorId != null) {
            metaData.put(Envelope.ACTOR_ID, actorId);
        }
        config.commandGateway().sendAndWait(message(payload, metaData));
    }

    /** Sends the command and returns its refusal, or null when it succeeded. */
    private static Rejected attempt(Object payload, String actorId) {
        try {
            send(payload, actorId);
            return null;
        } catch (Rejected refusal) {
            return refusal;
        }
    }

    /** Everything the core wrote about a campaign, in append order: its own stream and its sessions' streams. */
    private static List<? extends EventMessage<?>> journal(CampaignId campaign) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> all = config.eventStore().openStream(null)) {
            while (all.hasNextAvailable()) {
                if (all.nextAvailable() instanceof DomainEventMessage<?> event
                        && (event.getAggregateIdentifier().equals(campaign.value())
                        || SessionStreamId.parse(event.getAggregateIdentifier())
                        .filter(stream -> stream.campaignId().equals(campaign)).isPresent())) {
                    events.add(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }

    /** One aggregate's stream. */
    private static List<? extends EventMessage<?>> journal(String aggregateId) {
        return config.eventStore().readEvents(aggregateId).asStream().toList();
    }
}
