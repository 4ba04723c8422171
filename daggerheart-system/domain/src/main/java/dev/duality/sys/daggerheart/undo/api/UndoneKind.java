package dev.duality.sys.daggerheart.undo.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of decision an undo may take back. */
public enum UndoneKind {
    /** {@code damage.apply} or {@code multi_target_damage.apply}: the characters' HP, Armor Slots and life state. */
    @JsonProperty("damage") DAMAGE,
    /** {@code roll_outcome.apply}: the GM's Fear, the roller's Hope and Stress, the countdowns it advanced. */
    @JsonProperty("roll_outcome") ROLL_OUTCOME,
    /** {@code rest.take}: the GM's Fear and run of short rests, the party's tracks, cards and effects, countdowns. */
    @JsonProperty("rest") REST
}
