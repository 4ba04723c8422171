package dev.duality.sys.daggerheart.character.readmodel;

import dev.duality.core.value.Wire;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetView;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries.FindCharacterSheet;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.projections.ReadModels;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Builds and answers the Daggerheart character sheet read model. */
@Component
@ProcessingGroup(CharacterSheetProjection.GROUP)
public class CharacterSheetProjection {
    public static final String GROUP = "daggerheart-characters";

    @PersistenceContext
    private EntityManager em;

    @EventHandler
    void on(DaggerheartCharacterCreated event, @Timestamp Instant at) {
        ReadModels.upsert(em, CharacterSheetRow.class, event.characterId().value(),
                () -> new CharacterSheetRow(event.characterId().value()), row -> {
            row.campaignId = event.campaignId().value();
            row.characterClass = Wire.name(event.characterClass());
            row.level = event.level();
            row.hpMax = event.hpMax();
            row.stressMax = event.stressMax();
            row.hope = event.hope();
            row.hopeMax = event.hopeMax();
            row.evasion = event.evasion();
            row.proficiency = event.proficiency();
            row.armorScore = event.armorScore();
            row.majorThreshold = event.majorThreshold();
            row.severeThreshold = event.severeThreshold();
            row.createdAt = at;
            row.updatedAt = at;
        });
    }

    @ResetHandler
    void reset() {
        em.createQuery("delete from CharacterSheetRow").executeUpdate();
    }

    @QueryHandler
    public Optional<CharacterSheetView> handle(FindCharacterSheet query) {
        return Optional.ofNullable(em.find(CharacterSheetRow.class, query.characterId()))
                .filter(row -> row.campaignId.equals(query.campaignId()))
                .map(r -> new CharacterSheetView(r.campaignId, r.characterId,
                        ReadModels.fromWire(DaggerheartClass.class, r.characterClass), r.level, r.hpMax,
                        r.stressMax, r.hope, r.hopeMax, r.evasion, r.proficiency, r.armorScore,
                        new CharacterSheetView.Thresholds(r.majorThreshold, r.severeThreshold), r.createdAt,
                        r.updatedAt));
    }
}
