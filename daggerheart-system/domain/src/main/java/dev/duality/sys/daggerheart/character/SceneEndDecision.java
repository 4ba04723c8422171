package dev.duality.sys.daggerheart.character;

import dev.duality.core.campaign.Campaign;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.system.AggregateLookup;
import dev.duality.core.system.NestedCommands;
import dev.duality.sys.daggerheart.character.api.DaggerheartCharacterId;
import dev.duality.sys.daggerheart.character.api.EndScene;
import dev.duality.sys.daggerheart.character.api.EndTemporaryArmor;
import dev.duality.sys.daggerheart.character.api.ExpireConditions;
import dev.duality.sys.daggerheart.character.api.TemporaryArmorEnded;
import dev.duality.sys.daggerheart.rules.EffectDuration;
import org.axonframework.commandhandling.CommandHandler;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Ends a scene as one unit: a {@code character_temporary_armor.end} and a {@code condition.expire} for every live
 * character of the campaign that has
 * a Daggerheart sheet, nested in this command's unit of work, in the order of their sheets' ids (the fixed order every
 * decision over several sheets locks them in). Characters with no scene armor record nothing.
 */
public final class SceneEndDecision {

    /** The temporary armor that ended, one entry per character that had some, in sheet id order. */
    @CommandHandler
    public List<TemporaryArmorEnded> handle(EndScene command, NestedCommands nested, AggregateLookup lookup) {
        Set<CharacterId> characters = lookup.read(Campaign.class, command.campaignId().value(),
                campaign -> Set.copyOf(campaign.roster().liveCharacters().keySet())).orElse(Set.of());
        return characters.stream()
                .map(character -> DaggerheartCharacterId.of(command.campaignId(), character))
                .filter(sheet -> lookup.read(DaggerheartCharacter.class, sheet.value(), s -> true).isPresent())
                .sorted(Comparator.comparing(DaggerheartCharacterId::value))
                .map(sheet -> {
                    TemporaryArmorEnded ended = nested.send(new EndTemporaryArmor(command.campaignId(),
                            sheet.characterId(), EffectDuration.SCENE));
                    nested.send(new ExpireConditions(command.campaignId(), sheet.characterId(),
                            EffectDuration.SCENE));
                    return ended;
                })
                .filter(Objects::nonNull)
                .toList();
    }
}
