package dev.duality.sys.daggerheart.rules;

import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_RECALL_COST_OUT_OF_RANGE;

/**
 * A domain card: a stable id, its title, domain, level (1..10), Recall Cost in Stress (0..4, the SRD's whole range)
 * and type.
 */
public record DomainCard(String cardId, String name, Domain domain, int level, int recallCost, DomainCardType type) {
    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_RECALL_COST = 4;

    public DomainCard {
        cardId = Values.id(cardId, "card_id");
        name = Values.name(name, "name", MAX_NAME_LENGTH);
        Values.required(domain, "domain");
        DaggerheartRules.requireLevel(level, "level");
        Rejected.unless(recallCost >= 0 && recallCost <= MAX_RECALL_COST, DAGGERHEART_RECALL_COST_OUT_OF_RANGE,
                "recall_cost", "recall_cost must be between 0 and " + MAX_RECALL_COST + ", was " + recallCost);
        Values.required(type, "type");
    }
}
