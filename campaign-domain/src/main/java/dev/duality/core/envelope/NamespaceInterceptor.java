package dev.duality.core.envelope;

import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.catalog.Owner;
import dev.duality.core.rejection.Rejected;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Enforces envelope namespacing on every command before any aggregate runs: system commands carry a matching
 * {@code system_id} and a registered {@code system_version}; core commands carry neither.
 */
public final class NamespaceInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {
    private final MessageCatalog catalog;

    public NamespaceInterceptor(MessageCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        check(unitOfWork.getMessage());
        return chain.proceed();
    }

    /** Throws {@link Rejected} when the command's envelope breaks a namespace rule. */
    public void check(CommandMessage<?> command) {
        CommandDefinition definition = catalog.command(command.getPayloadType()).orElseThrow(() -> new Rejected(
                EnvelopeRejection.COMMAND_TYPE_UNREGISTERED,
                "command payload " + command.getPayloadType().getSimpleName() + " is not in the message catalog"));
        Object systemId = command.getMetaData().get(Envelope.SYSTEM_ID);
        Object systemVersion = command.getMetaData().get(Envelope.SYSTEM_VERSION);
        Owner owner = definition.owner();
        if (owner.isCore()) {
            Rejected.unless(systemId == null && systemVersion == null, EnvelopeRejection.CORE_COMMAND_HAS_SYSTEM_METADATA,
                    systemId != null ? Envelope.SYSTEM_ID : Envelope.SYSTEM_VERSION,
                    definition.type() + " is a core command and must not carry system metadata");
            return;
        }
        Rejected.unless(systemId != null, EnvelopeRejection.SYSTEM_ID_MISSING, Envelope.SYSTEM_ID,
                definition.type() + " is a system command and needs system_id");
        Rejected.unless(systemVersion != null, EnvelopeRejection.SYSTEM_VERSION_MISSING, Envelope.SYSTEM_VERSION,
                definition.type() + " is a system command and needs system_version");
        Rejected.unless(owner.systemId().equals(systemId), EnvelopeRejection.SYSTEM_ID_MISMATCH, Envelope.SYSTEM_ID,
                "system_id '" + systemId + "' does not match " + definition.type());
        Rejected.unless(catalog.supportsSystem(owner.systemId(), systemVersion.toString()),
                EnvelopeRejection.SYSTEM_VERSION_UNSUPPORTED, Envelope.SYSTEM_VERSION,
                "system " + systemId + " is not registered at version '" + systemVersion + "'");
    }
}
