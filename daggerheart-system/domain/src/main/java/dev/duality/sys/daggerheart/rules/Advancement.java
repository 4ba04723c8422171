package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.Values;

import java.util.List;

/**
 * One advancement chosen at a level-up, with what it needs: two traits, two Experiences (by name), a domain card and
 * where it goes, the subclass to upgrade, or the second class. The parts an advancement does not use are null.
 *
 * @param tier        the column of the level-up sheet it is taken from: the character's tier or a lower one (2..4);
 *                    null in a request means the character's tier, and the recorded event always says which
 * @param place       where the extra domain card goes; null means the vault
 * @param subclass    which subclass the upgrade is for, the class's own or the second class's; null means the
 *                    class's own
 */
public record Advancement(AdvancementOption option, Integer tier, List<Trait> traits, List<String> experiences,
                          DomainCard domainCard, CardPlace place, Subclass subclass, Multiclass multiclass) {
    public Advancement {
        Values.required(option, "option");
        traits = traits == null ? null : List.copyOf(Values.elements(traits, "traits"));
        experiences = experiences == null ? null : List.copyOf(Values.elements(experiences, "experiences"));
    }

    /** An advancement that needs nothing more: an HP or Stress slot, Evasion or Proficiency. */
    public static Advancement of(AdvancementOption option) {
        return new Advancement(option, null, null, null, null, null, null, null);
    }

    /** This advancement as taken from the column of {@code column}. */
    Advancement inColumn(int column) {
        return new Advancement(option, column, traits, experiences, domainCard, place, subclass, multiclass);
    }
}
