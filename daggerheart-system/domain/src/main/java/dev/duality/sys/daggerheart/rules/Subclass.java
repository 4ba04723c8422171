package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;

import java.util.Optional;

import static dev.duality.sys.daggerheart.character.api.DaggerheartClass.BARD;
import static dev.duality.sys.daggerheart.character.api.DaggerheartClass.DRUID;
import static dev.duality.sys.daggerheart.character.api.DaggerheartClass.GUARDIAN;
import static dev.duality.sys.daggerheart.character.api.DaggerheartClass.RANGER;
import static dev.duality.sys.daggerheart.character.api.DaggerheartClass.ROGUE;
import static dev.duality.sys.daggerheart.character.api.DaggerheartClass.SERAPH;
import static dev.duality.sys.daggerheart.character.api.DaggerheartClass.SORCERER;
import static dev.duality.sys.daggerheart.character.api.DaggerheartClass.WARRIOR;
import static dev.duality.sys.daggerheart.character.api.DaggerheartClass.WIZARD;

/**
 * The 18 SRD subclasses, two per class, each with its class and Spellcast trait (SRD subclass list). The data lives
 * here, once; {@link ClassRules} answers questions about it. Wire names are stored in the journal.
 */
public enum Subclass {
    @JsonProperty("troubadour") TROUBADOUR(BARD, Trait.PRESENCE),
    @JsonProperty("wordsmith") WORDSMITH(BARD, Trait.PRESENCE),
    @JsonProperty("warden_of_the_elements") WARDEN_OF_THE_ELEMENTS(DRUID, Trait.INSTINCT),
    @JsonProperty("warden_of_renewal") WARDEN_OF_RENEWAL(DRUID, Trait.INSTINCT),
    @JsonProperty("stalwart") STALWART(GUARDIAN, null),
    @JsonProperty("vengeance") VENGEANCE(GUARDIAN, null),
    @JsonProperty("beastbound") BEASTBOUND(RANGER, Trait.AGILITY),
    @JsonProperty("wayfinder") WAYFINDER(RANGER, Trait.AGILITY),
    @JsonProperty("nightwalker") NIGHTWALKER(ROGUE, Trait.FINESSE),
    @JsonProperty("syndicate") SYNDICATE(ROGUE, Trait.FINESSE),
    @JsonProperty("divine_wielder") DIVINE_WIELDER(SERAPH, Trait.STRENGTH),
    @JsonProperty("winged_sentinel") WINGED_SENTINEL(SERAPH, Trait.STRENGTH),
    @JsonProperty("elemental_origin") ELEMENTAL_ORIGIN(SORCERER, Trait.INSTINCT),
    @JsonProperty("primal_origin") PRIMAL_ORIGIN(SORCERER, Trait.INSTINCT),
    @JsonProperty("call_of_the_brave") CALL_OF_THE_BRAVE(WARRIOR, null),
    @JsonProperty("call_of_the_slayer") CALL_OF_THE_SLAYER(WARRIOR, null),
    @JsonProperty("school_of_knowledge") SCHOOL_OF_KNOWLEDGE(WIZARD, Trait.KNOWLEDGE),
    @JsonProperty("school_of_war") SCHOOL_OF_WAR(WIZARD, Trait.KNOWLEDGE);

    private final DaggerheartClass characterClass;
    private final Trait spellcastTrait;

    Subclass(DaggerheartClass characterClass, Trait spellcastTrait) {
        this.characterClass = characterClass;
        this.spellcastTrait = spellcastTrait;
    }

    /** The class this subclass belongs to. */
    public DaggerheartClass characterClass() {
        return characterClass;
    }

    /** The trait used for Spellcast Rolls, or empty for the four subclasses that cast no spells. */
    public Optional<Trait> spellcastTrait() {
        return Optional.ofNullable(spellcastTrait);
    }
}
