package dev.duality.projections.access;

import dev.duality.core.campaign.api.ParticipantLeft;
import dev.duality.core.campaign.api.ParticipantTokenIssued;
import dev.duality.projections.access.api.AccessQueries.FindTokenOwner;
import dev.duality.projections.access.api.AccessQueries.TokenOwner;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

/** Which participant each access token (by hash) belongs to; a participant's tokens stop working when they leave. */
@Component
@ProcessingGroup(AccessTokenProjection.GROUP)
public class AccessTokenProjection {
    public static final String GROUP = "access-tokens";

    @PersistenceContext
    private EntityManager em;

    @EventHandler
    void on(ParticipantTokenIssued event, @Timestamp Instant at) {
        if (em.find(AccessTokenRow.class, event.tokenHash().value()) == null) {
            em.persist(new AccessTokenRow(event.tokenHash().value(), event.campaignId().value(),
                    event.participantId().value(), at));
        }
    }

    @EventHandler
    void on(ParticipantLeft event) {
        em.createQuery("delete from AccessTokenRow t where t.campaignId = :campaign and t.participantId = :participant")
                .setParameter("campaign", event.campaignId().value())
                .setParameter("participant", event.participantId().value())
                .executeUpdate();
    }

    @ResetHandler
    void reset() {
        em.createQuery("delete from AccessTokenRow").executeUpdate();
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<TokenOwner> handle(FindTokenOwner query) {
        return Optional.ofNullable(em.find(AccessTokenRow.class, query.tokenHash()))
                .map(t -> new TokenOwner(t.campaignId, t.participantId));
    }
}
