package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The advancements of the SRD level-up sheet. Each tier (2, 3 and 4) has a column of them with its own slots; an
 * advancement marks as many slots as the picks it uses, so the two-pick ones (Proficiency, multiclass) fit once per
 * column. The subclass upgrade, Proficiency and multiclass are offered from tier 3 on. Wire names are stored.
 */
public enum AdvancementOption {
    /** +1 to two unmarked traits, which are then marked. */
    @JsonProperty("traits") TRAITS(3, 1, 2),
    /** One more HP slot. */
    @JsonProperty("hp_slot") HP_SLOT(2, 1, 2),
    /** One more Stress slot. */
    @JsonProperty("stress_slot") STRESS_SLOT(2, 1, 2),
    /** +1 to two Experiences. */
    @JsonProperty("experiences") EXPERIENCES(1, 1, 2),
    /** An extra domain card of the character's level or lower (and no higher than the column's last level). */
    @JsonProperty("domain_card") DOMAIN_CARD(1, 1, 2),
    /** +1 Evasion. */
    @JsonProperty("evasion") EVASION(1, 1, 2),
    /** The next subclass card (Foundation, then Specialization, then Mastery); crosses out the column's multiclass. */
    @JsonProperty("subclass_upgrade") SUBCLASS_UPGRADE(1, 1, 3),
    /** +1 Proficiency. */
    @JsonProperty("proficiency") PROFICIENCY(2, 2, 3),
    /** A second class; crosses out the other multiclass option and the column's subclass upgrade. */
    @JsonProperty("multiclass") MULTICLASS(2, 2, 3);

    private final int slotsPerTier;
    private final int picks;
    private final int firstTier;

    AdvancementOption(int slotsPerTier, int picks, int firstTier) {
        this.slotsPerTier = slotsPerTier;
        this.picks = picks;
        this.firstTier = firstTier;
    }

    /** The slots this advancement has in the column of {@code tier}: none in tier 1's, nor below its first tier. */
    public int slots(int tier) {
        return tier >= firstTier && tier <= DaggerheartRules.tier(DaggerheartRules.MAX_LEVEL) ? slotsPerTier : 0;
    }

    /** The level-up picks (of two) this advancement uses, which is also the slots it marks. */
    public int picks() {
        return picks;
    }
}
