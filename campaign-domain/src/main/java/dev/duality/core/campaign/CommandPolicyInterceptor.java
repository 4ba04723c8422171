package dev.duality.core.campaign;

import dev.duality.core.campaign.api.CampaignRejection;
import dev.duality.core.campaign.api.CampaignScoped;
import dev.duality.core.catalog.CommandDefinition;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.envelope.Envelope;
import dev.duality.core.envelope.EnvelopeRejection;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.Session;
import dev.duality.core.session.api.SessionStreamId;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.function.Supplier;

/**
 * Checks every campaign-scoped command's catalog definition before any aggregate decides: who may send it, that a
 * game system's command is of the campaign's system and names its live characters, the session lock and an open gate.
 * The campaign is loaded in the command's own unit of work, so the check and the decision see the same state (Axon
 * keeps one instance per unit of work) and every command of a campaign, a session's or a system's included, locks its
 * campaign first. Whether a gate is open is the active session's aggregate's to say: it is loaded in the same unit of
 * work, and a session without a stream yet has no gate.
 */
public final class CommandPolicyInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {
    private final MessageCatalog catalog;
    private final Supplier<Repository<Campaign>> campaigns;
    private final Supplier<Repository<Session>> sessions;

    public CommandPolicyInterceptor(MessageCatalog catalog, Supplier<Repository<Campaign>> campaigns,
                                    Supplier<Repository<Session>> sessions) {
        this.catalog = catalog;
        this.campaigns = campaigns;
        this.sessions = sessions;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        if (command.getPayload() instanceof CampaignScoped scoped) {
            CommandDefinition definition = catalog.command(command.getPayloadType()).orElseThrow();
            Object actor = command.getMetaData().get(Envelope.ACTOR_ID);
            try {
                // a command sent by another command's decision (nested unit of work) was authorized with that one
                boolean nested = unitOfWork.parent().isPresent();
                Rejected.unless(nested || !definition.policy().nestedOnly(), EnvelopeRejection.COMMAND_NESTED_ONLY,
                        definition.type() + " is a step of a larger decision and is never sent on its own");
                campaigns.get().load(scoped.campaignId().value()).execute(campaign -> {
                    if (nested) {
                        campaign.admitNested(definition, command.getPayload(), this::hasOpenGate);
                    } else {
                        campaign.admit(definition, command.getPayload(), actor == null ? null : actor.toString(),
                                this::hasOpenGate);
                    }
                    if (!definition.owner().isCore()) {
                        campaign.requireRulesServed(catalog);
                    }
                });
            } catch (AggregateNotFoundException e) {
                throw new Rejected(CampaignRejection.CAMPAIGN_NOT_FOUND, "no campaign " + scoped.campaignId());
            }
        }
        return chain.proceed();
    }

    private boolean hasOpenGate(SessionStreamId session) {
        try {
            return sessions.get().load(session.value()).invoke(Session::hasOpenGate);
        } catch (AggregateNotFoundException e) {
            // nothing was played in the session yet: no stream, so no gate
            return false;
        }
    }
}
