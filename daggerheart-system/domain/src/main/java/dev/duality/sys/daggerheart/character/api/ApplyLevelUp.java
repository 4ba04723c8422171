package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.Advancement;
import dev.duality.sys.daggerheart.rules.CardExchange;
import dev.duality.sys.daggerheart.rules.CardPlace;
import dev.duality.sys.daggerheart.rules.DomainCard;

import java.util.List;

/**
 * {@code sys.daggerheart.level_up.apply}: the player levels their character up by the one level the GM granted, with
 * the choices of the SRD's steps: the tier achievement's new Experience (levels 2, 5 and 8), two picks of
 * advancements, a domain card and, optionally, the exchange of a held card.
 *
 * @param newExperience   the new Experience's name, at levels 2, 5 and 8 only (it starts at +2)
 * @param advancements    advancements worth exactly two picks
 * @param domainCard      the card every level-up gives: of the character's level or lower, from their domains
 * @param domainCardPlace where it goes; null means the vault
 * @param cardExchange    optional: a held card for another of the same level or lower
 */
public record ApplyLevelUp(CampaignId campaignId, CharacterId characterId, String newExperience,
                           List<Advancement> advancements, DomainCard domainCard, CardPlace domainCardPlace,
                           CardExchange cardExchange) implements CharacterCommand {
    public ApplyLevelUp {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        advancements = Values.elements(advancements, "advancements");
        Values.required(domainCard, "domain_card");
    }
}
