package dev.duality.sys.daggerheart.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a Duality roll came out. With a Difficulty it is one of the five SRD results; without one (the GM kept no
 * Difficulty, or the roll only needs Hope/Fear) only the dice speak: with Hope, with Fear, or critical. Wire names are
 * stored in the journal.
 */
public enum DualityResult {
    @JsonProperty("critical_success") CRITICAL_SUCCESS(true, true),
    @JsonProperty("success_with_hope") SUCCESS_WITH_HOPE(true, true),
    @JsonProperty("success_with_fear") SUCCESS_WITH_FEAR(false, true),
    @JsonProperty("failure_with_hope") FAILURE_WITH_HOPE(true, false),
    @JsonProperty("failure_with_fear") FAILURE_WITH_FEAR(false, false),
    @JsonProperty("with_hope") WITH_HOPE(true, null),
    @JsonProperty("with_fear") WITH_FEAR(false, null);

    private final boolean withHope;
    private final Boolean success;

    DualityResult(boolean withHope, Boolean success) {
        this.withHope = withHope;
        this.success = success;
    }

    /** With Hope (a critical counts as with Hope); otherwise with Fear. */
    public boolean withHope() {
        return withHope;
    }

    /** Whether the roll was compared with a Difficulty (or is critical, which always succeeds). */
    public boolean resolved() {
        return success != null;
    }

    /** Success, for a resolved result; false for the two unresolved ones. */
    public boolean succeeded() {
        return Boolean.TRUE.equals(success);
    }
}
