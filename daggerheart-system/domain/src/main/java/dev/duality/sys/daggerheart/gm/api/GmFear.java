package dev.duality.sys.daggerheart.gm.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.duality.core.rejection.Rejected;
import dev.duality.sys.daggerheart.rules.DaggerheartRules;

import static dev.duality.sys.daggerheart.DaggerheartRejection.DAGGERHEART_GM_FEAR_OUT_OF_RANGE;

/**
 * An amount of GM Fear: 0..12 ({@link DaggerheartRules#GM_FEAR_MIN}..{@link DaggerheartRules#GM_FEAR_MAX}), the only
 * values the GM's Fear pool can hold. Serialized as a plain number.
 */
public record GmFear(@JsonValue int value) {
    /** No Fear: the pool before a campaign's first session seeds it. */
    public static final GmFear NONE = new GmFear(DaggerheartRules.GM_FEAR_MIN);

    public GmFear {
        require(value, "gm_fear");
    }

    /** Builds an amount of Fear, naming {@code field} when it is outside 0..12. */
    public static GmFear of(int value, String field) {
        return new GmFear(require(value, field));
    }

    @JsonCreator
    static GmFear fromJson(int value) {
        return new GmFear(value);
    }

    private static int require(int value, String field) {
        Rejected.unless(value >= DaggerheartRules.GM_FEAR_MIN && value <= DaggerheartRules.GM_FEAR_MAX,
                DAGGERHEART_GM_FEAR_OUT_OF_RANGE, field, field + " must be between " + DaggerheartRules.GM_FEAR_MIN + " and "
                        + DaggerheartRules.GM_FEAR_MAX + ", was " + value);
        return value;
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
