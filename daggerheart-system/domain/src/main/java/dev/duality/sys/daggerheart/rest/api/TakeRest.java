package dev.duality.sys.daggerheart.rest.api;

import dev.duality.core.campaign.api.CampaignId;
import dev.duality.core.campaign.api.CharacterId;
import dev.duality.core.campaign.api.CharactersScoped;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.session.api.SessionId;
import dev.duality.core.value.ValueRejection;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.countdown.api.CountdownId;
import dev.duality.sys.daggerheart.rules.CardPlace;
import dev.duality.sys.daggerheart.rules.DowntimeMove;
import dev.duality.sys.daggerheart.rules.RestType;
import dev.duality.sys.daggerheart.rules.Rests;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_TARGET_DUPLICATE;

/**
 * {@code sys.daggerheart.rest.take}: the party rests, in the active session, and everything the rest brings happens in
 * one decision: free loadout swaps at its start, the GM's Fear (1d4, or 1d4 + the number of PCs on a long rest), each
 * character's downtime moves (recovery dice rolled by the session or reported from the table), the end of temporary
 * armor and conditions of the rest's length, and after a long rest the unconscious waking and a long-term countdown
 * advancing. One command per rest of the party: the Fear is the GM's once per rest.
 *
 * @param type                  short or long
 * @param interrupted           the rest was cut short: a short rest then gives nothing (no moves, no Fear), a long
 *                              rest a short rest's benefits
 * @param party                 the resting characters, each once, with their moves and swaps
 * @param longTermCountdownId   a long-term countdown the long rest advances by 1, or null
 * @param fearDie               the table's d4 for the GM's Fear; null for the session's dice
 */
public record TakeRest(CampaignId campaignId, SessionId sessionId, RestType type, boolean interrupted,
                       List<RestingCharacter> party, CountdownId longTermCountdownId, Integer fearDie)
        implements CharactersScoped {
    public static final String PARTY = "party";
    public static final int MAX_PARTY = 20;
    public static final int MAX_MOVES = 3;
    public static final int MAX_SWAPS = 10;

    /**
     * A resting character: the downtime moves they make, in order, and the domain cards they move between vault and
     * loadout at the rest's start (free then).
     */
    public record RestingCharacter(CharacterId characterId, List<ChosenMove> moves, List<RestSwap> swaps) {
    }

    /**
     * One downtime move.
     *
     * @param target   whose HP or Armor the move clears (Tend to Wounds, Repair Armor): a resting ally, or null for
     *                 oneself
     * @param together Prepare only: preparing together with at least one other resting character (+2 Hope each)
     * @param project  Work on a Project only: the project's countdown, which advances by 1
     * @param die      the table's d4 for a recovery move on a short rest; null for the session's dice
     */
    public record ChosenMove(DowntimeMove move, CharacterId target, boolean together, CountdownId project,
                             Integer die) {
    }

    /** A domain card moved at the rest's start. */
    public record RestSwap(String cardId, CardPlace to) {
    }

    public TakeRest {
        Values.required(campaignId, "campaign_id");
        Values.required(sessionId, "session_id");
        Values.required(type, "type");
        Values.required(party, PARTY);
        // the table's dice are checked here, where the request's field is known: the session's roll of them would
        // name its own physical_results
        if (fearDie != null) {
            Rests.requireD4(fearDie, "fear_die");
        }
        Rejected.unless(!party.isEmpty() && party.size() <= MAX_PARTY, ValueRejection.VALUE_OUT_OF_RANGE, PARTY,
                PARTY + " must name 1-" + MAX_PARTY + " characters");
        Set<CharacterId> seen = new HashSet<>();
        List<RestingCharacter> normalized = new ArrayList<>();
        for (int i = 0; i < party.size(); i++) {
            String field = PARTY + "[" + i + "]";
            RestingCharacter resting = Values.required(party.get(i), field);
            Values.required(resting.characterId(), field + ".character_id");
            Rejected.unless(seen.add(resting.characterId()), DAGGERHEART_TARGET_DUPLICATE, field,
                    "character " + resting.characterId() + " rests twice");
            List<ChosenMove> moves = resting.moves() == null ? List.of() : Values.elements(resting.moves(),
                    field + ".moves");
            Rejected.unless(moves.size() <= MAX_MOVES, ValueRejection.VALUE_OUT_OF_RANGE, field + ".moves",
                    "a character makes at most " + MAX_MOVES + " downtime moves");
            for (int j = 0; j < moves.size(); j++) {
                Values.required(moves.get(j).move(), field + ".moves[" + j + "].move");
                if (moves.get(j).die() != null) {
                    Rests.requireD4(moves.get(j).die(), field + ".moves[" + j + "].die");
                }
            }
            List<RestSwap> swaps = resting.swaps() == null ? List.of() : Values.elements(resting.swaps(),
                    field + ".swaps");
            Rejected.unless(swaps.size() <= MAX_SWAPS, ValueRejection.VALUE_OUT_OF_RANGE, field + ".swaps",
                    "at most " + MAX_SWAPS + " swaps");
            for (int j = 0; j < swaps.size(); j++) {
                Values.required(swaps.get(j).cardId(), field + ".swaps[" + j + "].card_id");
                Values.required(swaps.get(j).to(), field + ".swaps[" + j + "].to");
            }
            normalized.add(new RestingCharacter(resting.characterId(), List.copyOf(moves), List.copyOf(swaps)));
        }
        party = List.copyOf(normalized);
    }

    @Override
    public List<CharacterId> characterIds() {
        return party.stream().map(RestingCharacter::characterId).toList();
    }

    @Override
    public String charactersField() {
        return PARTY;
    }
}
