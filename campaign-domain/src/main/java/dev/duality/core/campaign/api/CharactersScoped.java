package dev.duality.core.campaign.api;

import java.util.List;

/**
 * A command about several characters at once (damage to N targets, a rest of the whole party). When a game system's
 * command, admission refuses it unless every id names a live character of its campaign: {@code CHARACTER_NOT_FOUND} or
 * {@code CHARACTER_DELETED}, naming the offending item of its list, e.g. {@code targets[2]}. With the
 * {@code CHARACTER_CONTROLLER} policy, a player may send it only about characters they own all of; a GM about any.
 */
public interface CharactersScoped extends CampaignScoped {
    /** The usual wire name of the list of character ids. */
    String FIELD = "targets";

    List<CharacterId> characterIds();

    /** The wire name of the list {@link #characterIds()} come from, which a refusal names the item of. */
    default String charactersField() {
        return FIELD;
    }
}
