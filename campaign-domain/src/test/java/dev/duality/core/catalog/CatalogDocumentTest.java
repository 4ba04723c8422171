package dev.duality.core.catalog;

import dev.duality.core.value.ValueRejection;
import dev.duality.core.testing.FakeCoreModule;
import dev.duality.core.testing.FakeSystemModule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.duality.core.catalog.CommandDefinition.command;
import static dev.duality.core.catalog.EventDefinition.event;
import static org.assertj.core.api.Assertions.assertThat;

/** The generated catalog is compared byte for byte with a committed copy, so its exact form and its order matter. */
class CatalogDocumentTest {
    /** The test payloads name no campaign, so they carry the one policy that needs none. */
    private static final CommandPolicy ANYONE = CommandPolicy.always(CommandPolicy.Access.PUBLIC);

    record OpenDoor(String doorId, int force) {
    }

    record DoorOpened(String doorId, List<String> witnesses, Optional<Map<String, Integer>> damage, int[] hinges,
                      Box.Inner detail) {
    }

    record DoorNoted() {
    }

    record RollDice(String tableId) {
    }

    record DiceRolled(String tableId, int[] results) {
    }

    record BeepBooped(long at) {
    }

    static final class Box {
        record Inner(String note) {
        }
    }

    /** Not a record: fields are listed by name, so the JVM's declaration-order whim cannot change the output. */
    static final class LegacyPayload {
        static final int IGNORED_CONSTANT = 1;
        private String zeta;
        private List<? extends Number> alpha;
    }

    private static FakeCoreModule core() {
        // registered out of alphabetical order on purpose
        return FakeCoreModule.empty()
                .withCommands(command("door.open", OpenDoor.class, ANYONE, ValueRejection.VALUE_OUT_OF_RANGE))
                .withEvents(event("door.opened", DoorOpened.class),
                        event("door.noted", DoorNoted.class, Intent.AUDIT_ONLY));
    }

    private static FakeSystemModule dice() {
        return FakeSystemModule.system("dice")
                .withCommands(command("sys.dice.roll.make", RollDice.class, ANYONE))
                .withEvents(event("sys.dice.roll_made", DiceRolled.class, Intent.REPLAY_ONLY));
    }

    private static FakeSystemModule beeper() {
        return FakeSystemModule.system("beeper").withEvents(event("sys.beeper.beep_booped", BeepBooped.class));
    }

    @Test
    void rendersEveryOwnerWithCommandsAndEventsTheirIntentsAndTypedFields() {
        String document = CatalogDocument.render(MessageCatalog.of(core(), List.of(dice(), beeper())));

        assertThat(document).isEqualTo("""
                # Message catalog

                <!-- Generated from the message catalog by dev.duality.core.catalog.CatalogDocument. \
                Do not edit by hand: a test fails when this file is stale. -->

                Every command and event type the service registers, by owner. The type name, not the Java class, \
                is what the journal stores as the payload type. Fields are the payload record's components with \
                their Java types.

                Event intents:

                | intent | folded into aggregate state | applied to read models |
                |---|---|---|
                | `PROJECTION_AND_REPLAY` | yes | yes |
                | `REPLAY_ONLY` | yes | no |
                | `AUDIT_ONLY` | no | no |

                | owner | commands | events |
                |---|---|---|
                | core | 1 | 2 |
                | sys.beeper | 0 | 1 |
                | sys.dice | 1 | 1 |

                ## core

                Core types: `<aggregate>.<action>` commands, `<aggregate>.<action_past>` events. \
                Core commands carry no `system_id` or `system_version`.

                ### Commands

                | type | payload | fields | its decider may refuse with |
                |---|---|---|---|
                | `door.open` | `OpenDoor` | `doorId: String`<br>`force: int` | `VALUE_OUT_OF_RANGE` |

                ### Events

                | type | intent | payload | fields |
                |---|---|---|---|
                | `door.noted` | `AUDIT_ONLY` | `DoorNoted` | _none_ |
                | `door.opened` | `PROJECTION_AND_REPLAY` | `DoorOpened` | `doorId: String`<br>\
                `witnesses: List<String>`<br>`damage: Optional<Map<String, Integer>>`<br>`hinges: int[]`<br>\
                `detail: CatalogDocumentTest.Box.Inner` |

                ## sys.beeper

                System `beeper`, version `1.0.0`. Its commands carry `system_id` and `system_version` matching it.

                ### Commands

                _none_

                ### Events

                | type | intent | payload | fields |
                |---|---|---|---|
                | `sys.beeper.beep_booped` | `PROJECTION_AND_REPLAY` | `BeepBooped` | `at: long` |

                ## sys.dice

                System `dice`, version `1.0.0`. Its commands carry `system_id` and `system_version` matching it.

                ### Commands

                | type | payload | fields | its decider may refuse with |
                |---|---|---|---|
                | `sys.dice.roll.make` | `RollDice` | `tableId: String` | _none_ |

                ### Events

                | type | intent | payload | fields |
                |---|---|---|---|
                | `sys.dice.roll_made` | `REPLAY_ONLY` | `DiceRolled` | `tableId: String`<br>`results: int[]` |
                """);
    }

    @Test
    void outputDoesNotDependOnRegistrationOrModuleOrder() {
        FakeCoreModule reordered = FakeCoreModule.empty()
                .withCommands(command("door.open", OpenDoor.class, ANYONE, ValueRejection.VALUE_OUT_OF_RANGE))
                .withEvents(event("door.noted", DoorNoted.class, Intent.AUDIT_ONLY),
                        event("door.opened", DoorOpened.class));

        assertThat(CatalogDocument.render(MessageCatalog.of(reordered, List.of(beeper(), dice()))))
                .isEqualTo(CatalogDocument.render(MessageCatalog.of(core(), List.of(dice(), beeper()))));
    }

    @Test
    void listsFieldsOfNonRecordPayloadsByNameAndSkipsStatics() {
        assertThat(CatalogDocument.fields(LegacyPayload.class))
                .isEqualTo("`alpha: List<? extends Number>`<br>`zeta: String`");
    }
}
