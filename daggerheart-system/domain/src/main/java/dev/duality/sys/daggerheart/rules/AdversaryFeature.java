package dev.duality.sys.daggerheart.rules;

import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.value.Values;

/**
 * One feature of a stat block, e.g. "Overwhelm - Reaction: When the Zombies mark HP from an attack within Melee
 * range, you can mark a Stress to make a standard attack against the attacker." Kept as written: the table reads it.
 */
public record AdversaryFeature(String name, FeatureKind kind, String text) {
    public static final int MAX_NAME_LENGTH = 64;

    public AdversaryFeature {
        name = Values.name(name, "name", MAX_NAME_LENGTH);
        Values.required(kind, "kind");
        text = Values.text(text, "text", FreeText.MAX_LENGTH);
    }
}
