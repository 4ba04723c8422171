package dev.duality.sys.daggerheart.rules;

import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.DaggerheartClass;

/**
 * A second class taken with the multiclass advancement: its class feature, one of its two domains (whose cards are
 * limited to half the character's level, rounded up) and the Foundation card of one of its subclasses.
 */
public record Multiclass(DaggerheartClass characterClass, Domain domain, Subclass subclass) {
    public Multiclass {
        Values.required(characterClass, "character_class");
        Values.required(domain, "domain");
        Values.required(subclass, "subclass");
    }
}
