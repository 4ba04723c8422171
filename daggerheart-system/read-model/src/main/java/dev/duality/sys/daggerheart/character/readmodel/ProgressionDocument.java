package dev.duality.sys.daggerheart.character.readmodel;

import dev.duality.sys.daggerheart.character.api.LevelUpApplied;
import dev.duality.sys.daggerheart.rules.Multiclass;
import dev.duality.sys.daggerheart.rules.SubclassCard;
import dev.duality.sys.daggerheart.rules.TakenAdvancement;
import dev.duality.sys.daggerheart.rules.Trait;

import java.util.ArrayList;
import java.util.List;

/**
 * What the level-ups chose, as the read model keeps it (the {@code progression} column): the advancements taken (each
 * with its level and tier column), the marked traits, the subclass card reached and the second class, if any.
 */
record ProgressionDocument(List<TakenAdvancement> advancements, List<Trait> markedTraits, SubclassCard subclassCard,
                           Multiclass multiclass, SubclassCard multiclassCard) {
    static final ProgressionDocument NONE = new ProgressionDocument(List.of(), List.of(), SubclassCard.FOUNDATION,
            null, null);

    /**
     * This document after a level-up. The level's advancements replace any recorded for the same level, so the same
     * event projected twice leaves the same document.
     */
    ProgressionDocument with(LevelUpApplied levelUp) {
        List<TakenAdvancement> taken = new ArrayList<>(advancements.stream()
                .filter(t -> t.level() != levelUp.level()).toList());
        levelUp.advancements().forEach(a -> taken.add(new TakenAdvancement(levelUp.level(), a.tier(), a.option())));
        return new ProgressionDocument(List.copyOf(taken), levelUp.markedTraits(), levelUp.subclassCard(),
                levelUp.multiclass(), levelUp.multiclassCard());
    }
}
