package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.system.ReadinessBlocker;
import dev.duality.sys.daggerheart.DaggerheartRejection;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.rules.DamageThresholds;
import dev.duality.sys.daggerheart.rules.DaggerheartRules;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A character's Daggerheart sheet, identified by the core character's id. Command handlers take every number from
 * {@link DaggerheartRules} and record it in the event; event-sourcing handlers only copy it into state.
 */
public class DaggerheartCharacter {
    @AggregateIdentifier
    private CharacterId id;
    private CampaignId campaignId;
    private int level;
    private int hpMax;
    private int stressMax;
    private int hope;
    private int hopeMax;
    private int evasion;
    private int proficiency;
    private int armorScore;
    private int majorThreshold;
    private int severeThreshold;

    protected DaggerheartCharacter() {
        // for Axon's event-sourced loading
    }

    /**
     * Builds the level-1 sheet: class HP and Evasion, 6 Stress, 2 Hope, Proficiency 1, no armor yet. Created only if
     * missing, so a second sheet for the same character is refused here, after the command's access policy, with a
     * code rather than failing on the journal's unique key.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateDaggerheartCharacter command) {
        Rejected.unless(id == null, DaggerheartRejection.DAGGERHEART_CHARACTER_SHEET_EXISTS, "character_id",
                "character " + command.characterId() + " already has a Daggerheart sheet");
        int startingLevel = DaggerheartRules.STARTING_LEVEL;
        DamageThresholds thresholds = DaggerheartRules.unarmoredThresholds(startingLevel);
        apply(new DaggerheartCharacterCreated(command.campaignId(), command.characterId(), command.characterClass(),
                startingLevel,
                DaggerheartRules.startingHp(command.characterClass()),
                DaggerheartRules.STARTING_STRESS_SLOTS,
                DaggerheartRules.STARTING_HOPE,
                DaggerheartRules.HOPE_MAX,
                DaggerheartRules.startingEvasion(command.characterClass()),
                DaggerheartRules.STARTING_PROFICIENCY,
                DaggerheartRules.UNARMORED_ARMOR_SCORE,
                thresholds.major(),
                thresholds.severe()));
    }

    /** The campaign this sheet was created in. */
    public CampaignId campaignId() {
        return campaignId;
    }

    /**
     * What keeps this character out of a session, in a stable order. A created sheet is complete at level 1, so it
     * has none yet; later rules (e.g. an unfinished level-up) add theirs here.
     */
    public List<ReadinessBlocker> readinessBlockers() {
        return List.of();
    }

    @EventSourcingHandler
    void on(DaggerheartCharacterCreated event) {
        id = event.characterId();
        campaignId = event.campaignId();
        level = event.level();
        hpMax = event.hpMax();
        stressMax = event.stressMax();
        hope = event.hope();
        hopeMax = event.hopeMax();
        evasion = event.evasion();
        proficiency = event.proficiency();
        armorScore = event.armorScore();
        majorThreshold = event.majorThreshold();
        severeThreshold = event.severeThreshold();
    }
}
