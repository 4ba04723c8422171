package dev.duality.app.axon;

import dev.duality.core.campaign.api.CampaignScoped;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashSet;
import java.util.Set;

/**
 * Runs the commands of one campaign one after another on every node of the database: each takes a transaction-scoped
 * advisory lock on its campaign before any aggregate decides, held until its transaction ends. On one node the
 * campaign aggregate's lock, taken by the policy check, does as much; this makes it hold between nodes too. So a
 * campaign's events enter the journal in the order their commands commit, and anything numbered by journal order
 * within a campaign (the timeline) is numbered the same live, by any streaming processor, and in every rebuild.
 * A nested command of the same campaign runs in its caller's transaction, which holds the lock already.
 */
final class CampaignCommandLock implements MessageHandlerInterceptor<CommandMessage<?>> {
    private static final String HELD = CampaignCommandLock.class.getName() + ".held";
    private final JdbcTemplate jdbc;

    CampaignCommandLock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof CampaignScoped scoped) {
            Set<String> held = unitOfWork.root().getOrComputeResource(HELD, key -> new HashSet<>());
            if (held.add(scoped.campaignId().value())) {
                // outside a transaction the lock would be released as soon as it is taken
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    throw new IllegalStateException("a campaign's command runs outside a transaction");
                }
                jdbc.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", (RowCallbackHandler) row -> {
                }, scoped.campaignId().value());
            }
        }
        return chain.proceed();
    }
}
