package dev.duality.core.rejection;

/**
 * A stable, documented rejection code. Implemented by one enum per feature so codes are greppable constants;
 * every constant must be listed in docs/errors.md (a test enforces it).
 */
public interface RejectionCode {
    /** The stable wire code, e.g. {@code CAMPAIGN_NOT_FOUND}. */
    String name();

    Category category();

    /**
     * Whether values read back from the journal are refused too. Limits tighten over time and what was accepted once
     * must stay readable, so only codes that say a value cannot exist at all (a missing one) return true.
     */
    default boolean refusesRecordedValues() {
        return false;
    }
}
