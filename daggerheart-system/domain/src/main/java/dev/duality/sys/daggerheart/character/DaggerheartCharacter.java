package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.system.AggregateLookup;
import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResolved;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryAttack;
import dev.duality.sys.daggerheart.character.api.ApplyDamage;
import dev.duality.sys.daggerheart.character.api.ChangeConditions;
import dev.duality.sys.daggerheart.character.api.CharacterProfileUpdated;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.ConditionChanged;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.PatchCharacterState;
import dev.duality.sys.daggerheart.character.api.SpendHope;
import dev.duality.sys.daggerheart.character.api.SpendStress;
import dev.duality.sys.daggerheart.character.api.UpdateCharacterProfile;
import dev.duality.sys.daggerheart.gm.DaggerheartGmState;
import dev.duality.sys.daggerheart.roll.api.ActionRollResolved;
import dev.duality.sys.daggerheart.roll.api.RecordActionRoll;
import dev.duality.sys.daggerheart.roll.api.RecordRollOutcome;
import dev.duality.sys.daggerheart.roll.api.RollOutcomeApplied;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.Adversaries;
import dev.duality.sys.daggerheart.rules.Ancestry;
import dev.duality.sys.daggerheart.rules.Armor;
import dev.duality.sys.daggerheart.rules.ArmorSlots;
import dev.duality.sys.daggerheart.rules.CharacterCreation;
import dev.duality.sys.daggerheart.rules.CharacterResources;
import dev.duality.sys.daggerheart.rules.ClassRules;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.Conditions;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.Damage;
import dev.duality.sys.daggerheart.rules.DamageThresholds;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.DaggerheartRules;
import dev.duality.sys.daggerheart.rules.Defense;
import dev.duality.sys.daggerheart.rules.DualityRoll;
import dev.duality.sys.daggerheart.rules.DualityRolls;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.HitPoints;
import dev.duality.sys.daggerheart.rules.HopePool;
import dev.duality.sys.daggerheart.rules.IncomingDamage;
import dev.duality.sys.daggerheart.rules.SheetNumbers;
import dev.duality.sys.daggerheart.rules.StressSlots;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.TraitScores;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A character's Daggerheart sheet and state, identified by {@link DaggerheartCharacterId}
 * ({@code daggerheart:character:<campaign>:<character>}): the creation steps and what they set, the numbers derived
 * from them, the HP, Stress and Armor Slots marked, Hope, conditions, life state, and the Duality rolls the character
 * made with whether their outcome was applied. Command handlers decide with the pure functions of the rules package
 * and record every number in the event; event-sourcing handlers only copy it into state.
 */
public class DaggerheartCharacter {
    @AggregateIdentifier
    private DaggerheartCharacterId id;
    private CampaignId campaignId;
    private CharacterId characterId;
    private DaggerheartClass characterClass;
    private Subclass subclass;
    private int level;
    private Ancestry ancestry;
    private TraitScores traits;
    private Armor armor;
    private List<Experience> experiences = List.of();
    private final EnumSet<CreationStep> completedSteps = EnumSet.noneOf(CreationStep.class);
    private SheetNumbers numbers;
    private HitPoints hp;
    private StressSlots stress;
    private HopePool hope;
    private ArmorSlots armorSlots;
    private LifeState lifeState = LifeState.ALIVE;
    private ConditionSet conditions = ConditionSet.NONE;
    /** Vulnerable because every Stress slot is marked: it ends when Stress is cleared. */
    private boolean vulnerableFromStress;
    private final Map<Long, Roll> rolls = new HashMap<>();
    /** Adversary attack rolls against this character, by roll number. */
    private final Map<Long, IncomingAttack> attacks = new HashMap<>();

    /** A Duality roll of this character and whether its outcome was applied. */
    private record Roll(ActionRollResolved resolved, boolean outcomeApplied) {
    }

    /** An adversary's attack roll against this character and whether its damage was applied. */
    private record IncomingAttack(boolean hit, int damage, Set<DamageType> damageTypes, boolean damageApplied) {
    }

    protected DaggerheartCharacter() {
        // for Axon's event-sourced loading, and the empty instance CREATE_IF_MISSING hands the creation
    }

    /**
     * Builds the level-1 sheet: class HP and Evasion, 6 Stress, 2 Hope, Proficiency 1, unarmored thresholds, nothing
     * marked. Created only if missing, so a second sheet for the same character is refused here, after the command's
     * access policy, with a code rather than failing on the journal's unique key.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateDaggerheartCharacter command) {
        Rejected.unless(id == null, DAGGERHEART_CHARACTER_SHEET_EXISTS, "character_id",
                "character " + command.characterId() + " already has a Daggerheart sheet");
        if (command.subclass() != null) {
            ClassRules.requireSubclassOf(command.characterClass(), command.subclass());
        }
        int startingLevel = DaggerheartRules.STARTING_LEVEL;
        SheetNumbers sheet = SheetNumbers.of(command.characterClass(), startingLevel, null, Optional.empty());
        HopePool startingHope = CharacterResources.startingHope();
        apply(new DaggerheartCharacterCreated(command.campaignId(), command.characterId(), command.characterClass(),
                command.subclass(), startingLevel, sheet.hpMax(), sheet.stressMax(), startingHope.hope(),
                startingHope.max(), sheet.evasion(), sheet.proficiency(), sheet.armorScore(),
                sheet.thresholds().major(), sheet.thresholds().severe(),
                command.subclass() == null ? List.of() : List.of(CreationStep.CLASS_SUBCLASS)));
    }

    /**
     * Fills in or changes creation steps. Each part given is checked against the creation rules; the sheet's numbers
     * are derived again, and marked slots are kept within the new maxima.
     */
    @CommandHandler
    void handle(UpdateCharacterProfile command) {
        Rejected.unless(!command.isEmpty(), DAGGERHEART_PROFILE_UPDATE_EMPTY,
                "a profile update needs at least one part to set");
        Set<CreationStep> steps = EnumSet.noneOf(CreationStep.class);
        steps.addAll(completedSteps);
        if (command.subclass() != null) {
            ClassRules.requireSubclassOf(characterClass, command.subclass());
            steps.add(CreationStep.CLASS_SUBCLASS);
        }
        if (command.heritage() != null) {
            steps.add(CreationStep.HERITAGE);
        }
        if (command.traits() != null) {
            CharacterCreation.requireStartingTraits(command.traits());
            steps.add(CreationStep.TRAITS);
        }
        if (command.equipment() != null) {
            steps.add(CreationStep.EQUIPMENT);
        }
        if (command.experiences() != null) {
            CharacterCreation.requireStartingExperiences(command.experiences());
            steps.add(CreationStep.EXPERIENCES);
        }
        AcquiredCards cards = null;
        if (command.domainCards() != null) {
            cards = CharacterCreation.startingCards(characterClass, command.domainCards());
            steps.add(CreationStep.DOMAIN_CARDS);
        }
        if (command.description() != null) {
            steps.add(CreationStep.DETAILS);
        }
        if (command.background() != null) {
            steps.add(CreationStep.BACKGROUND);
        }
        if (command.connections() != null) {
            steps.add(CreationStep.CONNECTIONS);
        }
        Ancestry newAncestry = command.heritage() != null ? command.heritage().ancestry() : ancestry;
        Optional<Armor> newArmor = command.equipment() != null ? command.equipment().worn() : Optional.ofNullable(armor);
        SheetNumbers sheet = SheetNumbers.of(characterClass, level, newAncestry, newArmor);
        apply(new CharacterProfileUpdated(campaignId, characterId, command.subclass(), command.heritage(),
                command.traits(), command.equipment(), command.experiences(), cards, command.description(),
                command.background(), command.connections(), command.gold(), sheet.hpMax(), sheet.stressMax(),
                sheet.evasion(), sheet.proficiency(), sheet.armorScore(), sheet.thresholds().major(),
                sheet.thresholds().severe(), Math.min(hp.marked(), sheet.hpMax()),
                Math.min(stress.marked(), sheet.stressMax()), Math.min(armorSlots.marked(), sheet.armorScore()),
                List.copyOf(steps)));
    }

    /**
     * Sets tracks directly. {@code before}, when given, must match; the values after are checked against their
     * tracks; a patch that changes nothing is refused. Marking the last HP makes the character fall (unless the patch
     * sets the life state itself), and the Stress track's Vulnerable rule applies.
     */
    @CommandHandler
    void handle(PatchCharacterState command) {
        PatchCharacterState.Before before = command.before();
        if (before != null) {
            requireBefore(before.hpMarked(), hp.marked(), "before.hp_marked");
            requireBefore(before.stressMarked(), stress.marked(), "before.stress_marked");
            requireBefore(before.hope(), hope.hope(), "before.hope");
            requireBefore(before.armorMarked(), armorSlots.marked(), "before.armor_marked");
            Rejected.unless(before.lifeState() == null || before.lifeState() == lifeState,
                    DAGGERHEART_STATE_BEFORE_MISMATCH, "before.life_state",
                    "before.life_state is " + before.lifeState() + " but the character is " + lifeState);
        }
        HitPoints newHp = new HitPoints(Objects.requireNonNullElse(command.hpMarked(), hp.marked()), hp.max());
        StressSlots newStress = new StressSlots(Objects.requireNonNullElse(command.stressMarked(), stress.marked()),
                stress.max());
        HopePool newHope = new HopePool(Objects.requireNonNullElse(command.hope(), hope.hope()), hope.scars());
        ArmorSlots newArmor = new ArmorSlots(Objects.requireNonNullElse(command.armorMarked(), armorSlots.marked()),
                armorSlots.score());
        LifeState newLifeState = command.lifeState() != null ? command.lifeState() : lifeStateAfter(newHp);
        boolean changes = !newHp.equals(hp) || !newStress.equals(stress) || !newHope.equals(hope)
                || !newArmor.equals(armorSlots) || newLifeState != lifeState;
        Rejected.unless(changes, DAGGERHEART_STATE_UNCHANGED, "the patch leaves the character's state as it is");
        apply(patched(newHp, newStress, newHope, newArmor, newLifeState, null, command.reason(), command.rollSeq()));
    }

    /** Spends Hope; more than is held is refused. */
    @CommandHandler
    void handle(SpendHope command) {
        requireNotDead();
        HopePool after = CharacterResources.spendHope(hope, command.amount());
        apply(patched(hp, stress, after, armorSlots, lifeState, CharacterStatePatched.HOPE_SPEND, command.reason(),
                null));
    }

    /**
     * Marks Stress. What can't be marked marks 1 HP instead (which may be the last HP); marking the last Stress makes
     * the character Vulnerable.
     */
    @CommandHandler
    void handle(SpendStress command) {
        requireNotDead();
        CharacterResources.StressMarked marked = CharacterResources.markStress(stress, command.amount());
        HitPoints newHp = CharacterResources.markHp(hp, marked.hpToMark()).hp();
        apply(patched(newHp, marked.stress(), hope, armorSlots, lifeStateAfter(newHp),
                CharacterStatePatched.STRESS_SPEND, command.reason(), null));
    }

    /**
     * Resolves one incoming damage against this character's thresholds, with the campaign's massive damage rule, and
     * marks the HP and Armor Slot it costs. Damage from an adversary's attack roll takes the amount and types that
     * roll recorded against this character: once, and only if it hit.
     */
    @CommandHandler
    DamageApplied handle(ApplyDamage command, AggregateLookup lookup) {
        requireNotDead();
        IncomingAttack attack = command.attackRollSeq() == null ? null : attackToApply(command.attackRollSeq());
        int amount = attack == null ? command.amount() : attack.damage();
        Set<DamageType> damageTypes = attack == null ? command.damageTypes() : attack.damageTypes();
        boolean massiveDamage = DaggerheartGmState.playsWithMassiveDamage(lookup, campaignId);
        Damage.DamageResult result = Damage.resolve(new IncomingDamage(amount, damageTypes, command.resistances(),
                command.immunities(), numbers.thresholds(), massiveDamage, command.direct(), command.markArmorSlot(),
                armorSlots.available()));
        ArmorSlots newArmor = CharacterResources.markArmor(armorSlots, result.armorSlotsSpent());
        CharacterResources.HpMarked marked = CharacterResources.markHp(hp, result.hpMarks());
        DamageApplied applied = new DamageApplied(campaignId, characterId, amount, damageTypes,
                result.amount(), result.severityBeforeArmor(), result.severityAfterArmor(), marked.hpMarked(),
                result.armorSlotsSpent(), result.armorSlotUse(), result.resisted(), result.immune(), result.direct(),
                result.massive(), numbers.thresholds().major(), numbers.thresholds().severe(), marked.hp().marked(),
                stress.marked(), newArmor.marked(), marked.lastHpMarked(), lifeStateAfter(marked.hp()),
                command.source(), command.rollSeq(), command.attackRollSeq());
        apply(applied);
        // the event is also the answer: what the pipeline decided goes back to the table as decided
        return applied;
    }

    /**
     * Changes the conditions to the given set. Added and removed, when the client states them, must be exactly the
     * difference; a change that changes nothing is refused.
     */
    @CommandHandler
    void handle(ChangeConditions command) {
        Conditions.ConditionDiff diff = Conditions.requireChangeAsStated(conditions, command.conditions(),
                command.added(), command.removed());
        apply(new ConditionChanged(campaignId, characterId, command.conditions(), diff.added(), diff.removed(),
                command.source()));
    }

    /**
     * Interprets the Duality Dice the session just rolled for this character: the trait (with the armor's Agility
     * change), the Experiences chosen (1 Hope each, paid now) and other modifiers, read against the SRD table.
     */
    @CommandHandler
    ActionRollResolved handle(RecordActionRoll command) {
        Rejected.unless(lifeState == LifeState.ALIVE, DAGGERHEART_CHARACTER_CANNOT_ACT,
                "character " + characterId + " is " + lifeState.name().toLowerCase(Locale.ROOT)
                        + " and cannot make an action roll");
        List<Experience> chosen = new ArrayList<>();
        for (int i = 0; i < command.experiences().size(); i++) {
            chosen.add(experience(command.experiences().get(i), "experiences[" + i + "]"));
        }
        DualityRolls.ExperienceBonus bonus = DualityRolls.experienceBonus(chosen);
        Rejected.unless(bonus.hopeCost() <= hope.hope(), DAGGERHEART_HOPE_INSUFFICIENT, "experiences",
                chosen.size() + " Experiences cost " + bonus.hopeCost() + " Hope, but the character holds "
                        + hope.hope());
        int traitScore = command.trait() == null || traits == null ? 0
                : Defense.traitWithArmor(traits, command.trait(), Optional.ofNullable(armor));
        DualityRolls.DualityOutcome outcome = DualityRolls.resolve(new DualityRoll(command.hopeDie(),
                command.fearDie(), command.netAdvantage(), command.advantageDie(),
                traitScore + bonus.modifier() + command.modifier(), command.difficulty(), command.reaction()));
        ActionRollResolved resolved = new ActionRollResolved(campaignId, characterId, command.sessionId(),
                command.rollSeq(), command.trait(), traitScore, chosen.stream().map(Experience::name).toList(),
                bonus.modifier(), command.modifier(), command.hopeDie(), command.fearDie(), outcome.advantage(),
                command.difficulty(), command.reaction(), outcome.total(), outcome.result(), outcome.hopeGained(),
                outcome.stressCleared(), outcome.fearGained(), outcome.spotlightToGm(), outcome.gmMove(),
                outcome.effectsIgnored(), bonus.hopeCost(), hope.hope() - bonus.hopeCost());
        apply(resolved);
        // the event is also the answer: the roll's meaning goes back to the player at once
        return resolved;
    }

    /** Marks a roll's outcome as applied: a roll's outcome is applied exactly once. */
    @CommandHandler
    void handle(RecordRollOutcome command) {
        Roll roll = rolls.get(command.rollSeq());
        Rejected.unless(roll != null, DAGGERHEART_ROLL_NOT_FOUND, "roll_seq",
                "character " + characterId + " made no Duality roll " + command.rollSeq());
        Rejected.unless(!roll.outcomeApplied(), DAGGERHEART_ROLL_OUTCOME_ALREADY_APPLIED, "roll_seq",
                "the outcome of roll " + command.rollSeq() + " was already applied");
        apply(new RollOutcomeApplied(campaignId, characterId, command.rollSeq(), command.requestId()));
    }

    /**
     * Reads an adversary's attack roll against this character's Evasion: hit at or above it, a natural 20 always and
     * critically. The damage it deals is recorded here and applied by {@code damage.apply} naming the roll.
     */
    @CommandHandler
    AdversaryAttackResolved handle(RecordAdversaryAttack command) {
        requireNotDead();
        int evasion = numbers.evasion();
        Adversaries.AttackOutcome outcome = Adversaries.attack(command.attackDie(), command.attackModifier(), evasion,
                command.damageDice(), command.damageResults());
        AdversaryAttackResolved resolved = new AdversaryAttackResolved(campaignId, characterId, command.sessionId(),
                command.rollSeq(), command.adversaryId(), command.attackName(), command.attackDie(),
                command.attackModifier(), outcome.total(), evasion, outcome.hit(), outcome.critical(),
                command.damageDice(), command.damageResults(), outcome.damage(), command.damageTypes(),
                command.attackReduced());
        apply(resolved);
        // the event is also the answer: the GM sees at once whom the attack hit and for how much
        return resolved;
    }

    /** The attack roll a damage comes from: one against this character, that hit, whose damage is not applied yet. */
    private IncomingAttack attackToApply(long attackRollSeq) {
        IncomingAttack attack = attacks.get(attackRollSeq);
        Rejected.unless(attack != null, DAGGERHEART_ATTACK_NOT_FOUND, "attack_roll_seq",
                "no adversary attack roll " + attackRollSeq + " against character " + characterId);
        Rejected.unless(attack.hit(), DAGGERHEART_ATTACK_MISSED, "attack_roll_seq",
                "adversary attack roll " + attackRollSeq + " missed character " + characterId);
        Rejected.unless(!attack.damageApplied(), DAGGERHEART_ATTACK_DAMAGE_ALREADY_APPLIED, "attack_roll_seq",
                "the damage of adversary attack roll " + attackRollSeq + " was already applied");
        return attack;
    }

    private Experience experience(String name, String field) {
        return experiences.stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new Rejected(DAGGERHEART_EXPERIENCE_NOT_HELD, field,
                        "character " + characterId + " has no Experience '" + name + "'"));
    }

    private void requireBefore(Integer expected, int actual, String field) {
        Rejected.unless(expected == null || expected == actual, DAGGERHEART_STATE_BEFORE_MISMATCH, field,
                field + " is " + expected + " but the character's value is " + actual);
    }

    private void requireNotDead() {
        Rejected.unless(lifeState != LifeState.DEAD, DAGGERHEART_CHARACTER_DEAD,
                "character " + characterId + " is dead");
    }

    /** Marking the last HP makes an acting character fall; clearing HP stands a fallen one back up. */
    private LifeState lifeStateAfter(HitPoints newHp) {
        if (newHp.allMarked() && lifeState == LifeState.ALIVE) {
            return LifeState.FALLEN;
        }
        return !newHp.allMarked() && lifeState == LifeState.FALLEN ? LifeState.ALIVE : lifeState;
    }

    /** The state after a change to the tracks, with the Stress track's Vulnerable rule applied. */
    private CharacterStatePatched patched(HitPoints newHp, StressSlots newStress, HopePool newHope,
                                          ArmorSlots newArmor, LifeState newLifeState, ShortCode source,
                                          ShortCode reason, Long rollSeq) {
        return new CharacterStatePatched(campaignId, characterId, newHp.marked(), newStress.marked(), newHope.hope(),
                newHope.max(), newArmor.marked(), newLifeState, conditionsAfter(newStress), source, reason, rollSeq);
    }

    /** Marking the last Stress makes the character Vulnerable until they clear at least one Stress. */
    private ConditionSet conditionsAfter(StressSlots newStress) {
        boolean becomesVulnerable = newStress.allMarked() && !stress.allMarked();
        boolean stopsBeingVulnerable = vulnerableFromStress && !newStress.allMarked();
        List<Condition> after = new ArrayList<>(conditions.conditions());
        if (becomesVulnerable && !after.contains(Condition.VULNERABLE)) {
            after.add(Condition.VULNERABLE);
        }
        if (stopsBeingVulnerable) {
            after.remove(Condition.VULNERABLE);
        }
        return new ConditionSet(after);
    }

    // ---- what decisions and the readiness check read ----

    public CampaignId campaignId() {
        return campaignId;
    }

    /** The steps of creation still to do, in the SRD's order; none once the character is ready to play. */
    public List<CreationStep> missingSteps() {
        return EnumSet.complementOf(completedSteps).stream().toList();
    }

    /** A Duality roll of this character, if it made roll {@code rollSeq}. */
    public Optional<ActionRollResolved> roll(long rollSeq) {
        return Optional.ofNullable(rolls.get(rollSeq)).map(Roll::resolved);
    }

    public int hope() {
        return hope.hope();
    }

    public int hopeMax() {
        return hope.max();
    }

    public int stressMarked() {
        return stress.marked();
    }

    public LifeState lifeState() {
        return lifeState;
    }

    // ---- folding ----

    @EventSourcingHandler
    void on(DaggerheartCharacterCreated event) {
        id = DaggerheartCharacterId.of(event.campaignId(), event.characterId());
        campaignId = event.campaignId();
        characterId = event.characterId();
        characterClass = event.characterClass();
        subclass = event.subclass();
        level = event.level();
        numbers = new SheetNumbers(event.hpMax(), event.stressMax(), event.evasion(), event.proficiency(),
                event.armorScore(), new DamageThresholds(event.majorThreshold(),
                event.severeThreshold()));
        hp = new HitPoints(0, event.hpMax());
        stress = new StressSlots(0, event.stressMax());
        hope = new HopePool(event.hope(), DaggerheartRules.HOPE_MAX - event.hopeMax());
        armorSlots = new ArmorSlots(0, event.armorScore());
        completedSteps.addAll(event.completedSteps());
    }

    @EventSourcingHandler
    void on(CharacterProfileUpdated event) {
        if (event.subclass() != null) {
            subclass = event.subclass();
        }
        if (event.heritage() != null) {
            ancestry = event.heritage().ancestry();
        }
        if (event.traits() != null) {
            traits = event.traits();
        }
        if (event.equipment() != null) {
            armor = event.equipment().armor();
        }
        if (event.experiences() != null) {
            experiences = event.experiences();
        }
        numbers = new SheetNumbers(event.hpMax(), event.stressMax(), event.evasion(), event.proficiency(),
                event.armorScore(), new DamageThresholds(event.majorThreshold(),
                event.severeThreshold()));
        hp = new HitPoints(event.hpMarked(), event.hpMax());
        stress = new StressSlots(event.stressMarked(), event.stressMax());
        armorSlots = new ArmorSlots(event.armorMarked(), event.armorScore());
        completedSteps.addAll(event.completedSteps());
    }

    @EventSourcingHandler
    void on(CharacterStatePatched event) {
        vulnerableFromStress = event.stressMarked() == stress.max() && (stress.marked() < stress.max()
                || vulnerableFromStress) && event.conditions().contains(Condition.VULNERABLE);
        hp = new HitPoints(event.hpMarked(), hp.max());
        stress = new StressSlots(event.stressMarked(), stress.max());
        hope = new HopePool(event.hope(), DaggerheartRules.HOPE_MAX - event.hopeMax());
        armorSlots = new ArmorSlots(event.armorMarked(), armorSlots.score());
        lifeState = event.lifeState();
        conditions = event.conditions();
    }

    @EventSourcingHandler
    void on(DamageApplied event) {
        hp = new HitPoints(event.hpMarked(), hp.max());
        armorSlots = new ArmorSlots(event.armorMarked(), armorSlots.score());
        lifeState = event.lifeState();
        if (event.attackRollSeq() != null) {
            attacks.computeIfPresent(event.attackRollSeq(), (seq, attack) -> new IncomingAttack(attack.hit(),
                    attack.damage(), attack.damageTypes(), true));
        }
    }

    @EventSourcingHandler
    void on(AdversaryAttackResolved event) {
        attacks.put(event.rollSeq(), new IncomingAttack(event.hit(), event.damage(), event.damageTypes(), false));
    }

    @EventSourcingHandler
    void on(ConditionChanged event) {
        conditions = event.conditions();
        if (!conditions.contains(Condition.VULNERABLE)) {
            vulnerableFromStress = false;
        }
    }

    @EventSourcingHandler
    void on(ActionRollResolved event) {
        rolls.put(event.rollSeq(), new Roll(event, false));
        hope = new HopePool(event.hope(), hope.scars());
    }

    @EventSourcingHandler
    void on(RollOutcomeApplied event) {
        rolls.computeIfPresent(event.rollSeq(), (seq, roll) -> new Roll(roll.resolved(), true));
    }
}
