package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.undo.api.UndoneKind;

/**
 * {@code sys.daggerheart.character_state.restore} (nested only): a step of {@code decision.undo}, which decided that
 * the character's tracks go back to {@code tracks}, as they were before the decision it undoes.
 */
public record RestoreCharacterState(CampaignId campaignId, CharacterId characterId, UndoneKind undone,
                                    String undoneCorrelationId, CharacterTracks tracks) implements CharacterCommand {
    public RestoreCharacterState {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        Values.required(undone, "undone");
        Values.required(undoneCorrelationId, "undone_correlation_id");
        Values.required(tracks, "tracks");
    }
}
