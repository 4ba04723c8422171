package dev.duality.projections.campaign;

import dev.duality.core.campaign.api.CampaignActivated;
import dev.duality.core.campaign.api.CampaignArchived;
import dev.duality.core.campaign.api.CampaignCreated;
import dev.duality.core.campaign.api.CampaignEnded;
import dev.duality.core.campaign.api.CampaignRestored;
import dev.duality.core.campaign.api.CampaignStatus;
import dev.duality.core.campaign.api.CampaignUpdated;
import dev.duality.core.campaign.api.GameSystemUpgraded;
import dev.duality.core.campaign.api.CharacterCreated;
import dev.duality.core.campaign.api.CharacterDeleted;
import dev.duality.core.campaign.api.CharacterTransferred;
import dev.duality.core.campaign.api.CharacterUpdated;
import dev.duality.core.campaign.api.ParticipantJoined;
import dev.duality.core.campaign.api.ParticipantLeft;
import dev.duality.core.campaign.api.ParticipantUpdated;
import dev.duality.core.value.Wire;
import dev.duality.projections.ReadModels;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Builds the campaign, participant and character read models. Handlers are idempotent upserts keyed by ids, so a
 * replay from the start rebuilds the same rows.
 */
@Component
@ProcessingGroup(CampaignProjection.GROUP)
public class CampaignProjection {
    public static final String GROUP = "campaigns";

    @PersistenceContext
    private EntityManager em;

    @EventHandler
    void on(CampaignCreated event, @Timestamp Instant at) {
        ReadModels.upsert(em, CampaignRow.class, event.campaignId().value(),
                () -> new CampaignRow(event.campaignId().value()), row -> {
            row.name = event.name().value();
            row.locale = event.locale().value();
            row.themePrompt = Wire.text(event.themePrompt());
            row.status = Wire.name(CampaignStatus.DRAFT);
            row.gameSystemId = event.gameSystemId();
            row.gameSystemVersion = event.gameSystemVersion();
            row.createdAt = at;
            row.updatedAt = at;
        });
    }

    @EventHandler
    void on(CampaignUpdated event, @Timestamp Instant at) {
        CampaignRow row = campaign(event.campaignId().value(), at);
        if (event.name() != null) {
            row.name = event.name().value();
        }
        if (event.locale() != null) {
            row.locale = event.locale().value();
        }
        if (event.themePrompt() != null) {
            row.themePrompt = event.themePrompt().value();
        }
    }

    @EventHandler
    void on(GameSystemUpgraded event, @Timestamp Instant at) {
        campaign(event.campaignId().value(), at).gameSystemVersion = event.toVersion();
    }

    @EventHandler
    void on(CampaignActivated event, @Timestamp Instant at) {
        campaign(event.campaignId().value(), at).status = Wire.name(CampaignStatus.ACTIVE);
    }

    @EventHandler
    void on(CampaignEnded event, @Timestamp Instant at) {
        campaign(event.campaignId().value(), at).status = Wire.name(CampaignStatus.COMPLETED);
    }

    @EventHandler
    void on(CampaignArchived event, @Timestamp Instant at) {
        campaign(event.campaignId().value(), at).status = Wire.name(CampaignStatus.ARCHIVED);
    }

    @EventHandler
    void on(CampaignRestored event, @Timestamp Instant at) {
        campaign(event.campaignId().value(), at).status = Wire.name(CampaignStatus.DRAFT);
    }

    @EventHandler
    void on(ParticipantJoined event, @Timestamp Instant at) {
        String campaignId = event.campaignId().value();
        String participantId = event.participantId().value();
        campaign(campaignId, at);
        ReadModels.upsert(em, ParticipantRow.class, new ParticipantRow.Key(campaignId, participantId),
                () -> new ParticipantRow(campaignId, participantId), row -> {
            row.name = event.name().value();
            row.role = Wire.name(event.role());
            row.access = Wire.name(event.access());
            row.joinedAt = at;
            row.updatedAt = at;
        });
    }

    @EventHandler
    void on(ParticipantUpdated event, @Timestamp Instant at) {
        ParticipantRow row = em.find(ParticipantRow.class,
                new ParticipantRow.Key(event.campaignId().value(), event.participantId().value()));
        if (event.name() != null) {
            row.name = event.name().value();
        }
        if (event.role() != null) {
            row.role = Wire.name(event.role());
        }
        if (event.access() != null) {
            row.access = Wire.name(event.access());
        }
        row.updatedAt = at;
    }

    @EventHandler
    void on(ParticipantLeft event, @Timestamp Instant at) {
        String campaignId = event.campaignId().value();
        ParticipantRow row = em.find(ParticipantRow.class,
                new ParticipantRow.Key(campaignId, event.participantId().value()));
        if (row != null) {
            em.remove(row);
            campaign(campaignId, at);
        }
    }

    @EventHandler
    void on(CharacterCreated event, @Timestamp Instant at) {
        String campaignId = event.campaignId().value();
        ReadModels.upsert(em, CharacterRow.class, new CharacterRow.Key(campaignId, event.characterId().value()),
                () -> new CharacterRow(campaignId, event.characterId().value()), row -> {
            row.ownerParticipantId = event.ownerParticipantId().value();
            row.name = event.name().value();
            row.kind = Wire.name(event.kind());
            row.notes = Wire.text(event.notes());
            row.createdAt = at;
            row.updatedAt = at;
        });
    }

    @EventHandler
    void on(CharacterUpdated event, @Timestamp Instant at) {
        CharacterRow row = character(event.campaignId().value(), event.characterId().value(), at);
        if (event.name() != null) {
            row.name = event.name().value();
        }
        if (event.kind() != null) {
            row.kind = Wire.name(event.kind());
        }
        if (event.notes() != null) {
            row.notes = event.notes().value();
        }
    }

    @EventHandler
    void on(CharacterDeleted event, @Timestamp Instant at) {
        CharacterRow row = character(event.campaignId().value(), event.characterId().value(), at);
        row.deleted = true;
        row.deletedAt = at;
    }

    @EventHandler
    void on(CharacterTransferred event, @Timestamp Instant at) {
        character(event.campaignId().value(), event.characterId().value(), at).ownerParticipantId =
                event.toParticipantId().value();
    }

    /** A replay starts from empty tables. */
    @ResetHandler
    void reset() {
        em.createQuery("delete from CharacterRow").executeUpdate();
        em.createQuery("delete from ParticipantRow").executeUpdate();
        em.createQuery("delete from CampaignRow").executeUpdate();
    }


    private CampaignRow find(String campaignId) {
        return em.find(CampaignRow.class, campaignId);
    }

    /** The character row, stamped as changed at {@code at}. */
    private CharacterRow character(String campaignId, String characterId, Instant at) {
        CharacterRow row = em.find(CharacterRow.class, new CharacterRow.Key(campaignId, characterId));
        row.updatedAt = at;
        return row;
    }

    /** The campaign row, stamped as changed at {@code at}. */
    private CampaignRow campaign(String campaignId, Instant at) {
        CampaignRow row = find(campaignId);
        row.updatedAt = at;
        return row;
    }
}
