package dev.duality.projections.campaign;

import dev.duality.core.value.Wire;
import dev.duality.core.campaign.api.CampaignAccess;
import dev.duality.core.campaign.api.CampaignStatus;
import dev.duality.core.campaign.api.CharacterKind;
import dev.duality.core.campaign.api.ParticipantRole;
import dev.duality.projections.campaign.api.CampaignQueries.FindCampaign;
import dev.duality.projections.campaign.api.CampaignQueries.FindCharacter;
import dev.duality.projections.campaign.api.CampaignQueries.FindParticipant;
import dev.duality.projections.campaign.api.CampaignQueries.ListCampaigns;
import dev.duality.projections.campaign.api.CampaignQueries.ListCharacters;
import dev.duality.projections.campaign.api.CampaignQueries.ListParticipants;
import dev.duality.projections.campaign.api.CampaignView;
import dev.duality.projections.campaign.api.CharacterView;
import dev.duality.projections.campaign.api.ParticipantView;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;


/** Answers campaign queries from the read models only; it never touches the journal. */
@Component
@Transactional(readOnly = true)
public class CampaignQueryHandler {
    @PersistenceContext
    private EntityManager em;

    @QueryHandler
    public Optional<CampaignView> handle(FindCampaign query) {
        return Optional.ofNullable(em.find(CampaignRow.class, query.campaignId())).map(c -> views(List.of(c)).get(0));
    }

    @QueryHandler
    public List<CampaignView> handle(ListCampaigns query) {
        return views(em.createQuery("select c from CampaignRow c where c.campaignId > :after order by c.campaignId",
                        CampaignRow.class)
                .setParameter("after", query.afterCampaignId() == null ? "" : query.afterCampaignId())
                .setMaxResults(query.limit())
                .getResultList());
    }

    @QueryHandler
    public List<ParticipantView> handle(ListParticipants query) {
        return em.createQuery("select p from ParticipantRow p where p.campaignId = :campaign "
                        + "order by p.joinedAt, p.participantId", ParticipantRow.class)
                .setParameter("campaign", query.campaignId())
                .getResultStream().map(CampaignQueryHandler::view).toList();
    }

    @QueryHandler
    public Optional<ParticipantView> handle(FindParticipant query) {
        return Optional.ofNullable(em.find(ParticipantRow.class,
                new ParticipantRow.Key(query.campaignId(), query.participantId()))).map(CampaignQueryHandler::view);
    }

    @QueryHandler
    public Optional<CharacterView> handle(FindCharacter query) {
        return Optional.ofNullable(em.find(CharacterRow.class,
                new CharacterRow.Key(query.campaignId(), query.characterId()))).map(CampaignQueryHandler::view);
    }

    @QueryHandler
    public List<CharacterView> handle(ListCharacters query) {
        return em.createQuery("select c from CharacterRow c where c.campaignId = :campaign "
                        + "order by c.createdAt, c.characterId", CharacterRow.class)
                .setParameter("campaign", query.campaignId())
                .getResultStream().map(CampaignQueryHandler::view).toList();
    }

    /**
     * Campaign views with their participant counts. The count is derived from the participant rows, never stored,
     * so re-delivered or replayed events cannot skew it.
     */
    private List<CampaignView> views(List<CampaignRow> campaigns) {
        if (campaigns.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = em.createQuery("select p.campaignId, count(p) from ParticipantRow p "
                        + "where p.campaignId in :ids group by p.campaignId", Object[].class)
                .setParameter("ids", campaigns.stream().map(c -> c.campaignId).toList())
                .getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
        return campaigns.stream().map(c -> new CampaignView(c.campaignId, c.name, c.locale, c.themePrompt,
                Wire.parse(CampaignStatus.class, c.status),
                new CampaignView.GameSystem(c.gameSystemId, c.gameSystemVersion),
                counts.getOrDefault(c.campaignId, 0L).intValue(), c.createdAt, c.updatedAt)).toList();
    }

    private static ParticipantView view(ParticipantRow p) {
        return new ParticipantView(p.campaignId, p.participantId, p.name, Wire.parse(ParticipantRole.class, p.role),
                Wire.parse(CampaignAccess.class, p.access), p.joinedAt, p.updatedAt);
    }

    private static CharacterView view(CharacterRow c) {
        return new CharacterView(c.campaignId, c.characterId, c.ownerParticipantId, c.name,
                Wire.parse(CharacterKind.class, c.kind), c.notes, c.deleted, c.createdAt, c.updatedAt);
    }
}
