package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.Name;
import dev.duality.sys.daggerheart.rules.Armor;

import java.util.Optional;

/**
 * Creation step 5: the armor worn ({@code null}: unarmored, a choice too) and the weapons carried, by name. The armor
 * sets the Armor Score, the damage thresholds and changes to Evasion and Agility.
 */
public record Equipment(Armor armor, Name primaryWeapon, Name secondaryWeapon) {
    public Optional<Armor> worn() {
        return Optional.ofNullable(armor);
    }
}
