package dev.duality.sys.daggerheart.character.readmodel;

import dev.duality.core.value.Wire;
import dev.duality.projections.ReadModelJson;
import dev.duality.projections.ReadModels;
import dev.duality.sys.daggerheart.character.api.CharacterProfileUpdated;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.CharacterStateRestored;
import dev.duality.sys.daggerheart.character.api.CharacterTracks;
import dev.duality.sys.daggerheart.character.api.ConditionChanged;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.DeathMoveResolved;
import dev.duality.sys.daggerheart.character.api.DowntimeMoveApplied;
import dev.duality.sys.daggerheart.character.api.Equipment;
import dev.duality.sys.daggerheart.character.api.LevelUpApplied;
import dev.duality.sys.daggerheart.character.api.LevelUpGranted;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.LoadoutSwapped;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorApplied;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorEnded;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries.FindCharacterSheet;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetQueries.ListCharacterSheets;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterSheetView;
import dev.duality.sys.daggerheart.character.readmodel.api.CharacterStateView;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.DaggerheartRules;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import dev.duality.sys.daggerheart.rules.TemporaryArmor;
import dev.duality.sys.daggerheart.rules.TemporaryArmors;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds and answers the Daggerheart character read model: sheets and their state. Every handler copies the values
 * after that the event records (never adds to what the row holds), and takes its time from the event, so replaying
 * the same events gives the same rows.
 */
@Component
@ProcessingGroup(CharacterSheetProjection.GROUP)
public class CharacterSheetProjection {
    public static final String GROUP = "daggerheart-characters";
    private static final TypeReference<List<CreationStep>> STEPS = new TypeReference<>() {
    };
    private static final TypeReference<Map<Condition, EffectDuration>> DURATIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<TemporaryArmor>> TEMPORARY_ARMOR = new TypeReference<>() {
    };

    @PersistenceContext
    private EntityManager em;

    @EventHandler
    void on(DaggerheartCharacterCreated event, @Timestamp Instant at) {
        ReadModels.upsert(em, CharacterSheetRow.class, key(event.campaignId().value(), event.characterId().value()),
                () -> new CharacterSheetRow(event.campaignId().value(), event.characterId().value()), row -> {
            row.characterClass = Wire.name(event.characterClass());
            row.level = event.level();
            row.profile = ReadModelJson.write(ProfileDocument.started(event.subclass()));
            row.completedSteps = ReadModelJson.write(event.completedSteps());
            row.hpMax = event.hpMax();
            row.stressMax = event.stressMax();
            row.hopeMax = event.hopeMax();
            row.evasion = event.evasion();
            row.proficiency = event.proficiency();
            row.armorScore = event.armorScore();
            row.majorThreshold = event.majorThreshold();
            row.severeThreshold = event.severeThreshold();
            row.hpMarked = 0;
            row.stressMarked = 0;
            row.hope = event.hope();
            row.armorMarked = 0;
            row.lifeState = Wire.name(LifeState.ALIVE);
            row.conditions = ReadModelJson.write(ConditionSet.NONE);
            row.conditionDurations = ReadModelJson.write(Map.of());
            row.temporaryArmor = ReadModelJson.write(List.of());
            row.levelUpPending = null;
            row.progression = null;
            row.createdAt = at;
            row.updatedAt = at;
        });
    }

    @EventHandler
    void on(CharacterProfileUpdated event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.characterId().value(), at, row -> {
            row.profile = ReadModelJson.write(ReadModelJson.read(row.profile, ProfileDocument.class).with(event));
            row.completedSteps = ReadModelJson.write(event.completedSteps());
            row.hpMax = event.hpMax();
            row.stressMax = event.stressMax();
            row.evasion = event.evasion();
            row.proficiency = event.proficiency();
            row.armorScore = event.armorScore();
            row.majorThreshold = event.majorThreshold();
            row.severeThreshold = event.severeThreshold();
            row.hpMarked = event.hpMarked();
            row.stressMarked = event.stressMarked();
            row.armorMarked = event.armorMarked();
        });
    }

    @EventHandler
    void on(CharacterStatePatched event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.characterId().value(), at, row -> {
            row.hpMarked = event.hpMarked();
            row.stressMarked = event.stressMarked();
            row.hope = event.hope();
            row.hopeMax = event.hopeMax();
            row.armorMarked = event.armorMarked();
            row.lifeState = Wire.name(event.lifeState());
            conditions(row, event.conditions(), null);
        });
    }

    @EventHandler
    void on(DowntimeMoveApplied event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.characterId().value(), at, row -> {
            row.hpMarked = event.hpMarked();
            row.stressMarked = event.stressMarked();
            row.hope = event.hope();
            row.armorMarked = event.armorMarked();
            row.lifeState = Wire.name(event.lifeState());
            conditions(row, event.conditions(), null);
        });
    }

    @EventHandler
    void on(DamageApplied event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.characterId().value(), at, row -> {
            row.hpMarked = event.hpMarked();
            row.armorMarked = event.armorMarked();
            row.lifeState = Wire.name(event.lifeState());
        });
    }

    @EventHandler
    void on(ConditionChanged event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.characterId().value(), at,
                row -> conditions(row, event.conditions(), event.lasting()));
    }

    /** Hope paid for Experiences on a roll. */
    @EventHandler
    void on(ActionRollResolved event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.characterId().value(), at, row -> row.hope = event.hope());
    }

    @EventHandler
    void on(TemporaryArmorApplied event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.characterId().value(), at, row -> {
            row.temporaryArmor = ReadModelJson.write(event.temporaryArmor());
            row.armorMarked = event.armorMarked();
        });
    }

    @EventHandler
    void on(TemporaryArmorEnded event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.characterId().value(), at, row -> {
            row.temporaryArmor = ReadModelJson.write(event.temporaryArmor());
            row.armorMarked = event.armorMarked();
        });
    }

    @EventHandler
    void on(LoadoutSwapped event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.characterId().value(), at, row -> {
            row.profile = ReadModelJson.write(ReadModelJson.read(row.profile, ProfileDocument.class)
                    .withCards(event.domainCards()));
            row.hpMarked = event.hpMarked();
            row.stressMarked = event.stressMarked();
            row.lifeState = Wire.name(event.lifeState());
            conditions(row, event.conditions(), null);
        });
    }

    @EventHandler
    void on(DeathMoveResolved event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.characterId().value(), at, row -> {
            row.hpMarked = event.hpMarked();
            row.stressMarked = event.stressMarked();
            row.hope = event.hope();
            row.hopeMax = event.hopeMax();
            row.lifeState = Wire.name(event.lifeState());
            conditions(row, event.conditions(), null);
        });
    }

    /** An undo put the tracks back as they were before the decision it names. */
    @EventHandler
    void on(CharacterStateRestored event, @Timestamp Instant at) {
        CharacterTracks restored = event.restored();
        update(event.campaignId().value(), event.characterId().value(), at, row -> {
            row.hpMarked = restored.hpMarked();
            row.stressMarked = restored.stressMarked();
            row.hope = restored.hope();
            row.hopeMax = restored.hopeMax();
            row.armorMarked = restored.armorMarked();
            row.temporaryArmor = ReadModelJson.write(restored.temporaryArmor());
            row.lifeState = Wire.name(restored.lifeState());
            conditions(row, restored.conditions(), restored.conditionDurations());
            row.profile = ReadModelJson.write(ReadModelJson.read(row.profile, ProfileDocument.class)
                    .withCards(restored.domainCards()));
        });
    }

    @EventHandler
    void on(LevelUpGranted event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.characterId().value(), at, row -> row.levelUpPending = event.level());
    }

    @EventHandler
    void on(LevelUpApplied event, @Timestamp Instant at) {
        update(event.campaignId().value(), event.characterId().value(), at, row -> {
            row.level = event.level();
            row.profile = ReadModelJson.write(ReadModelJson.read(row.profile, ProfileDocument.class).with(event));
            row.progression = ReadModelJson.write(progression(row).with(event));
            row.hpMax = event.hpMax();
            row.stressMax = event.stressMax();
            row.evasion = event.evasion();
            row.proficiency = event.proficiency();
            row.majorThreshold = event.majorThreshold();
            row.severeThreshold = event.severeThreshold();
            row.levelUpPending = null;
        });
    }

    @ResetHandler
    void reset() {
        em.createQuery("delete from CharacterSheetRow").executeUpdate();
    }

    @QueryHandler
    public Optional<CharacterSheetView> handle(FindCharacterSheet query) {
        return Optional.ofNullable(em.find(CharacterSheetRow.class, key(query.campaignId(), query.characterId())))
                .map(CharacterSheetProjection::view);
    }

    @QueryHandler
    public List<CharacterSheetView> handle(ListCharacterSheets query) {
        return em.createQuery("select c from CharacterSheetRow c where c.campaignId = :c order by c.characterId",
                        CharacterSheetRow.class)
                .setParameter("c", query.campaignId()).getResultStream().map(CharacterSheetProjection::view).toList();
    }

    private void update(String campaignId, String characterId, Instant at, Consumer<CharacterSheetRow> change) {
        CharacterSheetRow row = em.find(CharacterSheetRow.class, key(campaignId, characterId));
        if (row != null) {
            change.accept(row);
            row.updatedAt = at;
        }
    }

    private static CharacterSheetRow.Key key(String campaignId, String characterId) {
        return new CharacterSheetRow.Key(campaignId, characterId);
    }

    /**
     * The conditions after an event, with how long they last: the event's durations when it states them (a condition
     * change), else those the row had, kept for the conditions that stay.
     */
    private static void conditions(CharacterSheetRow row, ConditionSet after,
                                   Map<Condition, EffectDuration> lasting) {
        Map<Condition, EffectDuration> durations = new EnumMap<>(Condition.class);
        durations.putAll(lasting != null ? lasting : ReadModelJson.read(row.conditionDurations, DURATIONS));
        durations.keySet().removeIf(condition -> !after.contains(condition));
        row.conditions = ReadModelJson.write(after);
        row.conditionDurations = ReadModelJson.write(durations);
    }

    private static CharacterSheetView view(CharacterSheetRow row) {
        ProfileDocument profile = ReadModelJson.read(row.profile, ProfileDocument.class);
        List<CreationStep> done = ReadModelJson.read(row.completedSteps, STEPS);
        EnumSet<CreationStep> missing = EnumSet.allOf(CreationStep.class);
        done.forEach(missing::remove);
        List<TemporaryArmor> temporaryArmor = ReadModelJson.read(row.temporaryArmor, TEMPORARY_ARMOR);
        CharacterStateView state = new CharacterStateView(row.characterId, row.hpMarked, row.hpMax, row.stressMarked,
                row.stressMax, row.hope, row.hopeMax, row.armorMarked,
                TemporaryArmors.armorScore(row.armorScore, temporaryArmor), Wire.parse(LifeState.class, row.lifeState),
                ReadModelJson.read(row.conditions, ConditionSet.class).conditions(),
                ReadModelJson.read(row.conditionDurations, DURATIONS),
                temporaryArmor.stream().map(CharacterStateView.TemporaryArmorView::of).toList(),
                DaggerheartRules.HOPE_MAX - row.hopeMax);
        ProgressionDocument progression = progression(row);
        return new CharacterSheetView(row.campaignId, row.characterId,
                Wire.parse(DaggerheartClass.class, row.characterClass), profile.subclass(), row.level,
                DaggerheartRules.tier(row.level), profile.heritage(), profile.traits(), equipment(profile.equipment()),
                profile.experiences(), profile.domainCards(), profile.gold(), Wire.text(profile.description()),
                Wire.text(profile.background()), Wire.text(profile.connections()),
                new CharacterSheetView.Creation(missing.isEmpty(), sorted(done), List.copyOf(missing)), row.hpMax,
                row.stressMax, row.hopeMax, row.evasion, row.proficiency, row.armorScore,
                new CharacterSheetView.Thresholds(row.majorThreshold, row.severeThreshold), state, row.levelUpPending,
                new CharacterSheetView.Progression(progression.advancements(), progression.markedTraits(),
                        progression.subclassCard(), progression.multiclass(), progression.multiclassCard()),
                row.createdAt, row.updatedAt);
    }

    private static ProgressionDocument progression(CharacterSheetRow row) {
        return row.progression == null ? ProgressionDocument.NONE
                : ReadModelJson.read(row.progression, ProgressionDocument.class);
    }

    private static CharacterSheetView.EquipmentView equipment(Equipment equipment) {
        return equipment == null ? null : new CharacterSheetView.EquipmentView(equipment.armor(),
                Wire.text(equipment.primaryWeapon()), Wire.text(equipment.secondaryWeapon()));
    }

    private static List<CreationStep> sorted(List<CreationStep> steps) {
        return Arrays.stream(CreationStep.values()).filter(steps::contains).toList();
    }
}
