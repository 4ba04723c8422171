package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Set;

/**
 * How long a temporary effect (such as extra Armor Slots) lasts, which is also what ends it: the next short rest,
 * the next long rest, the end of the session or the end of the scene. Wire names are stored in the journal.
 */
public enum EffectDuration {
    /** Until the next rest: any rest ends it, short or long. */
    @JsonProperty("short_rest") SHORT_REST,
    /** Until the next long rest. */
    @JsonProperty("long_rest") LONG_REST,
    /** Until the end of the session (a scene never outlasts its session, so that ends scene effects too). */
    @JsonProperty("session") SESSION,
    /** Until the end of the scene. */
    @JsonProperty("scene") SCENE;

    /**
     * Whether the end of {@code ended} ends an effect of this duration. A rest is not a session break and a session
     * break is not a rest: the SRD's rests end "until your next rest" effects (a long rest also "until your next long
     * rest" ones), while a session's end only ends what lasts a session or a scene.
     */
    public boolean endsWith(EffectDuration ended) {
        return switch (ended) {
            case SHORT_REST -> this == SHORT_REST;
            case LONG_REST -> Set.of(SHORT_REST, LONG_REST).contains(this);
            case SESSION -> Set.of(SESSION, SCENE).contains(this);
            case SCENE -> this == SCENE;
        };
    }
}
