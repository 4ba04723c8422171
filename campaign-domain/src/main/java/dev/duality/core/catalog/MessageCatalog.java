package dev.duality.core.catalog;

import dev.duality.core.envelope.Envelope;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.system.SystemModule;
import dev.duality.core.system.SystemVersion;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every command and event type the service knows, with owners and intents. Built once at start-up; building fails
 * fast with a {@link CatalogException} naming the type at fault. Immutable afterwards and safe to share.
 */
public final class MessageCatalog {
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
    /** System types need at least one word after {@code sys.<id>} ({@code sys.daggerheart.gm_fear_changed}). */
    private static final Pattern SYSTEM_TYPE_NAME = Pattern.compile("sys\\.[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
    private static final Pattern SYSTEM_ID = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, SystemModule> systems;
    private final Map<String, CommandDefinition> commandsByType = new LinkedHashMap<>();
    private final Map<String, EventDefinition> eventsByType = new LinkedHashMap<>();
    private final Map<Class<?>, String> typeByPayload = new LinkedHashMap<>();
    private final Map<String, Class<?>> payloadByType = new LinkedHashMap<>();
    private final List<Class<?>> aggregates = new ArrayList<>();
    private final Map<Owner, List<Class<?>>> aggregatesByOwner = new LinkedHashMap<>();

    private MessageCatalog(MessageModule core, List<SystemModule> systemModules) {
        Map<String, SystemModule> bySystem = new LinkedHashMap<>();
        for (SystemModule system : systemModules) {
            if (!SYSTEM_ID.matcher(system.systemId()).matches()) {
                throw new CatalogException(CatalogProblem.INVALID_TYPE_NAME, "sys." + system.systemId(),
                        "system ids are lowercase letters, digits and underscores");
            }
            if (SystemVersion.parse(system.systemVersion()).isEmpty()) {
                throw new CatalogException(CatalogProblem.INVALID_SYSTEM_VERSION, "sys." + system.systemId(),
                        "version '" + system.systemVersion() + "' is not MAJOR.MINOR.PATCH");
            }
            if (bySystem.putIfAbsent(system.systemId(), system) != null) {
                throw new CatalogException(CatalogProblem.DUPLICATE_SYSTEM, "sys." + system.systemId(),
                        "two system modules registered the id '" + system.systemId() + "'");
            }
        }
        this.systems = Collections.unmodifiableMap(bySystem);
        register(core, Owner.CORE);
        for (SystemModule system : systemModules) {
            register(system, new Owner(system.systemId()));
        }
    }

    /** Builds and checks the catalog from the core module and every system module. */
    public static MessageCatalog of(MessageModule core, List<? extends SystemModule> systems) {
        return new MessageCatalog(core, List.copyOf(systems));
    }

    private void register(MessageModule module, Owner registeringOwner) {
        for (CommandDefinition command : module.commands()) {
            checkName(command.type(), registeringOwner);
            if (command.policy().access() != CommandPolicy.Access.PUBLIC
                    && !CampaignScoped.class.isAssignableFrom(command.payload())) {
                throw new CatalogException(CatalogProblem.UNSCOPED_COMMAND, command.type(), "its policy "
                        + command.policy().access() + " needs a campaign, but " + command.payload().getSimpleName()
                        + " does not implement CampaignScoped");
            }
            checkRejections(command);
            putUnique(commandsByType, command.type(), command, command.payload());
        }
        for (EventDefinition event : module.events()) {
            checkName(event.type(), registeringOwner);
            putUnique(eventsByType, event.type(), event, event.payload());
        }
        aggregates.addAll(module.aggregates());
        aggregatesByOwner.computeIfAbsent(registeringOwner, owner -> new ArrayList<>()).addAll(module.aggregates());
    }

    /**
     * A game system's rejection codes carry its id as their prefix ({@code DAGGERHEART_…}); a command may declare the
     * core's codes and its own system's, never another system's.
     */
    private void checkRejections(CommandDefinition command) {
        for (var code : command.rejects()) {
            for (String systemId : systems.keySet()) {
                boolean ownSystem = !command.owner().isCore() && command.owner().systemId().equals(systemId);
                if (!ownSystem && code.name().startsWith(systemId.toUpperCase(java.util.Locale.ROOT) + "_")) {
                    throw new CatalogException(CatalogProblem.FOREIGN_REJECTION_CODE, command.type(),
                            "declares " + code.name() + ", a code of system " + systemId);
                }
            }
        }
    }

    private void checkName(String type, Owner registeringOwner) {
        boolean systemType = type.startsWith(Owner.SYSTEM_PREFIX);
        if (!TYPE_NAME.matcher(type).matches() || systemType && !SYSTEM_TYPE_NAME.matcher(type).matches()) {
            throw new CatalogException(CatalogProblem.INVALID_TYPE_NAME, type,
                    "type names are lowercase dot-separated words: <aggregate>.<action>");
        }
        Owner named = Owner.ofTypeName(type);
        if (!named.isCore() && !systems.containsKey(named.systemId())) {
            throw new CatalogException(CatalogProblem.UNKNOWN_SYSTEM, type,
                    "names system '" + named.systemId() + "', but no such system module is registered");
        }
        if (!named.equals(registeringOwner)) {
            throw new CatalogException(CatalogProblem.NAMESPACE_MISMATCH, type,
                    "registered by " + registeringOwner + " but its name puts it under " + named
                            + (registeringOwner.isCore() ? "" : "; system types must start with 'sys."
                            + registeringOwner.systemId() + ".'"));
        }
    }

    private <D> void putUnique(Map<String, D> byType, String type, D definition, Class<?> payload) {
        if (payloadByType.containsKey(type)) {
            throw new CatalogException(CatalogProblem.DUPLICATE_TYPE, type, "the type name is registered twice");
        }
        String existing = typeByPayload.get(payload);
        if (existing != null) {
            throw new CatalogException(CatalogProblem.DUPLICATE_TYPE, type,
                    "payload " + payload.getName() + " is already registered as " + existing);
        }
        byType.put(type, definition);
        typeByPayload.put(payload, type);
        payloadByType.put(type, payload);
    }

    /**
     * Checks that handler coverage matches every event's intent: replay-relevant events are folded, projection-relevant
     * events are projected, audit-only events are not folded, and nothing is projected that never should be.
     *
     * @param projectionHandlers classes with {@code @EventHandler} methods that build read models
     */
    public void validateHandlers(Collection<Class<?>> projectionHandlers) {
        Set<Class<?>> folded = HandlerScan.payloadsHandledBy(HandlerScan.withMembers(aggregates),
                EventSourcingHandler.class);
        Set<Class<?>> projected = HandlerScan.payloadsHandledBy(projectionHandlers,
                org.axonframework.eventhandling.EventHandler.class);
        for (Class<?> payload : projected) {
            if (event(payload).isEmpty() && !isInfrastructurePayload(payload)) {
                throw new CatalogException(CatalogProblem.UNREGISTERED_HANDLER, payload.getName(),
                        "a projection handles a payload class that no module registered as an event");
            }
        }
        Map<Owner, Set<Class<?>>> foldedByOwner = new LinkedHashMap<>();
        aggregatesByOwner.forEach((owner, own) -> foldedByOwner.put(owner,
                HandlerScan.payloadsHandledBy(HandlerScan.withMembers(own), EventSourcingHandler.class)));
        for (EventDefinition event : eventsByType.values()) {
            boolean isFolded = folded.contains(event.payload());
            // an event is in the stream of an aggregate of its own module: only such an aggregate ever folds it
            if (event.intent().folded() && !foldedByOwner.getOrDefault(event.owner(), Set.of())
                    .contains(event.payload())) {
                throw new CatalogException(CatalogProblem.MISSING_FOLD_HANDLER, event.type(),
                        "is " + event.intent() + " but no aggregate of " + event.owner() + " has an "
                                + "@EventSourcingHandler for " + event.payload().getSimpleName()
                                + (isFolded ? " (another module's aggregate folds it, but never sees it)" : ""));
            }
            boolean isProjected = projected.contains(event.payload());
            if (event.intent().folded() && !isFolded) {
                throw new CatalogException(CatalogProblem.MISSING_FOLD_HANDLER, event.type(),
                        "is " + event.intent() + " but no aggregate has an @EventSourcingHandler for "
                                + event.payload().getSimpleName());
            }
            if (!event.intent().folded() && isFolded) {
                throw new CatalogException(CatalogProblem.AUDIT_EVENT_FOLDED, event.type(),
                        "is AUDIT_ONLY but an aggregate folds it; remove the @EventSourcingHandler");
            }
            if (event.intent().projected() && !isProjected) {
                throw new CatalogException(CatalogProblem.MISSING_PROJECTION_HANDLER, event.type(),
                        "is PROJECTION_AND_REPLAY but no projection handles " + event.payload().getSimpleName());
            }
            if (!event.intent().projected() && isProjected) {
                throw new CatalogException(CatalogProblem.UNPROJECTED_EVENT_HANDLED, event.type(),
                        "is " + event.intent() + " and must never reach a read model, but a projection handles it");
            }
        }
    }

    /**
     * Checks that every command has exactly one handler, in its own module: an aggregate of the module that registers
     * it, or one of that game system's command handlers. A game system's handler for a core command (or another
     * system's) would take it over, or race the rightful one.
     */
    public void validateCommandHandlers() {
        Map<Class<?>, List<String>> handlers = new LinkedHashMap<>();
        Map<Class<?>, Set<Owner>> handlingOwners = new LinkedHashMap<>();
        java.util.function.BiConsumer<Owner, Class<?>> scan = (owner, handlerClass) -> HandlerScan
                .payloadsHandledBy(List.of(handlerClass), org.axonframework.commandhandling.CommandHandler.class)
                .forEach(payload -> {
                    handlers.computeIfAbsent(payload, p -> new ArrayList<>()).add(handlerClass.getName());
                    handlingOwners.computeIfAbsent(payload, p -> new java.util.LinkedHashSet<>()).add(owner);
                });
        aggregatesByOwner.forEach((owner, own) -> HandlerScan.withMembers(own).forEach(type -> scan.accept(owner,
                type)));
        systems.values().forEach(system -> system.commandHandlers().forEach(handler -> scan.accept(
                new Owner(system.systemId()), handler.getClass())));
        for (CommandDefinition command : commandsByType.values()) {
            List<String> found = handlers.getOrDefault(command.payload(), List.of());
            if (found.isEmpty()) {
                throw new CatalogException(CatalogProblem.MISSING_COMMAND_HANDLER, command.type(),
                        "no aggregate or command handler of " + command.owner() + " handles "
                                + command.payload().getSimpleName());
            }
            Set<Owner> owners = handlingOwners.get(command.payload());
            if (!owners.equals(Set.of(command.owner()))) {
                throw new CatalogException(CatalogProblem.FOREIGN_COMMAND_HANDLER, command.type(),
                        "is " + command.owner() + "'s, but handled by " + found + " of " + owners);
            }
            if (found.size() > 1) {
                throw new CatalogException(CatalogProblem.DUPLICATE_COMMAND_HANDLER, command.type(),
                        "is handled by " + found.size() + " handlers: " + found);
            }
        }
    }

    /** Generic handlers (e.g. on EventMessage or Object) see every event and are not tied to one type. */
    private static boolean isInfrastructurePayload(Class<?> payload) {
        return payload == Object.class || org.axonframework.messaging.Message.class.isAssignableFrom(payload);
    }

    public Optional<CommandDefinition> command(Class<?> payload) {
        return Optional.ofNullable(typeByPayload.get(payload)).map(commandsByType::get);
    }

    public Optional<EventDefinition> event(Class<?> payload) {
        return Optional.ofNullable(typeByPayload.get(payload)).map(eventsByType::get);
    }

    public Optional<EventDefinition> event(String type) {
        return Optional.ofNullable(eventsByType.get(type));
    }

    /** The namespaced type name of a registered command or event payload class. */
    public Optional<String> typeName(Class<?> payload) {
        return Optional.ofNullable(typeByPayload.get(payload));
    }

    /** The payload class registered under a command or event type name. */
    public Optional<Class<?>> payloadClass(String type) {
        return Optional.ofNullable(payloadByType.get(type));
    }

    public Collection<CommandDefinition> commands() {
        return Collections.unmodifiableCollection(commandsByType.values());
    }

    public Collection<EventDefinition> events() {
        return Collections.unmodifiableCollection(eventsByType.values());
    }

    public List<Class<?>> aggregates() {
        return Collections.unmodifiableList(aggregates);
    }

    public Collection<SystemModule> systems() {
        return systems.values();
    }

    public Optional<SystemModule> system(String systemId) {
        return Optional.ofNullable(systemId).map(systems::get);
    }

    /**
     * The system metadata a command needs on its envelope: a game system's command carries its system's id and
     * registered version ({@code system_id}, {@code system_version}); a core command carries none.
     */
    public Map<String, String> systemEnvelope(Class<?> commandType) {
        Owner owner = command(commandType).map(CommandDefinition::owner).orElse(Owner.CORE);
        if (owner.isCore()) {
            return Map.of();
        }
        SystemModule system = systems.get(owner.systemId());
        return Map.of(Envelope.SYSTEM_ID, system.systemId(), Envelope.SYSTEM_VERSION, system.systemVersion());
    }

    /**
     * True when a module with this id is registered and serves rules of this version: a campaign created with it
     * may play, and a command carrying it may run (see {@link SystemModule#serves}).
     */
    public boolean supportsSystem(String systemId, String systemVersion) {
        Optional<SystemVersion> version = SystemVersion.parse(systemVersion);
        return version.isPresent() && system(systemId).map(m -> m.serves(version.get())).orElse(false);
    }
}
