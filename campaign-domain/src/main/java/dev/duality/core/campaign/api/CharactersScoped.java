package dev.duality.core.campaign.api;

import java.util.List;

/**
 * A command about several characters at once (damage to N targets, a rest of the whole party). When a game system's
 * command, admission refuses it unless every id names a live character of its campaign: {@code CHARACTER_NOT_FOUND} or
 * {@code CHARACTER_DELETED}, naming the offending item as {@code targets[i]}, so such commands take their ids in a
 * {@code targets} field.
 */
public interface CharactersScoped extends CampaignScoped {
    /** The wire name of the list of character ids; a refusal names the item, e.g. {@code targets[2]}. */
    String FIELD = "targets";

    List<CharacterId> characterIds();
}
