package dev.duality.core.catalog;

import dev.duality.core.system.SystemModule;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders the markdown catalog of every command and event a {@link MessageCatalog} holds: per owner (the core, then
 * each system by id), the command and event types with payload class and payload fields. The output depends only on
 * the catalog's content, never on registration or class-loading order, so a committed copy can be compared byte for
 * byte with a fresh rendering to detect a stale document.
 */
public final class CatalogDocument {
    private static final String NONE = "_none_";

    private CatalogDocument() {
    }

    public static String render(MessageCatalog catalog) {
        List<SystemModule> systems = catalog.systems().stream()
                .sorted(Comparator.comparing(SystemModule::systemId)).toList();
        StringBuilder out = new StringBuilder();
        out.append("# Message catalog\n\n")
                .append("<!-- Generated from the message catalog by dev.duality.core.catalog.CatalogDocument. ")
                .append("Do not edit by hand: a test fails when this file is stale. -->\n\n")
                .append("Every command and event type the service registers, by owner. The type name, not the Java ")
                .append("class, is what the journal stores as the payload type. Fields are the payload record's ")
                .append("components with their Java types.\n\n")
                .append("Event intents:\n\n")
                .append("| intent | folded into aggregate state | applied to read models |\n")
                .append("|---|---|---|\n");
        for (Intent intent : Intent.values()) {
            out.append("| `").append(intent.name()).append("` | ").append(yesNo(intent.folded())).append(" | ")
                    .append(yesNo(intent.projected())).append(" |\n");
        }
        out.append("\n| owner | commands | events |\n|---|---|---|\n");
        summaryRow(out, catalog, Owner.CORE);
        for (SystemModule system : systems) {
            summaryRow(out, catalog, new Owner(system.systemId()));
        }

        section(out, catalog, Owner.CORE, "Core types: `<aggregate>.<action>` commands, `<aggregate>.<action_past>` "
                + "events. Core commands carry no `system_id` or `system_version`.");
        for (SystemModule system : systems) {
            section(out, catalog, new Owner(system.systemId()), "System `" + system.systemId() + "`, version `"
                    + system.systemVersion() + "`. Its commands carry `system_id` and `system_version` matching it.");
        }
        return out.toString();
    }

    private static void summaryRow(StringBuilder out, MessageCatalog catalog, Owner owner) {
        out.append("| ").append(owner).append(" | ").append(commandsOf(catalog, owner).size()).append(" | ")
                .append(eventsOf(catalog, owner).size()).append(" |\n");
    }

    private static void section(StringBuilder out, MessageCatalog catalog, Owner owner, String intro) {
        out.append("\n## ").append(owner).append("\n\n").append(intro).append("\n\n### Commands\n\n");
        List<CommandDefinition> commands = commandsOf(catalog, owner);
        if (commands.isEmpty()) {
            out.append(NONE).append("\n");
        } else {
            out.append("| type | payload | fields | its decider may refuse with |\n|---|---|---|---|\n");
            for (CommandDefinition command : commands) {
                out.append("| `").append(command.type()).append("` | ").append(code(command.payload().getSimpleName()))
                        .append(" | ").append(fields(command.payload())).append(" | ").append(codes(command.rejects()))
                        .append(" |\n");
            }
        }
        out.append("\n### Events\n\n");
        List<EventDefinition> events = eventsOf(catalog, owner);
        if (events.isEmpty()) {
            out.append(NONE).append("\n");
        } else {
            out.append("| type | intent | payload | fields |\n|---|---|---|---|\n");
            for (EventDefinition event : events) {
                out.append("| `").append(event.type()).append("` | `").append(event.intent().name()).append("` | ")
                        .append(code(event.payload().getSimpleName())).append(" | ").append(fields(event.payload()))
                        .append(" |\n");
            }
        }
    }

    // sorted by type name so that reordering a module's registration list does not change the document
    private static List<CommandDefinition> commandsOf(MessageCatalog catalog, Owner owner) {
        return catalog.commands().stream().filter(c -> c.owner().equals(owner))
                .sorted(Comparator.comparing(CommandDefinition::type)).toList();
    }

    private static List<EventDefinition> eventsOf(MessageCatalog catalog, Owner owner) {
        return catalog.events().stream().filter(e -> e.owner().equals(owner))
                .sorted(Comparator.comparing(EventDefinition::type)).toList();
    }

    /**
     * The table of docs/errors.md that says, for every command, which codes it can be refused with: those its decider
     * declares in the catalog, and those admission adds from what the command is (policy, session lock, gate,
     * campaign, game system). Sorted by owner (the core first) and type, so it depends on the catalog's content only.
     */
    public static String rejectionsByCommand(MessageCatalog catalog) {
        StringBuilder out = new StringBuilder("| command | its decider may refuse with | admission may refuse with |\n"
                + "|---|---|---|\n");
        catalog.commands().stream()
                .sorted(Comparator.comparing((CommandDefinition c) -> !c.owner().isCore())
                        .thenComparing(CommandDefinition::type))
                .forEach(command -> out.append("| `").append(command.type()).append("` | ")
                        .append(codes(command.rejects())).append(" | ")
                        .append(codes(command.admissionRejections())).append(" |\n"));
        return out.toString();
    }

    private static String codes(List<? extends dev.duality.core.rejection.RejectionCode> codes) {
        return codes.isEmpty() ? NONE
                : codes.stream().map(c -> code(c.name())).distinct().collect(Collectors.joining(", "));
    }

    /**
     * {@code name: Type} per field, one per line: record components in declaration order (the order of the record's
     * canonical constructor); for a payload that is not a record, its instance fields by name, because reflection does
     * not promise any field order.
     */
    static String fields(Class<?> payload) {
        List<String> rendered = new ArrayList<>();
        if (payload.isRecord()) {
            for (RecordComponent component : payload.getRecordComponents()) {
                rendered.add(code(component.getName() + ": " + typeName(component.getGenericType())));
            }
        } else {
            Arrays.stream(payload.getDeclaredFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
                    .sorted(Comparator.comparing(Field::getName))
                    .forEach(f -> rendered.add(code(f.getName() + ": " + typeName(f.getGenericType()))));
        }
        return rendered.isEmpty() ? NONE : String.join("<br>", rendered);
    }

    /** A readable Java type: simple names, nested classes as {@code Outer.Inner}, type arguments kept. */
    static String typeName(Type type) {
        if (type instanceof Class<?> c) {
            return c.isArray() ? typeName(c.getComponentType()) + "[]" : className(c);
        }
        if (type instanceof ParameterizedType p) {
            return typeName(p.getRawType()) + Arrays.stream(p.getActualTypeArguments())
                    .map(CatalogDocument::typeName).collect(Collectors.joining(", ", "<", ">"));
        }
        if (type instanceof GenericArrayType g) {
            return typeName(g.getGenericComponentType()) + "[]";
        }
        if (type instanceof WildcardType w) {
            if (w.getLowerBounds().length > 0) {
                return "? super " + typeName(w.getLowerBounds()[0]);
            }
            Type upper = w.getUpperBounds()[0];
            return upper == Object.class ? "?" : "? extends " + typeName(upper);
        }
        return type.getTypeName(); // a type variable
    }

    private static String className(Class<?> c) {
        Class<?> enclosing = c.getEnclosingClass();
        return enclosing != null && c.isMemberClass() ? className(enclosing) + "." + c.getSimpleName()
                : c.getSimpleName();
    }

    /** A markdown code span; Java names cannot hold '|' or '`', so nothing inside needs escaping. */
    private static String code(String text) {
        return "`" + text + "`";
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
