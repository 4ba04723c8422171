package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The role an adversary plays in a fight, shown beside its tier in the stat block. Minions and hordes have rules of
 * their own (see {@link Adversaries}). Wire names are stored in the journal.
 */
public enum AdversaryType {
    /** Tough; deals powerful attacks. */
    @JsonProperty("bruiser") BRUISER,
    /** A group of identical creatures acting as one; its attack weakens once half its HP is marked. */
    @JsonProperty("horde") HORDE,
    /** Commands and summons other adversaries. */
    @JsonProperty("leader") LEADER,
    /** Defeated by any damage, dangerous in numbers. */
    @JsonProperty("minion") MINION,
    /** Fragile up close, dangerous at range. */
    @JsonProperty("ranged") RANGED,
    /** Maneuvers and ambushes. */
    @JsonProperty("skulk") SKULK,
    /** A challenge of conversation rather than combat. */
    @JsonProperty("social") SOCIAL,
    /** A challenge for the whole party on its own. */
    @JsonProperty("solo") SOLO,
    /** Representative of its group. */
    @JsonProperty("standard") STANDARD,
    /** Helps its allies and hinders the PCs. */
    @JsonProperty("support") SUPPORT
}
