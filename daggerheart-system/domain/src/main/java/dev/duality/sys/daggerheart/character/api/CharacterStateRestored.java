package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.sys.daggerheart.undo.api.Undoing;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;

/**
 * {@code sys.daggerheart.character_state_restored}: an undo put the character's tracks back as they were before the
 * decision it names ({@code undone}, {@code undone_correlation_id}); folding copies {@code restored}.
 */
public record CharacterStateRestored(CampaignId campaignId, CharacterId characterId, UndoneKind undone,
                                     String undoneCorrelationId, CharacterTracks restored) implements Undoing {
}
