package dev.duality.sys.daggerheart.adversary.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharactersScoped;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TARGET_DUPLICATE;

/**
 * {@code sys.daggerheart.adversary_attack.resolve}: the GM makes an adversary's standard attack against one or more
 * characters: one d20 + its attack modifier, compared with each target's Evasion. One decision: the session rolls the
 * d20 together with the attack's damage dice (its seeded generator, or the table's dice), and each target's sheet
 * records whether it was hit and the damage it takes, which {@code damage.apply} then applies by the roll's number.
 *
 * @param targets         the characters attacked, each at most once
 * @param physicalResults the table's own dice: the d20 first, then one value per damage die; null for server dice
 */
public record ResolveAdversaryAttack(CampaignId campaignId, SessionId sessionId, AdversaryId adversaryId,
                                     List<CharacterId> targets, List<Integer> physicalResults)
        implements CharactersScoped {
    public static final int MAX_TARGETS = 20;

    public ResolveAdversaryAttack {
        Values.required(campaignId, "campaign_id");
        Values.required(sessionId, "session_id");
        Values.required(adversaryId, "adversary_id");
        targets = Values.elements(targets, FIELD);
        Rejected.unless(!targets.isEmpty() && targets.size() <= MAX_TARGETS, ValueRejection.VALUE_OUT_OF_RANGE,
                FIELD, FIELD + " must name 1-" + MAX_TARGETS + " characters");
        Set<CharacterId> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            Rejected.unless(seen.add(targets.get(i)), DAGGERHEART_TARGET_DUPLICATE, FIELD + "[" + i + "]",
                    "character " + targets.get(i) + " is a target twice");
        }
        physicalResults = physicalResults == null ? null : Values.elements(physicalResults, "physical_results");
    }

    @Override
    public List<CharacterId> characterIds() {
        return targets;
    }
}
