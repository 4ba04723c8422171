package dev.duality.sys.daggerheart.character.readmodel;

import dev.duality.core.campaign.api.FreeText;
import dev.duality.sys.daggerheart.character.api.CharacterProfileUpdated;
import dev.duality.sys.daggerheart.character.api.Equipment;
import dev.duality.sys.daggerheart.character.api.Heritage;
import dev.duality.sys.daggerheart.character.api.LevelUpApplied;
import dev.duality.sys.daggerheart.rules.AcquiredCards;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.Gold;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.TraitScores;

import java.util.List;

/**
 * The choices of character creation as the read model keeps them (the {@code profile} column): whatever has been
 * chosen so far, nulls for what has not. A new character holds 1 handful of gold.
 */
record ProfileDocument(Subclass subclass, Heritage heritage, TraitScores traits, Equipment equipment,
                       List<Experience> experiences, AcquiredCards domainCards, Gold gold, FreeText description,
                       FreeText background, FreeText connections) {

    static ProfileDocument started(Subclass subclass) {
        return new ProfileDocument(subclass, null, null, null, List.of(), AcquiredCards.NONE, Gold.STARTING, null,
                null, null);
    }

    /** This document after a level-up: traits, Experiences and domain cards as the level-up left them. */
    ProfileDocument with(LevelUpApplied levelUp) {
        return new ProfileDocument(subclass, heritage, levelUp.traits(), equipment, levelUp.experiences(),
                levelUp.domainCards(), gold, description, background, connections);
    }

    /** This document with the domain cards a swap left. */
    ProfileDocument withCards(AcquiredCards cards) {
        return new ProfileDocument(subclass, heritage, traits, equipment, experiences, cards, gold, description,
                background, connections);
    }

    /** This document with the parts an update set replaced. */
    ProfileDocument with(CharacterProfileUpdated update) {
        return new ProfileDocument(
                update.subclass() != null ? update.subclass() : subclass,
                update.heritage() != null ? update.heritage() : heritage,
                update.traits() != null ? update.traits() : traits,
                update.equipment() != null ? update.equipment() : equipment,
                update.experiences() != null ? update.experiences() : experiences,
                update.domainCards() != null ? update.domainCards() : domainCards,
                update.gold() != null ? update.gold() : gold,
                update.description() != null ? update.description() : description,
                update.background() != null ? update.background() : background,
                update.connections() != null ? update.connections() : connections);
    }
}
