package dev.duality.sys.daggerheart.undo.api;

/** The kinds of decision an undo may take back. */
public enum UndoneKind {
    /** {@code damage.apply} or {@code multi_target_damage.apply}: the characters' HP, Armor Slots and life state. */
    DAMAGE,
    /** {@code roll_outcome.apply}: the GM's Fear, the roller's Hope and Stress, the countdowns it advanced. */
    ROLL_OUTCOME,
    /** {@code rest.take}: the GM's Fear and run of short rests, the party's tracks, cards and effects, countdowns. */
    REST
}
