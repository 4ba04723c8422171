package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.ShortCode;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.value.Values;
import dev.duality.core.value.Wire;
import dev.duality.sys.daggerheart.adversary.api.AdversaryAttackResolved;
import dev.duality.sys.daggerheart.adversary.api.RecordAdversaryAttack;
import dev.duality.sys.daggerheart.character.api.ApplyDamage;
import dev.duality.sys.daggerheart.character.api.ApplyDowntimeMove;
import dev.duality.sys.daggerheart.character.api.ApplyLevelUp;
import dev.duality.sys.daggerheart.character.api.ApplyTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.ChangeConditions;
import dev.duality.sys.daggerheart.character.api.CharacterProfileUpdated;
import dev.duality.sys.daggerheart.character.api.CharacterStatePatched;
import dev.duality.sys.daggerheart.character.api.CharacterStateRestored;
import dev.duality.sys.daggerheart.character.api.CharacterTracks;
import dev.duality.sys.daggerheart.character.api.ConditionChanged;
import dev.duality.sys.daggerheart.character.api.CreateDaggerheartCharacter;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterCreated;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;
import dev.duality.sys.daggerheart.character.api.DamageApplied;
import dev.duality.sys.daggerheart.character.api.DeathMoveResolved;
import dev.duality.sys.daggerheart.character.api.DowntimeMoveApplied;
import dev.duality.sys.daggerheart.character.api.EndTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.ExpireConditions;
import dev.duality.sys.daggerheart.character.api.GrantLevelUp;
import dev.duality.sys.daggerheart.character.api.LevelUpApplied;
import dev.duality.sys.daggerheart.character.api.LevelUpGranted;
import dev.duality.sys.daggerheart.character.api.LifeState;
import dev.duality.sys.daggerheart.character.api.LoadoutSwapped;
import dev.duality.sys.daggerheart.character.api.PatchCharacterState;
import dev.duality.sys.daggerheart.character.api.RecordDeathMove;
import dev.duality.sys.daggerheart.character.api.RestoreCharacterState;
import dev.duality.sys.daggerheart.character.api.SpendHope;
import dev.duality.sys.daggerheart.character.api.SpendStress;
import dev.duality.sys.daggerheart.character.api.SwapLoadoutCard;
import dev.duality.sys.daggerheart.character.api.SwapLoadoutCardAtRest;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorApplied;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorEnded;
import dev.duality.sys.daggerheart.character.api.UpdateCharacterProfile;
import dev.duality.sys.daggerheart.character.api.WakeCharacter;
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
import dev.duality.sys.daggerheart.rules.CardPlace;
import dev.duality.sys.daggerheart.rules.CharacterCreation;
import dev.duality.sys.daggerheart.rules.CharacterResources;
import dev.duality.sys.daggerheart.rules.ClassRules;
import dev.duality.sys.daggerheart.rules.Condition;
import dev.duality.sys.daggerheart.rules.ConditionSet;
import dev.duality.sys.daggerheart.rules.Conditions;
import dev.duality.sys.daggerheart.rules.CreationStep;
import dev.duality.sys.daggerheart.rules.DaggerheartRules;
import dev.duality.sys.daggerheart.rules.Damage;
import dev.duality.sys.daggerheart.rules.DamageThresholds;
import dev.duality.sys.daggerheart.rules.DamageType;
import dev.duality.sys.daggerheart.rules.DeathMoves;
import dev.duality.sys.daggerheart.rules.Defense;
import dev.duality.sys.daggerheart.rules.DomainCard;
import dev.duality.sys.daggerheart.rules.DomainCards;
import dev.duality.sys.daggerheart.rules.DualityRoll;
import dev.duality.sys.daggerheart.rules.DualityRolls;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.HitPoints;
import dev.duality.sys.daggerheart.rules.HopePool;
import dev.duality.sys.daggerheart.rules.IncomingDamage;
import dev.duality.sys.daggerheart.rules.LevelUps;
import dev.duality.sys.daggerheart.rules.Multiclass;
import dev.duality.sys.daggerheart.rules.Rests;
import dev.duality.sys.daggerheart.rules.SheetNumbers;
import dev.duality.sys.daggerheart.rules.StressSlots;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.SubclassCard;
import dev.duality.sys.daggerheart.rules.TakenAdvancement;
import dev.duality.sys.daggerheart.rules.TemporaryArmor;
import dev.duality.sys.daggerheart.rules.TemporaryArmors;
import dev.duality.sys.daggerheart.rules.Trait;
import dev.duality.sys.daggerheart.rules.TraitScores;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A character's Daggerheart sheet and state, identified by {@link DaggerheartCharacterId}
 * ({@code daggerheart:character:<campaign>:<character>}): the creation steps and what they set, the numbers derived
 * from them, the HP, Stress and Armor Slots marked (temporary Armor Slots included), Hope, conditions, life state and
 * death moves, the domain cards in the loadout and the vault, level-ups (granted, then applied with their advancements),
 * and the Duality rolls the character made with whether their outcome was applied. Command handlers decide with the pure functions of the rules package
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
    /** How long conditions that end on their own last; only conditions the character has. */
    private Map<Condition, EffectDuration> conditionDurations = Map.of();
    /** Vulnerable because every Stress slot is marked: it ends when Stress is cleared. */
    private boolean vulnerableFromStress;
    private final Map<Long, Roll> rolls = new HashMap<>();
    /** Armor Slots added for a while; {@link #armorSlots} counts them, {@link #numbers} has the permanent score. */
    private List<TemporaryArmor> temporaryArmor = List.of();
    private AcquiredCards cards = AcquiredCards.NONE;
    /** The level the GM granted and the player has not applied yet, or null. */
    private Integer levelUpGranted;
    private final List<TakenAdvancement> advancements = new ArrayList<>();
    private Set<Trait> markedTraits = Set.of();
    private SubclassCard subclassCard = SubclassCard.FOUNDATION;
    private Multiclass multiclass;
    private SubclassCard multiclassCard;
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
        SheetNumbers sheet = SheetNumbers.of(command.characterClass(), startingLevel, null, Optional.empty(),
                LevelUps.Bonuses.NONE);
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
        requireCreationStepOpen(command.traits(), "traits");
        requireCreationStepOpen(command.experiences(), "experiences");
        requireCreationStepOpen(command.domainCards(), "domain_cards");
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
        SheetNumbers sheet = SheetNumbers.of(characterClass, level, newAncestry, newArmor,
                LevelUps.Bonuses.of(advancements));
        int armorScore = TemporaryArmors.armorScore(sheet.armorScore(), temporaryArmor);
        apply(new CharacterProfileUpdated(campaignId, characterId, command.subclass(), command.heritage(),
                command.traits(), command.equipment(), command.experiences(), cards, command.description(),
                command.background(), command.connections(), command.gold(), sheet.hpMax(), sheet.stressMax(),
                sheet.evasion(), sheet.proficiency(), sheet.armorScore(), sheet.thresholds().major(),
                sheet.thresholds().severe(), Math.min(hp.marked(), sheet.hpMax()),
                Math.min(stress.marked(), sheet.stressMax()), Math.min(armorSlots.marked(), armorScore),
                List.copyOf(steps)));
    }

    /**
     * Traits, Experiences and domain cards are creation steps that level-ups build on (raised traits, a new
     * Experience, more cards): once the character has levelled up, redoing them would undo the level-ups.
     */
    private void requireCreationStepOpen(Object part, String field) {
        Rejected.unless(part == null || level == DaggerheartRules.STARTING_LEVEL, DAGGERHEART_CREATION_STEP_CLOSED,
                field, "character " + characterId + " is level " + level + ": its " + field
                        + " changed with its level-ups and can't be chosen again as at creation");
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
        LifeState newLifeState = command.lifeState() != null ? command.lifeState()
                : lifeStateAfter(newHp, newHp.marked() > hp.marked());
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
        apply(patched(newHp, marked.stress(), hope, armorSlots, lifeStateAfter(newHp, marked.hpToMark() > 0),
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
        // the campaign's rule is read only when it can matter: massive damage starts at twice the Severe threshold
        boolean massiveDamage = amount >= 2L * numbers.thresholds().severe()
                && DaggerheartGmState.playsWithMassiveDamage(lookup, campaignId);
        Damage.DamageResult result = Damage.resolve(new IncomingDamage(amount, damageTypes, command.resistances(),
                command.immunities(), numbers.thresholds(), massiveDamage, command.direct(), command.markArmorSlot(),
                armorSlots.available()));
        ArmorSlots newArmor = CharacterResources.markArmor(armorSlots, result.armorSlotsSpent());
        CharacterResources.HpMarked marked = CharacterResources.markHp(hp, result.hpMarks());
        DamageApplied applied = new DamageApplied(campaignId, characterId, amount, damageTypes,
                result.amount(), result.severityBeforeArmor(), result.severityAfterArmor(), marked.hpMarked(),
                result.armorSlotsSpent(), result.armorSlotUse(), result.resisted(), result.immune(), result.direct(),
                result.massive(), numbers.thresholds().major(), numbers.thresholds().severe(), marked.hp().marked(),
                stress.marked(), newArmor.marked(), marked.lastHpMarked(),
                lifeStateAfter(marked.hp(), result.hpMarks() > 0),
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
        Map<Condition, EffectDuration> lasting = new EnumMap<>(Condition.class);
        conditionDurations.forEach((condition, duration) -> {
            if (command.conditions().contains(condition)) {
                lasting.put(condition, duration);
            }
        });
        lasting.putAll(command.lasting());
        boolean newDurations = !lasting.equals(conditionDurations);
        Conditions.ConditionDiff diff = newDurations && command.conditions().equals(conditions)
                ? Conditions.diff(conditions, command.conditions())
                : Conditions.requireChangeAsStated(conditions, command.conditions(), command.added(),
                command.removed());
        apply(new ConditionChanged(campaignId, characterId, command.conditions(), diff.added(), diff.removed(),
                Map.copyOf(lasting), command.source()));
    }

    /** Conditions lasting until what just ended (a rest, the session, the scene) end with it. */
    @CommandHandler
    ConditionChanged handle(ExpireConditions command) {
        List<Condition> ending = conditionDurations.entrySet().stream()
                .filter(entry -> entry.getValue().endsWith(command.ended())).map(Map.Entry::getKey).sorted()
                .toList();
        if (ending.isEmpty()) {
            return null;
        }
        ConditionSet after = new ConditionSet(conditions.conditions().stream().filter(c -> !ending.contains(c))
                .toList());
        Map<Condition, EffectDuration> lasting = new EnumMap<>(conditionDurations);
        ending.forEach(lasting::remove);
        ConditionChanged expired = new ConditionChanged(campaignId, characterId, after, ConditionSet.NONE,
                new ConditionSet(ending), Map.copyOf(lasting),
                new ShortCode("expired:" + Wire.name(command.ended())));
        apply(expired);
        return expired;
    }

    /**
     * Interprets the Duality Dice the session just rolled for this character: the trait (with the armor's Agility
     * change), the Experiences chosen (1 Hope each, paid now) and other modifiers, read against the SRD table. A
     * character in a Blaze of Glory makes their final action: it critically succeeds whatever the dice show, and then
     * the character dies.
     */
    @CommandHandler
    ActionRollResolved handle(RecordActionRoll command) {
        boolean finalAction = lifeState == LifeState.BLAZE_OF_GLORY && !command.reaction();
        Rejected.unless(lifeState == LifeState.ALIVE || finalAction, DAGGERHEART_CHARACTER_CANNOT_ACT,
                "character " + characterId + " is " + Wire.name(lifeState) + " and cannot make "
                        + (command.reaction() ? "a reaction roll" : "an action roll"));
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
        DualityRoll roll = new DualityRoll(command.hopeDie(), command.fearDie(), command.netAdvantage(),
                command.advantageDie(), traitScore + bonus.modifier() + command.modifier(), command.difficulty(),
                command.reaction());
        DualityRolls.DualityOutcome outcome = finalAction ? DualityRolls.automaticCritical(roll)
                : DualityRolls.resolve(roll);
        ActionRollResolved resolved = new ActionRollResolved(campaignId, characterId, command.sessionId(),
                command.rollSeq(), command.trait(), traitScore, chosen.stream().map(Experience::name).toList(),
                bonus.modifier(), command.modifier(), command.hopeDie(), command.fearDie(), outcome.advantage(),
                command.difficulty(), command.reaction(), outcome.total(), outcome.result(), outcome.hopeGained(),
                outcome.stressCleared(), outcome.fearGained(), outcome.spotlightToGm(), outcome.gmMove(),
                outcome.effectsIgnored(), bonus.hopeCost(), hope.hope() - bonus.hopeCost());
        apply(resolved);
        if (finalAction) {
            // the final action is taken: the character's story ends
            apply(patched(hp, stress, hope, armorSlots, LifeState.DEAD, CharacterStatePatched.BLAZE_OF_GLORY, null,
                    command.rollSeq()));
        }
        // the event is also the answer: the roll's meaning goes back to the player at once
        return resolved;
    }

    // ---- temporary armor ----

    /** Adds temporary Armor Slots; the Armor Score with them may not pass 12. */
    @CommandHandler
    void handle(ApplyTemporaryArmor command) {
        requireNotDead();
        List<TemporaryArmor> after = TemporaryArmors.add(temporaryArmor, numbers.armorScore(), command.armor());
        apply(new TemporaryArmorApplied(campaignId, characterId, command.armor(), after,
                TemporaryArmors.armorScore(numbers.armorScore(), after), armorSlots.marked()));
    }

    /**
     * Ends the temporary armor that what just ended ends, and its slots vanish (marks are kept up to the slots left).
     * Sent for every character of a rest, session or scene: with nothing to end, nothing is recorded.
     */
    @CommandHandler
    TemporaryArmorEnded handle(EndTemporaryArmor command) {
        TemporaryArmors.Ending ending = TemporaryArmors.end(temporaryArmor, numbers.armorScore(), armorSlots,
                command.ended());
        if (!ending.endedAny()) {
            return null;
        }
        TemporaryArmorEnded ended = new TemporaryArmorEnded(campaignId, characterId, command.ended(), ending.ended(),
                ending.remaining(), ending.armorAfter().score(), ending.armorAfter().marked(),
                armorSlots.marked() - ending.armorAfter().marked());
        apply(ended);
        return ended;
    }

    // ---- loadout and vault ----

    /** A swap in play: recalling a card from the vault costs its Recall Cost in Stress; the character must be up. */
    @CommandHandler
    LoadoutSwapped handle(SwapLoadoutCard command) {
        Rejected.unless(lifeState == LifeState.ALIVE, DAGGERHEART_CHARACTER_CANNOT_ACT,
                "character " + characterId + " is " + Wire.name(lifeState) + " and cannot swap cards");
        return swap(command.cardId(), command.to(), false);
    }

    /** A swap at the start of a rest: free. */
    @CommandHandler
    LoadoutSwapped handle(SwapLoadoutCardAtRest command) {
        requireNotDead();
        return swap(command.cardId(), command.to(), true);
    }

    /**
     * Moves a card and pays for it. A move that costs Stress can't be made with every Stress slot marked; otherwise
     * the Stress is marked as {@code stress.spend} marks it (what can't be marked marks 1 HP; the last Stress makes
     * the character Vulnerable).
     */
    private LoadoutSwapped swap(String cardId, CardPlace to, boolean atRestStart) {
        CardPlace from = cards.placeOf(cardId).orElseThrow(() -> new Rejected(DAGGERHEART_CARD_NOT_HELD, "card_id",
                "character " + characterId + " holds no domain card " + cardId));
        Rejected.unless(from != to, DAGGERHEART_CARD_ALREADY_THERE, "to",
                "card " + cardId + " is already in the " + Wire.name(to));
        DomainCard card = cards.card(cardId).orElseThrow();
        DomainCards.CardMove move = to == CardPlace.LOADOUT ? DomainCards.toLoadout(cards, cardId, atRestStart)
                : DomainCards.toVault(cards, cardId);
        Rejected.unless(move.stressCost() == 0 || !stress.allMarked(), DAGGERHEART_STRESS_ALL_MARKED, "card_id",
                "recalling " + cardId + " costs " + move.stressCost() + " Stress and every Stress slot is marked");
        CharacterResources.StressMarked marked = CharacterResources.markStress(stress, move.stressCost());
        HitPoints newHp = CharacterResources.markHp(hp, marked.hpToMark()).hp();
        LoadoutSwapped swapped = new LoadoutSwapped(campaignId, characterId, cardId, from, to, card.recallCost(),
                move.stressCost(), atRestStart, move.cards(), newHp.marked(), marked.stress().marked(),
                lifeStateAfter(newHp, marked.hpToMark() > 0), conditionsAfter(marked.stress()));
        apply(swapped);
        return swapped;
    }

    // ---- death moves ----

    /**
     * Records a fallen character's death move with the dice the session rolled: Blaze of Glory (the final action
     * next), Avoid Death (unconscious; a scar when the Hope die is at or below the level, death with the last Hope
     * slot) or Risk It All (Hope die higher: clear HP and Stress up to its value; Fear die higher: death; a tie:
     * nothing changes but the character stays up).
     */
    @CommandHandler
    DeathMoveResolved handle(RecordDeathMove command) {
        Rejected.unless(lifeState == LifeState.FALLEN, DAGGERHEART_CHARACTER_NOT_FALLEN, "character_id",
                "character " + characterId + " is " + Wire.name(lifeState)
                        + ": only a character who marked their last HP makes a death move");
        DeathMoves.Outcome outcome = switch (command.move()) {
            case BLAZE_OF_GLORY -> DeathMoves.blazeOfGlory(hp, stress, hope);
            case AVOID_DEATH -> DeathMoves.avoidDeath(Values.required(command.hopeDie(), "hope_die"), level, hp,
                    stress, hope);
            case RISK_IT_ALL -> DeathMoves.riskItAll(Values.required(command.hopeDie(), "hope_die"),
                    Values.required(command.fearDie(), "fear_die"), hp, stress, hope, command.split());
        };
        DeathMoveResolved resolved = new DeathMoveResolved(campaignId, characterId, command.sessionId(),
                command.rollSeq(), command.move(), command.hopeDie(), command.fearDie(), level, outcome.scarTaken(),
                outcome.hpCleared(), outcome.stressCleared(), outcome.hp().marked(), outcome.stress().marked(),
                outcome.hope().hope(), outcome.hope().max(), outcome.lifeState(), conditionsAfter(outcome.stress()));
        apply(resolved);
        return resolved;
    }

    /** An unconscious character wakes (the party finished a long rest); anyone else is left as they are. */
    @CommandHandler
    void handle(WakeCharacter command) {
        if (lifeState == LifeState.UNCONSCIOUS) {
            apply(patched(hp, stress, hope, armorSlots, LifeState.ALIVE, CharacterStatePatched.WAKE,
                    command.reason(), null));
        }
    }

    /**
     * One downtime move of a rest helps this character: Tend to Wounds clears HP, Clear Stress Stress, Repair Armor
     * Armor Slots (the die + the mover's tier on a short rest, everything on a long rest); Prepare gives Hope; Work on
     * a Project is recorded (its countdown advances on its own board). Clearing HP stands a fallen character up and
     * wakes an unconscious one; clearing Stress ends Vulnerable from a full Stress track.
     */
    @CommandHandler
    DowntimeMoveApplied handle(ApplyDowntimeMove command) {
        requireNotDead();
        HitPoints newHp = hp;
        StressSlots newStress = stress;
        ArmorSlots newArmor = armorSlots;
        HopePool newHope = hope;
        int cleared = 0;
        switch (command.move()) {
            case TEND_TO_WOUNDS -> {
                cleared = Rests.recovered(command.benefits(), command.die(), command.tier(), hp.marked());
                newHp = CharacterResources.clearHp(hp, cleared);
            }
            case CLEAR_STRESS -> {
                cleared = Rests.recovered(command.benefits(), command.die(), command.tier(), stress.marked());
                newStress = CharacterResources.clearStress(stress, cleared);
            }
            case REPAIR_ARMOR -> {
                cleared = Rests.recovered(command.benefits(), command.die(), command.tier(), armorSlots.marked());
                newArmor = CharacterResources.clearArmor(armorSlots, cleared);
            }
            case PREPARE -> newHope = CharacterResources.gainHope(hope, command.hope()).hope();
            case WORK_ON_A_PROJECT -> {
                // the project's countdown is on the campaign's board; the sheet only records the move
            }
        }
        DowntimeMoveApplied applied = new DowntimeMoveApplied(campaignId, characterId, command.byCharacterId(),
                command.move(), command.benefits(), command.die(), command.rollSeq(), cleared,
                newHope.hope() - hope.hope(), newHp.marked(), newStress.marked(), newArmor.marked(), newHope.hope(),
                lifeStateAfter(newHp, false), conditionsAfter(newStress), command.project());
        apply(applied);
        return applied;
    }

    // ---- level-ups ----

    /** The GM grants the next level; the character must be fully created, alive and not already owed a level-up. */
    @CommandHandler
    void handle(GrantLevelUp command) {
        requireNotDead();
        Rejected.unless(levelUpGranted == null, DAGGERHEART_LEVEL_UP_ALREADY_GRANTED, "character_id",
                "character " + characterId + " has a level-up to level " + levelUpGranted + " still to apply");
        Rejected.unless(missingSteps().isEmpty(), DAGGERHEART_CHARACTER_CREATION_INCOMPLETE, "character_id",
                "character " + characterId + " has not finished its creation");
        apply(new LevelUpGranted(campaignId, characterId, level,
                DaggerheartRules.requireLevel(level + 1, "level")));
    }

    /**
     * Applies the granted level-up with the player's choices (see {@link LevelUps}); the numbers follow: HP and Stress
     * slots, Evasion and Proficiency with the advancements, thresholds from the armor and the new level.
     */
    @CommandHandler
    LevelUpApplied handle(ApplyLevelUp command) {
        requireNotDead();
        Rejected.unless(levelUpGranted != null, DAGGERHEART_LEVEL_UP_NOT_GRANTED, "character_id",
                "the GM has not granted character " + characterId + " a level-up");
        LevelUps.Result result = LevelUps.apply(new LevelUps.Sheet(characterClass, subclass, level, traits,
                markedTraits, experiences, cards, subclassCard, multiclass, multiclassCard, advancements),
                new LevelUps.Choices(command.advancements(), command.newExperience(), command.domainCard(),
                        command.domainCardPlace(), command.cardExchange()));
        SheetNumbers sheet = SheetNumbers.of(characterClass, result.level(), ancestry, Optional.ofNullable(armor),
                result.bonuses());
        // the tracks must hold the new maxima (12 slots at most)
        new HitPoints(hp.marked(), sheet.hpMax());
        new StressSlots(stress.marked(), sheet.stressMax());
        LevelUpApplied applied = new LevelUpApplied(campaignId, characterId, level, result.level(), result.tier(),
                result.tierEntry(), result.traitMarksCleared(), result.newExperience(), result.advancements(),
                command.domainCard(), command.domainCardPlace() == null ? CardPlace.VAULT : command.domainCardPlace(),
                command.cardExchange(), result.traits(), result.markedTraits(), result.experiences(), result.cards(),
                result.subclassCard(), result.multiclass(), result.multiclassCard(), sheet.hpMax(), sheet.stressMax(),
                sheet.evasion(), sheet.proficiency(), sheet.thresholds().major(), sheet.thresholds().severe());
        apply(applied);
        return applied;
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
        // SRD, Avoid Death: an unconscious character can't be targeted by attacks
        Rejected.unless(lifeState != LifeState.UNCONSCIOUS, DAGGERHEART_ATTACK_TARGET_UNCONSCIOUS, "targets",
                "character " + characterId + " is unconscious and can't be targeted by attacks");
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

    /**
     * Marking the last HP (or having to mark HP with none left) makes an acting character fall; clearing HP stands a
     * fallen one back up and wakes an unconscious one. A character who stayed up with every HP marked (a Risk It All
     * tie) falls only when something marks HP again.
     *
     * @param marksHp the change marks (or tries to mark) at least one HP
     */
    private LifeState lifeStateAfter(HitPoints newHp, boolean marksHp) {
        if (lifeState == LifeState.ALIVE && newHp.allMarked() && marksHp) {
            return LifeState.FALLEN;
        }
        if (lifeState == LifeState.FALLEN && !newHp.allMarked()) {
            return LifeState.ALIVE;
        }
        return lifeState == LifeState.UNCONSCIOUS && newHp.marked() < hp.marked() ? LifeState.ALIVE : lifeState;
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

    /** The character's tier (1 at level 1, 2 at 2-4, 3 at 5-7, 4 at 8-10), which short-rest recovery adds. */
    public int tier() {
        return DaggerheartRules.tier(level);
    }

    /** The ancestry chosen at creation, or null before the heritage step. */
    public Ancestry ancestry() {
        return ancestry;
    }

    public LifeState lifeState() {
        return lifeState;
    }

    /** Everything play changes on the sheet, as an undo restores it. */
    public CharacterTracks tracks() {
        return new CharacterTracks(hp.marked(), stress.marked(), hope.hope(), hope.max(), armorSlots.marked(),
                armorSlots.score(), temporaryArmor, lifeState, conditions, conditionDurations, vulnerableFromStress,
                cards, attacks.entrySet().stream().filter(attack -> attack.getValue().damageApplied())
                        .map(Map.Entry::getKey).sorted().toList());
    }

    /** The level the GM granted and the player has not applied yet, if any: an unfinished level-up. */
    public Optional<Integer> levelUpGranted() {
        return Optional.ofNullable(levelUpGranted);
    }

    /**
     * Puts the tracks back as an undo decided (it read them from the sheet as it was before the decision it undoes,
     * and made sure nothing happened to the sheet since).
     */
    @CommandHandler
    public void handle(RestoreCharacterState command) {
        apply(new CharacterStateRestored(campaignId, characterId, command.undone(), command.undoneCorrelationId(),
                command.tracks()));
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
        if (event.domainCards() != null) {
            cards = event.domainCards();
        }
        hp = new HitPoints(event.hpMarked(), event.hpMax());
        stress = new StressSlots(event.stressMarked(), event.stressMax());
        armorSlots = new ArmorSlots(event.armorMarked(),
                TemporaryArmors.armorScore(event.armorScore(), temporaryArmor));
        completedSteps.addAll(event.completedSteps());
    }

    @EventSourcingHandler
    void on(DowntimeMoveApplied event) {
        foldStressAndConditions(event.stressMarked(), event.conditions());
        hp = new HitPoints(event.hpMarked(), hp.max());
        hope = new HopePool(event.hope(), hope.scars());
        armorSlots = new ArmorSlots(event.armorMarked(), armorSlots.score());
        lifeState = event.lifeState();
    }

    @EventSourcingHandler
    void on(CharacterStatePatched event) {
        foldStressAndConditions(event.stressMarked(), event.conditions());
        hp = new HitPoints(event.hpMarked(), hp.max());
        hope = new HopePool(event.hope(), DaggerheartRules.HOPE_MAX - event.hopeMax());
        armorSlots = new ArmorSlots(event.armorMarked(), armorSlots.score());
        lifeState = event.lifeState();
    }

    /** Stress and conditions after a change, remembering whether Vulnerable came from a full Stress track. */
    private void foldStressAndConditions(int stressMarked, ConditionSet conditionsAfter) {
        vulnerableFromStress = stressMarked == stress.max() && (stress.marked() < stress.max()
                || vulnerableFromStress) && conditionsAfter.contains(Condition.VULNERABLE);
        stress = new StressSlots(stressMarked, stress.max());
        foldConditions(conditionsAfter, conditionDurations);
    }

    /** The conditions after an event, with the durations of those that still have one. */
    private void foldConditions(ConditionSet after, Map<Condition, EffectDuration> durations) {
        conditions = after;
        Map<Condition, EffectDuration> kept = new EnumMap<>(Condition.class);
        durations.forEach((condition, duration) -> {
            if (after.contains(condition)) {
                kept.put(condition, duration);
            }
        });
        conditionDurations = Map.copyOf(kept);
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
        foldConditions(event.conditions(), event.lasting() == null ? Map.of() : event.lasting());
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

    @EventSourcingHandler
    void on(TemporaryArmorApplied event) {
        temporaryArmor = event.temporaryArmor();
        armorSlots = new ArmorSlots(event.armorMarked(), event.armorScore());
    }

    @EventSourcingHandler
    void on(TemporaryArmorEnded event) {
        temporaryArmor = event.temporaryArmor();
        armorSlots = new ArmorSlots(event.armorMarked(), event.armorScore());
    }

    @EventSourcingHandler
    void on(LoadoutSwapped event) {
        cards = event.domainCards();
        foldStressAndConditions(event.stressMarked(), event.conditions());
        hp = new HitPoints(event.hpMarked(), hp.max());
        lifeState = event.lifeState();
    }

    @EventSourcingHandler
    void on(DeathMoveResolved event) {
        foldStressAndConditions(event.stressMarked(), event.conditions());
        hp = new HitPoints(event.hpMarked(), hp.max());
        hope = new HopePool(event.hope(), DaggerheartRules.HOPE_MAX - event.hopeMax());
        lifeState = event.lifeState();
    }

    @EventSourcingHandler
    void on(LevelUpGranted event) {
        levelUpGranted = event.level();
    }

    @EventSourcingHandler
    void on(LevelUpApplied event) {
        level = event.level();
        traits = event.traits();
        markedTraits = Set.copyOf(event.markedTraits());
        experiences = event.experiences();
        cards = event.domainCards();
        subclassCard = event.subclassCard();
        multiclass = event.multiclass();
        multiclassCard = event.multiclassCard();
        event.advancements().forEach(a -> advancements.add(new TakenAdvancement(event.level(), a.tier(), a.option())));
        numbers = new SheetNumbers(event.hpMax(), event.stressMax(), event.evasion(), event.proficiency(),
                numbers.armorScore(), new DamageThresholds(event.majorThreshold(), event.severeThreshold()));
        hp = new HitPoints(hp.marked(), event.hpMax());
        stress = new StressSlots(stress.marked(), event.stressMax());
        levelUpGranted = null;
    }

    @EventSourcingHandler
    void on(CharacterStateRestored event) {
        CharacterTracks restored = event.restored();
        hp = new HitPoints(restored.hpMarked(), hp.max());
        stress = new StressSlots(restored.stressMarked(), stress.max());
        hope = new HopePool(restored.hope(), DaggerheartRules.HOPE_MAX - restored.hopeMax());
        armorSlots = new ArmorSlots(restored.armorMarked(), restored.armorScore());
        temporaryArmor = restored.temporaryArmor();
        lifeState = restored.lifeState();
        conditions = restored.conditions();
        conditionDurations = restored.conditionDurations();
        vulnerableFromStress = restored.vulnerableFromStress();
        cards = restored.domainCards();
        attacks.replaceAll((seq, attack) -> new IncomingAttack(attack.hit(), attack.damage(), attack.damageTypes(),
                restored.attacksDamageApplied().contains(seq)));
    }
}
