package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;

import java.util.Arrays;
import java.util.List;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_SUBCLASS_NOT_OF_CLASS;

/** What a class gives access to: its two domains and its two subclasses. */
public final class ClassRules {
    private ClassRules() {
    }

    /** The class's two domains, in the order of the SRD class table. */
    public static List<Domain> domains(DaggerheartClass characterClass) {
        return switch (characterClass) {
            case BARD -> List.of(Domain.GRACE, Domain.CODEX);
            case DRUID -> List.of(Domain.SAGE, Domain.ARCANA);
            case GUARDIAN -> List.of(Domain.VALOR, Domain.BLADE);
            case RANGER -> List.of(Domain.BONE, Domain.SAGE);
            case ROGUE -> List.of(Domain.MIDNIGHT, Domain.GRACE);
            case SERAPH -> List.of(Domain.SPLENDOR, Domain.VALOR);
            case SORCERER -> List.of(Domain.ARCANA, Domain.MIDNIGHT);
            case WARRIOR -> List.of(Domain.BLADE, Domain.BONE);
            case WIZARD -> List.of(Domain.CODEX, Domain.SPLENDOR);
        };
    }

    /** The class's two subclasses (SRD subclass list), in declaration order. */
    public static List<Subclass> subclasses(DaggerheartClass characterClass) {
        return Arrays.stream(Subclass.values()).filter(s -> s.characterClass() == characterClass).toList();
    }

    /** Character creation step 1: the subclass must be one of the chosen class's own. */
    public static Subclass requireSubclassOf(DaggerheartClass characterClass, Subclass subclass) {
        Values.required(characterClass, "character_class");
        Values.required(subclass, "subclass");
        Rejected.unless(subclass.characterClass() == characterClass, DAGGERHEART_SUBCLASS_NOT_OF_CLASS, "subclass",
                "subclass " + subclass + " is a " + subclass.characterClass() + " subclass, not " + characterClass);
        return subclass;
    }
}
