package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.DomainCard;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.Gold;
import dev.duality.sys.daggerheart.rules.Subclass;
import dev.duality.sys.daggerheart.rules.TraitScores;

import java.util.List;

/**
 * {@code sys.daggerheart.character_profile.update}: fill in (or change, between sessions) the steps of character
 * creation. Every part is optional; the parts given are checked against the creation rules and replace what the
 * sheet had, and the sheet's numbers are derived again.
 *
 * @param subclass    step 1: one of the class's two subclasses
 * @param heritage    step 2: ancestry and community
 * @param traits      step 3: the starting array +2, +1, +1, 0, 0, -1
 * @param equipment   step 5: armor (or none) and weapons
 * @param experiences step 7: two Experiences at +2
 * @param domainCards step 8: two level-1 cards from the class's domains, into the loadout
 * @param description the character's details
 * @param background  step 6
 * @param connections step 9
 * @param gold        the purse, rolled up (a new character starts with 1 handful)
 */
public record UpdateCharacterProfile(CampaignId campaignId, CharacterId characterId, Subclass subclass,
                                     Heritage heritage, TraitScores traits, Equipment equipment,
                                     List<Experience> experiences, List<DomainCard> domainCards,
                                     FreeText description, FreeText background, FreeText connections, Gold gold)
        implements CharacterCommand {
    public UpdateCharacterProfile {
        Values.required(campaignId, "campaign_id");
        Values.required(characterId, "character_id");
        experiences = experiences == null ? null : Values.elements(experiences, "experiences");
        domainCards = domainCards == null ? null : Values.elements(domainCards, "domain_cards");
    }

    /** Whether the update names anything to change. */
    public boolean isEmpty() {
        return subclass == null && heritage == null && traits == null && equipment == null && experiences == null
                && domainCards == null && description == null && background == null && connections == null
                && gold == null;
    }
}
