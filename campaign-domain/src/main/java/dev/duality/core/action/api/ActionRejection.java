package dev.duality.core.action.api;

import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;

/** Rejections about rolls, outcomes and story notes. */
public enum ActionRejection implements RejectionCode {
    /** No roll with this sequence number in the campaign. */
    ROLL_NOT_FOUND(Category.NOT_FOUND),
    /** The roll belongs to another session than the one named. */
    ROLL_OTHER_SESSION(Category.RULE_VIOLATION),
    /** The roll's outcome was already applied; it is never applied twice. */
    OUTCOME_ALREADY_APPLIED(Category.CONFLICT),
    /** Applying an outcome needs a request id (the Idempotency-Key header). */
    OUTCOME_REQUEST_ID_REQUIRED(Category.INVALID_INPUT),
    /** No GM note with this id in the campaign. */
    NOTE_NOT_FOUND(Category.NOT_FOUND),
    /** The GM note was already revealed; the table sees it already. */
    NOTE_ALREADY_REVEALED(Category.CONFLICT);

    private final Category category;

    ActionRejection(Category category) {
        this.category = category;
    }

    @Override
    public Category category() {
        return category;
    }
}
