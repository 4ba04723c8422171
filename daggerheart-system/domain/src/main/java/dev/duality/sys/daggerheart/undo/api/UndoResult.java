package dev.duality.sys.daggerheart.undo.api;

import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;

import java.util.List;

/**
 * What an undo did.
 *
 * @param undone         the kind of decision it undid
 * @param correlationId  that decision's {@code correlation_id}
 * @param undoneEventIds the decision's events, in journal order (they stay in the journal)
 * @param characters     the characters whose tracks it restored, in the order of their sheets' ids
 * @param gmFear         the GM's Fear it restored, or null when the decision did not change the GM state
 * @param countdowns     the countdowns it restored
 */
public record UndoResult(UndoneKind undone, String correlationId, List<String> undoneEventIds,
                         List<CharacterId> characters, Integer gmFear, List<CountdownId> countdowns) {
    public UndoResult {
        undoneEventIds = List.copyOf(undoneEventIds);
        characters = List.copyOf(characters);
        countdowns = List.copyOf(countdowns);
    }
}
