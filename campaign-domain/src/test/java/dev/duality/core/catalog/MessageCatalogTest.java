package dev.duality.core.catalog;

import dev.duality.core.CoreMessages;
import dev.duality.core.action.api.RollResolved;
import dev.duality.core.action.api.StoryNoteAdded;
import dev.duality.core.campaign.api.CampaignActivated;
import dev.duality.core.campaign.api.CampaignArchived;
import dev.duality.core.campaign.api.CampaignCreated;
import dev.duality.core.campaign.api.CampaignEnded;
import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CampaignRestored;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.campaign.api.CampaignUpdated;
import dev.duality.core.campaign.api.GameSystemUpgraded;
import dev.duality.core.campaign.api.CharacterCreated;
import dev.duality.core.campaign.api.CharacterDeleted;
import dev.duality.core.campaign.api.CharacterTransferred;
import dev.duality.core.campaign.api.CharacterUpdated;
import dev.duality.core.campaign.api.InviteClaimed;
import dev.duality.core.campaign.api.InviteCreated;
import dev.duality.core.campaign.api.InviteRevoked;
import dev.duality.core.campaign.api.ParticipantJoined;
import dev.duality.core.campaign.api.ParticipantLeft;
import dev.duality.core.campaign.api.ParticipantTokenIssued;
import dev.duality.core.campaign.api.ParticipantUpdated;
import dev.duality.core.session.api.GateAbandoned;
import dev.duality.core.session.api.GateOpened;
import dev.duality.core.session.api.GateResolved;
import dev.duality.core.session.api.GateResponseRecorded;
import dev.duality.core.session.api.SessionEnded;
import dev.duality.core.session.api.SessionStarted;
import dev.duality.core.session.api.SpotlightCleared;
import dev.duality.core.session.api.SpotlightSet;
import dev.duality.core.system.SystemModule;
import dev.duality.core.testing.FakeCoreModule;
import dev.duality.core.testing.FakeSystemModule;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static dev.duality.core.catalog.CommandDefinition.command;
import static dev.duality.core.catalog.EventDefinition.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each start-up rule of the catalog, proven by booting a deliberately broken registration: the failure names the
 * problem and the type at fault.
 */
class MessageCatalogTest {
    /** A policy that needs no campaign, so any payload may carry it. */
    private static final CommandPolicy ANYONE = CommandPolicy.always(CommandPolicy.Access.PUBLIC);

    // Payloads of the test registrations; each registration needs its own class.
    record XDone() {
    }

    record FooHappened() {
    }

    record DoX() {
    }

    record GadgetBuilt() {
    }

    record BuildGadget() {
    }

    record StrayEvent() {
    }

    /** A command about a campaign, as every non-public command must be. */
    record PokeCampaign(CampaignId campaignId) implements CampaignScoped {
    }

    @Nested
    class Registration {
        @Test
        void acceptsCoreAndSystemTypesInTheirOwnNamespaces() {
            MessageCatalog catalog = MessageCatalog.of(
                    FakeCoreModule.empty().withCommands(command("gadget.build", BuildGadget.class, ANYONE))
                            .withEvents(event("gadget.built", GadgetBuilt.class)),
                    List.of(FakeSystemModule.testsys().withCommands(command("sys.testsys.x.do", DoX.class, ANYONE))
                            .withEvents(event("sys.testsys.x_done", XDone.class))));

            assertThat(catalog.typeName(GadgetBuilt.class)).contains("gadget.built");
            assertThat(catalog.event(XDone.class)).get().extracting(EventDefinition::owner)
                    .isEqualTo(new Owner("testsys"));
            assertThat(catalog.command(BuildGadget.class)).get().extracting(CommandDefinition::owner)
                    .isEqualTo(Owner.CORE);
            assertThat(catalog.payloadClass("sys.testsys.x.do")).contains(DoX.class);
        }

        @Test
        void aCoreTypeUnderSysIsANamespaceMismatch() {
            assertCatalogFails(() -> MessageCatalog.of(
                            FakeCoreModule.empty().withEvents(event("sys.testsys.x_done", XDone.class)),
                            List.of(FakeSystemModule.testsys())),
                    CatalogProblem.NAMESPACE_MISMATCH, "sys.testsys.x_done");
        }

        @Test
        void aSystemTypeOutsideSysIsANamespaceMismatch() {
            assertCatalogFails(() -> MessageCatalog.of(new CoreMessages(),
                            List.of(FakeSystemModule.testsys().withEvents(event("campaign.foo", FooHappened.class)))),
                    CatalogProblem.NAMESPACE_MISMATCH, "campaign.foo");
        }

        @Test
        void aSystemTypeUnderAnotherRegisteredSystemIsANamespaceMismatch() {
            assertCatalogFails(() -> MessageCatalog.of(FakeCoreModule.empty(), List.of(
                            FakeSystemModule.system("a").withEvents(event("sys.b.x", XDone.class)),
                            FakeSystemModule.system("b"))),
                    CatalogProblem.NAMESPACE_MISMATCH, "sys.b.x");
        }

        /** A system's rejection code, named with its system's prefix. */
        enum TestsysRejection implements dev.duality.core.rejection.RejectionCode {
            TESTSYS_X_REFUSED;

            @Override
            public dev.duality.core.rejection.Category category() {
                return dev.duality.core.rejection.Category.RULE_VIOLATION;
            }
        }

        @Test
        void aCommandDeclaringAnotherSystemsCodeIsRefused() {
            assertCatalogFails(() -> MessageCatalog.of(FakeCoreModule.empty(), List.of(
                            FakeSystemModule.system("a").withCommands(command("sys.a.x.do", DoX.class, ANYONE,
                                    TestsysRejection.TESTSYS_X_REFUSED)),
                            FakeSystemModule.testsys())),
                    CatalogProblem.FOREIGN_REJECTION_CODE, "sys.a.x.do");
            assertCatalogFails(() -> MessageCatalog.of(FakeCoreModule.empty()
                                    .withCommands(command("gadget.build", BuildGadget.class, ANYONE,
                                            TestsysRejection.TESTSYS_X_REFUSED)),
                            List.of(FakeSystemModule.testsys())),
                    CatalogProblem.FOREIGN_REJECTION_CODE, "gadget.build");
        }

        @Test
        void aSystemDeclaresItsOwnCodesAndTheCores() {
            MessageCatalog catalog = MessageCatalog.of(FakeCoreModule.empty(), List.of(FakeSystemModule.testsys()
                    .withCommands(command("sys.testsys.x.do", DoX.class, ANYONE, TestsysRejection.TESTSYS_X_REFUSED,
                            dev.duality.core.value.ValueRejection.VALUE_REQUIRED))));
            assertThat(catalog.command(DoX.class).orElseThrow().rejects())
                    .containsExactly(TestsysRejection.TESTSYS_X_REFUSED,
                            dev.duality.core.value.ValueRejection.VALUE_REQUIRED);
        }

        @Test
        void anEventNamingAnUnregisteredSystemIsAnUnknownSystem() {
            assertCatalogFails(() -> MessageCatalog.of(FakeCoreModule.empty(),
                            List.of(FakeSystemModule.testsys().withEvents(event("sys.ghost.x_done", XDone.class)))),
                    CatalogProblem.UNKNOWN_SYSTEM, "sys.ghost.x_done");
        }

        @Test
        void aCommandNamingAnUnregisteredSystemIsAnUnknownSystem() {
            assertCatalogFails(() -> MessageCatalog.of(
                            FakeCoreModule.empty().withCommands(command("sys.ghost.x.do", DoX.class, ANYONE)), List.of()),
                    CatalogProblem.UNKNOWN_SYSTEM, "sys.ghost.x.do");
        }

        @Test
        void theSameTypeNameTwiceIsADuplicate() {
            assertCatalogFails(() -> MessageCatalog.of(FakeCoreModule.empty().withEvents(
                            event("gadget.built", GadgetBuilt.class), event("gadget.built", StrayEvent.class)), List.of()),
                    CatalogProblem.DUPLICATE_TYPE, "gadget.built");
        }

        @Test
        void aCommandAndAnEventCannotShareATypeName() {
            assertCatalogFails(() -> MessageCatalog.of(FakeCoreModule.empty()
                            .withCommands(command("gadget.build", BuildGadget.class, ANYONE))
                            .withEvents(event("gadget.build", GadgetBuilt.class)), List.of()),
                    CatalogProblem.DUPLICATE_TYPE, "gadget.build");
        }

        @Test
        void theSamePayloadClassUnderTwoNamesIsADuplicate() {
            assertCatalogFails(() -> MessageCatalog.of(FakeCoreModule.empty().withEvents(
                            event("gadget.built", GadgetBuilt.class), event("gadget.rebuilt", GadgetBuilt.class)), List.of()),
                    CatalogProblem.DUPLICATE_TYPE, "gadget.rebuilt");
        }

        @Test
        void aPayloadClassRegisteredByAnotherModuleIsADuplicate() {
            assertCatalogFails(() -> MessageCatalog.of(FakeCoreModule.empty(), List.of(
                            FakeSystemModule.testsys().withEvents(event("sys.testsys.x_done", XDone.class)),
                            // another system cannot reuse the class under its own name
                            FakeSystemModule.system("other").withEvents(event("sys.other.x_done", XDone.class)))),
                    CatalogProblem.DUPLICATE_TYPE, "sys.other.x_done");
        }

        @Test
        void twoSystemModulesWithTheSameIdAreADuplicateSystem() {
            assertCatalogFails(() -> MessageCatalog.of(new CoreMessages(),
                            List.of(FakeSystemModule.testsys(), FakeSystemModule.testsys())),
                    CatalogProblem.DUPLICATE_SYSTEM, "sys.testsys");
        }

        @ParameterizedTest(name = "version \"{0}\" is refused")
        @ValueSource(strings = {"1", "1.0", "1.0.0-beta", "v1.0.0", "01.0.0", "1.0.0.0", " 1.0.0", ""})
        void aSystemVersionThatIsNotMajorMinorPatchIsRefused(String version) {
            assertCatalogFails(() -> MessageCatalog.of(new CoreMessages(),
                            List.of(FakeSystemModule.testsys().atVersion(version))),
                    CatalogProblem.INVALID_SYSTEM_VERSION, "sys.testsys");
        }

        @Test
        void aSystemIdThatIsNotLowercaseIsAnInvalidName() {
            assertCatalogFails(() -> MessageCatalog.of(new CoreMessages(), List.of(FakeSystemModule.system("Test-Sys"))),
                    CatalogProblem.INVALID_TYPE_NAME, "sys.Test-Sys");
        }

        @ParameterizedTest(name = "core type \"{0}\" is refused")
        @ValueSource(strings = {"gadget", "Gadget.built", "gadget.Built", "gadget..built", "gadget.built.", "gadget-x.built",
                ".gadget.built", "gadget built"})
        void aCoreTypeNameNotOfTheFormAggregateDotActionIsInvalid(String type) {
            assertCatalogFails(() -> MessageCatalog.of(
                            FakeCoreModule.empty().withEvents(event(type, GadgetBuilt.class)), List.of()),
                    CatalogProblem.INVALID_TYPE_NAME, type);
        }

        @ParameterizedTest(name = "a {0} command needs a campaign")
        @EnumSource(value = CommandPolicy.Access.class, names = {"PUBLIC"}, mode = EnumSource.Mode.EXCLUDE)
        void aNonPublicCommandWhosePayloadNamesNoCampaignIsUnscoped(CommandPolicy.Access access) {
            assertCatalogFails(() -> MessageCatalog.of(FakeCoreModule.empty()
                            .withCommands(command("gadget.build", BuildGadget.class, CommandPolicy.inGame(access))), List.of()),
                    CatalogProblem.UNSCOPED_COMMAND, "gadget.build");
        }

        @Test
        void aSystemCommandIsCheckedForItsCampaignScopeToo() {
            assertCatalogFails(() -> MessageCatalog.of(FakeCoreModule.empty(), List.of(FakeSystemModule.testsys()
                            .withCommands(command("sys.testsys.x.do", DoX.class,
                                    CommandPolicy.inGame(CommandPolicy.Access.CHARACTER_CONTROLLER))))),
                    CatalogProblem.UNSCOPED_COMMAND, "sys.testsys.x.do");
        }

        @ParameterizedTest(name = "a {0} command about a campaign is accepted")
        @EnumSource(CommandPolicy.Access.class)
        void aCampaignScopedPayloadMayCarryAnyPolicy(CommandPolicy.Access access) {
            assertThatCode(() -> MessageCatalog.of(FakeCoreModule.empty()
                    .withCommands(command("campaign.poke", PokeCampaign.class, CommandPolicy.outOfGame(access))), List.of()))
                    .doesNotThrowAnyException();
        }

        @Test
        void everyCoreCommandDeclaresAPolicyAndEveryNonPublicOneIsCampaignScoped() {
            MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(FakeSystemModule.testsys()));
            assertThat(catalog.commands()).isNotEmpty().allSatisfy(definition -> {
                assertThat(definition.policy()).as(definition.type()).isNotNull();
                if (definition.policy().access() != CommandPolicy.Access.PUBLIC) {
                    assertThat(CampaignScoped.class).as(definition.type())
                            .isAssignableFrom(definition.payload());
                }
            });
        }

        /**
         * The contract names system types {@code sys.<system_id>.<domain>.<verb>} and
         * {@code sys.<system_id>.<domain>_<verb_past>}: a name that stops at the system id has no type at all.
         */
        @ParameterizedTest(name = "system type \"{0}\" is refused")
        @ValueSource(strings = {"sys.testsys", "sys.testsys."})
        void aSystemTypeNameWithNothingAfterTheSystemIdIsInvalid(String type) {
            assertCatalogFails(() -> MessageCatalog.of(FakeCoreModule.empty(),
                            List.of(FakeSystemModule.testsys().withEvents(event(type, XDone.class)))),
                    CatalogProblem.INVALID_TYPE_NAME, type);
        }
    }

    @Nested
    class HandlerValidation {
        /** Folds GadgetBuilt. */
        static class GadgetAggregate {
            @EventSourcingHandler
            void on(GadgetBuilt event) {
            }
        }

        /** Folds nothing. */
        static class IdleAggregate {
        }

        /** Folds nothing itself; its aggregate member folds GadgetBuilt, as Campaign's Roster folds participants. */
        static class RootWithMember {
            @AggregateMember
            private final GadgetAggregate member = new GadgetAggregate();
        }

        /** Folds nothing itself; the entities in its member list fold GadgetBuilt. */
        static class RootWithMemberList {
            @AggregateMember
            private final List<GadgetAggregate> members = new ArrayList<>();
        }

        /** Projects GadgetBuilt. */
        static class GadgetProjection {
            @EventHandler
            void on(GadgetBuilt event) {
            }
        }

        /** Projects a record no module registered. */
        static class StrayProjection {
            @EventHandler
            void on(StrayEvent event) {
            }
        }

        /** Mistakes a registered command for an event. */
        static class CommandProjection {
            @EventHandler
            void on(BuildGadget command) {
            }
        }

        /** Sees every event generically, e.g. to record lag; not tied to one type. */
        static class GenericProjection {
            @EventHandler
            void onAny(EventMessage<?> event) {
            }

            @EventHandler
            void onObject(Object payload) {
            }
        }

        /**
         * Projects every PROJECTION_AND_REPLAY core event, and none of the replay-only ({@code action.roll_resolved},
         * {@code action.outcome_applied}) or audit-only ({@code action.outcome_rejected}, {@code story.note_added}) ones.
         */
        static class CoreProjection {
            @EventHandler
            void on(CampaignCreated event) {
            }

            @EventHandler
            void on(CampaignUpdated event) {
            }

            @EventHandler
            void on(GameSystemUpgraded event) {
            }

            @EventHandler
            void on(CampaignActivated event) {
            }

            @EventHandler
            void on(CampaignEnded event) {
            }

            @EventHandler
            void on(CampaignArchived event) {
            }

            @EventHandler
            void on(CampaignRestored event) {
            }

            @EventHandler
            void on(ParticipantJoined event) {
            }

            @EventHandler
            void on(ParticipantUpdated event) {
            }

            @EventHandler
            void on(ParticipantLeft event) {
            }

            @EventHandler
            void on(ParticipantTokenIssued event) {
            }

            @EventHandler
            void on(InviteCreated event) {
            }

            @EventHandler
            void on(InviteClaimed event) {
            }

            @EventHandler
            void on(InviteRevoked event) {
            }

            @EventHandler
            void on(CharacterCreated event) {
            }

            @EventHandler
            void on(CharacterUpdated event) {
            }

            @EventHandler
            void on(CharacterDeleted event) {
            }

            @EventHandler
            void on(CharacterTransferred event) {
            }

            @EventHandler
            void on(SessionStarted event) {
            }

            @EventHandler
            void on(SessionEnded event) {
            }

            @EventHandler
            void on(GateOpened event) {
            }

            @EventHandler
            void on(GateResponseRecorded event) {
            }

            @EventHandler
            void on(GateResolved event) {
            }

            @EventHandler
            void on(GateAbandoned event) {
            }

            @EventHandler
            void on(SpotlightSet event) {
            }

            @EventHandler
            void on(SpotlightCleared event) {
            }
        }

        /** The core projection plus a handler for a replay-only event, which must never reach a read model. */
        static class RollProjection extends CoreProjection {
            @EventHandler
            void on(RollResolved event) {
            }
        }

        /** The core projection plus a handler for an audit-only event, which must never reach a read model. */
        static class StoryNoteProjection extends CoreProjection {
            @EventHandler
            void on(StoryNoteAdded event) {
            }
        }

        @Test
        void aFoldedAndProjectedEventPasses() {
            MessageCatalog catalog = gadgetCatalog(Intent.PROJECTION_AND_REPLAY, GadgetAggregate.class);
            assertThatCode(() -> catalog.validateHandlers(List.of(GadgetProjection.class))).doesNotThrowAnyException();
        }

        @Test
        void theRealCoreCatalogPassesWithAProjectionOfEveryCoreEvent() {
            MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(FakeSystemModule.testsys()));
            assertThatCode(() -> catalog.validateHandlers(List.of(CoreProjection.class))).doesNotThrowAnyException();
        }

        @Test
        void theCoreIntentsAreThoseOfTheReference() {
            MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of());
            assertThat(catalog.events()).filteredOn(e -> e.intent() != Intent.PROJECTION_AND_REPLAY)
                    .extracting(EventDefinition::type, EventDefinition::intent)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("action.roll_resolved", Intent.REPLAY_ONLY),
                            org.assertj.core.groups.Tuple.tuple("action.outcome_applied", Intent.REPLAY_ONLY),
                            org.assertj.core.groups.Tuple.tuple("action.outcome_rejected", Intent.AUDIT_ONLY),
                            org.assertj.core.groups.Tuple.tuple("story.note_added", Intent.AUDIT_ONLY),
                            org.assertj.core.groups.Tuple.tuple("story.gm_note_added", Intent.REPLAY_ONLY),
                            org.assertj.core.groups.Tuple.tuple("story.gm_note_revealed", Intent.REPLAY_ONLY));
        }

        @Test
        void theRealCoreCatalogFailsWhenAProjectionHandlesAReplayOnlyEvent() {
            MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(FakeSystemModule.testsys()));
            assertCatalogFails(() -> catalog.validateHandlers(List.of(RollProjection.class)),
                    CatalogProblem.UNPROJECTED_EVENT_HANDLED, "action.roll_resolved");
        }

        @Test
        void theRealCoreCatalogFailsWhenAProjectionHandlesAnAuditOnlyEvent() {
            MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(FakeSystemModule.testsys()));
            assertCatalogFails(() -> catalog.validateHandlers(List.of(StoryNoteProjection.class)),
                    CatalogProblem.UNPROJECTED_EVENT_HANDLED, "story.note_added");
        }

        @Test
        void aFoldHandlerInAnAggregateMemberCounts() {
            MessageCatalog catalog = gadgetCatalog(Intent.PROJECTION_AND_REPLAY, RootWithMember.class);
            assertThatCode(() -> catalog.validateHandlers(List.of(GadgetProjection.class))).doesNotThrowAnyException();
        }

        @Test
        void aFoldHandlerInTheEntitiesOfAMemberCollectionCounts() {
            MessageCatalog catalog = gadgetCatalog(Intent.REPLAY_ONLY, RootWithMemberList.class);
            assertThatCode(() -> catalog.validateHandlers(List.of())).doesNotThrowAnyException();
        }

        @Test
        void anAuditOnlyEventFoldedByAnAggregateMemberFails() {
            MessageCatalog catalog = gadgetCatalog(Intent.AUDIT_ONLY, RootWithMember.class);
            assertCatalogFails(() -> catalog.validateHandlers(List.of()),
                    CatalogProblem.AUDIT_EVENT_FOLDED, "gadget.built");
        }

        @Test
        void aReplayRelevantEventWithoutAFoldHandlerFails() {
            MessageCatalog catalog = gadgetCatalog(Intent.PROJECTION_AND_REPLAY, IdleAggregate.class);
            assertCatalogFails(() -> catalog.validateHandlers(List.of(GadgetProjection.class)),
                    CatalogProblem.MISSING_FOLD_HANDLER, "gadget.built");
        }

        @Test
        void aReplayOnlyEventWithoutAFoldHandlerFails() {
            MessageCatalog catalog = gadgetCatalog(Intent.REPLAY_ONLY, IdleAggregate.class);
            assertCatalogFails(() -> catalog.validateHandlers(List.of()),
                    CatalogProblem.MISSING_FOLD_HANDLER, "gadget.built");
        }

        @Test
        void aProjectionRelevantEventWithoutAProjectionHandlerFails() {
            MessageCatalog catalog = gadgetCatalog(Intent.PROJECTION_AND_REPLAY, GadgetAggregate.class);
            assertCatalogFails(() -> catalog.validateHandlers(List.of()),
                    CatalogProblem.MISSING_PROJECTION_HANDLER, "gadget.built");
        }

        @Test
        void theRealCoreCatalogFailsWithoutProjections() {
            MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of());
            assertCatalogFails(() -> catalog.validateHandlers(List.of()),
                    CatalogProblem.MISSING_PROJECTION_HANDLER, "campaign.created");
        }

        @Test
        void anAuditOnlyEventWithAFoldHandlerFails() {
            MessageCatalog catalog = gadgetCatalog(Intent.AUDIT_ONLY, GadgetAggregate.class);
            assertCatalogFails(() -> catalog.validateHandlers(List.of()),
                    CatalogProblem.AUDIT_EVENT_FOLDED, "gadget.built");
        }

        @Test
        void anAuditOnlyEventWithNoHandlersPasses() {
            MessageCatalog catalog = gadgetCatalog(Intent.AUDIT_ONLY, IdleAggregate.class);
            assertThatCode(() -> catalog.validateHandlers(List.of())).doesNotThrowAnyException();
        }

        @Test
        void aReplayOnlyEventHandledByAProjectionFails() {
            MessageCatalog catalog = gadgetCatalog(Intent.REPLAY_ONLY, GadgetAggregate.class);
            assertCatalogFails(() -> catalog.validateHandlers(List.of(GadgetProjection.class)),
                    CatalogProblem.UNPROJECTED_EVENT_HANDLED, "gadget.built");
        }

        @Test
        void anAuditOnlyEventHandledByAProjectionFails() {
            MessageCatalog catalog = gadgetCatalog(Intent.AUDIT_ONLY, IdleAggregate.class);
            assertCatalogFails(() -> catalog.validateHandlers(List.of(GadgetProjection.class)),
                    CatalogProblem.UNPROJECTED_EVENT_HANDLED, "gadget.built");
        }

        @Test
        void aProjectionOfAnUnregisteredPayloadFails() {
            MessageCatalog catalog = gadgetCatalog(Intent.PROJECTION_AND_REPLAY, GadgetAggregate.class);
            assertCatalogFails(() -> catalog.validateHandlers(List.of(GadgetProjection.class, StrayProjection.class)),
                    CatalogProblem.UNREGISTERED_HANDLER, StrayEvent.class.getName());
        }

        @Test
        void aProjectionOfARegisteredCommandPayloadFails() {
            // a command is registered, but never as an event: no projection can ever receive it
            MessageCatalog catalog = gadgetCatalog(Intent.PROJECTION_AND_REPLAY, GadgetAggregate.class);
            assertCatalogFails(() -> catalog.validateHandlers(List.of(GadgetProjection.class, CommandProjection.class)),
                    CatalogProblem.UNREGISTERED_HANDLER, BuildGadget.class.getName());
        }

        @Test
        void genericHandlersOnEventMessageOrObjectAreNotUnregisteredHandlers() {
            MessageCatalog catalog = gadgetCatalog(Intent.PROJECTION_AND_REPLAY, GadgetAggregate.class);
            assertThatCode(() -> catalog.validateHandlers(List.of(GadgetProjection.class, GenericProjection.class)))
                    .doesNotThrowAnyException();
        }

        @Test
        void systemEventsAreCheckedAgainstTheSystemModulesAggregates() {
            SystemModule system = FakeSystemModule.testsys()
                    .withEvents(event("sys.testsys.gadget_built", GadgetBuilt.class))
                    .withAggregates(IdleAggregate.class);
            MessageCatalog catalog = MessageCatalog.of(new CoreMessages(), List.of(system));
            assertCatalogFails(() -> catalog.validateHandlers(List.of(CoreProjection.class, GadgetProjection.class)),
                    CatalogProblem.MISSING_FOLD_HANDLER, "sys.testsys.gadget_built");
        }

        @Test
        void aCoreEventFoldedOnlyByAGameSystemsAggregateIsNotFolded() {
            // the game system's aggregate never sees a core event: core events are in core aggregates' streams
            SystemModule system = FakeSystemModule.testsys().withAggregates(GadgetAggregate.class);
            MessageCatalog catalog = MessageCatalog.of(FakeCoreModule.empty()
                    .withEvents(event("gadget.built", GadgetBuilt.class, Intent.REPLAY_ONLY))
                    .withAggregates(IdleAggregate.class), List.of(system));
            assertCatalogFails(() -> catalog.validateHandlers(List.of()), CatalogProblem.MISSING_FOLD_HANDLER,
                    "gadget.built");
        }

        /** A core catalog with the command gadget.build and the event gadget.built at {@code intent}. */
        private MessageCatalog gadgetCatalog(Intent intent, Class<?> aggregate) {
            return MessageCatalog.of(FakeCoreModule.empty()
                    .withCommands(command("gadget.build", BuildGadget.class, ANYONE))
                    .withEvents(event("gadget.built", GadgetBuilt.class, intent))
                    .withAggregates(aggregate), List.of());
        }
    }

    private static void assertCatalogFails(ThrowingCallable boot, CatalogProblem problem, String type) {
        assertThatThrownBy(boot).as("must fail with %s naming %s", problem, type)
                .isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.type()).isEqualTo(type);
            assertThat(e.getMessage()).contains(type);
        });
    }
}
