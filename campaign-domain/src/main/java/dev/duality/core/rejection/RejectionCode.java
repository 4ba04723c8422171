package dev.duality.core.rejection;

/**
 * A stable, documented rejection code. Implemented by one enum per feature so codes are greppable constants;
 * every constant must be listed in docs/errors.md (a test enforces it).
 */
public interface RejectionCode {
    /** The stable wire code, e.g. {@code CAMPAIGN_NOT_FOUND}. */
    String name();

    Category category();
}
